"""A passage is read inside its article: the question's names the passage does not repeat ("the bill" for "H.R. 1")
count as held for the relevance floor where its article names them; other terms must stand in the passage."""

from __future__ import annotations

from app.answer.article_named import article_named
from app.answer.retrieve import Hit, answerable
from app.config import Config
from app.store.chroma import StoredChunk
from app.store.lexical import LexicalIndex
from app.text.terms import term_set, terms

ARTICLE = ("The House passed H.R. 1, the For the People Act, on Friday. Republicans called the bill a power grab "
           "that amounts to a federal takeover of elections.")
PASSAGE = "Republicans called the bill a power grab that amounts to a federal takeover of elections."
OTHER = "The ferry terminal opens on Monday after a long strike by dock workers."
TEXTS = {"d1": ARTICLE, "d2": OTHER}
INDEX = LexicalIndex.build(["c1", "c2", "c3"], [PASSAGE, OTHER, "Voters in Ohio go to the polls in May."],
                           [{"outlet": "A"}, {"outlet": "B"}, {"outlet": "C"}])


def hit(doc: str, text: str, dense: float, coverage: float) -> Hit:
    return Hit(StoredChunk(f"{doc}-c", doc, 0, len(text), text, {"outlet": "A"}), dense, 0.0, coverage, 0.0, 0.0)


def test_a_name_the_article_holds_counts_for_its_passage():
    [h] = article_named("Is H.R. 1 a power grab?", [hit("d1", PASSAGE, 0.32, 0.3)], INDEX, TEXTS.__getitem__)
    assert h.coverage > 0.5  # "hr" from the article, "power" and "grab" from the passage
    assert answerable([h], Config()) and not answerable([hit("d1", PASSAGE, 0.32, 0.3)], Config())


def test_other_terms_must_stand_in_the_passage():
    question = "Did the chamber pass H.R. 1 after a long debate?"
    [h] = article_named(question, [hit("d1", PASSAGE, 0.32, 0.0)], INDEX, TEXTS.__getitem__)
    asked = set(terms(question, query=True))
    # the article names H.R. 1 and holds "chamber", "passed", "long debate"; only the name counts from it
    assert h.coverage == INDEX.coverage(asked, term_set(PASSAGE) | {"hr", "1"}) < INDEX.coverage(asked, frozenset(asked))


def test_a_name_its_article_lacks_adds_nothing():
    question = "Is H.R. 1 a strike?"
    [h] = article_named(question, [hit("d2", OTHER, 0.32, 0.0)], INDEX, TEXTS.__getitem__)
    assert h.coverage == INDEX.coverage(set(terms(question, query=True)), term_set(OTHER)) < 0.5  # "strike" alone


def test_a_question_without_names_is_left_as_it_is():
    hits = [hit("d1", PASSAGE, 0.32, 0.3)]
    assert article_named("is it a power grab?", hits, INDEX, TEXTS.__getitem__) == hits


ARTICLE_DOCS = {
    "planet.txt": ("House passes election bill\n\n"
                   "The House passed H.R. 1 on Friday after a long debate in the chamber.\n\n"
                   "Republicans in the chamber voted against it as a block.\n\n"
                   "The ambitious compendium runs to nearly 700 pages of proposals."),
    "gazette.txt": "Ferry news\n\nThe ferry terminal opens on Monday after a long strike by dock workers.",
}


def test_the_floor_reads_the_passage_inside_its_article(tmp_path, make_assistant):
    from corpora import write_corpus

    corpus = write_corpus(tmp_path / "c", ARTICLE_DOCS)
    # dense similarity never enough alone; the passage must hold 0.6 of the question's idf weight
    a = make_assistant(corpus, abstain_below=2.0, answer_rules=((-1.0, 0.6),), chunk_words=10, chunk_overlap=0)
    a.ingest([corpus])
    answer = a.ask("How many pages does H.R. 1 run to?")
    assert not answer.abstained and "700 pages" in answer.answer


def test_the_number_designating_a_name_is_part_of_it():
    [h] = article_named("Is H.R. 1 a power grab?", [hit("d1", PASSAGE, 0.32, 0.3)], INDEX, TEXTS.__getitem__)
    asked = set(terms("Is H.R. 1 a power grab?", query=True))
    assert h.coverage == INDEX.coverage(asked, term_set(PASSAGE) | {"hr", "1"})
