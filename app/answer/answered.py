"""Does the answer hold what was asked? The quotes that answer must report the event, the figure,
length, age or measure the question asks for, and name whom it asks about; otherwise the assistant
abstains (a near-topic answer).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from app.answer.answer_type import age_given, figure_given, off_type
from app.answer.attribute_asked import attribute_missing
from app.answer.bracketed import sum_elsewhere
from app.answer.asked import Asked, asked
from app.answer.dates import asks_after
from app.answer.held_thing import kind_words
from app.answer.durations import duration_given
from app.answer.measure import measure_given
from app.answer.named import speaker_unnamed, unnamed
from app.answer.asked_events import asked_verbs
from app.answer.outcome import intent_untold, unreported
from app.answer.presumed import unreported_presumed
from app.answer.responded import untold_responses  # a response told by what the responder says
# a year, recipient or narrowing name the answer does not pair with its event
from app.answer.qualifiers import unpaired
from app.answer.scoring import sentence_vectors
from app.answer.select import Quote
from app.answer.said_about import silent_on
from app.answer.share_given import share_given
from app.answer.speaks import speaker_silent
from app.answer.stages import other_stage
from app.answer.targets import told_against_others
from app.answer.sides import CLOSE, MAX_CANDIDATES, WIDE_POOL
from app.answer.untold import untold_only
from app.text.derived import holds_all
from app.text.terms import stem, term_set, terms

# "get accused", "got arrested": the auxiliary of a get-passive, a function word before the asked participle
_GET = re.compile(r"\b(?P<aux>get|gets|got|gotten|getting)\s+(?P<verb>[a-z]+(?:ed|en))\b", re.I)


def _get_passive(question: str, verbs: set[str]) -> set[str]:
    """The stem of a get-passive's auxiliary right before an asked verb: no word an answer rewording the question holds
    ("Did Wal-Mart get accused of …" is said "claims that Wal-Mart … favors men")."""
    return {stem(m.group("aux").casefold()) for m in _GET.finditer(question)
            if stem(m.group("verb").casefold()) in verbs}


# cosine to the question of an answering quote that holds all its other terms: it words the event otherwise
REWORDED = 0.6


def answers_ranked(question: str, qvec: np.ndarray, embed: Callable, dates: Sequence[str | None], parsed: Asked,
                   ranked: Sequence[Quote], vectors: np.ndarray | None = None) -> bool:
    """`answers_question` over a ranking, its first MAX_CANDIDATES quotes' similarity to the question from their
    `vectors` (else from `embed`: the answer's quote vectors, stored sentence rows)."""
    if vectors is None:
        vectors = sentence_vectors([q.text for q in ranked[:MAX_CANDIDATES]], embed)
    return answers_question(question, ranked, dates, vectors @ qvec if ranked else (), parsed)


def answers_question(question: str, ranked: Sequence[Quote], dates: Sequence[str | None],
                     similarity: Sequence[float] = (), parsed: Asked | None = None) -> bool:
    """The question does not ask about a time after the sources (an outcome they could not
    report), an event it asks happened ("Did Congress pass…", "when he vetoed…", "What sentence did
    X receive…") is reported by one of the quotes that answer it (within CLOSE of the best) or
    of those a little further down (within WIDE_POOL, naming its subject), not only mentioned as a prospect
    ("advised to veto", "scheduled to be arraigned"), an intent it asks was announced ("announce that he would
    veto") is told by a quote outside a request to act (`outcome.intent_untold`), the figure, length, age or measure it
    asks for is there (`answer_type`, `measure`; a sum in parentheses is the listed item's before it, `bracketed`),
    and a "What did X say" question's X is named where the answer stands and speaks in one of the candidates
    (`speaks`), on whose thing it asks about (`said_about`), a suit asked by its target is not told against another
    (`targets`), the quotes that answer do not all say the detail asked for was not told while no other close one
    tells it (`untold`), and the attribute it asks for (a weight, hospital, salary) is named near (`attribute_asked`).
    `similarity[i]`: the cosine of ranked[i]'s stored sentence vector to the question's: an answering
    quote that holds every other term of the question and is this close
    to it (REWORDED) states an event it does not name in other words ("Hillary Rodham Clinton …
    released her … tax returns" for "Did Hillary Clinton disclose her tax returns?"); a term is held in a derived
    form too ("politicking" for "politics", `text.derived`).
    `parsed`: `asked(question)`, when the caller has it."""
    if not ranked or asks_after(question, dates):
        return False
    answering = [q for q in ranked if q.score >= ranked[0].score - CLOSE]
    close = [q.text for q in answering]
    wider = [q.text for q in ranked[:MAX_CANDIDATES]
             if ranked[0].score - WIDE_POOL <= q.score < ranked[0].score - CLOSE]
    verbs = {stem(e) for e in asked_verbs(question)}
    rest = set(terms(question, query=True)) - kind_words(question) - verbs - _get_passive(question, verbs)
    reworded = any(s >= REWORDED and holds_all(rest, term_set(q.text)) and not other_stage(verbs, q.text)
                   for q, s in zip(ranked, similarity) if q.score >= ranked[0].score - CLOSE)
    ask = parsed or asked(question)
    return not untold_responses(question, unreported(question, close, wider, reworded), (*close, *wider)) \
        and not intent_untold(question, close) and not off_type(question, close) \
        and figure_given(ask, question, close) and duration_given(question, close) and age_given(ask, close) \
        and measure_given(question, close) and share_given(question, close) and not sum_elsewhere(question, close) \
        and (reworded or not unreported_presumed(question, ranked[:MAX_CANDIDATES])) \
        and not unnamed(question, answering if ask.figure else ranked) \
        and not unpaired(question, answering, ranked[:MAX_CANDIDATES]) \
        and not told_against_others(question, close) \
        and not speaker_unnamed(ask, answering) \
        and not speaker_silent(ask, question, ranked) and not silent_on(ask, question, answering) \
        and not untold_only(question, answering, ranked[:MAX_CANDIDATES]) \
        and not attribute_missing(question, ranked[:MAX_CANDIDATES])  # no weight, hospital, salary, age named
