"""The figure past the k passages: a how-many / how-much question's count, which outlet diversity left out.

"How many women are in the Walmart class action?": HuffPost's lead ("on behalf of up to 1.6 million women") ranks
among the first k passages past the relevance floor, but HuffPost already has two picks that count no women, and the
outlet-diversity penalty puts it below the other outlets' passages about the argument. For a question that counts in a
unit ("women", "stores": the noun "how many" counts, `asked_figure.counted_unit`), a passage giving a figure of that
unit is a strong and cheap signal that it answers: ingest stored each sentence's figure units, so the test reads bytes
of documents already in memory. One passage joins the picks: the best-ranked admitted candidate, not picked, whose
sentences give a figure of the unit (another outlet's count, or the same outlet's, which the figure rules then
compare). Only the documents whose sentences the picks already loaded are read: no store call. The same holds, read
from the candidates' texts, for a length of time a "How long did …" question asks (mostly in words: "for several
minutes", `duration_passage`) and for a sum beside the thing or the recipient a money question names ("a $600
airline ticket", "$24,500 to Trump's campaign": `sum_passage`); a bare sum is no signal.
Takes the candidates past the floor (best fused first), the picks, and the index's chunk table; gives the passage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.answer.asked import asked
from app.answer.asked_figure import counted_noun, counted_unit
from app.answer.asked_thing import Thing, asked_thing, names_thing
from app.answer.bracketed import asked_recipient, own_sum
from app.answer.durations import DURATION_ASKED
from app.attribution.figures import figures
from app.text.lengths import tells_length
from app.text.sentences import split_sentences
from app.store.chroma import StoredChunk
from app.store.lexical import LexicalIndex
from app.store.sentences import Sentences

Span = tuple[str, int, int]  # (doc_id, start, end)


def asked_unit(question: str) -> str:
    """The unit of the noun "how many" counts ("women", "times"); "" for any other question. A money question's
    dollars are no such signal: nearly every passage about spending gives a sum of something ("tens of thousands of
    dollars" on trips, tuition and dental work for "How much did the Hunters spend on dental work?")."""
    return counted_unit(asked(question), question) if counted_noun(question) else ""


def count_passage(question: str, ordered: Sequence[str], picks: Sequence[tuple[str, float]],
                  lexical: LexicalIndex | None, records: dict[str, StoredChunk],
                  sentences_of: Callable[[str], Sentences | None],
                  read: Callable[[list[str]], dict[str, StoredChunk]]) -> list[str]:
    """[the passage that joins the picks] or [] (`figure_passage`): `records` holds the picks' chunks (their documents'
    sentences are in memory) and gets the joining one's, cut by `read` from the table."""
    loaded = {rec.doc_id for rec in records.values()}
    picked = [cid for cid, _ in picks]
    found = figure_passage(asked_unit(question), ordered, picked, lexical, sentences_of, loaded) \
        or duration_passage(question, ordered, picked, lexical, loaded, read) \
        or sum_passage(question, ordered, picked, lexical, loaded, read)
    records.update(read(found) if found else {})
    return found


def figure_passage(unit: str, ordered: Sequence[str], picked: Sequence[str], lexical: LexicalIndex | None,
                   sentences_of: Callable[[str], Sentences | None], loaded: set[str]) -> list[str]:
    """[the passage to join], or [] (see above). `ordered`: the admitted candidates, best fused first; `loaded`: the
    documents whose sentences are in memory (`sentences_of` reads them)."""
    if not unit or lexical is None or lexical.table is None:
        return []
    spans = chunk_spans(lexical, list(ordered))
    token = f'"{unit}"'.encode()

    def counts(cid: str) -> bool:
        span = spans.get(cid)
        found = sentences_of(span[0]) if span is not None and span[0] in loaded else None
        return bool(found is not None and found.figures_hold(token, span[1], span[2]))

    chosen = set(picked)
    return next(([cid] for cid in ordered if cid not in chosen and counts(cid)), [])


def duration_passage(question: str, ordered: Sequence[str], picked: Sequence[str], lexical: LexicalIndex | None,
                     loaded: set[str], read: Callable[[list[str]], dict[str, StoredChunk]]) -> list[str]:
    """For a "How long did …" question, [the best-ranked admitted candidate, not picked, of a document already loaded
    whose text tells a length of time] (`text.lengths.tells_length`: "for several minutes", "lasted hours": a length is
    mostly written in words, which no stored figure unit holds), else []."""
    if not DURATION_ASKED.search(question):
        return []
    return first_text(ordered, picked, lexical, loaded, read, tells_length)


def sum_passage(question: str, ordered: Sequence[str], picked: Sequence[str], lexical: LexicalIndex | None,
                loaded: set[str], read: Callable[[list[str]], dict[str, StoredChunk]]) -> list[str]:
    """For a money question that names the thing it asks the sum of ("spend on an airline ticket for their pet
    rabbit": a ticket, narrowed by "airline", `asked_thing`) or the name it is given to ("donate to Trump",
    `bracketed.asked_recipient`), [the best-ranked admitted candidate, not picked, of a document already loaded with a
    sentence naming the thing (`names_thing`) and a dollar sum beside its head ("a $600 airline ticket"), or giving
    that name a sum ("$24,500 to Trump's presidential campaign", `bracketed.own_sum`)], else []. Any sum is no signal
    (see `asked_unit`); a sum standing by the thing or the recipient named is."""
    money = asked(question).money
    thing, to = (asked_thing(question), asked_recipient(question)) if money else (None, None)
    if thing is None and to is None:
        return []
    return first_text(ordered, picked, lexical, loaded, read, lambda text: thing is not None and _sum_of(thing, text)
                      or to is not None and own_sum(to, text))


def first_text(ordered: Sequence[str], picked: Sequence[str], lexical: LexicalIndex | None, loaded: set[str],
               read: Callable[[list[str]], dict[str, StoredChunk]], test: Callable[[str], bool]) -> list[str]:
    """[the best-ranked admitted candidate, not picked, of a document already loaded whose text passes `test`], else
    [] (the candidates' texts cut by `read` from the chunk table: no store call)."""
    if lexical is None or lexical.table is None:
        return []
    spans, chosen = chunk_spans(lexical, list(ordered)), set(picked)
    ids = [cid for cid in ordered if cid not in chosen and cid in spans and spans[cid][0] in loaded]
    texts = read(ids) if ids else {}
    return next(([cid] for cid in ids if cid in texts and test(texts[cid].text)), [])


def _sum_of(thing: Thing, text: str) -> bool:
    """A sentence of `text` names the thing and gives a dollar sum with the thing's head among its words."""
    return any(names_thing(thing, s) and any(f.unit == "dollar" and thing.head in f.context for f in figures(s))
               for s in (text[sp.start:sp.end] for sp in split_sentences(text)))


def chunk_spans(lexical: LexicalIndex, ids: list[str]) -> dict[str, Span]:
    """Each chunk's (document, start, end) from the chunk table (the chunks it lacks left out)."""
    table = lexical.table
    if table is None:
        return {}
    return {cid: (table.docs[int(table.doc[r])], int(table.start[r]), int(table.end[r]))
            for cid, r in zip(ids, lexical.rows(ids)) if r >= 0}
