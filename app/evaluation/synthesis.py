"""LLM synthesis in the eval: a System that answers with the verified paragraph (scored like any
answer: verbatim quotes, labels, own voice), and the verifier's own numbers — the catch rate on
sentences planted to fail (made from each answer's own quotes) and the share of the model's
sentences it kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.evaluation.baselines import System
from app.models import Answer
from app.synthesis.check import MARKER, Checker, Embed
from app.synthesis.generators import Generator
from app.synthesis.sources import Source, sources_of

LLM_SYSTEM = "byline+llm"
KINDS = ("own voice", "contested claim cited without its outlet", "invented quote", "wrong outlet",
         "changed number", "unknown citation")
_NUMBER = re.compile(r"\d+")


def _claim(quote: str) -> str:
    words = re.sub(r"[\u201c\u201d\"]", "", quote).split()[:18]
    return " ".join(words).rstrip(".,;:")


def planted(sources: Sequence[Source], outlets: Sequence[str]) -> list[tuple[str, str]]:
    """(kind, sentence) pairs that must fail, made from the answer's first quote. A kind that the
    quote cannot make fail is left out (no number to change; a quote that names its own speaker
    is attributed even without the outlet)."""
    s = sources[0]
    claim = _claim(s.quote)
    own = {n.casefold() for n in s.names}
    other = next((o for o in [*(x.outlet for x in sources), *outlets] if o.casefold() not in own), "Reuters")
    out = [("own voice", f"{claim[0].upper()}{claim[1:]}.")]
    if not any(n.casefold() in claim.casefold() for n in [*s.names, *outlets]):  # else the quote names its speaker
        out.append(("contested claim cited without its outlet", f"{claim[0].upper()}{claim[1:]} [{s.id}]."))
    out += [
        ("invented quote",
         f"According to {s.outlet}, officials said \u201cthe whole operation was a complete success\u201d [{s.id}]."),
        ("wrong outlet", f"According to {other}, {claim} [{s.id}]."),
        ("unknown citation", f"According to {s.outlet}, {claim} [{len(sources) + 7}]."),
    ]
    number = _NUMBER.search(claim)
    if number:
        changed = claim[: number.start()] + str(int(number.group()) + 7) + claim[number.end():]
        out.append(("changed number", f"According to {s.outlet}, {changed} [{s.id}]."))
    return out


@dataclass
class SynthesisStats:
    answers: int = 0
    fallbacks: int = 0
    sentences: int = 0
    kept: int = 0
    # kind -> [planted, caught]
    planted: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0] for k in KINDS})
    examples: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        planted, caught = (sum(v[i] for v in self.planted.values()) for i in (0, 1))
        return {
            "answers": self.answers, "fallbacks": self.fallbacks, "sentences": self.sentences, "kept": self.kept,
            "kept_share": self.kept / self.sentences if self.sentences else None,
            "planted": planted, "caught": caught, "catch_rate": caught / planted if planted else None,
            "by_kind": {k: {"planted": p, "caught": c} for k, (p, c) in self.planted.items()},
            "examples": self.examples,
        }


def scored(answer: Answer) -> Answer:
    """What the reader sees, for scoring: the extractive answer (every citation on its own line, so
    `verify` checks each one) followed by the verified paragraph. The paragraph's [n] markers were
    checked by the sentence verifier and are left out here; its words are scored for own voice."""
    s = answer.synthesis
    if s is None or s.fallback or not s.text:
        return answer
    paragraph = re.sub(r"\s+([.,;:!?])", r"\1", " ".join(MARKER.sub("", s.text).split()))
    return answer.model_copy(update={"answer": f"{answer.answer}\n{paragraph}"})


def record(stats: SynthesisStats, answer: Answer, embed: Embed, outlets: Sequence[str], keep_examples: int = 3) -> None:
    s = answer.synthesis
    if s is None:
        return
    stats.answers += 1
    stats.fallbacks += s.fallback
    stats.sentences += len(s.sentences)
    stats.kept += sum(v.verified for v in s.sentences)
    sources = sources_of(answer)
    for kind, sentence in planted(sources, outlets):
        stats.planted[kind][0] += 1
        stats.planted[kind][1] += not Checker(sources, embed, outlets).check(sentence).verified
    if s.sentences and len(stats.examples) < keep_examples and any(not v.verified for v in s.sentences):
        stats.examples.append({"question": answer.question, "raw": s.raw, "verified": s.text,
                               "verdicts": [v.model_dump() for v in s.sentences]})


def llm_system(assistant: Any, generator: Generator, stats: SynthesisStats) -> System:
    outlets = [o.name for o in assistant.registry.outlets]

    def answer(questions: Sequence[str]) -> list[Answer | None]:
        out = []
        for q in questions:
            a = assistant.ask(q, llm=generator)
            record(stats, a, assistant.embedder.embed, outlets)
            out.append(scored(a))
        return out

    return System(LLM_SYSTEM, answer,
                  f"attributed quotes, then {generator.name} writes a paragraph; each sentence verified")


def llm_gate(metrics: dict[str, Any]) -> list[str]:
    """The promise holds with an LLM too: no claim in the assistant's own voice, every quote verbatim."""
    failures = []
    if metrics.get("own_voice_violations"):
        failures.append(f"{LLM_SYSTEM}: {metrics['own_voice_violations']} own-voice violation(s), must be 0")
    if metrics.get("verbatim_rate") not in (None, 1.0):
        failures.append(f"{LLM_SYSTEM}: verbatim rate {metrics['verbatim_rate']:.3f}, must be 1.0")
    return failures


def render(stats: dict[str, Any]) -> list[str]:
    """Markdown lines: the verifier's catch rate per kind of planted sentence, and what it kept."""
    def pct(x: float | None) -> str:
        return "—" if x is None else f"{x:.1%}"

    lines = ["## LLM synthesis: the sentence verifier", "",
             f"Answers synthesized: {stats['answers']} ({stats['fallbacks']} fell back to the extractive answer). "
             f"Model sentences kept: {stats['kept']}/{stats['sentences']} ({pct(stats['kept_share'])}). "
             f"Planted failing sentences caught: {stats['caught']}/{stats['planted']} ({pct(stats['catch_rate'])}).",
             "",
             "| planted kind | planted | caught |", "|---|---:|---:|"]
    lines += [f"| {kind} | {v['planted']} | {v['caught']} |" for kind, v in stats["by_kind"].items()]
    return lines + [""]
