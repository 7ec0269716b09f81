"""What a figure counts (`figures.figures`): "dollar", "percent", or the stem of the word after it ("48-page",
"3,400 stores"), past the names that modify that word ("more than 4,300 Wal-Mart and Sam's Club stores": stores,
not Wal-Mart); "" when a function word follows it (a bare number)."""

from __future__ import annotations

import re

from app.attribution.amount_words import AMOUNT, amount_unit, amounts
from app.attribution.number_words import MANY, WORD_FIGURE, may_be_many, may_be_word_figure
from app.attribution.shares import SHARE, shares
from app.text.terms import STOPWORDS, per_text, stem

# What a figure of time or distance counts (stems): "two-year", "18 months", "55 miles"; `TIME` / `DISTANCE` stand
# for any of them where a question asks how long something lasted or how far a place is (`answer_figure`)
TIME, DISTANCE = "time", "distance"
TIME_UNITS = frozenset(stem(w).rstrip("e") for w in "second minute hour day night week month year decade century "
                       "centuries".split())  # as `_unit` stems them: "pages" → "pag", "miles" → "mil"
DISTANCE_UNITS = frozenset(stem(w).rstrip("e") for w in "mile kilometer kilometre km foot feet yard meter metre block "
                           "miles kilometers kilometres".split())
MASS_UNITS = frozenset(stem(w).rstrip("e") for w in "pound ton tonne kilogram kilo kg gram ounce lb lbs".split())
# Money in another currency than dollars, named after the figure ("1.8 billion crowns", "400 million euros"): of the
# dollar's kind for a money question (`answer_figure`), but its own unit (crowns are compared with crowns only).
# "pound" is left out: a mass as often as a sum
MONEY = "dollar"
CURRENCY_UNITS = frozenset(stem(w).rstrip("e") for w in (
    "euro euros crown crowns krona kronor krone kroner franc francs yen yuan renminbi rupee rupees peso pesos rand "
    "ruble rubles rouble roubles lira lire shekel shekels dinar dinars dirham dirhams riyal riyals reais zloty zlotys "
    "forint forints baht ringgit naira shilling shillings cedi").split())


def unit_kind(unit: str) -> str:
    """`TIME` for a unit of time, `DISTANCE` for one of length on the ground, `MONEY` for a currency, else the unit
    itself."""
    return TIME if unit in TIME_UNITS else DISTANCE if unit in DISTANCE_UNITS else MONEY if unit in CURRENCY_UNITS \
        else unit


# A figure: "$43 million", "35.7 percent", "48-page", "3,400 stores" (the lookahead lets the engine skip every
# position that cannot start one: 4x faster over an article, the same matches); an ordinal ("21st", "40th") is a
# rank or a date, no figure
FIGURE = re.compile(
    r"(?=[$\d])(?P<dollar>\$)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]*(?:st|nd|rd|th)\b)"
    r"(?:-(?P<unit1>[a-z]+))?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?(?:\s*(?P<pct>percent|%))?"
    r"(?:\s+(?P<unit2>[a-z]+))?", re.IGNORECASE)


def is_year(m: re.Match) -> bool:
    """A match of FIGURE that is a year (1900–2099 without a scale or a dollar sign), not a figure. A year is written
    without a thousands separator: "2,000 fish" and "1,900 workers" are counts, "in 2000" is a year."""
    year = re.fullmatch(r"(19|20)\d\d", m.group("num"))
    return year is not None and not m.group("scale") and not m.group("dollar")


# A capitalised word just before a bare number, not the sentence's first word, names what the number labels: a rank,
# a bill, a clause or a date ("No. 1", "H.R. 1", "Article 2", "Amendment 64", "Oct. 19"), not a quantity
_LABEL_BEFORE = re.compile(r"(?<![.!?:;\"“(\n])\s+(?:[A-Z][\w&]*\.?)+\s$")


def is_label(text: str, m: re.Match) -> bool:
    """A match of FIGURE or WORD_FIGURE that labels something (`_LABEL_BEFORE`) rather than counts it; a figure with
    a dollar sign, a scale or a percent is a quantity all the same ("Clinton 48 percent")."""
    if m.group("dollar") or m.group("scale") or m.group("pct"):
        return False
    return _LABEL_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None


def figure_matches(text: str) -> list[re.Match]:
    """The figures of `text` in digits and in words, in text order: neither years nor labels; a share
    (`shares.SHARE`) is read whole, not as the numbers in it ("one in five Americans" counts no five Americans); so is
    a plural quantity ("hundreds of protesters", `number_words.MANY`); so is an amount in words ("by more than half",
    "doubled": `amount_words.AMOUNT`)."""
    found = [m for m in FIGURE.finditer(text) if not is_year(m) and not is_label(text, m)]
    more = [m for m in WORD_FIGURE.finditer(text) if not is_label(text, m)] if may_be_word_figure(text) else []
    more += MANY.finditer(text) if may_be_many(text) else ()
    parts = shares(text)
    parts += [m for m in amounts(text) if not _overlaps(m, parts)]  # "by more than half", "doubled" (`amount_words`)
    if parts:
        found = [m for m in found + more if not _overlaps(m, parts)]
        more = parts
    return sorted(found + more, key=lambda m: m.start()) if more else found  # ties: digits, words, plurals, shares


def _overlaps(m: re.Match, parts: list[re.Match]) -> bool:
    return any(s.start() < m.end() and m.start() < s.end() for s in parts)


def _stored_units(stored) -> frozenset[str] | None:
    """A told sentence's stored figures' units (None: not stored): a quote that is one stored sentence
    (`scoring.Told`) is not parsed for its figures again."""
    return stored.figure_units()


@per_text(maxsize=1 << 12, told=_stored_units)  # a quote that is one stored sentence: its stored figures' units
def figure_units(text: str) -> frozenset[str]:
    """The units of `contradict.figures(text)`, with none of the rest (a cheap test of what a text counts)."""
    return frozenset(figure_unit(text, m) for m in figure_matches(text))


def figure_unit(text: str, m: re.Match) -> str:
    """The unit of the figure `m` (a match of `FIGURE` in `text`); a share's is "percent"."""
    if m.re is SHARE:
        return "percent"
    if m.re is AMOUNT and not m.group("unit2"):
        return amount_unit(m)
    if m.group("dollar"):
        return "dollar"
    if m.group("pct"):
        return "percent"
    return _unit(m.group("unit1") or _named_unit(text, m) or _head_noun(text, m) or m.group("unit2"))


# An adjective between a figure and the plural noun it counts ("230,000 registered voters", "4,000 permanent jobs",
# "12 critical patients"): the count's noun is the plural after it. Only a word of an adjective's form (a participle
# or an adjective suffix): a noun modifier ("two heartland states", "41 fire reports") is left as it was, since the
# figure rules read the pair as they always have
_ADJECTIVE = re.compile(r"[a-z]{2,}(?:ed|al|ent|ant|ive|ous|ful|less|ic|able|ible|ary|ory)$")
_MODIFIERS_THEN_NOUN = re.compile(r"\s+(?P<noun>[a-z]{2,}[^su\W]s)\b")
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ous)$")


def _head_noun(text: str, m: re.Match) -> str | None:
    """The plural noun after an adjective that follows a bare figure ("registered voters", "permanent jobs"); else
    None."""
    word = m.group("unit2")
    if not word or m.group("unit1") or not word.islower() or word in STOPWORDS or _plural(word) \
            or not _ADJECTIVE.fullmatch(word):
        return None
    found = _MODIFIERS_THEN_NOUN.match(text, m.end("unit2"))
    return None if found is None or found.group("noun") in STOPWORDS else found.group("noun")


def _plural(word: str) -> bool:
    return word.endswith("s") and _NOT_PLURAL.search(word) is None


# Names between a figure and what it counts ("more than 4,300 Wal-Mart and Sam's Club stores", "20 Fox News
# reporters", "1,200 Granmoor transit workers"): the count's noun is the plural common noun the names (and one
# lower-case modifier) modify, a few words on.
_NAMES_THEN_NOUN = re.compile(r"(?:\s+(?:[A-Z][\w'’.&-]*|and|of|&)){1,5}?(?:\s+[a-z][a-z-]+)??"
                              r"\s+(?P<noun>[a-z]{3,}s)\b")


def _named_unit(text: str, m: re.Match) -> str | None:
    """The plural noun after the names that follow a bare figure, when its next word is a name (not a plural one:
    "10 Democrats voted" counts Democrats); else None."""
    word = m.group("unit2")
    if not word or not word[:1].isupper() or word.endswith("s") or m.group("scale") or m.group("unit1"):
        return None
    found = _NAMES_THEN_NOUN.match(text, m.start("unit2") - 1)
    return found.group("noun") if found else None


def _unit(word: str | None) -> str:
    if not word or word.casefold() in STOPWORDS:
        return ""
    return stem(word.casefold()).rstrip("e")  # "pages" → "pag", "page" → "pag"
