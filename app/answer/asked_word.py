"""The one word that says what a question asks about, and whether the answer's quotes hold it (issue 14).

On a story the passages cover, a near-topic question holds most of the passages' words; what it asks about is one
word written nowhere: "Has anyone been ARRESTED for hacking Brightwell?", "How big a FINE did the state give …?",
"Which PUBLISHER printed …?". Retrieval ranks a quote of the story first and it answers nothing. The asked word is
  - the asked act: the main clause's passive participle when its patient is what is asked ("Who was charged …",
    "How many teenagers were jailed …", "Has anyone been arrested …");
  - the asked fate of a count: a verb of dying or of flight right after the plural noun "how many" counts, its
    subject ("How many patients DIED …", "How many people FLED …"): a figure of those persons in another event of the
    story ("11 patients suffered liver injury", "a village of about 600 people") counts no one who died or fled
    (`counted_act`; only that class: a count of persons who did another act is often told with another verb, "How
    many people protested" by "80,000 people marched", "went to work" by "reported to work");
  - the asked thing: the noun whose size "how big a N" asks ("How big a fine …");
  - the asked sum (`sum_words`): the kind of sum a "What is the base SALARY of …" question asks for
    (`measure.MONEY_MEASURES`): a quote with another sum of the story ("paid $4.2 million in overtime") is related,
    not the answer. It is read on the answer's quotes and candidates once the looks have run (`compose`), since a
    look may bring in the quote that names it, and with the model's vectors of the single words (`vectors.word_embed`:
    an answer's `KnownVectors` gives a word found in a passage the vector of its sentence).
A quote holds it when it says a form of it or a word of the same meaning (MiniLM cosine of the two single words at
least `word_meaning.SAME_MEANING`: "died" / "killed"). When none of the answer's quotes holds an asked word, the
answer is "Not covered … Related: …". Pure functions over the question and the quotes' text; the word vectors come
from the index's word table (`app/store/word_table.py`, stored at ingest) for the quotes' words, and from `embed` for
the asked words and any word the table lacks (issue 15: at ask the model embeds no passage's words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from app.answer.asked_figure import counted_run
from app.answer.measure import MONEY_MEASURES, measure_asked
from app.answer.word_meaning import SAME_MEANING, Stored, closeness
from app.text.content_words import words_of
from app.text.plurals import plural
from app.text.terms import per_text, stem, term_set, terms

# "Who was charged …", "How many teenagers were jailed …", "Has anyone been arrested …": the main clause's passive act
# asked of an open patient (an embedded or a polar passive is not read: "Was Justice Ginsburg skeptical …" asks a
# proposition whose words the answer may put otherwise); nor a phrasal verb, whose particle makes another act than
# the participle alone ("locked up", "turned away"): one word's vector does not read it
_PASSIVE = re.compile(r"^\W*(?:who|how\s+many(?:\s+[a-z]+){0,3}?|(?:has|have)\s+(?:anyone|anybody))\s+"
                      r"(?:has\s+|have\s+)?(?:was|were|been|are|is)\s+(?:been\s+)?(?P<w>[a-z]+(?:ed|en|wn))\b"
                      r"(?!\s+(?:up|out|off|down|away|back)\b)", re.I)
# "How big a fine …": the thing whose size is asked
_HOW_BIG = re.compile(r"\bhow\s+(?:big|large|heavy|severe|long)\s+an?\s+(?P<w>[a-z]+)\b", re.I)


@per_text(maxsize=1 << 8)
def asked_words(question: str) -> tuple[str, ...]:
    """The question's asked act or asked thing (module docstring), as written; () when it names none."""
    found = [m.group("w") for m in (_PASSIVE.match(question), _HOW_BIG.search(question)) if m]
    return _words([*found, *counted_act(question)])


_PARTICLE = r"(?:up|out|off|down|away|back)"  # a phrasal verb's particle: another act than the verb alone
# the past forms of the verbs of dying and of flight (Levin's "disappearance" and "escape" classes, the acts whose
# count a news story reports as casualties or displaced): what happened to the persons counted, not an act they chose
FATES = frozenset("died perished drowned starved fled escaped evacuated".split())


def counted_act(question: str) -> tuple[str, ...]:
    """The verb of dying or flight (`FATES`) whose subject is what an opening "how many" counts, right after its plural
    noun (past "have", "has", "had"): "How many patients died during the trial?" -> ("died",); () when the count is the
    object of another verb's subject ("How many jobs did the mine create?"), the verb is of another class ("How many
    people protested …"), or a phrasal verb ("How many residents escaped from …" is read, "got out" is not)."""
    run = counted_run(question)
    if not run or not plural(run[-1]):
        return ()
    noun = r"\s+".join(map(re.escape, run))
    m = re.match(rf"^\W*how\s+many\s+(?:of\s+\w+\s+)?{noun}\s+(?:(?:have|has|had)\s+)?(?P<w>[a-z]+)\b"
                 rf"(?!\s+{_PARTICLE}\b)", question, re.I)
    verb = m.group("w").casefold() if m else ""
    return (verb,) if verb in FATES else ()


@per_text(maxsize=1 << 8)
def sum_words(question: str) -> tuple[str, ...]:
    """The kind of sum a "What is the … salary / price / fine of …" question asks for (`measure.MONEY_MEASURES`), as
    written ("salary"); () when it asks none."""
    measure = measure_asked(question)
    return _words([measure.noun] if measure is not None and measure.noun in MONEY_MEASURES else [])


def _words(found: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.lower() for w in found if words_of(w) and terms(w, query=True)))


def _said(word: str, text: str) -> bool:
    return stem(word) in term_set(text)


def unheld(question: str, texts: Sequence[str], embed: Callable[[Sequence[str]], np.ndarray],
           asked: Callable[[str], tuple[str, ...]] = asked_words, stored: Stored | None = None) -> list[str]:
    """The asked words (`asked`'s) no text holds, in a form of the word or a word of the same meaning (one embedding
    call). The texts' words are read from the index's word table (`stored`, `word_meaning.closeness`) where it holds
    them: only the asked words, and any word the table lacks, are embedded at ask."""
    missing = [w for w in asked(question) if not any(_said(w, t) for t in texts)]
    if not missing:  # most questions ask no such word: the texts' words are not read
        return missing
    vocabulary = list(dict.fromkeys(w for t in texts for w in words_of(t)))
    if not vocabulary:
        return missing
    close = closeness(missing, vocabulary, embed, stored)
    return [w for w, row in zip(missing, close) if row.max() < SAME_MEANING]
