"""A dispute over a figure that one sentence reports, each side in its own clause: "The Ministry of Labour says it
covers about 140,000 workers; the FLW says … fewer than 40,000 will qualify", "22,000 people according to police,
about 80,000 according to the union". Wire copy sets the two counts side by side this way, and the pairing of quotes
(`sides.py`) never sees it: there is one quote. The reading: the sentence falls into two clauses (at a semicolon, at
", while / whereas / but", or after the first of two "according to" sources; a quote of two sentences at its sentence
end: "Kessler puts the spill at 1,200 gallons. State regulators say it was at least 3,500."; at a comparison with
another source's claimed figure: "about 900 permanent jobs, far fewer than the 4,000 the mayor has promised", whose
source is the claim's holder, `figure_compared.claim_source`), each attributed (a report verb of a closed class after
its subject, or "according to" a source), the two sources differ, and each clause gives a figure, the question's
figure in one of them (its words around it), the other the same kind of count (same unit, or none: the parallel
clause leaves the counted noun out, "fewer than 40,000 will qualify") and another value (not the same figure rounded,
not within a bound or a hedge of it). Each source may name the count in its own words, neither the question's ("How
many hospital workers will lose their jobs?" / "The hospital says 22 positions are affected; the Guild says at least
45 nurses and aides will be displaced", `_renamed`): two counted nouns, no sum or share. For "how many people", a
count of persons of any kind is the question's count (`people_count`). Such a sentence may rank below the close
quotes (within WIDE_POOL, the pool of the precise rules): it is the answer the moment it sets the two counts side by
side. The two clauses' syntax says they count one thing, so the two-quote rule's ratio bound (`figures.MAX_RATIO`,
for two sentences that may count different things) does not apply: crowd counts of police and organisers differ by
more."""

from __future__ import annotations

import re
from dataclasses import dataclass

from collections.abc import Sequence
from itertools import takewhile

from app.answer.asked import Asked
from app.answer.asked_figure import counted_unit, paid_unit
from app.answer.disputed import reported_dispute
from app.answer.figure_compared import claim_source, compared_at
from app.answer.people_count import counts_people
from app.answer.select import Quote
from app.answer.sides import WIDE_POOL, Picked
from app.answer.signals import AMOUNT_UNITS
from app.attribution.units import unit_kind
from app.attribution.figures import Figure, answer_figure, roughly_same, same_figure, within_bounds
from app.text.sentences import split_sentences
from app.text.terms import term_set

# the closed class of verbs that attribute a figure to its source ("says", "put it at", "estimates", "counts")
_REPORTS = (r"says|said|say|puts|put|estimates|estimated|estimate|claims|claimed|claim|counts|counted|count|reports|"
            r"reported|insists|insisted|maintains|maintained|argues|argued|contends|contended|told")
_SUBJECT_VERB = re.compile(rf"^\s*(?:(?:and|but|while|whereas)\s+)?(?P<who>[^,;:“”\"]{{2,80}}?)\s+(?:{_REPORTS})\b",
                           re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,;:“”\"]{2,80}?)\s*(?=[,;.]|$)", re.IGNORECASE)
_JOINS = re.compile(r";\s+|,\s+(?=(?:while|whereas|but)\s)", re.IGNORECASE)


@dataclass(frozen=True)
class Voice:
    """One clause's source as written ("The Ministry of Labour", "police") and the figure it gives."""
    source: str
    figure: Figure


def clauses(sentence: str) -> tuple[str, str] | None:
    """The sentence's two clauses, each with its own source: split at its one join (a semicolon, ", while"), else after
    the first of exactly two "according to" sources, else, for a quote of exactly two sentences, at the sentence end
    ("Kessler puts the spill at 1,200 gallons. State regulators say it was at least 3,500."); None when it is not so
    built."""
    parts = _JOINS.split(sentence.strip())
    if len(parts) == 2:
        return parts[0], parts[1]
    found = list(_ACCORDING.finditer(sentence))
    if len(parts) == 1 and len(found) == 2:
        cut = found[0].end()
        return sentence[:cut], sentence[cut:].lstrip(" ,")
    at = compared_at(sentence) if len(parts) == 1 and not found else None
    if at:  # "… about 900 permanent jobs, far fewer than the 4,000 the mayor has promised" (`figure_compared`)
        return sentence[:at], sentence[at:]
    spans = split_sentences(sentence) if len(parts) == 1 and not found else []
    if len(spans) == 2:
        return tuple(sentence[s.start : s.end] for s in spans)
    return None


def source_of(clause: str) -> str | None:
    """Who the clause attributes its words to: "according to X" anywhere, else the subject before a report verb."""
    m = _ACCORDING.search(clause) or _SUBJECT_VERB.search(clause)
    return claim_source(clause) or (" ".join(m.group("who").split()) if m else None)


def reported_here(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], vectors) -> Picked:
    """A dispute one article reports: in one sentence (`voiced_dispute`), else in a rebuttal and the claim it rejects
    (`disputed.reported_dispute`, which keeps a pick already contested)."""
    return reported_dispute(ask, voiced_dispute(ask, question, picked, ranked), ranked, vectors)


def voiced_dispute(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote]) -> Picked:
    """`picked` unless a quote within WIDE_POOL of the best (a dispute a sentence reports is the answer too), or
    one the pick shows, sets two sources' figures of what is asked against each other in one sentence: then that
    sentence alone, contested ("voices")."""
    if picked.contested or not ranked:
        return picked
    close = takewhile(lambda q: q.score >= ranked[0].score - WIDE_POOL, ranked)
    voiced = next((q for q in [*close, *picked.quotes] if figure_voices(ask, question, q.text) is not None), None)
    return Picked([voiced], True, "voices", (0,), ()) if voiced is not None else picked


def figure_voices(ask: Asked, question: str, sentence: str) -> tuple[Voice, Voice] | None:
    """The two sources one sentence sets against each other on the figure asked, with their figures; None when the
    sentence does not report such a dispute (or the question asks no figure)."""
    split = clauses(sentence) if ask.figure else None
    if split is None:
        return None
    who = [source_of(c) for c in split]
    if None in who or who[0].casefold() == who[1].casefold():
        return None
    unit = paid_unit(ask)
    fa, fb = (answer_figure(c, ask.terms, ask.predicate, unit) for c in split)
    if fa is None or fb is None or not _one_count(ask, fa, fb, renamed := _renamed(ask, question, fa, fb),
                                                  _people(ask, question, fa, fb)) \
            or not (renamed or _counts_asked(ask, question, fa, fb)):
        return None
    return Voice(who[0], fa), Voice(who[1], fb)


def _people(ask: Asked, question: str, a: Figure, b: Figure) -> bool:
    """"How many people …": one clause counts persons of some kind and the other the same, or leaves its noun out
    ("about 140,000 workers; … fewer than 40,000 will qualify"); two kinds ("3 officers"; "12 protesters") are two
    counts of people, which the question's words must tie to what is asked."""
    unit = a.unit or b.unit
    return counts_people(counted_unit(ask, question), unit) and (not a.unit or not b.unit or a.unit == b.unit)


def _counts_asked(ask: Asked, question: str, *found: Figure) -> bool:
    """Each figure counts what the question counts: the noun of "how many <noun>" (or dollars, "how much … cost"; for
    "how many people", any count of persons), or leaves its noun out; without one ("How big a raise …"), no figure
    counts a thing the question names beside the amount it asks ("… offer the teachers": "140 teachers reported for
    duty" is another count)."""
    counted = counted_unit(ask, question)
    if counted:  # "How many people …": a clause's count of workers or voters is a count of people (`people_count`)
        return all(not f.unit or f.unit.startswith(counted) or counted.startswith(f.unit)
                   or counts_people(counted, f.unit) for f in found)
    named = term_set(question)
    return not any(f.unit and any(t.startswith(f.unit) for t in named) for f in found)


def _renamed(ask: Asked, question: str, a: Figure, b: Figure) -> bool:
    """Each source names the count asked in its own words, neither the question's: "How many hospital workers will
    lose their jobs?" / "The hospital says 22 positions are affected; the Guild says at least 45 nurses and aides will
    be displaced". Both are counted nouns (no money, share, time or measure), and the question counts a noun that
    neither clause uses: the parallel clauses, not a shared noun, say they count one thing. A clause counting the
    question's noun keeps the other to it ("1.5 million women" / "3,400 stores")."""
    counted = counted_unit(ask, question)
    return bool(counted) and all(f.unit and not (f.unit.startswith(counted) or counted.startswith(f.unit))
                                 and unit_kind(f.unit) == f.unit and f.unit not in _NOT_COUNTS for f in (a, b))


_NOT_COUNTS = AMOUNT_UNITS | {"dollar", "percent"}


def _one_count(ask: Asked, a: Figure, b: Figure, renamed: bool = False, people: bool = False) -> bool:
    """Two figures of the one count asked that differ: one stands among the question's words (or, `people`, the first
    counts persons for "how many people": its noun names what is asked as the question's own noun would), the units
    agree (or one leaves its noun out, or each source names the count its own way: `renamed`), and neither is the other
    rounded, bounded or hedged."""
    about = people or bool((a.context | a.referent) & ask.terms or (b.context | b.referent) & ask.terms)
    units = a.unit == b.unit or not a.unit or not b.unit or renamed
    return about and units and not (same_figure(a, b) or within_bounds(a, b) or roughly_same(a, b))
