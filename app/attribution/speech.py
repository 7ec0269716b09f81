"""Speech patterns in one sentence: who says it, through which medium, in what position.

Pure functions over a sentence string, no model: the rule layer of `app/attribution/chains.py`.
A `Mention` is a raw speaker phrase ("former MKO member, Hassan Heyrani,") found next to a
speech verb; `pick_name` turns a phrase into a name candidate, a pronoun or a role noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs that introduce what someone said. WEAK ones need a complement ("that", "how", ":", a quote).
STRONG = ("said|says|say|told|tells|added|adds|explained|explains|highlighted|stressed|warned|warns|"
          "continued|claimed|claims|reported|reports|wrote|writes|urged|insisted|argued|asserted|"
          "declared|denied|denies|stressing|warning|saying")
WEAK = "announced|announces|revealed|reveals|disclosed|described|describing|stated|noted|shared with us"
_VERB = rf"(?:{STRONG}|{WEAK})"
_WEAK = re.compile(rf"^(?:{WEAK})$")
OPEN_Q, CLOSE_Q, STRAIGHT_Q = "“", "”", '"'

PRONOUNS = {"he", "she"}
PERSON_ROLES = {"commander", "general", "minister", "official", "cleric", "spokesman", "spokeswoman",
                "ambassador", "president", "leader", "analyst", "member", "lawmaker", "diplomat", "envoy"}
PUB_ROLES = {"paper", "newspaper", "report", "article", "outlet", "agency", "website", "network",
             "broadcaster", "programme", "program", "channel", "daily", "site", "statement"}
STOP_WORDS = {"the", "a", "an", "on", "in", "at", "last", "just", "recently", "yesterday", "during", "while",
         "since", "after", "before", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i",
         "once", "for", "but", "and", "or", "as", "when", "if", "today", "then", "also", "however", "according",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
         "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "overall", "many", "some", "most", "our", "their", "his", "her", "its"}
_CONNECTORS = {"of", "al", "bin", "de", "van", "von", "el"}
MAX_SUBJECT_WORDS = 16

_TRAILING = re.compile(rf",\s*([^,;“”\"]{{2,80}}?)\s+({_VERB})\b([^,;“”\"]{{0,60}})[.!?]?\s*$")
_ACCORDING = re.compile(
    r"\baccording to\s+(?:(?:an?|the)\s+)?(?:(?:article|report|documents?|statement)s?\s+"
    r"(?:published|released|issued)\s+(?:in|by|on)\s+)?([^,;“”\"]{2,80})", re.IGNORECASE)
_LEADING = re.compile(rf"\b({_VERB})\b")
_MEDIUM = re.compile(r"^\s*(?:in an interview with|in a statement to|to|told)\s+([^,;:“”\".]{2,60})|^\s*((?:[A-Z][\w\-’']*\s*){1,5})",
                     re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    phrase: str  # the raw speaker phrase
    verb: str
    medium: str | None = None  # "The Listening Post" in "told The Listening Post"
    kind: str = "subject"  # subject | trailing | according | post_quote | pre_quote


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w’'\-/\.&]+", text)


def _medium(verb: str, rest: str) -> str | None:
    """The outlet a speaker spoke to: 'told NBC', 'said in an interview with Aljazeera'."""
    rest = rest.strip()
    if verb == "told":
        m = re.match(r"((?:the\s+)?(?:[A-Z][\w\-’'.]*\s*){1,5})", rest)
        return m.group(1).strip() if m else None
    m = re.search(r"\bin an interview with\s+([A-Z][^,;:“”\".]{1,60})", rest)
    return m.group(1).strip() if m else None


def trailing(sentence: str) -> Mention | None:
    """'…, PressTV reported.' / '…, the report adds.' — the whole sentence is relayed."""
    m = _TRAILING.search(sentence)
    if not m or len(words_of(m.group(1))) > 8 or m.group(2) in ("read", "shared with us"):
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
        weak = _WEAK.match(m.group(1)) and not re.match(r"\s*(?:\S+\s+){0,3}?(that|how|as)\b|\s*[:“\"]", after)
        phrase = _last_segments(before)
        if not phrase.strip(" ,\"“”"):
            continue
        return Mention(phrase, m.group(1), _medium(m.group(1), after), "weak" if weak else "subject")
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
    """'Hassan Shahbaz, a defected MKO member said in an interview with Aljazeera: “…'"""
    opens = [i for i in (sentence.find(OPEN_Q), sentence.find(STRAIGHT_Q)) if i >= 0]
    if not opens:
        return None
    head = sentence[: min(opens)]
    m = re.search(rf"^(.*?)\s+(?:\w+ly\s+)?({_VERB})\b([^“\"]*?)[:,]\s*$", head)
    if not m or not m.group(1).strip():
        return None
    return Mention(_last_segments(m.group(1)), m.group(2), _medium(m.group(2), m.group(3)), "pre_quote")


# -- phrase → candidate -------------------------------------------------------------------
def runs(phrase: str) -> list[list[str]]:
    """Runs of capitalised tokens (with 'of', 'al' connectors) — name candidates, in order."""
    out: list[list[str]] = []
    current: list[str] = []
    for piece in re.split(r"(\s+|[,;:()\[\]])", phrase):
        token = piece.strip().rstrip("!?”’\"")
        if len(token) > 3 and token.endswith("."):
            token = token[:-1]
        if not token:
            continue
        if token in ",;:()[]":
            current = _flush(current, out)
            continue
        if token[0].isupper() and token.casefold().rstrip(".") not in STOP_WORDS:
            current.append(token)
            if token.endswith(("’s", "'s")):
                current = _flush(current, out)
        elif current and token.casefold() in _CONNECTORS:
            current.append(token)
        else:
            current = _flush(current, out)
    _flush(current, out)
    return out


def _flush(current: list[str], out: list[list[str]]) -> list[str]:
    while current and current[-1].casefold() in _CONNECTORS:
        current.pop()
    if current:
        out.append(current)
    return []


# Words that make a capitalised run an institution or place, not a person.
_NOT_PERSON = {"republic", "organization", "organisation", "revolution", "province", "university", "ministry",
               "council", "committee", "department", "agency", "party", "army", "camp", "islamic", "united",
               "states", "kingdom", "east", "west", "house", "congress", "senate", "parliament", "court",
               "nations", "union", "news", "press", "website", "network", "post", "times", "company", "group",
               "international", "foundation", "institute", "center", "centre", "office", "guard", "guards", "city"}


# Words that make an unknown capitalised name a publication ("the Evening Standard", "Daily Ledger").
OUTLET_WORDS = {"times", "post", "news", "standard", "herald", "guardian", "journal", "gazette", "tribune",
                "telegraph", "ledger", "daily", "tv", "radio", "agency", "press", "network", "channel", "wire",
                "monitor", "independent", "express", "mail", "observer", "chronicle", "review", "magazine",
                "newspaper", "website", "broadcaster", "television", "reuters"}


def guess_kind(tokens: list[str]) -> str | None:
    """'outlet' for an unknown name that reads like a publication, 'body' for an acronym, else None."""
    words = {t.casefold().strip(".,") for t in tokens}
    if words & OUTLET_WORDS:
        return "outlet"
    if len(tokens) == 1 and 2 <= len(tokens[0]) <= 6 and tokens[0].isupper():
        return "body"
    return None


def is_personal(tokens: list[str]) -> bool:
    """Looks like a personal name: two or more Titlecase words, no possessive, no digits,
    no 'of', no institution words."""
    if any(t.casefold() == "of" or t.casefold().strip(".,") in _NOT_PERSON for t in tokens):
        return False
    return len(tokens) >= 2 and all(
        t[0].isupper() and any(c.islower() for c in t[1:]) and not t.endswith(("’s", "'s")) and not any(c.isdigit() for c in t)
        for t in tokens if t.casefold() not in _CONNECTORS
    )


def segments(phrase: str) -> list[str]:
    """Comma-separated parts of a phrase, parenthetical asides dropped ('Organization (MKO, …)')."""
    phrase = re.sub(r"\([^)]*\)?", " ", phrase)
    return [s.strip() for s in re.split(r"[,;:]", phrase) if s.strip()]


def role_of(phrase: str) -> str | None:
    """'person' for he/she/the commander, 'publication' for the paper/the report, else None."""
    words = [w.casefold() for w in words_of(segments(phrase)[-1] if segments(phrase) else phrase)]
    if not words:
        return None
    if words[0] in PRONOUNS:
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
