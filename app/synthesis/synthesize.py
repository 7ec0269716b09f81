"""Synthesis: ask the model for a short attributed answer, verify each sentence, replace a failing
sentence by the extractive quote it cites (or drop it), and fall back to the extractive answer
with a notice when the model is down or slow."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from app.errors import GenerationError, QueryError
from app.models import Answer, SentenceVerdict, Synthesis
from app.registry import Registry
from app.synthesis.check import Checker, Embed, Verdict, cited_ids, sentences
from app.synthesis.generators import Generator, OnToken
from app.synthesis.prompt import build_messages
from app.synthesis.sources import Aliases, Source, sources_of

log = logging.getLogger(__name__)
_FINISHED = re.compile(r"([.!?][\"\u201d\u2019')]*|\])\s*$")
FALLBACK = "The language model gave no usable answer ({reason}); showing the extractive answer."


def assemble(verdicts: Sequence[Verdict], sources: Sequence[Source]) -> tuple[str, list[SentenceVerdict]]:
    """The verified text: kept sentences as written, each failing one replaced by the labelled
    quote of its first valid citation (once), or dropped."""
    by_id = {s.id: s for s in sources}
    pieces: list[str] = []
    used: set[str] = set()
    out: list[SentenceVerdict] = []
    for v in verdicts:
        replaced = None
        if v.verified:
            pieces.append(v.text)
        else:
            valid = [i for i in v.cited if i in by_id]
            if valid and valid[0] not in used:
                replaced = by_id[valid[0]].line
                used.add(valid[0])
                pieces.append("\n" + replaced + "\n")
        out.append(SentenceVerdict(text=v.text, verified=v.verified, why=v.why, citations=list(v.cited),
                                   replaced_by=replaced))
    text = " ".join(pieces).replace(" \n", "\n").replace("\n ", "\n")
    return "\n".join(line.strip() for line in text.strip().splitlines() if line.strip()), out


def verify_text(raw: str, sources: Sequence[Source], embed: Embed | None, outlets: Sequence[str] = ()) -> list[Verdict]:
    """Each sentence's verdict, in order; a last sentence the model left unfinished fails."""
    checker = Checker(sources, embed, outlets)
    verdicts = [checker.check(s) for s in sentences(raw)]
    if verdicts and not _FINISHED.search(verdicts[-1].text):
        last = verdicts[-1]
        verdicts[-1] = Verdict(last.text, False, "unfinished: the model stopped mid-sentence", cited_ids(last.text))
    return verdicts


def synthesize(answer: Answer, generator: Generator | None, *, required: bool = False, embed: Embed | None = None,
               registry: Registry | None = None, on_token: OnToken | None = None) -> Answer:
    """`answer` with a verified `synthesis`; its extractive fields are left as they are. Outlet
    names, aliases and stance labels come from `registry`. No generator: `answer` as it is (an
    error when synthesis is `required`)."""
    if generator is None and required:
        raise QueryError("synthesis needs an LLM: pass llm= or set --llm-base-url/--llm-model (or --llm-model smollm2)")
    if generator is None or answer.abstained or not answer.citations:
        return answer
    outlets = [n for o in registry.outlets for n in (o.name, *o.aliases)] if registry else []
    sources = sources_of(answer, _aliases(registry), registry.stance_label if registry else None)
    try:
        raw = generator.generate(build_messages(answer.question, sources, answer.contested), on_token)
    except GenerationError as exc:
        log.warning("LLM synthesis fell back to the extractive answer: %s", exc)
        return _with(answer, Synthesis(model=generator.name, fallback=True, notice=FALLBACK.format(reason=exc)))
    text, verdicts = assemble(verify_text(raw, sources, embed, outlets), sources)
    if not text:
        reason = "no sentence survived verification" if raw.strip() else "an empty reply"
        return _with(answer, Synthesis(model=generator.name, raw=raw, sentences=verdicts, fallback=True,
                                       notice=FALLBACK.format(reason=reason)))
    return _with(answer, Synthesis(model=generator.name, raw=raw, text=text, sentences=verdicts))


def _with(answer: Answer, synthesis: Synthesis) -> Answer:
    return answer.model_copy(update={"synthesis": synthesis})


def _aliases(registry: Registry | None) -> Aliases | None:
    if registry is None:
        return None

    def aliases(outlet: str) -> list[str]:
        known = registry.outlet(outlet)
        return list(known.aliases) if known else []

    return aliases
