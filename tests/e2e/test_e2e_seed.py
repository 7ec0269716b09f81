"""End to end on the seed corpus with the real MiniLM embedder."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "question, outlet, phrase",
    [
        ("What did Javad Zarif ask social media sites to do?", "Iran News Update", "remove the accounts of MEK supporters"),
        ("How much did John Bolton receive from the MKO?", "Rasa News Agency", "$40,000"),
        ("What did Brigadier General Gholamreza Jalali say about the MKO in Albania?", "Mehr News Agency", "Albania"),
        ("How many members does the MKO cyber unit have?", "Nejat Society", "1300 members"),
        ("What did Abbasali Mogheisi say about the internet?", "PMOI/MEK website", "A weapon that may destroy Iran is the internet"),
    ],
)
def test_seed_question_cites_the_outlet_that_reports_it(seed_assistant, question, outlet, phrase):
    answer = seed_assistant.ask(question)
    assert not answer.abstained
    assert any(c.outlet == outlet and phrase in c.quote for c in answer.citations), answer.answer
    assert seed_assistant.verify(answer) == []


def test_unanswerable_question_abstains(seed_assistant):
    answer = seed_assistant.ask("What is the recipe for a chocolate cake?")
    assert answer.abstained and not answer.citations


def test_every_quote_verifies_across_many_questions(seed_assistant):
    for question in ["Is the MEK a terrorist organization?", "Who runs fake accounts on Twitter?",
                     "What happened at Camp Ashraf?", "What did Channel 4 do?", "Who is Maryam Rajavi?"]:
        answer = seed_assistant.ask(question)
        assert not answer.abstained and answer.citations, question  # every one of these is in the seed articles
        assert seed_assistant.verify(answer) == [], question


def test_reingesting_the_seed_corpus_reports_no_changes(seed_assistant):
    report = seed_assistant.ingest([seed_assistant.config.corpus_dir])
    assert report.summary() == "0 new, 0 changed, 5 unchanged"


def test_a_quotation_closing_in_the_quoted_sentence_is_not_shown_doubled(seed_assistant):
    """The NCRI statement runs over two paragraphs: its closing '”' ends the FireEye sentence.
    The quote stops before it, so the answer line does not read 'loom.””'."""
    answer = seed_assistant.ask("What did FireEye announce about Iranian hackers?")
    first = answer.citations[0]
    assert first.quote.endswith("oil sanctions loom."), first.quote
    assert "\u201d\u201d" not in answer.answer and "\u201c\u201c" not in answer.answer, answer.answer
    assert seed_assistant.verify(answer) == []
