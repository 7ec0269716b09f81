"""Praise against blame: a verdict question the speakers answer in their own evaluative words.

"Was allowing elephant trophy imports the right decision?" asks for a verdict, and the sides give it in words the
question does not use: the agency "defended its decision", a lawyer calls it "this despicable decision"; "I think it's
a valuable exercise" against Nadler, who "derided" the reading as "total nonsense". The candidates' articles are read
(as `dimension_look` reads them) for sentences on the asked subject that hold a word of praise or blame: a verb of
judging (defended, praised / decried, derided, assailed), or, in a named speaker's words, an evaluative word
(valuable, legitimate / wrong, nonsense, a disgrace). A word counts only near a term of the subject, an adjective
only when it does not describe another noun ("a legitimate question to raise"); a negation bearing on it turns it
("I don't think the Constitution is propaganda" praises), and a sentence with both, or an embedded "whether",
judges nothing. The first praising and blaming sentences of two accounts (outlets of other stance groups, or one
outlet's two named speakers) are opposite verdicts.

Only a yes/no question whose own words ask for a verdict (fair, worthwhile, right, appropriate, a ploy …) is read
this way; "Did the council close the library?" asks whether an act happened, and what X thought or said, a figure, a
date or a person are never verdicts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from app.answer.agree import statement_asked
from app.answer.denied_first import YES_NO
from app.answer.select import Asked, Quote
from app.attribution import contradict as cx
from app.attribution.judging_words import JUDGING, Judging
from app.attribution.verdicts import describes_noun
from app.answer.article_read import ArticleQuotes
from app.answer.rebuttal import OTHER_MAX, articles_quotes
from app.answer.sides import Picked, verdict_pair
from app.text.terms import term_set, terms

# "Did the women's lawyer think … was fair?", "Did Sanders comment on whether …": what a person thought or said.
_OPINION_OF = re.compile(r"\b(?:think|thinks|thought|believe[sd]?|say|says|said|comment(?:ed|s)?|consider(?:ed|s)?|"
                         r"call(?:ed|s)?|agree[sd]?|feel|feels|felt|argue[sd]?|claim(?:ed|s)?)\b", re.IGNORECASE)
NEAR = 6  # words either side of a judging word where the judged subject is named
JUDGED_MAX = 2 * OTHER_MAX  # judgements read from the candidates' articles
_ASKS = re.compile(r"\bwhether\b", re.IGNORECASE)  # "declined to comment on whether her comments were appropriate"


@functools.cache
def _stems(words: str) -> frozenset[str]:
    return frozenset(terms(words))


@functools.cache
def _pattern(words: str) -> re.Pattern[str]:
    """The words as written (whole words, any case): "critics" is no "criticized", "justify" no "justified"."""
    return re.compile(r"\b(?:" + "|".join(words.split()) + r")\b", re.IGNORECASE)


def _said(words: str, text: str, subject: frozenset[str]) -> frozenset[str]:
    """The search terms of `words` that `text` holds as written with a term of the `subject` within NEAR words: what
    is judged ("called such trophy hunting a horror show"; not "applauded the reversal on Friday and called …")."""
    return frozenset(t for m in _pattern(words).finditer(text) if _near(text, m, subject) for t in terms(m.group()))


def _near(text: str, m: re.Match[str], subject: frozenset[str]) -> bool:
    """A subject term within NEAR words of the judging word, unless it is an adjective describing another noun."""
    before, after = text[: m.start()].split()[-NEAR:], text[m.end():].split()[:NEAR]
    return bool(subject & frozenset(terms(" ".join([*before, *after])))) \
        and not (m.group().lower() in JUDGING.adjectives and describes_noun(text, m.end(), subject))


def _judging(text: str) -> bool:
    """`text` holds a word of praise or blame."""
    return any(_pattern(w).search(text) for side in (JUDGING.praise, JUDGING.blame) for w in (side.verbs, side.words))


def verdict_asked(ask: Asked, question: str) -> bool:
    """A yes/no question asking a verdict in an evaluative word, not whether X said it, nor a figure, date or name."""
    return YES_NO.match(question) is not None and not (ask.said or ask.role or ask.figure or ask.identity
                                                       or ask.date or statement_asked(question)) \
        and bool(term_set(question) & _stems(JUDGING.asked)) and _OPINION_OF.search(question) is None


def _judged(side: Judging, text: str, voiced: bool, subject: frozenset[str]) -> frozenset[str]:
    """The words of one `side` (praise or blame) that `text` judges the subject with: its verbs of judging, and its
    evaluative words when the quote names its speaker (`voiced`; an outlet's own "personal benefit" judges nothing)."""
    return _said(side.verbs, text, subject) | (_said(side.words, text, subject) if voiced else frozenset())


def polarity(text: str, voiced: bool, subject: frozenset[str]) -> int:
    """1: the quote praises, -1: it blames, 0: neither, both, or it only asks (`whether`). A negation bearing on a
    word turns it ("I don't think the Constitution is propaganda" praises; "wasn't a fair comparison" blames).
    `voiced`: the quote names its speaker, so its evaluative words are a judgement too, not only its verbs. Only words
    near a term of the `subject` count."""
    if _ASKS.search(text):
        return 0
    praise, blame = (_judged(side, text, voiced, subject) for side in (JUDGING.praise, JUDGING.blame))
    signs = {(1 if w in praise else -1) * (-1 if cx.negates_ahead(text, w) else 1) for w in praise | blame}
    return signs.pop() if len(signs) == 1 else 0


def verdict_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes
                 ) -> Picked:
    """`picked` unless two judgements of the asked subject among the candidates (`ranked`, best first) and their
    articles' other passages praise and blame it: then those two, contested, after the best quote when it is neither."""
    if picked.contested or not ranked or not verdict_asked(ask, question):
        return picked
    subject = ask.terms - _stems(JUDGING.asked)
    def keep(text: str) -> bool:
        return bool(term_set(text) & subject) and _judging(text)  # a passage may hold both, or a "not"
    docs = dict.fromkeys(q.hit.chunk.doc_id for q in ranked)
    found = {q.text: q for q in [*articles_quotes(docs, article, keep, most=JUDGED_MAX),
                                 *(q for q in ranked if keep(q.text))]}  # a sentence two passages share: once
    judged = [(q, polarity(q.text, bool(q.source[1]), subject))
              for q in sorted(found.values(), key=lambda q: -q.score)]
    pair = next(((a, b) for i, (a, pa) in enumerate(judged) for b, pb in judged[i + 1:]
                 if pa and pa == -pb and two_judges(a, b)), None)
    if pair is None:
        return picked
    return verdict_pair(ranked[0], *pair)


def two_judges(a: Quote, b: Quote) -> bool:
    """Two accounts: outlets of other stance groups, or one outlet quoting two named speakers (other surnames)."""
    if a.outlet != b.outlet:
        return a.stance is not None and b.stance is not None and a.stance != b.stance
    sa, sb = a.source[1].split()[-1:], b.source[1].split()[-1:]
    return bool(sa and sb) and sa != sb
