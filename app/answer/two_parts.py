"""A question that asks two things: each part answered by its own quote, or said plainly to be not covered.

"What were the Hunters charged with, and when are they due to be arraigned?" asks two things: two clauses with their
own verbs joined by "and" before a wh-word or an auxiliary ("…, and was the Israeli government consulted?"), or two
wh-words coordinated before one clause ("When and where did …"). A part may also be a wh-phrase alone ("When was the
program started and by which agencies?"), which asks its question of the first part's clause.
Each part is read as a question of its own over the candidates that hold a word only that part asks (`own_terms`):
its quote is the one holding most of those words that gives what its wh-word asks for (a person, time, place,
figure), and a part that no candidate answers (`answered.answers_question`) is named in a "Not covered" line. Pure
functions of the ranking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from app.answer.answered import answers_question
from app.answer.asked import Asked, asked
from app.answer.dates import gives_time
from app.answer.compose import Selection
from app.answer.named import designations, name_held, question_names
from app.answer.opening import in_voice
from app.answer.part_search import PartRanking
from app.answer.parts import held, name_terms
from app.answer.persons import answers_who, asks_person
from app.answer.places import gives_place
from app.answer.signals import figure_answers
from app.answer.quote import Quote
from app.answer.sides import MAX_CANDIDATES, PLAIN_MAX, Picked
from app.attribution.speech import STRONG, WEAK
from app.text.terms import term_set
from app.text.function_words import AUXILIARIES, WH_WORDS

_WH = rf"(?:{'|'.join(sorted(WH_WORDS))})"
_AUX = rf"(?:{'|'.join(sorted(AUXILIARIES))})"
_PREP = r"(?:by|in|on|at|from|for|to|with|of)"
# ", and who answered?", " and when are they due …", ", and was the government consulted …?", " and by which …"
_JOIN = re.compile(rf",?\s+and\s+(?=(?:{_PREP}\s+)?{_WH}\b|{_AUX}\s+(?:the|a|an|it|he|she|they|his|her|their|"
                   rf"(?-i:[A-Z])))", re.I)
_COORD = re.compile(rf"^\W*(?P<a>{_WH})\s+and\s+(?P<b>{_WH})\s+(?P<rest>.+)$", re.I)  # "When and where did …"
_CLAUSE = re.compile(rf"^\W*{_WH}(?:\s+\w+)?\s+(?P<body>{_AUX}\b.*)$", re.I)  # "When | was the program started"
PHRASE_WORDS = 4  # a second part this short opening with a preposition is a wh-phrase asking of the first's clause
_HOW_WORDS = term_set("much many long often far old")  # "how much / long …": the wh-phrase, not what is asked
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an)\s+((?:[A-Z][\w.'’-]*\s+)+)")  # "the Netanyahu ad": a thing named
PART_POOL = 0.3  # a part's quote may score this much below the whole question's best quote
_SAYING = re.compile(rf"^(?:{STRONG}|{WEAK})$", re.I)


def question_parts(question: str) -> tuple[str, ...]:
    """The question's two parts, each as a question, or () when it asks one thing."""
    q = question.strip()
    m = _COORD.match(q)
    if m:
        rest = m.group("rest")
        return f"{m.group('a').capitalize()} {rest}", f"{m.group('b').capitalize()} {rest}"
    j = _JOIN.search(q)
    if j is None:
        return ()
    first, second = q[: j.start()].rstrip(" ,") + "?", q[j.end():].strip()
    if not re.match(rf"\W*(?:{_PREP}\s+)?{_WH}\b", first, re.I) and not re.match(rf"\W*{_AUX}\b", first, re.I):
        return ()  # the first part is no question of its own ("Tell me X and who …")
    words = second.rstrip("?").split()
    if len(words) <= PHRASE_WORDS and re.fullmatch(_PREP, words[0], re.I):
        body = _CLAUSE.match(first.rstrip("?"))  # "by which agencies" asks of "was the program started"
        if body is None:
            return ()
        second = f"{second.rstrip('?')} {body.group('body')}?"
    return first, second[0].upper() + second[1:]


def own_terms(part: str, other: str) -> frozenset[str]:
    """The terms only this part asks (its words the other part does not hold), its names left out: a name says whom
    the part is about, the other words what it asks of them."""
    return term_set(part) - term_set(other) - name_terms(part)


def own_names(part: str, other: str) -> tuple[frozenset[str], ...]:
    """The names this part gives that the other does not ("… and how much did Jeb Bush give to charity?"): whom
    it asks about, which its quote must name (`names_them`); a bill's designation ("H.R. 1") is what the story is
    about, which a quote names in other words ("the For The People Act"); so is a name after an article ("the
    Netanyahu ad", "the White House report"): a thing of the story, not whom the part asks about."""
    theirs = frozenset().union(*question_names(other), *designations(part),
                               *(term_set(m.group(1)) for m in _ATTRIBUTIVE.finditer(part)))
    return tuple(n for n in question_names(part) if not n & theirs)


def names_them(names: Sequence[frozenset[str]], ask: Asked, q: Quote) -> bool:
    """`q` names each of `names` (a word of it, or one it begins: "Iranian" names Iran), or is in their voice
    (`voiced`): the Clintons' gifts to charity do not answer what Jeb Bush gave, nor a White House report how Arlen
    Specter responded to it."""
    found = held(ask, q.text)
    return all(name_held(n, lambda w: any(t.startswith(w) for t in found)) for n in names) \
        or bool(names) and voiced(replace(ask, speakers=frozenset().union(*names)), q)


def voiced(ask: Asked, q: Quote) -> bool:
    """A part asking what X said ("What did Trump tweet …") is answered in X's voice (`opening.in_voice`)."""
    return ask.said and bool(ask.speakers) and in_voice(ask, q)


def typed(ask: Asked, part: str, text: str) -> bool:
    """`text` gives what the part's wh-word asks for, when it asks for a person, a time, a place or a figure."""
    return (not asks_person(part) or answers_who(part, ask.acts, text)) and (not ask.date or gives_time(part, text)) \
        and (not ask.place or gives_place(part, text)) and (not ask.figure or figure_answers(ask, text))


@dataclass(frozen=True)
class PartAnswer:
    picked: Picked  # the quotes, one per answered part (the answer's own when it answers that part), part order
    untold: tuple[str, ...]  # the parts no candidate answers


def by_parts(question: str, picked: Picked, ranked: Sequence[Quote], dates: Sequence[str | None],
             strict: bool = False, rank_part: PartRanking | None = None) -> PartAnswer | None:
    """The plain answer to a question of two parts: per part, the quote that answers it; None when the question asks
    one thing, the answer is contested, or no part is answered (the answer stays as it was). `strict` (the whole
    question was not answered): a part's quote must give what its wh-word asks for (`typed`); else that only orders
    them (a place told as "fled to Iraq" is one no rule reads). `rank_part`: when both parts ask words of their own,
    each part's candidates come from its own search of the story (`part_search`), not the whole question's."""
    parts = question_parts(question)
    if len(parts) != 2 or picked.contested or not ranked:
        return None
    owns = [own_terms(part, other) or own_terms(part, "") for part, other in zip(parts, parts[::-1])]
    asking = [bool({t for t in own if not _SAYING.match(t)}) for own in owns]
    own_search = rank_part is not None and all(asking)
    chosen: list[Quote] = []
    untold: list[str] = []
    for part, other, own, asks in zip(parts, parts[::-1], owns, asking):
        if not asks:
            continue  # "Who described X, and what did he say it says?": a verb of saying is all it asks of its own
        own_pool = rank_part(part) if own_search else []  # none found: the whole question's candidates
        pool, when = (own_pool, [q.hit.chunk.meta.get("date") for q in own_pool]) if own_pool else (ranked, dates)
        q = _part_quote(part, own, picked.quotes, pool, pool[0].score - PART_POOL if pool else 0.0, when, strict,
                        own_names(part, other) if own_search else None)
        if q is None and own_pool and picked.quotes:  # its story holds no answer: a quote the whole answer shows
            shown = list(picked.quotes)  # (a part may ask of another story than the best quote's; never a third)
            q = _part_quote(part, own, shown, shown, shown[0].score - PART_POOL,
                            [s.hit.chunk.meta.get("date") for s in shown], strict)
        if q is None:
            untold.append(part)
        elif all(_span(q) != _span(c) for c in chosen):
            chosen.append(q)
    if not chosen:
        return None
    return PartAnswer(Picked(chosen[:PLAIN_MAX], False), tuple(untold))


def _span(q: Quote) -> tuple[str, int, int]:
    return q.hit.chunk.doc_id, q.start, q.end


def _part_quote(part: str, own: frozenset[str], shown: Sequence[Quote], ranked: Sequence[Quote], floor: float,
                dates: Sequence[str | None], strict: bool, names: Sequence[frozenset[str]] | None = None
                ) -> Quote | None:
    """The quote that answers one part: among the candidates within PART_POOL that hold a word only the part asks and
    give what it asks for (`typed`; when not `strict`, those that do not come after), the one in the voice asked for
    (`voiced`) holding most such words (the better scored first; a shown one first among equals, the shown quote
    itself); None when they do not answer it."""
    ask = asked(part)
    count = {id(q): len(own & held(ask, q.text)) for q in ranked[:MAX_CANDIDATES]}
    kind = {id(q): typed(ask, part, q.text) for q in ranked[:MAX_CANDIDATES]}
    def order(q: Quote) -> tuple[bool, bool, int, float]:  # own search: its ranking said-first, the better scored
        return not kind[id(q)], not voiced(ask, q), -count[id(q)], -q.score if names is not None else 0.0
    asks = len(own - _HOW_WORDS)  # own search: half of what only the part asks, all when the whole was not answered
    need = 0 if names is None else asks if strict else asks / 2
    holds = sorted((q for q in ranked[:MAX_CANDIDATES] if q.score >= floor and (count[id(q)] or voiced(ask, q))
                    and (count[id(q)] >= need or voiced(ask, q)) and (kind[id(q)] or not strict)
                    and names_them(names or (), ask, q)), key=order)  # stable: better first
    if not holds or not answers_question(part, holds, dates, (), ask):
        return None
    return next((s for s in shown for h in holds if _span(s) == _span(h) and order(h) == order(holds[0])), holds[0])


def parted(question: str, chosen: Selection | None, dates: Sequence[str | None],
           rank_part: Callable[[Sequence[Quote]], PartRanking | None] | None = None) -> Selection | None:
    """`chosen` with a two-part question's quotes one per part and the parts not answered (`by_parts`), also when the
    whole question was not answered but one of its parts is; else `chosen` as it was. `rank_part`: the ranking of
    a part's own search over the story of the whole question's candidates (`part_search.part_ranking`), made only for
    a question of two parts."""
    if chosen is None or not chosen.ranked or not question_parts(question):
        return chosen
    found = by_parts(question, chosen.picked if chosen.covered else Picked([], False), chosen.ranked, dates,
                     strict=not chosen.covered, rank_part=rank_part(chosen.ranked) if rank_part else None)
    return chosen if found is None else replace(chosen, picked=found.picked, covered=True, untold=found.untold)
