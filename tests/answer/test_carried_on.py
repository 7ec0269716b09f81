"""A quotation going on for several sentences is the speaker's to the end: for "What did X say about Y?", X's picked
quote grows on through X's quotation to the sentence that names Y, even from the next passage; offsets stay exact."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np

from app.answer.asked import asked
from app.answer.carried_on import carried_on, of_source, rest_of_quotation, with_rest
from app.answer.retrieve import Hit
from app.answer.scoring import passage_sentences
from app.answer.select import Quote
from app.answer.sides import Picked
from app.attribution.links import Link
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span
from app.text.terms import term_set

KAMIN = [Link("Sam Kamin", "quotes")]
OPENS = '"Right now, these rules exist in legal limbo," said Sam Kamin, a law professor at a Denver university.'
GOES_ON = '"It is very unusual for one state to be suing another.'
NAMES = '(The lawsuit) certainly was a surprise to me."'
AFTER = "Other states made no plans to join."
CURLY = ("“The payments were never hidden,” Ms. Reyes said. “We filed every report on time. "
         "The audit found nothing wrong.”")
DOC = f"{OPENS} {GOES_ON} {NAMES} {AFTER}\n\n\"The lawsuit is a stunt,\" another lawyer said."
SENTENCES = (OPENS, GOES_ON, NAMES, AFTER, "\"The lawsuit is a stunt,\" another lawyer said.")


def _stored(doc: str, sentences: tuple[str, ...]) -> Sentences:
    spans = [Span(doc.index(s), doc.index(s) + len(s)) for s in sentences]
    return Sentences.of(spans, np.ones((len(spans), 3), dtype=np.float32), doc)


def hit(start: int, end: int, chains: list, doc: str = DOC, sentences: tuple[str, ...] = SENTENCES) -> Hit:
    meta = {"outlet": "Fox News", "chains": json.dumps([[a, b, [[l.name, l.role] for l in ls]] for a, b, ls in chains])}
    return Hit(StoredChunk(f"c{start}", "doc", start, end, doc[start:end], meta), 0.5, 0.0, 0.5, 0.1, 0.1,
               _stored(doc, sentences))


def kamin_chains(speaker_of_names: list = KAMIN) -> list:
    at = [DOC.index(s) for s in SENTENCES]
    return [(at[0], at[0] + len(OPENS), KAMIN), (at[1], at[1] + len(GOES_ON), KAMIN),
            (at[2], at[2] + len(NAMES), speaker_of_names)]


def quote(h: Hit, text: str, doc: str = DOC, links: list = KAMIN) -> Quote:
    start = doc.index(text)
    return Quote(h, start, start + len(text), text, 0, tuple(links), 1.0)


ASKED = "What did Sam Kamin say about the lawsuit?"


def test_a_passage_ending_inside_the_quotation_grows_from_the_next_passage_with_exact_offsets():
    first = hit(0, DOC.index(NAMES) - 1, kamin_chains())  # the passage ends inside Kamin's open quotation
    nxt = hit(DOC.index(GOES_ON), len(DOC), kamin_chains())
    q = quote(first, f"{OPENS} {GOES_ON}")
    picked = carried_on(asked(ASKED), Picked([q], False), article=lambda doc_id, keep, cued: [nxt])
    grown = picked.quotes[0]
    assert grown.text.endswith("surprise to me.\"") and DOC[grown.start:grown.end] == grown.text
    assert carried_on(asked(ASKED), Picked([q], False)).quotes[0] is q  # no passage goes on: as it was


def test_a_quotation_reopened_after_a_trailing_attribution_goes_on_in_the_paragraph():
    doc = CURLY
    sents = ("“The payments were never hidden,” Ms. Reyes said.", "“We filed every report on time.",
             "The audit found nothing wrong.”")
    reyes = [Link("Maria Reyes", "quotes")]
    h = hit(0, len(doc), [(doc.index(s), doc.index(s) + len(s), reyes) for s in sents], doc, sents)
    q = quote(h, sents[0], doc, reyes)
    grown = with_rest(q, term_set("audit"), [h])
    assert grown.text == doc and grown.end == len(doc)


def test_another_chain_or_paragraph_ends_the_quotation():
    h = hit(0, len(DOC), kamin_chains(speaker_of_names=[Link("Jon Bruning", "quotes")]))
    q = quote(h, f"{OPENS} {GOES_ON}")
    assert with_rest(q, term_set("lawsuit"), [h]) is q  # the sentence naming it is another speaker's
    last_at = DOC.index(SENTENCES[4])
    whole = hit(0, len(DOC), kamin_chains() + [(DOC.index(AFTER), DOC.index(AFTER) + len(AFTER), KAMIN),
                                               (last_at, last_at + len(SENTENCES[4]), KAMIN)])
    after = [s for s in passage_sentences(whole) if s.start >= DOC.index(AFTER)]
    assert rest_of_quotation(quote(whole, NAMES), after, term_set("plans")) is None  # closed: the reporter's words
    last = [s for s in passage_sentences(whole) if s.start > DOC.index(AFTER)]
    assert rest_of_quotation(quote(whole, AFTER), last, term_set("stunt")) is None  # a new paragraph


def test_a_quote_whose_own_words_name_what_is_asked_stays():
    h = hit(0, len(DOC), kamin_chains())
    q = quote(h, f"{OPENS} {GOES_ON}")
    assert with_rest(q, term_set("suing"), [h]) is q
    assert with_rest(q, term_set("state lawsuit"), [h]) is q  # "state" is in Kamin's own quoted words already
    assert with_rest(q, term_set("lawsuit"), [h]).text.endswith("surprise to me.\"")


def test_the_source_is_the_chain_or_the_reporters_words_describing_it():
    h = hit(0, len(DOC), kamin_chains())
    q = quote(h, f"{OPENS} {GOES_ON}")
    assert of_source(asked(ASKED), q)
    assert of_source(asked("What did the Denver law professor say about the lawsuit?"), q)
    assert not of_source(asked("What did the Boulder law professor say about the lawsuit?"), q)
    assert not of_source(asked("What did the Legal Limbo professor say about the lawsuit?"), q)  # quoted words only
    assert not of_source(asked("What did the professor say about the lawsuit?"), q)  # no name word: no source


def test_a_quote_grows_no_longer_than_a_quote_may_be():
    long = '"' + " ".join(["It is a very long and winding thought about many things."] * 4) + " Truly."
    doc = f"{OPENS} {long} {NAMES}"
    sents = (OPENS, long, NAMES)
    h = hit(0, len(doc), [(doc.index(s), doc.index(s) + len(s), KAMIN) for s in sents], doc, sents)
    q = quote(h, OPENS, doc)
    assert with_rest(q, term_set("lawsuit"), [h]) is q  # 70 words or fewer
    assert with_rest(q, term_set("thought"), [h]).text == f"{OPENS} {long}"


def test_words_naming_the_source_by_role_are_not_what_is_asked():
    doc = ('"Contraband is pouring in," said Nebraska Attorney General Jon Bruning. '
           '"Nebraska taxpayers bear the cost."')
    sents = ('"Contraband is pouring in," said Nebraska Attorney General Jon Bruning.',
             '"Nebraska taxpayers bear the cost."')
    bruning = [Link("Jon Bruning", "quotes")]
    h = hit(0, len(doc), [(doc.index(s), doc.index(s) + len(s), bruning) for s in sents], doc, sents)
    q = quote(h, sents[0], doc, bruning)
    ask = replace(asked("What did Nebraska's attorney general say in Lincoln?"), speakers=frozenset({"jon", "bruning"}))
    assert carried_on(ask, Picked([q], False), [h]).quotes[0] is q  # "Nebraska" names the source, not what is asked
    ask = replace(asked("What did Nebraska's attorney general say about taxpayers?"),
                  speakers=frozenset({"jon", "bruning"}))
    assert carried_on(ask, Picked([q], False), [h]).quotes[0].text == doc


def test_a_quote_opening_inside_a_quotation_reads_its_own_words_up_to_the_closing_mark():
    sents = ('"Rules are clear.', 'I think the lawsuit is weak," said Sam Kamin.', '"The lawsuit will fail."')
    doc = " ".join(sents)
    h = hit(0, len(doc), [(doc.index(s), doc.index(s) + len(s), KAMIN) for s in sents], doc, sents)
    q = quote(h, sents[1], doc)
    assert with_rest(q, term_set("lawsuit"), [h]) is q  # "the lawsuit" is in Kamin's quoted words already
    assert with_rest(q, term_set("fail"), [h]).text == f"{sents[1]} {sents[2]}"
