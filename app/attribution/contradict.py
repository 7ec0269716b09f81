"""Contradiction rules: do two quotes disagree about what was asked?

Pure functions over two sentences (and the question's terms), no model:

- figures: each quote's *answer figure* (the number whose surrounding words best match the
  question) is compared when both measure the same kind of thing (dollars, percent, pages, a
  counted noun). Rounded and exact forms of one figure agree ("$43 million" / "$43,885,310",
  "35.7 percent" / "35.72"); different figures conflict ("48-page" / "47-page");
- days: different weekdays for the same event ("published Saturday" / "published Sunday");
- polarity: one quote negates or denies (also by a pronoun: "that was never the case"), the other
  asserts with no denial near the question's terms, and the two speak to the same claim (their
  similarity is decided by the caller);
- rebuttal: a quote rejects ("disputed the claim", "lying", "not true") what another says ("so-called"
  disputes a name, "the so-called HR 1 measure", not a claim: it is no rebuttal);
- opposite verdicts: antonymous verdict words ("legal" / "illegal"), in `app/attribution/verdicts.py`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.text.sentences import split_sentences
from app.attribution.units import FIGURE, figure_unit, is_year
from app.text.terms import per_text, terms

QUOTES = 1 << 12  # per-text caches of the rules below: an answer compares each candidate quote with several others

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_LOWER_BOUND = re.compile(r"\b(more than|over|at least|above|upwards of|in excess of|exceeding)\s*$", re.IGNORECASE)
# A hedge before a figure ("nearly $44 million", "about 55 miles"): it agrees with any figure within one
# of its rounding steps ("$43 million").
_APPROX = re.compile(r"\b(nearly|almost|roughly|about|around|approximately|close to|just (?:under|shy of)|"
                     r"an estimated)\s*$", re.IGNORECASE)
MAX_RATIO = 3.0  # two reports of one quantity differ by less than this factor ($40 million / $90 million)
WINDOW = 5  # words either side of a figure that say what it counts
NEGATION = re.compile(
    r"\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot|can't|won't|don't|doesn't|didn't|isn't|"
    r"wasn't|aren't|weren't|hasn't|haven't|hadn't|den(?:y|ies|ied)|refus\w+|reject\w*|dismiss\w*|disput\w+|"
    r"rebut\w*|refut\w*|bat(?:s|ted|ting)?\s+down)\b|n['’]t\b"
    # doubt that negates without a negation word: "hard pressed to …", "doubts that", and negative-polarity
    # items that stand only under a negation or doubt ("in any way helps", "whatsoever")
    r"|\bhard[- ]pressed\b|\bdoubt(?:s|ed)?\b|\bin any way\b|\bwhatsoever\b",
    re.IGNORECASE)
REBUTTAL = re.compile(
    r"\b(smear\w*|lies|lying|liars?|not true|untrue|den(?:y|ies|ied)\s+(?:that|it|any|\w+ing|(?:the\s+)?(?:claims?|reports?|allegations?|charges?))|debunk\w*|disput\w+ the claim|"
    r"fabricat\w*|baseless|disinformation|fake news|without merit|no (?:\w+ )?(?:evidence|proof)|mischaracteri\w+|"
    r"challeng\w* (?:the )?(?:claims?|allegations?|accounts?|reports?)|"
    r"propaganda|hoax|demoniz\w+|divert\w* attention|disputed (?:the )?(?:claims?|allegations?|reports?)|"
    r"(?:reject|dismiss)\w* (?:the |any |early )?(?:claims?|allegations?|accusations?|reports?|suggestions?)|"
    r"bat(?:s|ted|ting)? down (?:the |any )?(?:claims?|allegations?|accusations?|reports?)|push\w* back(?=,| against)|"
    r"(?:anti-\w+|false|bogus|unfounded|absurd|ridiculous) (?:claims?|allegations?|accusations?|reports?)|"
    r"(?:claims?|allegations?|reports?) (?:were|was|are|is) (?:merely|simply|just|only|false|wrong))\b",
    re.IGNORECASE)
# REBUTTAL as searched: the same matches, found sooner. Every alternative starts with one of these letters, and
# the engine tests the one class at each word start before trying the ~30 alternatives (30 -> 17 us for 200
# characters of news text). The rebuttal cues of an index (app/store/cues.py) name REBUTTAL's own pattern.
REBUTTAL_FIRST = "abcdfhlmnprsuw"
REBUTTAL_SEARCH = re.compile(rf"\b(?=[{REBUTTAL_FIRST}])" + REBUTTAL.pattern.removeprefix(r"\b"), REBUTTAL.flags)
# What a rebuttal points at when it names no source: the other side's claim ("these claims", "the report").
CLAIM_NOUN = re.compile(r"\b(claims?|claimed|allegations?|alleged|accusations?|accused|reports?|reported|story|"
                        r"stories|charges?|assertions?|documentar\w+|campaigns?)\b", re.IGNORECASE)
@dataclass(frozen=True)
class Figure:
    value: float
    unit: str  # "dollar", "percent", "page", "women", or "" when nothing says what it counts
    step: float  # the rounding step its digits show: 43 million → 1e6, 35.72 → 0.01
    context: frozenset[str]  # content words around it
    bound: int = 0  # 1: "more than / at least X" (X or more); 0: the figure itself
    approx: bool = False  # hedged: "nearly / about / roughly X"
    text: str = ""  # the figure as the quote writes it: "$1 million", "48-page", "35.7 percent"
    referent: frozenset[str] = frozenset()  # terms of the sentence naming its pronoun subject ("They have reserved …")


@per_text(maxsize=QUOTES)
def figures(text: str) -> tuple[Figure, ...]:
    """Numbers with their unit and rounding step; years (1900–2099 without a scale) are not figures."""
    out, words = [], text
    pronoun_led = _pronoun_led(text)
    for m in FIGURE.finditer(words):
        raw, scale = m.group("num").replace(",", ""), (m.group("scale") or "").casefold()
        if is_year(m):
            continue
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        factor = _SCALE.get(scale, 1.0)
        unit = figure_unit(words, m)
        before = words[max(0, m.start() - 60) : m.start()].split()[-WINDOW:]
        after = words[m.end("num") : m.end("num") + 60].replace("-", " ").split()[:WINDOW]
        lead = words[max(0, m.start() - 20) : m.start()]
        bound = 1 if _LOWER_BOUND.search(lead) else 0  # "up to X" is often the total itself: no upper bounds
        shown = max(m.end(g) for g in ("num", "unit1", "scale", "pct") if m.group(g))
        out.append(Figure(float(raw) * factor, unit, 10.0 ** -decimals * factor,
                          frozenset(terms(" ".join(before + after))), bound, _APPROX.search(lead) is not None,
                          words[m.start() : shown],
                          next((ref for a, b, ref in pronoun_led if a <= m.start() < b), frozenset())))
    return tuple(out)


# A sentence whose subject is a pronoun ("They have reserved $500,000 of airtime"): what it counts is
# said by the sentence before, which names the pronoun's referent ("The group …, Secure America Now, …").
_PRONOUN_SUBJECT = re.compile(r"\W*(?:he|she|they|it|we)\s", re.IGNORECASE)
_PRONOUN_AFTER_STOP = re.compile(r"[.!?][\"”’')]*\s+\W*(?:he|she|they|it|we)\s", re.IGNORECASE)  # a quick test first


def _pronoun_led(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """The sentences after the first that open with a pronoun subject: (start, end, terms of the
    sentence before, which names the pronoun's referent)."""
    if not _PRONOUN_AFTER_STOP.search(text):
        return []
    spans = split_sentences(text)
    return [(s.start, s.end, frozenset(terms(text[p.start : p.end])))
            for p, s in zip(spans, spans[1:]) if _PRONOUN_SUBJECT.match(text[s.start : s.end])]


def answer_figure(text: str, asked: frozenset[str], counted: frozenset[str] = frozenset()) -> Figure | None:
    """The figure whose surrounding words share most of the question's `counted` terms (its lower-case words,
    which say what is counted: "state and local taxes"), then most of its terms (names of participants too),
    first on ties ("earned roughly $141 million and paid nearly $44 million in federal income taxes": $44
    million is the taxes' figure); the referent of a pronoun subject does not rank it (the sentence before
    names it for every figure)."""
    found = figures(text)
    if not found:
        return None
    return max(found, key=lambda f: (len(f.context & counted), len(f.context & asked), -found.index(f)))


def same_figure(a: Figure, b: Figure) -> bool:
    """True when one is the other rounded or truncated to the digits it shows."""
    if math.isclose(a.value, b.value, rel_tol=1e-9):
        return True
    coarse, fine = (a, b) if a.step >= b.step else (b, a)
    if coarse.step <= fine.step:
        return False
    return abs(fine.value - coarse.value) < coarse.step and (
        math.isclose(round(fine.value / coarse.step) * coarse.step, coarse.value, rel_tol=1e-9)
        or math.isclose(math.floor(fine.value / coarse.step) * coarse.step, coarse.value, rel_tol=1e-9))


def conflicting_figures(a: str, b: str, asked: frozenset[str], counted: frozenset[str] = frozenset()) -> bool:
    """Both quotes answer with a figure of the same kind (`answer_figure`), and the figures differ."""
    fa, fb = answer_figure(a, asked, counted), answer_figure(b, asked, counted)
    if fa is None or fb is None or fa.unit != fb.unit:
        return False
    if not ((fa.context | fa.referent) & asked and (fb.context | fb.referent) & asked):
        return False  # each figure must be about the thing asked (its words, or its pronoun subject's referent)
    if not fa.unit and not (fa.context & fb.context & asked):
        return False  # bare numbers must at least count the same thing
    if any(same_figure(fb, f) for f in figures(a)) or any(same_figure(fa, f) for f in figures(b)):
        return False  # each quote also gives the other's figure: they agree on it
    return figures_apart(fa, fb)


def figures_apart(a: Figure, b: Figure) -> bool:
    """Two figures of one quantity that really differ: not one rounded from the other, not within a
    bound or a hedge, and not so far apart that they count different things ("indicted over $250,000"
    / "repaid $60,000")."""
    if max(a.value, b.value) > MAX_RATIO * min(a.value, b.value):
        return False
    return not same_figure(a, b) and not within_bounds(a, b) and not roughly_same(a, b)


def roughly_same(a: Figure, b: Figure) -> bool:
    """A hedged figure meets the other within one rounding step: "nearly $44 million" / "$43 million"."""
    return (a.approx or b.approx) and abs(a.value - b.value) <= max(a.step, b.step) * (1 + 1e-9)


def within_bounds(a: Figure, b: Figure) -> bool:
    """One figure is a lower bound the other meets: "more than $60,000" and "$250,000" agree."""
    return any(x.bound > 0 and y.value >= x.value for x, y in ((a, b), (b, a)))


def figures_about_question(a: str, b: str, asked: frozenset[str], need: int = 2, counted: frozenset[str] = frozenset()
                           ) -> bool:
    """Each quote's answer figure has at least `need` of the question's terms around it: both
    count what was asked, whatever else the quotes are about."""
    fa, fb = answer_figure(a, asked, counted), answer_figure(b, asked, counted)
    return fa is not None and fb is not None and len(fa.context & asked) >= need and len(fb.context & asked) >= need


def conflicting_days(a: str, b: str) -> bool:
    da, db = weekdays(a), weekdays(b)
    return len(da) == 1 and len(db) == 1 and da != db


NEAR_WORDS = 5  # a negation bears on a question term at most this many words away


@per_text(maxsize=QUOTES)
def negated(text: str, asked: frozenset[str] = frozenset()) -> bool:
    """The text negates or denies something; with `asked`, something the question asks about
    (a negation word within NEAR_WORDS words of a question term: "did not offer the job")."""
    if not asked:
        return NEGATION.search(text) is not None
    words = text.split()
    for m in NEGATION.finditer(text):  # cues of several words ("in any way") too
        if _DUTY.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "to make sure its managers do not discriminate": a duty or an aim, not a denial of a fact
        i = len(text[: m.start()].split())
        near = " ".join(words[max(0, i - NEAR_WORDS) : i + NEAR_WORDS + 1])
        if set(terms(near)) & asked:
            return True
    return any(set(terms(text[: m.start()])) & asked for m in _DENIES_BEFORE.finditer(text))


# Before a negation, a duty or an aim: what must not happen, not a denial that it did ("an obligation … to make sure
# its managers do not discriminate", "to ensure that no one is left out"); a past one tells an outcome, a fact ("he made
# sure the bill did not pass", "ensured that no vote was held")
_DUTY = re.compile(r"\b(?:make|makes|making)\s+sure(?:\s+that)?\s+(?:\S+\s+){0,3}$|\b(?:ensur(?:e|es|ing)|in\s+order|so\s+as)"
                   r"(?:\s+that)?\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


# A denial of what the sentence said before it, by a pronoun: "many have speculated that P, but Mr. Bauer
# said that was never the case", "…, which is not true": its scope is everything before it.
_DENIES_BEFORE = re.compile(r"\b(?:that|this|it|which)\s+(?:(?:was|is|were|are|has been|had been)\s+)?(?:never|not)\s+"
                            r"(?:the case|so|true|correct|accurate|happened)\b", re.IGNORECASE)


def denies_before(text: str) -> bool:
    """The text denies, by a pronoun, what it said before ("…, but Mr. Bauer said that was never the case")."""
    return _DENIES_BEFORE.search(text) is not None


@per_text(maxsize=QUOTES)
def only_asks(text: str) -> bool:
    """Every sentence of the text is a question ("“Is it true,” Roberts asked, “that …?”"): it asserts
    nothing, so it neither denies nor affirms what another quote says."""
    if "?" not in text:
        return False
    spans = split_sentences(text)
    return bool(spans) and all(text[s.start : s.end].rstrip().rstrip("”\"’')]").endswith("?") for s in spans)


def opposite_polarity(a: str, b: str, asked: frozenset[str] = frozenset(), about: frozenset[str] = frozenset()) -> bool:
    """One text negates what is `asked` (the question's predicate), the other asserts without any
    denial near the question's terms (`about`, ⊇ asked): a quote that itself bats down allegations
    about the question's subject ("Batting down allegations that the White House dangled …") does not
    assert the claim another quote denies."""
    wide = about or asked
    return (negated(a, asked) and not negated(b, wide)) or (negated(b, asked) and not negated(a, wide))


@per_text(maxsize=QUOTES)
def rebuts(text: str) -> bool:
    return REBUTTAL_SEARCH.search(text) is not None


# The claim a rebuttal spells out: "X claimed that P, which is not true", "disputed claims of P",
# "denied that P", "false allegations that P" (up to the clause that rejects or follows it).
_CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|allegations?|accusations?|charges?|reports?|suggestions?|den(?:y|ies|ied))\s+(?:that|of)\s+"
    r"(?P<claim>[^.;:,]+?)(?=,|\s+(?:which|but|and|though)\b|[.;:]|$)", re.IGNORECASE)


@per_text(maxsize=QUOTES)
def rebutted_claim(text: str) -> str | None:
    """The claim a rebuttal rejects when it spells it out: the claim its cue opens ("disputed claims
    of racism" → "racism"), else the last "claimed that P" before the cue ("…, but claimed that the
    MEK had no support in Iran, which is not true" → "the MEK had no support in Iran"). None when the
    rebuttal names no claim this way ("smear campaigns", "these claims were merely designed …")."""
    cue = REBUTTAL_SEARCH.search(text) if rebuts(text) else None  # most texts hold no cue, and `rebuts` knows it already
    if cue is None:
        return None
    found = list(_CLAIMED.finditer(text))
    opened = [m for m in found if cue.start() <= m.start() <= cue.end()]
    before = [m for m in found if m.end("claim") <= cue.start()]
    if opened or before:
        return opened[0].group("claim") if opened else before[-1].group("claim")
    return said_but_claim(text)


# One sentence holding both sides, "X said P, but Y said … <rebuttal>": P is the claim rejected.
_SAID_BUT = re.compile(r"\b(?:said|says|told \w+|reported|maintained|insisted)\s+(?:that\s+)?(?P<claim>[^.;:]+?),?\s+but\b", re.I)


@per_text(maxsize=QUOTES)
def said_but_claim(text: str) -> str | None:
    """P in "A white lawmaker said he also heard the epithets, but … said the lawmakers were lying"."""
    cue = REBUTTAL_SEARCH.search(text)
    said = _SAID_BUT.search(text[: cue.start()]) if cue else None
    return said.group("claim") if said else None


@per_text(maxsize=QUOTES)
def points_at_claim(text: str) -> bool:
    """The text speaks of a claim, report or story (what a rebuttal rejects)."""
    return CLAIM_NOUN.search(text) is not None


def weekdays(text: str) -> set[str]:
    return set(_weekdays(text))


@per_text(maxsize=QUOTES)
def _weekdays(text: str) -> frozenset[str]:
    return frozenset(d.capitalize() for d in _WEEKDAY.findall(text))
