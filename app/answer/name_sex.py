"""Which sex an article gives a person it names in full, read from its own words (question-independent).

"Hillary Rodham Clinton … she", "former President Bill Clinton … his": news prose follows a person's first full
mention with a pronoun of their sex, and writes "Mr." or "Mrs." / "Ms." before the surname. Where an article
names two people of one surname ("Mr. Clinton", "Mrs. Clinton"), this tells which of them a titled surname is:
a full mention that opens its sentence (after titles and roles only: "Former President Bill Clinton") votes with
the first he/his/him or she/her/hers after it, in its sentence or the next, before another name is given in full
("… she and former President Bill Clinton earned …. She also released": no vote for him), and any full mention
with a title written right before it ("Mrs. Hillary Clinton");
the sex is known only when every vote agrees. Pure, over the sentences' stored word runs."""

from __future__ import annotations

from collections.abc import Sequence

from app.answer.named import TITLES
from app.store.sentences import Sentences
from app.text.first_names import first_name_forms
from app.text.terms import terms
from app.text.titles import ROLES
from app.text.word_runs import Runs

PRONOUN_SEX = {**dict.fromkeys("he his him himself".split(), "m"), **dict.fromkeys("she her hers herself".split(), "f")}
TITLE_SEX = {"mr": "m", "mrs": "f", "ms": "f"}
_NOT_NAME = TITLES | frozenset(terms(" ".join(ROLES)))


def _names(words: Sequence[str], lower: Sequence[bool], i: int) -> tuple[list[str], int]:
    """The name terms of the capitalised run before word i, a surname (none: a bare or titled surname), and where
    the run starts (titles and roles in it are no names: "former President Bill", "Mrs. Hillary Rodham")."""
    j = i
    while j > 0 and not lower[j - 1] and words[j - 1] and i - j < 4:
        j -= 1
    return [t for w in words[j:i] for t in terms(w) if t not in _NOT_NAME], j


def _surnames(sentences: list[Runs]) -> frozenset[str]:
    """The words the article writes as surnames: capitalised, after a capitalised name word ("Ruth Bader Ginsburg")."""
    return frozenset(_bare(words[i]) for words, lower, _ in sentences for i in range(1, len(words))
                     if not lower[i] and not lower[i - 1] and words[i - 1]
                     and not _NOT_NAME.issuperset(terms(words[i - 1])))


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")


def _pronoun(sentences: list[Runs], k: int, i: int, others: frozenset[str]) -> str:
    """'m' or 'f' from the first gendered pronoun after word i of sentence k, in it or the next sentence, before
    another person is named (two capitalised words, or another of the article's surnames: "… wrote that Ginsburg’s
    statements could … question her impartiality"); '' when none."""
    for words, lower, _ in sentences[k : k + 2]:
        for j in range(i + 1, len(words)):
            if words[j] in PRONOUN_SEX:
                return PRONOUN_SEX[words[j]]
            if not lower[j] and (_bare(words[j]) in others or j > 0 and not lower[j - 1] and words[j] and words[j - 1]
                                 and words[j - 1] not in TITLE_SEX):
                return ""
        i = -1
    return ""


def person_sex(sentences: Sentences, first: str, last: str) -> str:
    """'m' or 'f' for the person the article names in full with first-name term `first` (any of its forms) and
    surname term `last`, when every full mention's pronoun or title agrees; '' when unknown or not stored."""
    runs = sentences.sentence_runs()
    if runs is None:
        return ""
    forms, votes = first_name_forms(first), set()
    others = frozenset(w for w in _surnames(runs) if terms(w) != [last])
    for k, (words, lower, _) in enumerate(runs):
        for i, w in enumerate(words):
            if i == 0 or terms(_bare(w)) != [last]:
                continue
            names, j = _names(words, lower, i)
            if not forms & set(names):
                continue
            votes |= {TITLE_SEX[t] for t in words[max(0, j - 1) : i] if t in TITLE_SEX}
            if all(t in _NOT_NAME for w in words[:j] for t in terms(w)):  # the sentence's subject
                votes.add(_pronoun(runs, k, i, others))
    votes.discard("")
    return votes.pop() if len(votes) == 1 else ""
