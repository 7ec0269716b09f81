"""Eval cases: what a grounded answer to a question over the corpus must (and must not) contain.

Cases live in `evals/cases/*.yaml` as `cases: [...]`; each file is validated with pydantic
(`extra="forbid"`) and an error names the file, line and field. `check_cases` then checks what a
schema cannot: ids are unique, outlet names are registry names, and every expected passage is
verbatim text of the document it names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.errors import ConfigError
from app.registry import Registry
from app.support.yamlio import load_model

_STRICT = ConfigDict(extra="forbid", frozen=True)
Kind = Literal["single", "contested", "chain", "abstain", "adversarial", "near_topic"]
NO_ANSWER_KINDS = ("abstain", "near_topic")  # the right answer abstains (or says plainly it is not covered)
DEFAULT_CASES = Path("evals/cases")


class ExpectedPassage(BaseModel):
    model_config = _STRICT
    doc: str = Field(min_length=1, description="File name of the document, e.g. 002_333bca9245a1fe8c.txt")
    snippet: str = Field(min_length=8, description="Short verbatim text of that document.")


class Case(BaseModel):
    model_config = _STRICT
    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    question: str = Field(min_length=3)
    history: list[str] = Field(default_factory=list, description="Earlier questions of the conversation, oldest "
                               "first: `question` is a follow-up read against them.")
    kind: Kind
    contested: bool = Field(description="The answer must say the sources disagree: quotes from different outlets "
                            "contradict each other on what is asked (false: no such disagreement).")
    must_cite: list[str] = Field(default_factory=list, description="Outlets that must all be cited.")
    any_of: list[str] = Field(default_factory=list, description="Outlets at least one of which must be cited.")
    must_not_cite: list[str] = Field(default_factory=list)
    expected_chain: list[str] = Field(default_factory=list, description="Relayed sources, outermost first.")
    disputed_values: list[str] = Field(default_factory=list, description="What each side gives (figures, days, "
                                       "verdict words, as written): the line saying what the sources disagree on "
                                       "must name every one.")
    forbidden_own_voice: list[str] = Field(default_factory=list)
    expected_passages: list[ExpectedPassage] = Field(default_factory=list)
    part_passages: list[list[ExpectedPassage]] = Field(default_factory=list, description="A question of two parts: "
                                                       "per part, passages one of which must be quoted (they are "
                                                       "the expected passages when those are not given).")
    part_not_covered: bool = Field(default=False, description="One part of the question no article answers: the "
                                   "answer quotes the others and says in a line 'Not covered: …' for it.")
    note: str | None = Field(default=None, description="Why the case expects what it expects.")
    rephrasings: list[str] = Field(default_factory=list, max_length=3, description="1-3 rewordings of `question` "
                                   "that ask exactly the same thing (same claim, same entities): each answer must "
                                   "keep the contested flag and the abstain/answer decision (flag_stability).")

    @field_validator("forbidden_own_voice")
    @classmethod
    def _no_quote_marks(cls, phrases: list[str]) -> list[str]:
        for phrase in phrases:
            if any(q in phrase for q in '"\u201c\u201d'):
                raise ValueError(f"phrase {phrase!r}: leave out quote marks (quoted text is never own voice)")
            if not phrase.strip():
                raise ValueError("empty phrase")
        return phrases

    @field_validator("rephrasings")
    @classmethod
    def _real_rewordings(cls, rewordings: list[str]) -> list[str]:
        seen = set()
        for text in rewordings:
            key = _norm(text)
            if len(key) < 3:
                raise ValueError(f"rephrasing {text!r} is too short")
            if key in seen:
                raise ValueError(f"rephrasing {text!r} is given twice")
            seen.add(key)
        return rewordings

    @model_validator(mode="before")
    @classmethod
    def _parts_are_expected(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("part_passages") and not data.get("expected_passages"):
            data = {**data, "expected_passages": [p for part in data["part_passages"] for p in part]}
        return data

    @model_validator(mode="after")
    def _contested_fits_kind(self) -> Case:
        if self.kind == "contested" and not self.contested:
            raise ValueError("kind contested needs contested: true (use kind single for a one-sided claim)")
        if self.kind in NO_ANSWER_KINDS and self.contested:
            raise ValueError(f"kind {self.kind} expects no answer, so contested must be false")
        if _norm(self.question) in {_norm(r) for r in self.rephrasings}:
            raise ValueError("a rephrasing repeats the question word for word")
        return self

    @property
    def expects_abstention(self) -> bool:
        return self.kind in NO_ANSWER_KINDS

    def outlets_named(self) -> list[str]:
        return [*self.must_cite, *self.any_of, *self.must_not_cite]


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class CaseFile(BaseModel):
    model_config = _STRICT
    cases: list[Case] = Field(min_length=1)


def case_files(paths: Sequence[str | Path] | None = None) -> list[Path]:
    """The YAML files named (folders are searched for *.yaml / *.yml), sorted."""
    found: list[Path] = []
    for root in [Path(p) for p in (paths or [DEFAULT_CASES])]:
        if root.is_dir():
            found.extend(sorted(p for p in root.iterdir() if p.suffix in (".yaml", ".yml")))
        elif root.is_file():
            found.append(root)
        else:
            raise ConfigError(f"{root}: no such case file or folder")
    if not found:
        raise ConfigError(f"no case files (*.yaml) in {', '.join(str(p) for p in paths or [DEFAULT_CASES])}")
    return found


def load_cases(paths: Sequence[str | Path] | None = None) -> list[Case]:
    """Every case in the given files/folders; duplicate ids across files are an error."""
    cases: list[Case] = []
    where: dict[str, Path] = {}
    for path in case_files(paths):
        for case in load_model(CaseFile, path).cases:
            if case.id in where:
                raise ConfigError(f"{path}: case id {case.id!r} is also used in {where[case.id]}")
            where[case.id] = path
            cases.append(case)
    return cases


def check_cases(cases: Iterable[Case], registry: Registry, texts: dict[str, str] | None = None) -> list[str]:
    """Problems a schema cannot see: outlet names not in the registry (or not canonical) and
    expected passages that are not verbatim in the cleaned text of their document (`texts` maps
    file name to cleaned text; skipped when None)."""
    problems: list[str] = []
    names = {o.name for o in registry.outlets}
    for case in cases:
        for name in case.outlets_named():
            if name not in names:
                known = registry.outlet(name)
                hint = f" (use {known.name!r})" if known else f"; known: {', '.join(sorted(names))}"
                problems.append(f"case {case.id}: outlet {name!r} is not a registry name{hint}")
        for passage in case.expected_passages:
            if texts is None:
                continue
            if passage.doc not in texts:
                problems.append(f"case {case.id}: expected passage names unknown document {passage.doc}")
            elif passage.snippet not in texts[passage.doc]:
                problems.append(f"case {case.id}: snippet {passage.snippet[:40]!r}… is not in {passage.doc}")
    return problems
