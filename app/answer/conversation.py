"""A conversation around the follow-up rules: earlier Answers as turns, the corpus's vocabulary,
and an answer that says how a follow-up was read and which filters it was made with."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import ValidationError

from app.answer.followup import Reading, Turn, Vocabulary
from app.attribution.links import find_speakers, load_speakers
from app.errors import QueryError
from app.models import Answer, FollowUp, Scope
from app.registry import Registry

READING_PREFIX = "Reading this as:"
SCOPE_PREFIX = "Searched only:"
MAX_HISTORY = 20  # earlier turns of a conversation kept in view
History = Sequence["str | Answer | dict"]


def earlier_answers(history: History, answer_again: Callable[[str, list[Answer]], Answer]) -> list[Answer]:
    """The last MAX_HISTORY turns as Answers; a turn given as its question alone is answered again
    (`answer_again(question, the answers before it)`)."""
    answers: list[Answer] = []
    for item in list(history)[-MAX_HISTORY:]:
        if isinstance(item, str):
            answers.append(answer_again(item, list(answers)))
        elif isinstance(item, (Answer, dict)):
            try:
                answers.append(Answer.model_validate(item))
            except ValidationError as exc:
                raise QueryError(f"history: an earlier turn is not an Answer: {exc.errors()[0]['msg']}") from None
        else:
            raise QueryError("history: each earlier turn is its question (text) or its Answer")
    return answers


def turn_of(answer: Answer) -> Turn:
    """What a follow-up needs of an earlier answer: the question as read, its filters, what it cited."""
    read, scope = answer.followup, answer.scope
    return Turn(
        question=read.question if read else answer.question,
        cited=tuple((c.outlet, c.stance) for c in answer.citations),
        outlets=tuple(scope.outlets) if scope else (),
        stances=tuple(scope.stances) if scope else (),
        speakers=tuple(dict.fromkeys(name for c in answer.citations for name in c.chain)),
    )


def outlet_names(registry: Registry, indexed: Iterable[str]) -> dict[str, str]:
    """Every name (and registry alias, 3+ characters) of the indexed outlets -> the outlet."""
    names = {}
    for outlet in indexed:
        known = registry.outlet(outlet)
        for name in [outlet, *(known.aliases if known else [])]:
            if len(name) >= 3:
                names[name] = outlet
    return names


def known_people(corpus_dir: Path) -> list[str]:
    """The people (not outlets or bodies) of the corpus folder's speakers.yaml, for 'he' and 'she'."""
    return [s.name for s in load_speakers(find_speakers(corpus_dir)).sources if s.kind == "person"]


def vocabulary(registry: Registry, indexed: Mapping[str, str | None], people: Iterable[str] = ()) -> Vocabulary:
    """The vocabulary of the rules: indexed outlets (with their stance groups), the registry's
    stance groups, known people."""
    return Vocabulary(outlets=outlet_names(registry, indexed), stance_of=dict(indexed),
                      labels={g.id: g.label for g in registry.stance_groups}, people=frozenset(people))


def dressed(answer: Answer, asked: str, reading: Reading, outlets: Iterable[str], stances: Iterable[str],
            registry: Registry) -> Answer:
    """The answer to `asked`: its first lines say how a follow-up was read and which outlets or
    stance groups alone were searched; `followup` and `scope` say the same as data."""
    lines: list[str] = []
    followup = scope = None
    if reading.note:
        lines.append(f"{READING_PREFIX} {reading.note}")
        followup = FollowUp(note=reading.note, question=reading.question, outlets=list(reading.outlets),
                            stances=list(reading.stances))
    outlets, stances = sorted(outlets), sorted(stances)
    if outlets or stances:
        scope = Scope(outlets=outlets, stances=stances)
        lines.append(f"{SCOPE_PREFIX} {', '.join([*outlets, *(registry.stance_label(s) or s for s in stances)])}.")
    if not lines and answer.question == asked:
        return answer
    return answer.model_copy(update={"question": asked, "answer": "\n".join([*lines, answer.answer]),
                                     "followup": followup, "scope": scope})
