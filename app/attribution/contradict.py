"""Contradiction rules: do two quotes disagree about what was asked?

Pure functions over two sentences (and the question's terms), no model:

- figures: in `app/attribution/figures.py`;
- days: in `app/answer/dated.py` (read against each article's date);
- polarity: one quote negates or denies (also by a pronoun: "that was never the case"), the other
  asserts with no denial near the question's terms, and the two speak to the same claim (their
  similarity is decided by the caller);
- rebuttal: a quote rejects ("disputed the claim", "lying", "not true") what another says ("so-called"
  disputes a name, "the so-called HR 1 measure", not a claim: it is no rebuttal);
- opposite verdicts: antonymous verdict words ("legal" / "illegal"), in `app/attribution/verdicts.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.attribution.negation_scope import partitive_words, reach_before
from app.text.sentences import split_sentences
from app.text.terms import per_text, terms
from app.text.function_words import WEEKDAYS

QUOTES = 1 << 12  # per-text caches of the rules below: an answer compares each candidate quote with several others

_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
# Every alternative starts with one of these letters: the engine tests the one class at each position before trying
# the alternatives (the same matches, 4x sooner: 57 -> 14 us for 170 characters of news text)
NEGATION_FIRST = "abcdhinrw"
NEGATION = re.compile(
    rf"(?=[{NEGATION_FIRST}])(?:"
    r"\b(not|no|never|none|nobody|nothing|neither|nor|without|cannot|can't|won't|don't|doesn't|didn't|isn't|"
    r"wasn't|aren't|weren't|hasn't|haven't|hadn't|den(?:y|ies|ied)|refus\w+|reject\w*|dismiss\w*|disput\w+|"
    r"rebut\w*|refut\w*|bat(?:s|ted|ting)?\s+down)\b(?!-\w)|n['’]t\b"  # "the no-strike clause" denies nothing
    # doubt that negates without a negation word: "hard pressed to …", "doubts that", and negative-polarity
    # items that stand only under a negation or doubt ("in any way helps", "whatsoever")
    r"|\bhard[- ]pressed\b|\bdoubt(?:s|ed)?\b|\bin any way\b|\bwhatsoever\b)",
    re.IGNORECASE)
REBUTTAL = re.compile(
    r"\b(smear\w*|lies|lying|liars?|not true|untrue|"
    r"den(?:y|ies|ied)\s+(?:that|it|any|\w+ing|(?:the\s+)?(?:claims?|reports?|allegations?|charges?))|"
    r"debunk\w*|disput\w+ the claim|"
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
# What a rebuttal points at when it names no source: the other side's claim ("these claims", "the report"); not a
# claim to a thing, a right or title to it ("intended to give Republicans claim to the document", "lay claim to a seat";
# "claims to the contrary" are assertions still)
CLAIM_NOUN = re.compile(r"\b(claims?(?!\s+to\s+(?:the|a|an|its|his|her|their|our|this|that)\s+(?!contrary\b))|"
                        r"claimed|allegations?|alleged|accusations?|accused|reports?|reported|story|"
                        r"stories|charges?|assertions?|documentar\w+|campaigns?)\b", re.IGNORECASE)
NEAR_WORDS = 5  # a negation bears on a question term at most this many words away


def denials(text: str) -> Iterator[re.Match[str]]:
    """The `NEGATION` cues of `text` that deny a fact: not a duty or an aim ("to make sure its managers do not
    discriminate", `_DUTY`) nor a negation that is no denial (`_NOT_A_DENIAL`: "not the first", "not only")."""
    for m in NEGATION.finditer(text):
        if not (_DUTY.search(text[max(0, m.start() - 40) : m.start()]) or _NOT_A_DENIAL.match(text, m.end())):
            yield m


@per_text(maxsize=QUOTES)
def negated(text: str, asked: frozenset[str] = frozenset()) -> bool:
    """The text negates or denies something; with `asked`, something the question asks about
    (a negation word within NEAR_WORDS words of a question term: "did not offer the job")."""
    if not asked:
        return NEGATION.search(text) is not None
    words = text.split()
    for m in denials(text):  # cues of several words ("in any way") too
        before = reach_before(text, m.start()).split()  # not the noun a relative clause's negation modifies
        i = len(text[: m.start()].split())
        ahead = NEAR_WORDS + 1 + partitive_words(text, m.end())  # "none of the 14 books is …": past the partitive
        near = " ".join([*before[len(before) - min(NEAR_WORDS, len(before)):], *words[i : i + ahead]])
        if set(terms(near)) & asked:
            return True
    return any(set(terms(text[: m.start()])) & asked for m in _DENIES_BEFORE.finditer(text))


CLAUSE_END = re.compile(r"[,;:.!?]")


@per_text(maxsize=QUOTES)
def negates_ahead(text: str, stem: str) -> bool:
    """A negation bears on a word of stem `stem` that follows it in its clause, within NEAR_WORDS words ("I don't think
    the Constitution is propaganda"): a negation scopes forward, so "the lawsuit was without merit" does not deny
    "lawsuit" but its merit."""
    for m in denials(text):
        clause = CLAUSE_END.split(text[m.end() :], maxsplit=1)[0]
        if stem in terms(" ".join(clause.split()[:NEAR_WORDS + 1 + partitive_words(text, m.end())])):
            return True
    return False


@per_text(maxsize=QUOTES)
def negated_ahead(text: str) -> frozenset[str]:
    """The terms a negation scopes over: from each denying cue (`denials`) to its clause's end
    ("the mine would not take water from any farmer's well" → take, water, farmer, well; not "mine", its subject)."""
    found: set[str] = set()
    for m in denials(text):
        found.update(terms(_CLAUSE_BREAK.split(text[m.end() :], maxsplit=1)[0]))
    return frozenset(found)


# A clause ends at a punctuation mark before a space, a closing quote or the end: not inside "$4.2 million" or "1,500"
_CLAUSE_BREAK = re.compile(r"[,;:.!?](?=[\s\"'”’)]|$)")


# A negative prefix makes a word's opposite ("unfair", "untrue", "nonpartisan"; "in-" / "im-" / "il-" / "ir-" / "dis-"
# only before an adjective's ending: "improper", "illegal", "inappropriate", "dishonest", not "inform", "improve",
# "discover"): a quote saying it agrees with one that negates the word ("wasn't a fair comparison" / "would be
# unfair"), it does not assert the word
_PREFIXED = re.compile(r"\b(?:(?:un|non)-?([a-z]{4,})|(?:in|im|il|ir|dis)([a-z]{2,}(?:al|ate|able|ible|ent|ant|ive|"
                       r"ous|ic|per|ect|nest|ar|ful)))\b", re.IGNORECASE)


@per_text(maxsize=QUOTES)
def _prefixed_stems(text: str) -> frozenset[str]:
    """The stems of the words `text` holds with a negative prefix ("unfair": fair)."""
    return frozenset(t for m in _PREFIXED.finditer(text) for t in terms(m.group(1) or m.group(2)))


def agrees_by_prefix(negating: str, other: str, asked: frozenset[str]) -> bool:
    """`other` holds a negative prefixed form of an asked word that `negating` negates ("unfair" for "not fair"): the
    two say the same thing, one by a negation, the other by the word's opposite."""
    return any(negated(negating, frozenset({t})) for t in _prefixed_stems(other) & asked)


# Before a negation, a duty or an aim: what must not happen, not a denial that it did ("an obligation … to make sure
# its managers do not discriminate", "to ensure that no one is left out"); a past one tells an outcome, a fact ("he made
# sure the bill did not pass", "ensured that no vote was held")
_DUTY = re.compile(r"\b(?:make|makes|making)\s+sure(?:\s+that)?\s+(?:\S+\s+){0,3}$|\b(?:ensur(?:e|es|ing)|in\s+order|"
                   r"so\s+as)(?:\s+that)?\s+(?:\S+\s+){0,3}$", re.IGNORECASE)


# After a negation, words that make it assert more, not deny: "This isn't the first ad X has run" (X ran others),
# "not the only", "not only … but also", "not just"
_NOT_A_DENIAL = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:first|only|last)\b|"
                           r"\s+(?:just|merely|simply)\b", re.IGNORECASE)


# A denial of what the sentence said before it, by a pronoun: "many have speculated that P, but Mr. Bauer
# said that was never the case", "…, which is not true": its scope is everything before it. Its first letters are
# tested first (the same matches, sooner: `negated` scans every quote with a negation)
_DENIES_BEFORE = re.compile(r"(?=[tiw])\b(?:that|this|it|which)\s+(?:(?:was|is|were|are|has been|had been)\s+)?"
                            r"(?:never|not)\s+(?:the case|so|true|correct|accurate|happened)\b", re.IGNORECASE)


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


# "“Is it true …?” he asked."
_ASKED_TAIL = re.compile(r"\?[\"”’']*\s*(?:[\w.-]+\s+){0,4}?asked\b", re.IGNORECASE)


def question_quote(text: str) -> bool:
    """The quote is a question, alone or with its attribution ("“Is it true …?” he asked"): it asserts nothing."""
    return only_asks(text) or _ASKED_TAIL.search(text) is not None


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
    r"\b(?:claim(?:s|ed|ing)?|allegations?|accusations?|charges?|reports?|suggestions?|den(?:y|ies|ied))"
    r"\s+(?:that|of)\s+"
    r"(?P<claim>[^.;:,]+?)(?=,|\s+(?:which|but|and|though)\b|[.;:]|$)", re.IGNORECASE)


# Between a rebuttal cue and the claim it opens, a preposition and up to two modifiers: "push back against early
# reports that P", "pushed back on the reports that P" (no punctuation: a new clause opens another claim)
_OPENS = re.compile(r"\s+(?:against|on|at)(?:\s+[\w-]+){0,2}\s+", re.IGNORECASE)


def spells_claim(text: str) -> bool:
    """The text spells out a claim after the word that names it: "The report that Ruritania brought the lawsuit",
    "claims of racism" (not "these claims were merely designed …")."""
    return _CLAIMED.search(text) is not None


@per_text(maxsize=QUOTES)
def rebutted_claim(text: str) -> str | None:
    """The claim a rebuttal rejects when it spells it out: the claim its cue opens ("disputed claims
    of racism" → "racism"), else the last "claimed that P" before the cue ("…, but claimed that the
    MEK had no support in Iran, which is not true" → "the MEK had no support in Iran"). None when the
    rebuttal names no claim this way ("smear campaigns", "these claims were merely designed …")."""
    # most texts hold no cue, and `rebuts` knows it already
    cue = REBUTTAL_SEARCH.search(text) if rebuts(text) else None
    if cue is None:
        return None
    found = list(_CLAIMED.finditer(text))
    opened = [m for m in found
              if cue.start() <= m.start() <= cue.end() or _OPENS.fullmatch(text[cue.end() : m.start()])]
    before = [m for m in found if m.end("claim") <= cue.start()]
    if opened or before:
        return opened[0].group("claim") if opened else before[-1].group("claim")
    return said_but_claim(text)


# One sentence holding both sides, "X said P, but Y said … <rebuttal>": P is the claim rejected.
_SAID_BUT = re.compile(r"\b(?:said|says|told \w+|reported|maintained|"
                       r"insisted)\s+(?:that\s+)?(?P<claim>[^.;:]+?),?\s+but\b", re.I)


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
