"""Does the answer to "Who <did the act>?" name a doer of it, or only the act?

News writing reports an act without its doer in three shapes: a participle before a noun ("after leaked documents
revealed …"), a passive with no agent ("the programs' existence was leaked to the press"), and the act's noun with
no owner ("decrying the leak of the materials"). Relevance answers "Who leaked the NSA surveillance documents?" with
such a sentence, which holds every word of the question and names nobody as the leaker. The asked act is told with a
doer when a form of its verb stands after a subject (a name, a noun, a pronoun, "who"), after a possessive ("Snowden's
leak") or before "by" ("brought by attorneys general"). When every answering quote that holds the act holds it only
doerless, and one does, who did it is not given there (`gaps.act_unnamed` reads the quotes that do not hold it).
Pure functions over the quotes' words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.select import Quote
from app.answer.verb_forms import IRREGULAR
from app.text.terms import stem

# before a form of the asked verb, the words after which it has no subject: an auxiliary of the passive, a determiner,
# a preposition, or a conjunction starting a clause ("after leaked documents", "was leaked", "the leak of")
_NO_SUBJECT = frozenset("is are was were be been being get got gets getting the a an this these those its their his "
                        "her our your after before of with about from for on in at into over amid despite following "
                        "and or but".split())
_PRONOUNS = frozenset("i we you he she it they who which that".split())
_ADVERB = re.compile(r"[a-z]+ly$")
_AGENT_AFTER = 6  # words after the verb in which "by <doer>" gives its agent
_WORD = re.compile(r"[\w’'-]+")


def _doerless(words: list[str], i: int, verb: str) -> bool:
    """The form of the asked verb at `i` stands with no doer (module docstring): its past form after no subject, or
    the act's noun, its bare form ("leak", "leaks": a word before it is a modifier, "the monitoring leak"), with no
    owner. Another form ("representatives", "leaking") is not read: it may name the doer itself."""
    word = words[i].casefold()
    if "by" in (w.casefold() for w in words[i + 1:i + 1 + _AGENT_AFTER]):
        return False
    past = word == verb or word.endswith("ed")
    if not past and word not in _bare(verb):
        return False
    j = i - 1
    while j >= 0 and _ADVERB.match(words[j].casefold()):
        j -= 1
    if j < 0:
        return True  # "Leaked documents revealed …"
    before = words[j]
    if before.endswith(("'s", "’s", "s'")) or before.casefold() in _PRONOUNS or before[:1].isupper():
        return False  # "Snowden's leak", "who leaked", "Snowden leaked"
    if not past and before.casefold() == "to":
        return False  # an infinitive, whose doer is its clause's subject: "Mr. Sestak … went on to win"
    return before.casefold() in _NO_SUBJECT if past else True


def _bare(verb: str) -> frozenset[str]:
    """The bare forms of a past verb as a noun or present ("leaked": leak, leaks)."""
    roots = {b for b, past in IRREGULAR.items() if past == verb} or {verb[:-2], verb[:-1]}
    return frozenset(f for r in roots for f in (r, r + "s", r + "es"))


def act_doerless(verb: str, wanted: frozenset[str], answering: Sequence[Quote]) -> bool:
    """Every answering quote that holds a form of the asked verb (`verb`, the question's past form; `wanted`: its
    stems) holds it only doerless, and one does."""
    held = False
    for q in answering:
        words = _WORD.findall(q.text)
        at = [i for i, w in enumerate(words) if stem(w.casefold()) in wanted]
        if not at:
            continue
        if not all(_doerless(words, i, verb) for i in at):
            return False
        held = True
    return held
