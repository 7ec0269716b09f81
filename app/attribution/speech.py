"""Speech patterns in one sentence: who says it, through which medium, in what position.

Pure functions over a sentence string, no model: the rule layer of `app/attribution/chains.py`.
A `Mention` is a raw speaker phrase ("former MKO member, Hassan Heyrani,") found next to a
speech verb; `pick_name` turns a phrase into a name candidate, a pronoun or a role noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.attribution.lexicon import (
    CONNECTORS,
    DETERMINERS,
    NOT_PERSON,
    NOT_SUBJECT_BEFORE,
    OUTLET_WORDS,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    PUB_ROLES,
    STOP_WORDS,
)

# Verbs that introduce what someone said. WEAK ones need a complement ("that", "how", ":", a quote).
STRONG = ("said|says|say|told|tells|telling|added|adds|adding|explained|explains|highlighted|stressed|warned|"
          "warns|continued|claimed|claims|reported|reports|wrote|writes|writing|urged|insisted|argued|"
          "asserted|declared|denied|denies|stressing|warning|saying|responded|replied|answered|tweeted|"
          "testified|acknowledged|admitted|conceded|countered|recalled|predicted|cautioned|contended|"
          "maintained|complained|joked|quipped")
WEAK = "announced|announces|revealed|reveals|disclosed|described|describing|stated|noted|shared"
_VERB = rf"(?:{STRONG}|{WEAK})"
_WEAK = re.compile(rf"^(?:{WEAK})$")
OPEN_Q, CLOSE_Q, STRAIGHT_Q = "“", "”", '"'

MAX_SUBJECT_WORDS = 16

_TRAILING = re.compile(rf",\s*([^,;“”\"]{{2,80}}?)\s+({_VERB})\b([^,;“”\"]{{0,60}})[.!?]?\s*$")
_ACCORDING = re.compile(
    r"\baccording to\s+(?:(?:an?|the)\s+)?(?:(?:article|report|documents?|statement)s?\s+"
    r"(?:published|released|issued)\s+(?:in|by|on)\s+)?([^,;“”\"]{2,160})", re.IGNORECASE)
_LEADING = re.compile(rf"\b({_VERB})\b")


@dataclass(frozen=True)
class Mention:
    phrase: str  # the raw speaker phrase
    verb: str
    medium: str | None = None  # "The Listening Post" in "told The Listening Post"
    kind: str = "subject"  # subject | trailing | according | post_quote | pre_quote


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w’'\-/\.&]+", text)


# "in an interview with Politico", "in an op-ed for The Hill", "in a column in the Post"
_MEDIUM_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\w\-]+\s+)?(?:interview|op-ed|oped|column|"
                        r"article|essay|piece|appearance|editorial)\s+(?:with|for|in|on|to)\s+"
                        r"((?:the\s+)?[A-Z][^,;:“”\".]{1,60})")
_TOLD = {"told", "telling", "tells", "tell"}


def _medium(verb: str, rest: str, before: str = "") -> str | None:
    """The outlet a speaker spoke to: 'told NBC', 'told the outlet', 'said in an interview with
    Aljazeera', 'wrote in an op-ed for The Hill' (after the verb, or earlier in its clause)."""
    rest = rest.strip()
    if verb in _TOLD:
        m = re.match(r"((?:the\s+)?(?:[A-Z][\w\-’'.]*\s*){1,5})", rest)
        if m:
            return m.group(1).strip()
        m = re.match(r"(the\s+(?:outlet|paper|newspaper|network|station|magazine|website|site|publication))\b", rest)
        return m.group(1) if m else None
    m = _MEDIUM_IN.search(rest) or _MEDIUM_IN.search(before.rstrip(" ,").split(",")[-1])
    return m.group(1).strip() if m else None


def trailing(sentence: str) -> Mention | None:
    """'…, PressTV reported.' / '…, the report adds.' — the whole sentence is relayed."""
    m = _TRAILING.search(sentence)
    if not m or len(words_of(m.group(1))) > 8 or m.group(2) in ("read", "shared"):
        return None
    return Mention(m.group(1), m.group(2), _medium(m.group(2), m.group(3)), "trailing")


def according(text: str) -> list[Mention]:
    return [Mention(m.group(1).strip(), "according to", None, "according") for m in _ACCORDING.finditer(text)]


def leading(sentence: str) -> Mention | None:
    """'X, a …, said that …' / 'He then claimed …' — a subject before a speech verb."""
    for m in _LEADING.finditer(sentence):
        before = sentence[: m.start()]
        after = sentence[m.end():]
        if re.search(r"\b(which|who|that|whom|whose)\s+(?:\w+ly\s+)?$", before, re.IGNORECASE):
            continue
        if re.match(rf"\s+{_VERB}\b", after):
            continue  # 'Media reports said …': a noun before the verb
        weak = _WEAK.match(m.group(1)) and not re.match(r"\s*(?:\S+\s+){0,3}?(that|how|as)\b|\s*[:“\"]", after)
        phrase = _last_segments(before)
        if not phrase.strip(" ,\"“”"):
            continue
        return Mention(phrase, m.group(1), _medium(m.group(1), after, before), "weak" if weak else "subject")
    return None


def _last_segments(before: str) -> str:
    """The comma-separated tail of `before` that fits in MAX_SUBJECT_WORDS words."""
    parts = before.split(",")
    out: list[str] = []
    for part in reversed(parts):
        if len(words_of(",".join([part, *out]))) > MAX_SUBJECT_WORDS:
            break
        out.insert(0, part)
    return ",".join(out)


def post_quote(sentence: str) -> Mention | None:
    """'“…,” says journalist Azadeh Moaveni.' / '“…,” the commander added.'"""
    close = max(sentence.rfind(CLOSE_Q), sentence.rfind(STRAIGHT_Q))
    if close < 0:
        return None
    tail = sentence[close + 1 :].strip().rstrip(".!?").strip(" ,")
    if not tail:
        return None
    inverted = re.match(rf"^({_VERB}|read|reads)\s+(.{{2,120}})$", tail)
    if inverted:
        return Mention(inverted.group(2), inverted.group(1), None, "post_quote")
    normal = re.match(rf"^(.{{2,200}}?)\s+(?:\w+ly\s+)?({_VERB}|reads|read)\b(.*)$", tail)
    if normal and len(words_of(normal.group(1))) <= 24:
        return Mention(normal.group(1), normal.group(2), _medium(normal.group(2), normal.group(3)), "post_quote")
    return None


def pre_quote(sentence: str) -> Mention | None:
    """'Hassan Shahbaz, a defected MKO member said in an interview with Aljazeera: “…' — the
    speech verb nearest the quote ('When asked if …, Netanyahu responded, “…')."""
    opens = [i for i in (sentence.find(OPEN_Q), sentence.find(STRAIGHT_Q)) if i >= 0]
    if not opens:
        return None
    head = sentence[: min(opens)]
    if not re.search(r"[:,]\s*$", head):
        return None
    for m in reversed(list(_LEADING.finditer(head))):
        before = re.sub(r"\s+\w+ly\s*$", "", head[: m.start()])
        if before.strip():
            rest = head[m.end():]
            return Mention(_last_segments(before), m.group(1), _medium(m.group(1), rest, before), "pre_quote")
    return None


# -- phrase → candidate -------------------------------------------------------------------
def runs(phrase: str) -> list[list[str]]:
    """Runs of capitalised tokens (with 'of', 'al' connectors) — name candidates, in order."""
    return [tokens for _, tokens in runs_after(phrase)]


def runs_after(phrase: str) -> list[tuple[str, list[str]]]:
    """Each run of `runs` with the token just before it ('' at the start, ',' after a comma; with
    the word before an article too: 'in the')."""
    out: list[tuple[str, list[str]]] = []
    current: list[str] = []
    prev, before, prev2 = "", "", ""
    for piece in re.split(r"(\s+|[,;:()\[\]])", phrase):
        token = piece.strip().rstrip("!?”’\"")
        if len(token) > 3 and token.endswith("."):
            token = token[:-1]
        if not token:
            continue
        if token in ",;:()[]":
            current = _flush(current, out, before)
        elif token[0].isupper() and token.casefold().rstrip(".") not in STOP_WORDS:
            before = before if current else (f"{prev2} {prev}" if prev in DETERMINERS else prev)
            current.append(token)
            if token.endswith(("’s", "'s")):
                current = _flush(current, out, before)
        elif current and token.casefold() in CONNECTORS:
            current.append(token)
        else:
            current = _flush(current, out, before)
        prev2, prev = prev, token.casefold()
    _flush(current, out, before)
    return out


def _flush(current: list[str], out: list[tuple[str, list[str]]], before: str) -> list[str]:
    while current and current[-1].casefold() in CONNECTORS:
        current.pop()
    if current:
        out.append((before, current))
    return []


def subject_runs(text: str, after_article: bool = False) -> list[list[str]]:
    """Runs that may be a sentence's subject: not right after a preposition ('in the Rose Garden'),
    nor after a determiner unless `after_article` ('The White House said' names a speaker; as a
    pronoun's person, 'the Patriot Act' is no one)."""
    veto = PREPOSITIONS if after_article else NOT_SUBJECT_BEFORE
    return [tokens for before, tokens in runs_after(text) if not set(before.split()) & veto]






def guess_kind(tokens: list[str]) -> str | None:
    """'outlet' for an unknown name that reads like a publication, 'body' for an acronym, else None."""
    words = {t.casefold().strip(".,") for t in tokens}
    if words & OUTLET_WORDS:
        return "outlet"
    if len(tokens) >= 2 and words & NOT_PERSON:
        return "body"  # the U.S. Fish and Wildlife Service
    if len(tokens) == 1 and 2 <= len(tokens[0]) <= 6 and tokens[0].isupper():
        return "body"
    return None


def is_personal(tokens: list[str]) -> bool:
    """Looks like a personal name: two or more Titlecase words, no possessive, no digits,
    no 'of', no institution words."""
    if any(t.casefold() == "of" or t.casefold().strip(".,") in NOT_PERSON | OUTLET_WORDS for t in tokens):
        return False
    return len(tokens) >= 2 and all(
        re.fullmatch(r"[A-Z]\.", t) or  # an initial: 'Adam L. Braverman'
        t[0].isupper() and any(c.islower() for c in t[1:]) and not t.endswith(("’s", "'s")) and not any(c.isdigit() for c in t)
        for t in tokens if t.casefold() not in CONNECTORS
    ) and not all(re.fullmatch(r"[A-Z]\.", t) for t in tokens)


def is_named(tokens: list[str]) -> bool:
    """A capitalised name that is no institution or place word ('Politico', 'The Hill')."""
    return bool(tokens) and not any(t.casefold().strip(".,") in NOT_PERSON for t in tokens)


def opens_with_reference(text: str) -> bool:
    """The sentence's subject is a pronoun or a role noun ('He …', 'The former senator …')."""
    words = [w.casefold() for w in words_of(text.lstrip(" “”\"").split(",")[0])[:5]]
    return bool(words) and (words[0] in PRONOUNS or words[0] == "the" and any(w in PERSON_ROLES for w in words[1:4]))


def segments(phrase: str) -> list[str]:
    """Comma-separated parts of a phrase, parenthetical asides dropped ('Organization (MKO, …)')."""
    phrase = re.sub(r"\([^)]*\)?", " ", phrase)
    return [s.strip() for s in re.split(r"[,;:]", phrase) if s.strip()]


def pronoun_of(phrase: str) -> str | None:
    """The pronoun that is the phrase's subject: 'she', 'and in February he …' → 'he'."""
    words = [w.casefold() for w in words_of(segments(phrase)[-1] if segments(phrase) else phrase)]
    for w in words[:6]:
        if w in PRONOUNS:
            return w
        if w not in STOP_WORDS and not w.isdigit():
            return None
    return None


def role_of(phrase: str) -> str | None:
    """'person' for he/she/the commander, 'publication' for the paper/the report, else None."""
    words = [w.casefold() for w in words_of(segments(phrase)[-1] if segments(phrase) else phrase)]
    if not words:
        return None
    if pronoun_of(phrase):
        return "person"
    if words[0] in {"the", "this", "that", "its"} and len(words) <= 4:
        head = words[-1]
        if head in PERSON_ROLES:
            return "person"
        if head in PUB_ROLES:
            return "publication"
    if words in (["us"],):
        return "publication"
    return None
