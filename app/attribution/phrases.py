"""Speaker phrases → name candidates: capitalised runs, personal names, pronouns, role nouns.

Pure functions over a phrase string (the words `app/attribution/speech.py` found next to a speech verb), read by
`app/attribution/speakers.py` to name the source.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from app.attribution.lexicon import (
    CONNECTORS,
    DETERMINERS,
    NEWS_ACRONYMS,
    NOT_PERSON,
    NOT_SUBJECT_BEFORE,
    OUTLET_WORDS,
    PERSON_ROLES,
    PREPOSITIONS,
    PRONOUNS,
    PUB_ROLES,
    PARTIES,
    STATES,
    STOP_WORDS,
    TITLE_ROLES,
)
from app.text.terms import per_text


def words_of(text: str) -> list[str]:
    return re.findall(r"[\w’'\-/\.&]+", text)


def runs(phrase: str) -> list[list[str]]:
    """Runs of capitalised tokens (with 'of', 'al' connectors) — name candidates, in order."""
    return [tokens for _, tokens in runs_after(phrase)]


def runs_after(phrase: str) -> list[tuple[str, list[str]]]:
    """Each run of `runs` with the token just before it ('' at the start, ',' after a comma; with the word before an
    article too: 'in the'). Fresh lists of a per-text cache: a sentence's runs are asked for several times."""
    return [(before, list(tokens)) for before, tokens in _runs_after(phrase)]


@per_text(maxsize=1 << 12)
def _runs_after(phrase: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
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
        elif token[0].isupper() and (token.casefold().rstrip(".") not in STOP_WORDS or current
                                     and re.fullmatch(r"[A-Z]\.", token)):
            before = before if current else (f"{prev2} {prev}" if prev in DETERMINERS else prev)
            current.append(token)
            if token.endswith(("’s", "'s")):
                current = _flush(current, out, before)
        elif current and (token.casefold() in CONNECTORS or token == "the" and current[-1] == "of"):
            current.append(token)  # 'Secretary of the Interior Ryan Zinke': one run, its name after the title
        else:
            current = _flush(current, out, before)
        prev2, prev = prev, token.casefold()
    _flush(current, out, before)
    return tuple((before, tuple(tokens)) for before, tokens in out)


def _flush(current: list[str], out: list[tuple[str, list[str]]], before: str) -> list[str]:
    while current and (current[-1].casefold() in CONNECTORS or current[-1] == "the"):
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


def body_name(segment: str) -> str | None:
    """A body's name with 'and' inside it, as the segment writes it ('The U.S. Fish and Wildlife Service',
    'the Department of Health and Human Services'): two runs joined by 'and', the second ending in an
    institution word, the first no name of its own (no person, outlet or acronym, not ending in an institution
    word: 'Nebraska and Oklahoma', 'the FBI and National Security Agency', 'the House and Senate' are two)."""
    found = subject_runs(segment, after_article=True)
    if len(found) != 2 or found[1][-1].casefold() not in NOT_PERSON or found[0][-1].casefold() in NOT_PERSON \
            or guess_kind(found[0]) or is_personal(found[0]):
        return None
    text = re.sub(r"^(?:the|The)\s+", "", segment.strip())
    joined = re.fullmatch(r"(\S+(?:\s+\S+)*?)\s+and\s+(\S+(?:\s+\S+)*)", text)
    if joined is None or [len(w.split()) for w in joined.groups()] != [len(found[0]), len(found[1])]:
        return None  # a word between that is no part of either name
    return text


def guess_kind(tokens: list[str]) -> str | None:
    """'outlet' for an unknown name that reads like a publication, 'body' for an acronym, else None."""
    # 'Union-Tribune', 'Post’s'
    words = {part for t in tokens for part in re.sub(r"[’']s$", "", t.casefold().strip(".,")).split("-")}
    if words & OUTLET_WORDS or any(t.rstrip(".,") in NEWS_ACRONYMS for t in tokens):
        return "outlet"
    if len(tokens) >= 2 and words & NOT_PERSON:
        return "body"  # the U.S. Fish and Wildlife Service
    if len(tokens) == 1 and 2 <= len(tokens[0]) <= 6 and tokens[0].isupper():
        return "body"
    return None


def is_personal(tokens: list[str]) -> bool:
    """Looks like a personal name: two or more Titlecase words, no possessive, no digits,
    no 'of', no institution words."""
    parts = {p for t in tokens for p in re.sub(r"[’']s$", "", t.casefold().strip(".,")).split("-")}  # 'Union-Tribune'
    if any(t.casefold() == "of" for t in tokens) or parts & (NOT_PERSON | OUTLET_WORDS):
        return False
    return len(tokens) >= 2 and all(
        re.fullmatch(r"[A-Z]\.", t) or  # an initial: 'Adam L. Braverman'
        t[0].isupper() and any(c.islower() for c in t[1:]) and not t.endswith(("’s", "'s"))
            and not any(c.isdigit() for c in t)
        for t in tokens if t.casefold() not in CONNECTORS
    ) and not all(re.fullmatch(r"[A-Z]\.", t) for t in tokens)


def is_named(tokens: list[str]) -> bool:
    """A capitalised name that is no institution or place word ('Politico', 'The Hill')."""
    return bool(tokens) and not any(t.casefold().strip(".,") in NOT_PERSON for t in tokens)


def opens_with_reference(text: str) -> bool:
    """The sentence's subject is a pronoun or a role noun ('He …', 'The former senator …')."""
    words = [w.casefold() for w in words_of(text.lstrip(" “”\"").split(",")[0])[:5]]
    return bool(words) and (words[0] in PRONOUNS or words[0] == "the" and any(is_role_head(w) for w in words[1:4]))


def segments(phrase: str) -> list[str]:
    """Comma-separated parts of a phrase, parenthetical asides dropped ('Organization (MKO, …)')."""
    phrase = re.sub(r"\([^)]*\)?", " ", phrase)
    return [s.strip() for s in re.split(r"[,;:]", phrase) if s.strip()]


def named_in(phrase: str, titles: Collection[str]) -> list[str]:
    """The segments of a speaker phrase a speaker's name may stand in. When the last (next to the speech verb) is a
    description, no other that opens with a lower-case word (an article or a title may: 'former MKO member Hassan
    Heyrani'): it is a clause of the words reported, its names their objects ('A sudden squall … sank the ferry Calder
    Rose, the head of its operator said': the ferry does not speak; 'when Mr. Pruett left, he said': Pruett may)."""
    segs = segments(phrase)
    if not segs or not re.match(r"(?:the|a|an)\s", segs[-1], re.IGNORECASE):
        return segs
    return [g for k, g in enumerate(segs) if k == len(segs) - 1 or not _CLAUSE_OPENS.match(g)
            or g.split()[0].rstrip(".") in titles]


_CLAUSE_OPENS = re.compile(r"(?!(?:the|a|an)\b)[a-z]")  # a segment opening with a lower-case word, no article


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
        if is_role_head(head):
            return "person"
        if head in PUB_ROLES:
            return "publication"
    if words in (["us"],):
        return "publication"
    return None


_SPOKES = r"(?:spokes(?:man|woman|person)|representative)"
_BEHIND = re.compile(rf"^(?:[Aa]n?|[Tt]he)\s+(?:{_SPOKES}\s+for\s+(?:the\s+)?"
                     rf"(?P<a>[A-Z][\w.&’'\-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w.&’'\-]*)*)"
                     rf"|(?P<b>[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*)\s+{_SPOKES})$")


def spokesperson_of(phrase: str) -> str | None:
    """The organisation an unnamed spokesperson speaks for: 'a spokesperson for Google', 'a Microsoft spokesperson' →
    'Google', 'Microsoft' (None when the phrase names the person)."""
    segs = segments(phrase)
    m = _BEHIND.match(segs[-1]) if len(segs) == 1 else None
    return (m.group("a") or m.group("b")) if m else None


_AUTHORED = re.compile(r"^(?:\w+,\s*)?(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w\-]+\s+){0,2}?(?:statement|letter|"
                       r"memo|report|release|email|filing|analysis|study|survey|poll|review|audit|tally)\b[^,]{0,40}?,?"
                       r"\s+(?:from|by)\s+(.{2,120}?)[\s,]*$", re.IGNORECASE)
# 'Federal Election Commission data', 'F.E.C. filings', 'The CIS report': a name, then the records it keeps or issued
_RECORDS = re.compile(r"^(?:[Tt]he\s+)?((?!(?:The|This|That|Its|His|Her|Their)\b)[A-Z][^,;]{1,80}?)(?:[’']s)?\s+"
                      r"(?:data|figures|records|filings|statistics|estimates|report|statement|study|survey|letter)$")


def author_of(phrase: str) -> str | None:
    """Who a document that speaks comes from: 'the statement …, from Dr. Lisa Bardack,' → 'Dr. Lisa Bardack,'; 'the
    press release from the U.S. Attorney’s Office' → that office; 'analysis by Fix the Court', 'F.E.C. data' → them."""
    m = _AUTHORED.match(phrase.strip()) or _RECORDS.match(phrase.strip(" ,."))
    return m.group(1) if m else None


def role_words(phrase: str) -> set[str]:
    """The role a phrase describes someone by: 'the chief justice' → {chief, justice}."""
    words = [w.casefold() for w in words_of(segments(phrase)[-1] if segments(phrase) else phrase)]
    out = {w for w in words if w not in STOP_WORDS and w not in ("top", "senior")}
    for w in words:  # 'Gov.' → governor: an abbreviated title is the role noun a later reference repeats
        out.update(TITLE_ROLES.get(w.rstrip("."), ()))
        out.update(party_words(w))
    return out


def description(segment: str) -> bool:
    """'the Illinois Democrat', 'the former Alaska governor': a definite description of a person, no name."""
    words = words_of(segment)
    return 2 <= len(words) <= 6 and words[0].casefold() == "the" and is_role_head(words[-1].casefold())


def party_words(tag: str) -> tuple[str, ...]:
    """'I-Vt.' → (independent, vermont), 'D-N.Y.' → (democrat, new, york): a party tag's party and state."""
    party, _, state = tag.casefold().strip("(),").rstrip(".").partition("-")
    if party not in PARTIES or state not in STATES:
        return ()
    return (PARTIES[party], *STATES[state])


_AGE = re.compile(r"\d{1,3}-year-old")  # 'the 76-year-old', after 'Bernie Sanders, 76,'


def is_role_head(word: str) -> bool:
    """A noun that refers back to a person: a role ('the senator'), a party ('the Illinois Democrat') or an age ('the
    76-year-old')."""
    return word in PERSON_ROLES or word in PARTIES.values() or bool(_AGE.fullmatch(word))


def unnamed_role(phrase: str) -> set[str]:
    """The role words of an unnamed speaker: 'a senior administration official also pushed back'
    → {administration, official}; empty when the phrase does not open with 'a'/'an' and a role noun."""
    segs = segments(phrase)
    words = [w.casefold() for w in words_of(segs[-1] if segs else phrase)]
    if not words or words[0] not in ("a", "an"):
        return set()
    head = next((k for k, w in enumerate(words[:6]) if w in PERSON_ROLES), None)
    return role_words(" ".join(words[: head + 1])) if head is not None else set()


def clause_subject(parts: list[str]) -> str:
    """The comma-separated part that opens the main clause: not 'In a speech earlier this month'."""
    for part in parts:
        first = words_of(part)[:1]
        if first and (first[0].casefold() in PRONOUNS or first[0][0].isupper()
                      and first[0].casefold() not in STOP_WORDS):
            return part
    return parts[0]


# 'WASHINGTON -- ', 'DENVER — ', 'Denver (AP) – ': a dateline opens the first sentence of a story, before its subject
_DATELINE = re.compile(r"^\s*[A-Z][A-Za-z.,' ]{1,40}?(?:\s*\([A-Z][^)]{0,20}\))?\s*(?:--|—|–)\s*")


def undated(text: str) -> str:
    """The text after its dateline: 'WASHINGTON -- President Barack Obama on Friday' → 'President Barack Obama on
    Friday'."""
    return _DATELINE.sub("", text, count=1)


_LISTED = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def listed(text: str) -> list[str]:
    """The parts of a list of names: 'Ann Marsh and Paul Lind', 'John Loft, Andy Carr, and Emma Cole' (empty ones
    left out)."""
    return [p for p in _LISTED.split(text) if p.strip()]


def people_of(name: str) -> list[str]:
    """The people a link names together ('Mark Udall and Ron Wyden' → both; 'John Lewis, Andre Carson and Emanuel
    Cleaver' → three), else the name itself ('U.S. Fish and Wildlife Service' is one body)."""
    parts = listed(name)
    return parts if len(parts) > 1 and all(is_personal(p.split()) for p in parts) else [name]
