"""Does an article the answer could quote name everyone the question names?

A near-topic question often keeps every word of a story but one name: another person ("What did
Justice Clarence Thomas say during the Wal-Mart argument?"), another state ("Did Kansas join Nebraska
and Oklahoma's lawsuit …?"). The passages score well on the rest, so relevance alone answers with the
story's quotes. The check abstains only on strong evidence: a name of the question (a run of
capitalised words after its first word; titles such as "Justice", sentence openers, months and
acronyms, which an article may spell out, left out) that no article of a candidate quote holds in any
of its words (the whole article as ingest stored its terms: "Duncan Hunter" is named by "Mr. Hunter"
three paragraphs on) and that is not a candidate's outlet. Pure functions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.answer.dates import DATE
from app.answer.asked import Asked
from app.answer.retrieve import Hit
from app.answer.select import Quote, name_keys, speaker_match
from app.text.acronyms import ACRONYM
from app.text.terms import STOPWORDS, per_text, term_set, terms
from app.text.titles import NAME_TITLES

# "Justice Clarence Thomas" is named by "Thomas", not by "Justice", which every article about the court holds.
TITLES = frozenset(terms(" ".join(NAME_TITLES)))
# a word, or an abbreviation written with full stops: "N.A.A.C.P." is one name ("naacp"), not "N.A", "A.C", "P"
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][\w'’&-]*(?:\.(?=\w))?[\w'’&-]*")
# "… Tehran. Write", "… it. Write", not "Mr. Hunter" / "Sen. Chris Murphy" (a short capitalised abbreviation)
_SENTENCE_END = re.compile(r"(?:[?!:]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.)\W*$")
# A hyphen and a lower-case word end a name that modifies a noun: "an Atlanta-area activist", "a Kansas City-based
# group", "the Obama-era ban" (not "Wal-Mart", "Trump-Russia": names throughout)
_MODIFIER = re.compile(r"-[a-z][\w'’-]*$")
_LOOK_BEHIND = 5  # characters before a full stop that `_SENTENCE_END` reads (a letter, two or three, and a boundary)
# A bill's or a statute's designation: "H.R. 1", "S. 2155", "H.Res. 5", "Section 230", "Title IX", "Amendment 64",
# "Proposition 8": a name whose words (an initialism, a number) any article holds apart, so it is held as one run
DESIGNATION = re.compile(r"\b(?:(?:H|S)\.?\s?(?:J\.?\s?)?(?:R\.|Res\.|R\b)?|Section|Sec\.|Title|Article|Amendment|"
                         r"Proposition|Prop\.|Measure|Initiative|Public\s+Law)\s*(?:\d+(?:-\d+)?|[IVXL]+)\b")


@per_text(maxsize=1 << 8)  # parsed on the BM25 worker while the question embeds (`pipeline.read_question`)
def question_names(question: str) -> tuple[frozenset[str], ...]:
    """The question's names, each as the search terms of its words, titles left out."""
    return tuple(frozenset(n) for n in _ordered_names(question))


def name_head(name: frozenset[str], question: str) -> str:
    """The last search term of the question's name `name`: a person's surname ("Duncan Hunter": hunter), an
    organisation's head noun ("Republican Jewish Coalition": coalit); "" when the question has no such name."""
    return next((n[-1] for n in _ordered_names(question) if frozenset(n) == name), "")


@per_text(maxsize=1 << 8)
def _ordered_names(question: str) -> tuple[tuple[str, ...], ...]:
    """`question_names`, each name's terms in the order the question writes them."""
    names, run, end = [], [], 0
    for m in WORD.finditer(question):
        word = m.group()
        # the gap since the last word, and the few letters before it that `_SENTENCE_END` looks behind at: not the
        # whole text before the word each time (that read a long question's words in quadratic time)
        first = end == 0 and not question[:m.start()].strip() \
            or _SENTENCE_END.search(question[max(0, end - _LOOK_BEHIND):m.start()]) is not None
        end = m.end()
        if not first and word[0].isupper() and word.casefold() not in STOPWORDS and not DATE.fullmatch(word) \
                and not ACRONYM.fullmatch(re.sub(r"['’]s$", "", word)):
            if _MODIFIER.search(word):  # "Atlanta-area", "Kansas City-based": the name ends at the hyphen
                names.append([*run, word[:_MODIFIER.search(word).start()]])
                run = []
                continue
            run.append(word)
            continue
        names.append(run)
        run = []
    names.append(run)
    found = [tuple(t for t in dict.fromkeys(terms(" ".join(r))) if t not in TITLES) for r in names if r]
    first: dict[frozenset[str], tuple[str, ...]] = {}
    for n in found:
        first.setdefault(frozenset(n), n)
    return tuple(n for n in first.values() if n)


# A legislature is named by its chambers and its members' titles: "Mr. Hunter was first elected in 2008 to a seat …
# on the House Armed Services Committee" names Congress; a term's stems (`terms`)
_BODY_PARTS = {"congress": frozenset(terms("House Senate congressman congresswoman congressional"))}


def name_held(name: frozenset[str], held: Held) -> bool:
    """One of the name's words, its words run together ("Al Jazeera" / "Aljazeera"), a word of it
    split in two ("Walmart" / "Wal-Mart"), or a part of the body it names (`_BODY_PARTS`) is held."""
    return any(map(held, name)) or held("".join(sorted(name))) or held("".join(sorted(name, reverse=True))) \
        or any(held(w[:i]) and held(w[i:]) for w in name for i in range(2, len(w) - 1)) \
        or any(held(p) for w in name for p in _BODY_PARTS.get(w, ()))


Held = Callable[[str], bool]  # whether a search term is held (in an article, an outlet's name)


def articles_terms(candidates: Sequence[Quote]) -> Held:
    """Whether a term is among the search terms of a candidate's whole article as ingest stored them
    (the passage's, if not stored), each article read once. Looked up word by word in the stored bytes
    (`Sentences.holds`): a question asks a few words, and the articles' term sets cost 0.3 ms per
    article per question."""
    plain, stored = set(), {}
    for q in {id(q.hit): q for q in candidates}.values():
        sentences = q.hit.sentences
        if sentences is None or sentences.bounds is None:
            plain |= term_set(q.hit.chunk.text)
        else:
            stored[id(sentences)] = sentences
    return lambda term: term in plain or any(s.holds(term) for s in stored.values())


def unnamed(question: str, candidates: Sequence[Quote]) -> list[str]:
    """The question's names that no article of a candidate quote holds, nor its outlet, and its designations
    (`DESIGNATION`) that none holds as a run of its words (empty: all named)."""
    names = question_names(question)
    if not candidates:
        return []
    in_articles, outlets = articles_terms(candidates), frozenset().union(*(term_set(q.outlet) for q in candidates))
    return [" ".join(sorted(n)) for n in names if not name_held(n, lambda w: w in outlets or in_articles(w))] \
        + [" ".join(d) for d in designations(question) if not designation_held(d, candidates)]


@per_text(maxsize=1 << 8)
def designations(question: str) -> tuple[tuple[str, ...], ...]:
    """The search terms of each bill or statute designation the question writes ("H.R. 1": hr, 1)."""
    return tuple(dict.fromkeys(tuple(terms(m.group())) for m in DESIGNATION.finditer(question) if terms(m.group())))


def designation_held(words: tuple[str, ...], candidates: Sequence[Quote]) -> bool:
    """A candidate's article holds the designation's terms in a row within one sentence (the passage's text, if
    its sentences' terms were not stored)."""
    return designation_in(words, [q.hit for q in candidates])


def subjects_held(names: Sequence[frozenset[str]], marks: Sequence[tuple[str, ...]], hit: Hit) -> frozenset[int]:
    """Which of the question's subject names and designations the passage's article holds, as indexes (a
    designation's after the names'): in the terms ingest stored for the whole article ("Duncan Hunter" is named by
    "Mr. Hunter" three paragraphs on), or in the passage alone when they were not stored."""
    held = _article_held(hit)
    return frozenset(i for i, n in enumerate(names) if name_held(n, held)) \
        | frozenset(len(names) + i for i, d in enumerate(marks) if designation_in(d, [hit]))


def subject_names_held(names: Sequence[frozenset[str]], heads: Sequence[str], marks: Sequence[tuple[str, ...]],
                       hit: Hit) -> frozenset[int]:
    """Which of the question's subject names and designations (indexes after the names') the passage's article holds:
    a name by its head (`name_head`: "Hunter" of "Duncan Hunter", "Coalition" of "the Republican Jewish Coalition"),
    split in two ("Wal" "Mart") or with its words run together ("Aljazeera"). A Trump story holding "Republican"
    names no Republican Jewish Coalition."""
    held = _article_held(hit)
    named = frozenset(i for i, (name, head) in enumerate(zip(names, heads))
                      if head and (held(head) or _split_held(head, held)) or _run_together(name, held))
    return named | frozenset(len(names) + i for i, d in enumerate(marks) if designation_in(d, [hit]))


def subject_words_held(names: Sequence[frozenset[str]], hit: Hit) -> frozenset[tuple[int, str]]:
    """Each word of the question's subject names the passage's article holds, as (name index, word); every word of
    a name it holds run together."""
    held = _article_held(hit)
    return frozenset((i, w) for i, name in enumerate(names)
                     for w in (name if _run_together(name, held) else [w for w in name if held(w)]))


def _run_together(name: frozenset[str], held: Held) -> bool:
    """A name of several words held as one ("Al Jazeera" / "Aljazeera")."""
    return len(name) > 1 and (held("".join(sorted(name))) or held("".join(sorted(name, reverse=True))))


def _split_held(word: str, held: Held) -> bool:
    """The word is held split in two ("walmart" as "wal" and "mart")."""
    return any(held(word[:i]) and held(word[i:]) for i in range(2, len(word) - 1))


def _article_held(hit: Hit) -> Held:
    """Whether a search term is held by the passage's article, in the terms ingest stored for it (the passage's own
    terms when they were not stored)."""
    stored = hit.sentences
    if stored is not None and stored.bounds is not None:
        return lambda w: bool(stored.holds(w))
    return term_set(hit.chunk.text).__contains__


def designation_in(words: tuple[str, ...], hits: Sequence[Hit]) -> bool:
    """`designation_held` for retrieved passages: one's article holds the designation's terms in a row."""
    run = re.compile(re.escape(" ".join(words)).encode())
    for hit in {id(h): h for h in hits}.values():
        sentences = hit.sentences
        held = sentences.holds_run(run) if sentences is not None else None
        if held or held is None and re.search(rf"(?<!\S){re.escape(' '.join(words))}(?!\S)",
                                              " ".join(terms(hit.chunk.text))):
            return True
    return False


def speaker_unnamed(ask: Asked, answering: Sequence[Quote]) -> bool:
    """A "What did X say …" question whose answering quotes' articles never name X (nor is X one of
    their outlets or a link of their chains): X said nothing the sources report on this, though other
    articles may quote X on other stories ("What did the ACLU say about the NSA's Prism program?" when
    the ACLU is quoted only on an election bill). Acronyms count here, unlike in `unnamed`: a speaker is
    named as the articles name it."""
    if not ask.said or not answering:
        return False
    if any(speaker_match(q.links, ask.speakers, q.hit) or ask.speakers & name_keys(q.outlet) for q in answering):
        return False
    held = articles_terms(answering)
    return not any(held(t) for w in ask.speakers for t in terms(w))
