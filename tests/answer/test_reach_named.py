"""When no retrieved passage's article names the question's subject ("Is H.R. 1 constitutional?" retrieves only the
House reading the Constitution), the subject's words are searched again and the passages naming it kept."""

from __future__ import annotations

import numpy as np

from app.answer.named import designations, question_names, subjects_held
from app.answer.reach_named import names_subject, subject_words
from app.answer.retrieve import Hit
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span


def passage(doc: str, outlet: str, *texts: str, stored: bool = True) -> Hit:
    """One article as one passage, its sentences' terms stored (or not)."""
    text, spans = "", []
    for t in texts:
        spans.append(Span(len(text), len(text) + len(t)))
        text += t + " "
    sentences = Sentences.of(spans, np.ones((len(spans), 3), dtype=np.float32), text) if stored else None
    chunk = StoredChunk(f"{doc}-0", doc, 0, len(text), text, {"outlet": outlet, "stance": "centre"})
    return Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, sentences)


READING = passage("reading", "Times", "The House read the Constitution aloud on Thursday.",
                  "Amendments that were superseded were not read, nor Article 1, Section 2.")
BILL = passage("bill", "Fox", "The so-called H.R. 1 measure aims to curb big money in politics.",
               "The ACLU said provisions unconstitutionally impinge on free speech.")
SESTAK = passage("sestak", "Post", "The White House offered Representative Joe Sestak a post.")


def test_a_designation_no_passage_names_is_searched_again():
    assert subject_words("Is H.R. 1 constitutional?", [READING]) == "H.R. 1"


def test_a_designation_whose_first_word_another_story_holds_is_searched_again():
    assert subject_words("Is Section 230 constitutional?", [READING]) == "Section 230"


def test_a_name_no_passage_names_is_searched_again_in_the_question_s_words():
    assert subject_words("Did Joe Sestak's reading of the amendments count?", [READING]) == "Joe Sestak's"


def test_a_subject_a_passage_names_is_not_searched_again():
    assert subject_words("Is H.R. 1 constitutional?", [READING, BILL]) is None
    assert subject_words("What did the White House offer Joe Sestak?", [SESTAK]) is None


def test_a_question_naming_no_subject_or_only_an_outlet_is_not_searched_again():
    assert subject_words("Is the reading constitutional?", [READING]) is None
    assert subject_words("What did the Times report about the reading?", [READING]) is None
    assert subject_words("Is H.R. 1 constitutional?", []) is None


def test_the_passages_found_are_kept_only_when_their_article_names_the_subject():
    assert names_subject("Is H.R. 1 constitutional?", [READING, BILL, SESTAK]) == [BILL]
    assert names_subject("What did Joe Sestak say?", [READING, SESTAK]) == [SESTAK]


def test_a_passage_whose_terms_were_not_stored_is_read_alone():
    plain = passage("plain", "Post", "Representative Joe Sestak declined.", stored=False)
    assert names_subject("What did Joe Sestak say?", [plain]) == [plain]
    assert subject_words("What did Joe Sestak say?", [plain]) is None


def test_the_subject_an_article_holds_is_read_in_its_stored_terms_or_else_in_the_passage_alone():
    question = "What did Joe Sestak say about H.R. 1?"
    names, marks = [n for n in question_names(question) if "sestak" in n], designations(question)
    first, rest = "The White House offered a post to a congressman.", "Representative Joe Sestak backed H.R. 1."
    text = f"{first} {rest}"
    sentences = Sentences.of([Span(0, len(first)), Span(len(first) + 1, len(text))], np.ones((2, 3), np.float32), text)
    chunk = StoredChunk("offer-0", "offer", 0, len(first), first, {"outlet": "Post", "stance": "centre"})
    stored, alone = (Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, s) for s in (sentences, None))
    assert subjects_held(names, marks, stored) == {0, 1}  # the article names both, past the passage
    assert subjects_held(names, marks, alone) == set()  # the passage alone names neither
    assert subjects_held(names, marks, passage("sestak", "Post", rest, stored=False)) == {0, 1}
    assert names_subject(question, [stored, alone]) == [stored]


STORIES_REGISTRY = """\
stance_groups:
  - {id: left, label: Left}
  - {id: right, label: Right}
outlets:
  - {name: Daily Planet, domains: [dailyplanet.example], stance: left}
  - {name: Gotham Gazette, domains: [gazette.example], stance: right}
documents:
  - {file: reading1.txt, outlet: Daily Planet, title: House reads the Constitution, date: "2011-01-06"}
  - {file: reading2.txt, outlet: Gotham Gazette, title: Constitution read aloud, date: "2011-01-06"}
  - {file: bill.txt, outlet: Gotham Gazette, title: Election bill passes, date: "2019-03-08"}
"""
STORIES = {
    "reading1.txt": "House reads the Constitution\n\nThe House read the Constitution aloud on Thursday, a "
                    "constitutional first. Members said the constitutional reading was long.\n\nThe constitutional "
                    "text omitted the amendments that were superseded.",
    "reading2.txt": "Constitution read aloud\n\nLawmakers took turns reading the constitutional text. Critics called "
                    "the constitutional exercise a waste.\n\nThe reading of the constitutional document cost money.",
    "bill.txt": "Election bill passes\n\nThe so-called H.R. 1 measure aims to curb big money in politics. The civil "
                "liberties union said its provisions impinge on free speech.\n\nThe vote was 234-193.",
}


def test_a_not_covered_answer_quotes_the_story_its_question_names(make_assistant, tmp_path):
    from tests.corpora import write_corpus
    corpus = write_corpus(tmp_path / "stories", STORIES, STORIES_REGISTRY)
    a = make_assistant(corpus, k=2)
    a.ingest([corpus])
    ans = a.ask("When was H.R. 1 judged constitutional?")
    assert ans.abstained and ans.not_covered
    assert ans.citations and all(c.quote in STORIES["bill.txt"] for c in ans.citations)
