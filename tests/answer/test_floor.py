"""The retrieval floor's second way in: a close passage that repeats a rare phrase of the question."""

from app.answer.floor import repeats_question
from app.answer.phrases import content_runs
from app.answer.retrieve import Hit
from app.store.chroma import StoredChunk

RARE = {"arraign", "extradit", "salami"}  # the fake corpus's rare terms; every other term is common


def idf(term: str) -> float:
    return 6.0 if term in RARE else 2.0


def hit(text: str, dense: float = 0.45) -> Hit:
    return Hit(StoredChunk("c1", "d1", 0, len(text), text, {"outlet": "Daily Planet"}), dense, 0.0, 0.2, 0.0, 0.0)


def test_a_run_of_shared_words_counts_only_its_lower_case_content_words():
    runs = content_runs("When is Mayor Ruth Tandy due to be extradited to Ohio?",
                        "Ruth Tandy is due to be extradited on Monday.")
    assert ["due", "extradited"] in runs
    assert all("ruth" not in run for run in runs)


def test_a_passage_repeating_a_rare_phrase_of_the_question_passes_the_floor():
    question = "When are the two brothers due to be arraigned, and what sentence could they face?"
    assert repeats_question(question, [hit("The brothers are due to be arraigned in Topeka on Friday.")], idf)


def test_a_run_of_common_words_does_not():
    question = "Who won Kansas in the 2016 presidential election?"
    assert not repeats_question(question, [hit("The senator stayed out of the presidential election this year.")],
                                idf)


def test_a_shared_name_is_no_phrase():
    question = "Which school did Ruth Tandy graduate from?"
    assert not repeats_question(question, [hit("Mayor Ruth Tandy spoke to reporters about the salami factory.")], idf)


def test_one_rare_word_alone_is_no_phrase():
    question = "Where will the salami be sold?"
    assert not repeats_question(question, [hit("The factory made salami for forty years, the owner said.")], idf)


def test_a_passage_far_from_the_question_does_not():
    question = "When are the two brothers due to be arraigned?"
    assert not repeats_question(question, [hit("They are due to be arraigned.", dense=0.2)], idf)
