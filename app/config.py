"""One frozen Config, built from defaults <- byline.toml <- BYLINE_* environment <- flags."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from app.errors import ConfigError


@dataclass(frozen=True)
class Config:
    index_dir: Path = Path("index")
    corpus_dir: Path = Path("corpus")
    registry: Path | None = None  # default: corpus_dir/outlets.yaml when present
    # fp32; "all-MiniLM-L6-v2-int8" is the faster int8 one (app/store/int8.py): its answers differ
    embedder: str = "all-MiniLM-L6-v2"
    chunk_words: int = 110  # target words per chunk (sentence-aligned)
    chunk_overlap: int = 1  # sentences shared by neighbouring chunks
    k: int = 6  # passages in an answer
    candidates: int = 40  # per retriever, before fusion
    rrf_k: int = 60
    diversity: float = 0.6  # score factor per earlier pick from the same outlet
    abstain_below: float = 0.55  # dense cosine similarity that alone is evidence enough to answer...
    # ...else a passage needs (similarity, share of the question's idf-weighted terms) of at least one pair
    answer_rules: tuple[tuple[float, float], ...] = ((0.45, 0.4), (0.3, 0.5), (0.15, 0.9))
    # a second way past the floor: logit = bias + weights . (passage cosine, passage coverage, best sentence's cosine,
    # best sentence's coverage) > 0 (`relevance.passes`); () turns it off. Fitted by `python -m
    # app.evaluation.floor_fit` (logistic, L2 0.1) on 2,115 labelled development questions, calibration stories only
    # (basil-dev sets, seed, check27, novel28 bridge/spill, novel29 curfew/breach), session 28
    floor_weights: tuple[float, ...] = (-3.862, 1.587, -0.581, 2.953, 6.882)
    relevance_margin: float = 0.25  # a passage may be this much less similar than the best one
    relevance_floor: float = 0.25  # and never less similar than this...
    relevance_coverage: float = 0.6  # ...unless it holds this share of the question's terms
    min_quote_similarity: float = 0.2  # drop picked passages far weaker than the best
    max_question_chars: int = 2000
    max_file_bytes: int = 20_000_000
    embed_batch: int = 256  # chunks per encode call (and per manifest write): big calls pad less
    # uploaded documents (UI, HTTP): outside corpus/, so re-ingesting the seed never picks them up
    upload_dir: Path = Path("uploads")
    chroma_url: str | None = None  # a `chroma run` server: several processes share one index
    llm_base_url: str | None = None  # an OpenAI-compatible server (…/v1) that writes a verified paragraph
    llm_model: str | None = None  # its model name; "smollm2" alone: the packaged local model
    llm_api_key: str | None = None  # sent as the bearer token when the server needs one
    llm_timeout: float = 30.0  # seconds before falling back to the extractive answer
    llm_threads: int = 1  # the local model's threads: 2 collapse when another process shares the cores

    def __post_init__(self) -> None:
        if self.chunk_words < 10:
            raise ConfigError(f"chunk_words must be at least 10 (got {self.chunk_words})")
        if not 0 <= self.chunk_overlap < 5:
            raise ConfigError(f"chunk_overlap must be 0..4 sentences (got {self.chunk_overlap})")
        if not 1 <= self.k <= 50:
            raise ConfigError(f"k must be between 1 and 50 (got {self.k})")
        if self.candidates < self.k:
            raise ConfigError(f"candidates ({self.candidates}) must be at least k ({self.k})")
        if self.embed_batch < 1:
            raise ConfigError(f"embed_batch must be at least 1 (got {self.embed_batch})")
        if not 0 < self.diversity <= 1:
            raise ConfigError(f"diversity must be in (0, 1] (got {self.diversity})")
        if self.chroma_url and not self.chroma_url.startswith(("http://", "https://")):
            raise ConfigError(f"chroma_url must look like http://host:port (got {self.chroma_url!r})")
        if self.llm_base_url and not self.llm_base_url.startswith(("http://", "https://")):
            raise ConfigError(f"llm_base_url must look like http://host:port/v1 (got {self.llm_base_url!r})")
        if self.llm_timeout <= 0 or self.llm_threads < 1:
            raise ConfigError(f"llm_timeout must be positive and llm_threads at least 1 "
                              f"(got {self.llm_timeout}, {self.llm_threads})")

    @property
    def registry_path(self) -> Path | None:
        if self.registry is not None:
            return self.registry
        from app.registry import find_registry

        return find_registry(self.corpus_dir)

    def chunking(self) -> dict[str, Any]:
        return {"chunk_words": self.chunk_words, "chunk_overlap": self.chunk_overlap}

    def with_(self, **changes: Any) -> Config:
        """A copy with the given fields changed; None values are ignored (unset flags)."""
        return replace(self, **_coerce({k: v for k, v in changes.items() if v is not None}))

    @classmethod
    def load(cls, file: Path | None = None, env: dict[str, str] | None = None, **flags: Any) -> Config:
        env = dict(os.environ) if env is None else env
        config = cls()
        path = file or (Path(env["BYLINE_CONFIG"]) if "BYLINE_CONFIG" in env else Path("byline.toml"))
        if path.is_file():
            config = _from_file(config, path)
        from_env = {f.name: env[f"BYLINE_{f.name.upper()}"] for f in fields(cls) if f"BYLINE_{f.name.upper()}" in env}
        try:
            config = config.with_(**from_env)
        except ConfigError as exc:
            raise ConfigError(f"BYLINE_* environment: {exc}") from exc
        return config.with_(**flags)


def _from_file(config: Config, path: Path) -> Config:
    """Apply a byline.toml; every error names the file and, for one setting, its line."""
    import tomllib  # only when a byline.toml exists: most asks have none

    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    data = data.get("byline", data)
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [byline] must be a table of settings")
    for name, value in data.items():
        try:
            _coerce({name: value})
        except ConfigError as exc:
            line = next((i for i, ln in enumerate(text.splitlines(), 1) if re.match(rf"\s*{re.escape(name)}\s*=", ln)),
                        None)
            raise ConfigError(f"{path}{f':{line}' if line else ''}: {exc}") from exc
    try:
        return config.with_(**data)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def _known(data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(Config)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(names))}")
    return data


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    types = {f.name: f.type for f in fields(Config)}
    out: dict[str, Any] = {}
    for name, value in _known(values).items():
        kind = str(types[name])
        try:
            if isinstance(value, bool) or (kind.startswith("str") and not isinstance(value, str)):
                raise TypeError(kind)
            if "Path" in kind:
                out[name] = Path(value)
            elif kind.startswith("int"):
                out[name] = int(value)
            elif kind.startswith("float"):
                out[name] = float(value)
            else:
                out[name] = value
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"setting {name}: expected {kind}, got {value!r}") from exc
    return out
