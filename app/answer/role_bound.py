"""Whether a sentence binds a role to its speaker by grammar, not by nearness alone (pure, on the sentence text).

The role as a title before the name ("Harvard economist Jeff Miron", "Interior Secretary Ryan Zinke", "Dr. Lisa
Bardack"), in an apposition after it ("Jeff Miron, a Harvard economist,", "Joseph Sellers, the women's lawyer"), the
role and then the name set off ("the company's spokesman, Paul Roe,"), or the role as the subject of the speaker's
trailing verb of saying owned by a possessive pronoun ("…, her doctor said"). "Justice Anthony Kennedy told Joseph
Sellers, the women's lawyer, …" names a lawyer near the owner, but binds the role to Sellers, not to Kennedy who speaks.
"""

from __future__ import annotations

from app.text.role_words import TITLE_ROLES
from app.text.role_words import _POSSESSIVE_END, _TOKEN
from app.text.role_words import tokens as _tokens
from app.text.terms import stem

POSSESSIVE = frozenset({"his", "her", "their", "its"})
_TITLE_WORDS = 3  # name words a title may stand before: "economist Jeff Miron", "Secretary Ryan K. Zinke"
_APPOSITION_WORDS = 6  # words of an apposition before its role: "Jeff Miron, a vocal supporter … and economist"
def bound(role: frozenset[str], text: str, speaker: str) -> bool:
    """`text` binds a word of `role` to `speaker` (module docstring)."""
    name = [w for w in _tokens(speaker) if w != ","]
    if not name:
        return False
    toks = _tokens(text)
    for j, w in enumerate(toks):
        if stem(w) not in role and TITLE_ROLES.get(w) not in role:
            continue
        if _before_name(toks, j, name) or _after_name(toks, j, name[-1]):
            return True
    return possessive_subject(role, toks)


def owner_implied(role: frozenset[str], text: str, speaker: str) -> bool:
    """`text` names the speaker's role without its owner: owned by a possessive pronoun ("…, her doctor said"), by
    a title abbreviation before the name ("Dr. Lisa Bardack"), or a bare role bound to the name (`unowned_title`)."""
    toks, name = _tokens(text), [w for w in _tokens(speaker) if w != ","]
    return possessive_subject(role, toks) or bool(name) and (any(
        TITLE_ROLES.get(w) in role and toks[j + 1 : j + 2] == name[:1] for j, w in enumerate(toks))
        or unowned_title(role, text, name))


_INDEFINITE = frozenset({"a", "an"})  # "Ann Vole, a doctor, said": one of a kind, nobody's role


def unowned_title(role: frozenset[str], text: str, name: list[str]) -> bool:
    """The role's words as a title or apposition bound to the speaker's `name` (lower-case name words) with no owner
    before them: the word before the role is lower case (or "The"), no possessive and no indefinite article ("said
    chief executive Victor Osei", "the chief executive, Victor Osei"; not "Calvera chief executive Grant Lowell", "the
    company's chief executive", "Ann Vole, a doctor"), so the role is of the body the article is about (the caller
    asks that the passage name the owner)."""
    raw = _TOKEN.findall(text)
    toks = [_POSSESSIVE_END.sub("", t.casefold()) for t in raw]
    for j, w in enumerate(toks):
        if stem(w) not in role or (j and stem(toks[j - 1]) in role):
            continue  # the first word of a run of the role's words only
        k = j
        while k + 1 < len(toks) and stem(toks[k + 1]) in role:
            k += 1
        before = raw[j - 1] if j else ""
        if {stem(t) for t in toks[j : k + 1]} != role:  # the whole role ("Chief Alana Reyes" is no chief executive)
            continue
        if before[:1].isupper() and before.casefold() != "the" or _POSSESSIVE_END.search(before) \
                or before.casefold() in _INDEFINITE:
            continue
        if _before_name(toks, k, name) or _after_name(toks, j, name[-1]):
            return True
    return False


def _before_name(toks: list[str], j: int, name: list[str]) -> bool:
    """The role as a title, or set off by a comma, right before the speaker's name."""
    rest = toks[j + 1 : j + 2 + _TITLE_WORDS]
    rest = rest[1:] if rest[:1] == [","] else rest
    return name[0] in rest[:2] or name[-1] in rest[:_TITLE_WORDS]


def _after_name(toks: list[str], j: int, last: str) -> bool:
    """The role in an apposition set off by a comma after the speaker's name: 'Name, (a|an|the) … role'."""
    for k in range(max(0, j - _APPOSITION_WORDS - 2), j):
        if toks[k] == last and toks[k + 1 : k + 2] == [","] and "," not in toks[k + 2 : j] \
                and toks[k + 2 : k + 3] in (["a"], ["an"], ["the"]):
            return True
    return False


def possessive_subject(role: frozenset[str], toks: list[str]) -> bool:
    """The role owned by a possessive pronoun ("her doctor"), as in "…, her doctor said" (the verb is not read)."""
    return any(stem(w) in role and j and toks[j - 1] in POSSESSIVE for j, w in enumerate(toks))
