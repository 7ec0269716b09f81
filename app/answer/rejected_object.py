"""A negation that takes a phrase denies that phrase, not the place or time a phrase after it adds. A verb of rejecting
denies its object: "Wal-Mart could refute the claims at a trial" rejects the claims; it says nothing against a trial.
The determiner "no" denies its noun phrase: "there is no racism within the movement" denies racism, not the movement.
"Not" and "never" bear on their clause (`contradict.negated`). "Deny", "refute", "reject", "dismiss", "dispute",
"rebut" and "refuse" bear also on the words before them (their subject, or a passive's object: "the claims were
rejected"). The phrase runs up to a preposition of place, time or manner ("at", "in", "within", "during", …; "of",
"for", "to" and "about" stay inside it: "disputed claims of racism", "no place for bigots", "no truth to the claim").

`object_only(text, asked)`: `text` negates an asked word, but only by such negations, and their phrases (and a verb's
subject side) hold none: its negation is aimed elsewhere. `rejects_other_object(asked, a, b)`: of two quotes of
opposite polarity, every one that negates does so only that way, so the pair does not disagree on what is asked.
"""

from __future__ import annotations

import re

from app.attribution import contradict as cx
from app.text.terms import terms

_REJECTING = re.compile(r"^(?:den(?:y|ies|ied|ying)|refus\w+|reject\w*|dismiss\w*|disput\w+|rebut\w*|refut\w*)$",
                        re.IGNORECASE)
_NO = re.compile(r"^no$", re.IGNORECASE)  # the determiner: "no racism", "no place for …"
_OBJECT_END = frozenset("at in on within with by during before after over under into through because since while "
                        "when where".split())
BEFORE_WORDS = cx.NEAR_WORDS  # the words before the verb that may be its subject or a passive's object


def _object(after: str) -> str:
    """The object phrase at the start of `after`: up to a preposition of place, time or manner, or a clause mark."""
    out = []
    for w in after.split():
        if w.casefold() in _OBJECT_END:
            break
        out.append(w)
        if w[-1:] in ",;:.!?":
            break
    return " ".join(out)


def _bears(text: str, m: re.Match[str], asked: frozenset[str]) -> bool:
    """The negation `m` bears on an asked word: a verb of rejecting by its subject side and object only, "no" by its
    noun phrase only, any other negation by the words around it (`contradict.negated`'s window)."""
    before = text[: m.start()].split()
    if _REJECTING.match(m.group(0)):
        near = " ".join(before[-BEFORE_WORDS:]) + " " + _object(text[m.end():])
    elif _NO.match(m.group(0)):
        near = _object(text[m.end():])
    else:
        near = " ".join([*before[-cx.NEAR_WORDS:], *text[m.start():].split()[: cx.NEAR_WORDS + 1]])
    return bool(set(terms(near)) & asked)


def object_only(text: str, asked: frozenset[str]) -> bool:
    """`text` negates an asked word (`contradict.negated`), but by a verb of rejecting or "no" whose phrase (and
    subject side) hold none, and no other negation bears on one."""
    if not asked or not cx.negated(text, asked) or cx.denies_before(text):
        return False
    found = list(cx.NEGATION.finditer(text))
    return bool(found) and any(_REJECTING.match(m.group(0)) or _NO.match(m.group(0)) for m in found) \
        and not any(_bears(text, m, asked) for m in found)


def rejects_other_object(asked: frozenset[str], a: str, b: str) -> bool:
    """Of two quotes, each that negates an asked word does so only by a negation of a phrase aimed elsewhere."""
    negating = [t for t in (a, b) if cx.negated(t, asked)]
    return bool(negating) and all(object_only(t, asked) for t in negating)
