"""Opposite verdicts: one quote says a verdict word and another its opposite ("legal" / "illegal").

Pure functions over two sentences, no model; a rule of `app/attribution/contradict.py`'s kind, kept
apart because the answer stage reads the words themselves (what the disagreement is about)."""

from __future__ import annotations

import functools
import re

from app.attribution.contradict import NEAR_WORDS, NEGATION
from app.attribution.judging_words import JUDGING
from app.text.terms import STOPWORDS, per_text, term_set, terms

# Verdict words and their opposites (`JUDGING.opposites`): a quote saying one and another saying its opposite disagree.
OPPOSITES = tuple((o.word, o.opposite) for o in JUDGING.opposites)


# A word that shares a verdict word's stem but names the matter, not a verdict on it: "the Constitution" is not
# "constitutional" (a quote naming the Constitution says nothing about whether a thing is constitutional).
_MATTER = re.compile(r"\bconstitutions?\b", re.IGNORECASE)


def verdict_text(text: str) -> str:
    """`text` without the words that only share a verdict word's stem (`_MATTER`)."""
    return _MATTER.sub(" ", text)


@per_text(maxsize=1 << 12)  # a quote is compared with several others: its verdict words are found once
def _verdicts(text: str) -> frozenset[str]:
    """The verdict words (`verdict_terms`) among the terms of `verdict_text(text)`."""
    return term_set(verdict_text(text)) & verdict_terms()


@functools.cache
def _opposite_terms() -> tuple[tuple[str, str], ...]:
    """OPPOSITES as search terms (stemmed the way `terms` stems a quote)."""
    return tuple((terms(x)[0], terms(y)[0]) for x, y in OPPOSITES)


@functools.cache
def verdict_terms() -> frozenset[str]:
    """Every verdict word of OPPOSITES, either side, as search terms."""
    return frozenset(t for pair in _opposite_terms() for t in pair)


def verdict_words(a: str, b: str) -> tuple[str, str] | None:
    """The opposite verdicts of a and b, a's first ("illegal", "legal"), or None."""
    sa, sb = _verdicts(a), _verdicts(b)
    for (x, y), words in zip(_opposite_terms(), OPPOSITES):
        if x in sa and y in sb and y not in sa:
            return words
        if y in sa and x in sb and x not in sa:
            return words[1], words[0]
    return None


# A verdict adjective before the noun it describes names a kind of thing, not a verdict on it: "legal
# marijuana", "improper spending", "legal observers". Before a preposition, a clause, a name or the end
# ("legal in Colorado", "guilty of", "true that", "illegal?") it is the verdict itself.
_ADJECTIVES = frozenset(w for o in JUDGING.opposites if o.adjective for w in (o.word, o.opposite))
_TOKENS = re.compile(r"[\w’'-]+|[^\w\s]")
_NOT_NOUN = re.compile(r"\w+ly|now|today|yet|anymore|again|enough|either", re.IGNORECASE)


_FOLLOWER = re.compile(r"\s+([a-z]+)\b")


def describes_noun(text: str, end: int, other_than: frozenset[str] = frozenset()) -> bool:
    """The word ending at `end` stands before a noun it describes: the next word is a lower-case word that is no
    function word or adverb ("now", "quickly") and no term of `other_than` ("legal marijuana", "a legitimate question
    to raise", "faced increased scrutiny"). `other_than`: the terms of what is judged, which a word before it judges
    ("a fair election", asked of the election, is a verdict on it)."""
    nxt = _FOLLOWER.match(text, end)
    return nxt is not None and nxt.group(1) not in STOPWORDS and not _NOT_NOUN.fullmatch(nxt.group(1)) \
        and not term_set(nxt.group(1)) & other_than


def attributive(question: str) -> frozenset[int]:
    """Token positions of the verdict adjectives `question` uses before a noun (`_TOKENS` order)."""
    return frozenset(i for i, m in enumerate(_TOKENS.finditer(question))
                     if m.group().lower() in _ADJECTIVES and describes_noun(question, m.end()))


@per_text(maxsize=1 << 8)  # the question's: asked of every pair of quotes with opposite verdicts
def described_kinds(question: str) -> frozenset[str]:
    """The verdict adjectives `question` uses before a noun, as search terms ("legal marijuana": legal)."""
    words = _TOKENS.findall(question)
    return frozenset(t for i in attributive(question) for t in terms(words[i]))


@per_text(maxsize=1 << 8)  # the question's, as `described_kinds`
def asked_verdicts(question: str) -> frozenset[str]:
    """The verdict words `question` asks about, as search terms: not "the Constitution" (`verdict_text`)
    nor an adjective before its noun ("Is legal marijuana flooding Nebraska?" asks no verdict)."""
    text = verdict_text(question)
    kinds = attributive(text)
    words = [w for i, w in enumerate(_TOKENS.findall(text)) if i not in kinds]
    return verdict_terms() & term_set(" ".join(words))


# General English opposites by dimension, beyond the verdict pairs above: each side is a pattern of word forms. A
# word within NEGATED_WITHIN words after a negation takes the other side ("not secret", "has not been disclosed", "not
# an undisclosed program", "in any way helps" after a doubt). Only a question naming the dimension (a word of either
# side) asks it: "Was PRISM kept secret?" is disputed by "The programs are not secret" against "the secret program".
_DIMENSIONS = tuple((re.compile(rf"\b(?:{yes})\b", re.IGNORECASE), re.compile(rf"\b(?:{no})\b", re.IGNORECASE))
                    for yes, no in (
    (r"secret|secretly|classified|undisclosed|confidential|concealed",
     r"disclosed|publicly|made public|openly"),
    (r"accidents?|accidental|accidentally|inadvertent|inadvertently|unintentional|unintentionally",
     r"deliberate|deliberately|intentional|intentionally|knowingly|on purpose|willful|willfully|aware|knew"),
    (r"respects?|respected|appreciates?|appreciated|admires?|admired|praised?|praises|grateful",
     r"frustrat\w*|disrespect\w*|resent\w*|disappoint\w*|displeasure|angry|anger|angered"),
    (r"agree|agrees|agreed|agreeing|accepts?|accepted|accepting",
     r"refuse|refuses|refused|refusing|rejects?|rejected|rejecting"),
    (r"increases?|increased|increasing|rises?|rising|rose",
     r"decreases?|decreased|decreasing|reduces?|reduced|reducing|eliminates?|eliminated|eliminating|curb|curbs|curbed"),
    (r"limited|narrow|narrowly",
     r"vast|sweeping|broad|bulk|massive|widespread"),
    (r"survives?|survived|surviving|stands?|upheld|uphold|upholds|remains? in place|remained in place",
     r"undo|undoes|undone|undoing|overturn\w*|strikes? down|struck down|striking down|unravel\w*|repeal\w*|"
     r"invalidat\w*"),
    (r"help|helps|helped|helping|benefits?|benefited|benefiting",
     r"harms?|harmed|harming|hurts?|hurting|damages?|damaged|damaging|undermines?|undermined|undermining"),
    # a body's lean: set on one outcome ("appears ready to block") or not ("appeared closely divided"); "split" only
    # as a state of the body ("split among the justices"), not a kind of ruling ("a split decision")
    (r"ready to|poised to|inclined to|prepared to|leans?|leaned|leaning",
     r"divided|split(?=\s+(?:on|over|among|between|along)\b)|torn|undecided|deadlocked"),
))
NEGATED_WITHIN = NEAR_WORDS  # words between a negation and the word it turns (a negation's reach in `contradict`)


def _sides_of(text: str, dimension: tuple[re.Pattern[str], re.Pattern[str]], asked: frozenset[str] = frozenset(),
              fact: bool = False) -> frozenset[int]:
    """The sides of `dimension` (0 its first pattern, 1 its second) that `text` takes, each word turned by a negation
    just before it, but for a participle that describes another noun than the question's (`asked` terms)."""
    taken = set()
    for side, pattern in enumerate(dimension):
        for m in pattern.finditer(text):
            if _attribute(text, m, asked) or _unrealised(text, m.start(), fact):
                continue
            before = " ".join(text[: m.start()].split()[-NEGATED_WITHIN:])
            taken.add(side ^ (NEGATION.search(before) is not None))
    return frozenset(taken)


# An outcome someone asks, seeks or wants is not one that came about: "asks the Supreme Court to strike down key parts
# of the measure", "seeks to overturn the law", "urged lawmakers to repeal it", "attempting to overturn" take no side
# of whether it was struck down. The verb (or noun) of aiming, up to six words (its object), then "to" just before the
# dimension word.
_SOUGHT = re.compile(r"\b(?:ask(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
                     r"hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|"
                     r"call(?:s|ed|ing)?\s+on|"
                     r"push(?:es|ed|ing)?|press(?:es|ed|ing)?|petition(?:s|ed|ing)?|mov(?:e|es|ed|ing)|"
                     r"attempt(?:s|ed|ing)?|efforts?|bids?|order)\b"
                     r"(?:\s+[\w’'.,-]+){0,6}?\s+to\s+$", re.IGNORECASE)
SOUGHT_REACH = 80  # characters before a dimension word searched for the aim or modal that governs it
# A modal before the word in its clause: "all state marijuana laws could be in jeopardy of being unraveled" tells a
# possible outcome. Only a question of fact ("Has any law been struck down …?", "Did the court overturn …?") sets it,
# or a sought one, apart; a question of what would happen ("Would a win undo every state's laws?") is answered by it.
_MODAL = re.compile(r"\b(?:could|would|might|may|can)\b(?:\s+[\w’'-]+){0,6}?\s+$", re.IGNORECASE)
_FACT_ASKED = re.compile(r"^\W*(?:has|have|had|did|was|were)\b", re.IGNORECASE)


def _unrealised(text: str, start: int, fact: bool) -> bool:
    """For a question of fact, the dimension word at `start` names an outcome sought (`_SOUGHT`) or one that might
    come (`_MODAL`), not one that came about. A question of what would happen is answered by both ("a strategy that
    seeks to eliminate poaching" for "Would the imports increase poaching?")."""
    at = max(0, start - SOUGHT_REACH)
    return fact and (_SOUGHT.search(text, at, start) is not None or _MODAL.search(text, at, start) is not None)


_ARTICLE = re.compile(r"\ban?\s+[“\"']?$", re.IGNORECASE)  # "it was “not an undisclosed collection”": said of it


def _attribute(text: str, m: re.Match[str], asked: frozenset[str]) -> bool:
    """A participle before a noun the question does not name describes that noun ("faced increased scrutiny" for
    "Would it increase poaching?"), not the asked thing ("increased poaching" is); after "a" / "an" it is said of
    what the sentence speaks of ("it was not an undisclosed collection")."""
    return m.group(0).lower().endswith("ed") and describes_noun(text, m.end(), asked) \
        and not _ARTICLE.search(text, 0, m.start())


# A relative clause names whom or what the question is about; it does not ask it: "Were members of Congress who knew
# about PRISM free to talk about it?" asks whether they were free to talk, not whether they knew. Its verb or adjective
# is the first one after the relative pronoun: only auxiliaries, a negation, an adverb or a copula stand between ("who
# knew", "who were not aware", "which had been kept secret"; in "who knew about it agree" the main verb "agree" is
# asked). "that" is left out: it also opens what was said or reported ("reports that Obama refused").
_BETWEEN = (r"(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|could|should|may|might|must|"
            r"can|not|never|also|still|already|all|kept|made|remained|stayed|became|\w+ly)")
_RELATIVE = re.compile(rf"\b(?:who|whom|which)(?:\s+{_BETWEEN})*\s+$", re.IGNORECASE)


def _asked_word(question: str, m: re.Match[str]) -> bool:
    """The dimension word `m` is not the verb or adjective of a relative clause (`_RELATIVE`)."""
    return _RELATIVE.search(question, max(0, m.start() - 80), m.start()) is None


@per_text(maxsize=1 << 8)
def asked_dimensions(question: str) -> tuple[int, ...]:
    """The dimensions (positions in `_DIMENSIONS`) `question` names a word of, outside a relative clause."""
    return tuple(i for i, d in enumerate(_DIMENSIONS) if any(_asked_word(question, m) for p in d
                                                             for m in p.finditer(question)))


def opposite_sides(question: str, a: str, b: str) -> bool:
    """a and b each take one side of a dimension the question names, and not the same one."""
    asked, fact = term_set(question), _FACT_ASKED.match(question) is not None
    for i in asked_dimensions(question):
        sa, sb = _sides_of(a, _DIMENSIONS[i], asked, fact), _sides_of(b, _DIMENSIONS[i], asked, fact)
        if len(sa) == 1 and len(sb) == 1 and sa != sb:
            return True
    return False


def takes_side(question: str, text: str) -> bool:
    """`text` holds a word of a dimension the question names (either side)."""
    return any(p.search(text) for i in asked_dimensions(question) for p in _DIMENSIONS[i])


@per_text(maxsize=1 << 8)
def dimension_objects(question: str) -> frozenset[str]:
    """The terms the question writes after the first word of a dimension it names: what the dimension is asked of
    ("Can sport hunting benefit conservation?": conserv), empty when the word ends the question."""
    found = [m for i in asked_dimensions(question) for p in _DIMENSIONS[i] for m in [p.search(question)] if m]
    return term_set(question[min(m.end() for m in found):]) if found else frozenset()
