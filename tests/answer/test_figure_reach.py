"""A how-many question's count past the k picks: the best-ranked admitted passage giving a figure of the unit the
question counts joins the picks (outlet diversity left it out)."""

from __future__ import annotations

import numpy as np

from app.answer.asked import asked
from app.answer.figure_reach import asked_unit, duration_passage, figure_passage, sum_passage
from app.text.lengths import tells_length
from app.answer.signals import figure_answers
from app.attribution.figure_codec import figure_bytes
from app.store.sentences import Sentences
from app.text.sentences import Span


class Table:
    """The chunk table's columns the join reads: each chunk's document and span."""

    def __init__(self, rows: list[tuple[str, int, int]]) -> None:
        self.docs = sorted({d for d, _, _ in rows})
        self.doc = np.array([self.docs.index(d) for d, _, _ in rows])
        self.start = np.array([s for _, s, _ in rows])
        self.end = np.array([e for _, _, e in rows])


class Lexical:
    def __init__(self, chunks: dict[str, tuple[str, int, int]]) -> None:
        self.ids = list(chunks)
        self.table = Table(list(chunks.values()))

    def rows(self, ids):
        return [self.ids.index(c) if c in self.ids else -1 for c in ids]


def document(*sentences: str) -> tuple[Sentences, list[tuple[int, int]]]:
    """A document's stored sentences (with their figures, as ingest stores them) and each sentence's span."""
    text, spans = "", []
    for s in sentences:
        spans.append(Span(len(text), len(text) + len(s)))
        text += s + " "
    return Sentences.of(spans, np.zeros((len(spans), 3), dtype=np.float32), text), [(s.start, s.end) for s in spans]


HPO, HPO_SPANS = document("The court heard the case on behalf of up to 1.6 million women.",
                          "Both sides painted the case as consequential.", "A lawyer spoke after the argument.",
                          "Estimates of the class run from 500,000 women.")
FOX, FOX_SPANS = document("The argument delved into class action law.", "The suit covers 1.5 million women.")
DOCS = {"hpo": HPO, "fox": FOX}
CHUNKS = {"h-lead": ("hpo", *HPO_SPANS[0]), "h-sides": ("hpo", *HPO_SPANS[1]), "h-lawyer": ("hpo", *HPO_SPANS[2]),
          "h-estimate": ("hpo", *HPO_SPANS[3]),
          "f-law": ("fox", *FOX_SPANS[0]), "f-women": ("fox", *FOX_SPANS[1])}
QUESTION = "How many women are in the Walmart class action?"


def joins(ordered: list[str], picked: list[str], question: str = QUESTION, loaded=("hpo", "fox"),
          read: list[str] | None = None) -> list[str]:
    def sentences_of(doc_id: str) -> Sentences:
        if read is not None:
            read.append(doc_id)
        return DOCS[doc_id]
    return figure_passage(asked_unit(question), ordered, picked, Lexical(CHUNKS), sentences_of, set(loaded))


def test_the_unit_is_the_noun_how_many_counts_and_a_money_question_has_none():
    assert asked_unit(QUESTION) == "women"
    assert asked_unit("How many stores did the women suing Wal-Mart work in?") == "stor"
    assert asked_unit("How much did the Hunters spend on dental work?") == ""  # every spending passage gives a sum
    assert asked_unit("What did the court decide?") == ""


def test_the_stored_figures_hold_the_unit():  # the fixture stores what ingest stores
    assert HPO.figure_units(*HPO_SPANS[0]) == {"women"} and b'"women"' in figure_bytes(
        "The suit covers 1.5 million women.")


def test_an_outlets_count_left_out_by_diversity_joins_the_picks():
    picks = ["h-sides", "f-law", "h-lawyer"]  # HuffPost's two picks count no women
    assert joins(["h-sides", "f-law", "h-lawyer", "h-lead", "f-women"], picks) == ["h-lead"]


def test_a_picked_passage_does_not_join_again_and_one_counting_nothing_never_joins():
    picks = ["h-lead", "f-law", "f-women"]
    assert joins(["h-lead", "f-law", "f-women", "h-sides"], picks) == []
    assert joins(["h-lead", "f-law", "f-women", "h-sides", "h-estimate"], picks) == ["h-estimate"]  # its own count


def test_the_best_ranked_of_several_counting_passages_joins_only_one():
    assert joins(["h-sides", "f-law", "f-women", "h-lead"], ["h-sides", "f-law"]) == ["f-women"]


def test_a_question_counting_another_unit_or_none_joins_nothing():
    picks = ["h-sides", "f-law"]
    assert joins(["h-sides", "f-law", "h-lead", "f-women"], picks, "How many men are in the class action?") == []
    assert joins(["h-sides", "f-law", "h-lead", "f-women"], picks, "How much will the case cost?") == []


def test_only_documents_already_in_memory_are_read():
    read: list[str] = []
    assert joins(["h-sides", "f-law", "f-women"], ["h-sides", "f-law"], loaded=("hpo",), read=read) == []
    assert "fox" not in read  # no store read for a document the picks did not load


def test_retrieve_adds_the_counting_passage_to_the_k_picks(make_assistant, tmp_path):
    from corpora import write_corpus

    from app.answer.retrieve import retrieve

    filler = " ".join(f"The weather in the valley was mild on day {n} of the festival." for n in range(8))
    docs = {"a.txt": f"Women in the class action against the chain spoke of the class action. {filler} "
                     f"The class action against the chain covers 1.5 million women. {filler}"}
    registry = "stance_groups: []\noutlets:\n  - {name: Alpha}\ndocuments:\n  - {file: a.txt, outlet: Alpha}\n"
    a = make_assistant(write_corpus(tmp_path / "c", docs, registry), relevance_floor=-1.0, relevance_margin=2.0)
    a.ingest([tmp_path / "c"])  # every passage past the floor: the hash fake's similarities are not MiniLM's
    store = a._open()

    def passages(question: str) -> list[str]:
        return [h.chunk.text for h in retrieve(question, a.embedder.embed([question])[0], store=store,
                                                lexical=a._lexical_index(store), config=a.config, k=1)]
    found = passages("How many women are in the class action against the chain?")
    assert len(found) == 2 and "1.5 million women" in found[1] and "1.5 million women" not in found[0]
    assert len(passages("What did the women in the class action against the chain say?")) == 1  # counts nothing


class Chunk:
    def __init__(self, text: str) -> None:
        self.text = text


ARGUED = "For several minutes the parties argued back and forth over the reading."
TEXTS = {"h-lead": "The court heard the case on behalf of up to 1.6 million women.",
         "h-sides": "Both sides painted the case as consequential.", "h-lawyer": "A lawyer spoke after the argument.",
         "f-law": ARGUED, "f-women": "The argument lasted hours."}


def duration_joins(question: str, ordered: list[str], picked: list[str], loaded=("hpo", "fox")) -> list[str]:
    def read(ids: list[str]) -> dict:
        return {c: Chunk(TEXTS[c]) for c in ids if c in TEXTS}
    return duration_passage(question, ordered, picked, Lexical(CHUNKS), set(loaded), read)


def test_a_passage_telling_a_length_of_time_in_words_joins_a_how_long_question():
    question = "How long did the parties argue before the reading?"
    assert duration_joins(question, ["h-sides", "h-lead", "h-lawyer", "f-law"], ["h-sides"]) == ["f-law"]
    assert duration_joins(question, ["h-sides", "f-law", "f-women"], ["h-sides", "f-law"]) == ["f-women"]


def test_no_duration_passage_joins_another_question_or_from_an_article_not_loaded():
    order, picks = ["h-sides", "h-lead", "f-law"], ["h-sides"]
    assert duration_joins("How many women are in the class action?", order, picks) == []
    assert duration_joins("How long is the indictment?", order, picks) == []  # a length, not a span of time
    assert duration_joins("How long did the parties argue?", order, picks, loaded=("hpo",)) == []


SUM_TEXTS = {"h-lead": "The mayor spent thousands of dollars on trips, tuition and even a $600 airline ticket for a dog.",
             "h-sides": "The mayor spent the city's money freely.", "h-lawyer": "Her lawyer said $60,000 was repaid.",
             "f-law": "Airline records show a ticket was bought for the dog.", "f-women": "The dog flew in June."}


def sum_joins(question: str, ordered: list[str], picked: list[str]) -> list[str]:
    def read(ids: list[str]) -> dict:
        return {c: Chunk(SUM_TEXTS[c]) for c in ids if c in SUM_TEXTS}
    return sum_passage(question, ordered, picked, Lexical(CHUNKS), {"hpo", "fox"}, read)


def test_a_sum_beside_the_thing_a_money_question_names_joins_the_picks():
    question = "How much did the mayor spend on an airline ticket for her dog?"
    assert sum_joins(question, ["h-sides", "h-lawyer", "f-law", "h-lead"], ["h-sides"]) == ["h-lead"]


def test_a_sum_of_another_thing_or_a_question_naming_no_thing_joins_nothing():
    order = ["h-sides", "h-lawyer", "f-law", "h-lead"]
    assert sum_joins("How much did the mayor spend on hotel rooms for her aides?", order, ["h-sides"]) == []
    assert sum_joins("How much did the mayor spend?", order, ["h-sides"]) == []  # any sum: no signal
    assert sum_joins("How many tickets did the mayor buy?", order, ["h-sides"]) == []


def test_a_sum_given_to_the_name_a_money_question_asks_about_joins_the_picks():
    SUM_TEXTS["f-women"] = "The club's committees donated a collective $24,500 to Ruiz's campaign, records show."
    try:
        order = ["h-sides", "h-lawyer", "f-law", "f-women"]
        assert sum_joins("How much did hunters donate to Ruiz?", order, ["h-sides"]) == ["f-women"]
        assert sum_joins("How much did hunters donate to Ortega?", order, ["h-sides"]) == []
    finally:
        SUM_TEXTS["f-women"] = "The dog flew in June."


def test_the_year_something_has_gone_on_since_is_no_length_of_a_finished_act():
    assert not tells_length("These programs have been authorised repeatedly since 2006.")
    assert tells_length("The mayor spoke for nearly an hour at the rally.")


def test_a_length_of_time_in_words_is_the_figure_a_how_long_question_asks():
    question = "How long did the parties argue before the reading?"
    assert figure_answers(asked(question), ARGUED)
    assert not figure_answers(asked(question), "After the reading the parties argued again, long into the night.")
    assert not figure_answers(asked("How many parties argued?"), ARGUED)


def test_the_year_something_has_gone_on_since_is_no_length_a_how_long_question_asks():
    question = "How long did the mayor speak at the rally?"
    assert not figure_answers(asked(question), "These programs have been authorised repeatedly since 2006.")
    assert figure_answers(asked(question), "The mayor spoke for nearly an hour at the rally.")
