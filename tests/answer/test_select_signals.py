"""Sentence scoring signals beyond similarity and term coverage: the noun a "what/which <noun>"
question asks for, acronyms spelled out, shares in words and vote tallies, headlines, the source
named by "According to X", and X's quoted words after X's narration (pure: hand-made passages,
equal vectors, a fake coverage)."""

from __future__ import annotations

import numpy as np

from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.scoring import passage_sentences, score_sentences
from app.answer.select import said_first, speaker_match
from app.attribution.links import Link
from app.store.chroma import StoredChunk
from app.text.acronyms import acronyms, initialisms
from app.text.terms import term_set
from tests.answer.test_sides import quote


def ranked(question: str, text: str, coverage=lambda terms, text: 0.0) -> list[str]:
    """The passage's sentences best first, every one as similar to the question as the others."""
    chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "A"})
    sentences = passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1))
    vectors = np.ones((len(sentences), 2), dtype=np.float32) / np.sqrt(2)
    scored = score_sentences(asked(question), sentences, vectors, np.array([1, 0], dtype=np.float32), coverage)
    return [s.sentence.text for s in scored]


def test_the_noun_a_what_question_asks_for_lifts_the_sentence_that_names_it():
    text = ("The commander spoke about the group and its supporters at length on Monday. "
            "He made the remarks at a ceremony held to honour the victims of the attack.")
    assert ranked("At what ceremony did the commander speak about the group?", text)[0].startswith("He made")
    assert asked("What duties are the members tasked with?").element == "duti"
    assert asked("What role did the group play in the protests?").element == ""  # answers rarely say "role"


def test_an_acronym_in_the_question_matches_the_name_spelled_out():
    assert initialisms("The American Civil Liberties Union, in a letter, urged a no vote.") == {"aclu"}
    assert initialisms("the National Association for the Advancement of Colored People") == {"naacp"}
    assert acronyms("What did the ACLU say about the NSA?") == {"aclu", "nsa"}
    assert speaker_match((Link("American Civil Liberties Union", "quotes"),), asked("What did the ACLU say?").speakers)

    def coverage(terms: set[str], text: str) -> float:
        return len(terms & set(text.casefold().replace(",", " ").split())) / len(terms)

    text = ("Critics said the measure was a power grab by one party over the states. "
            "The American Civil Liberties Union, in a letter, urged lawmakers to vote no.")
    assert ranked("What did the ACLU say about the bill?", text, coverage)[0].startswith("The American")


def test_a_share_in_words_and_a_vote_tally_answer_figure_questions():
    text = "The program is secret and was started in the spring by the agency. It accounts for one in seven reports."
    assert ranked("What share of the reports does the program account for?", text)[0].startswith("It accounts")
    text = "The House took up the sweeping election bill on Friday afternoon. It passed 234-193, along party lines."
    assert ranked("What was the House vote on the bill?", text)[0].startswith("It passed")
    assert not asked("What did the House do on the bill?").figure


def test_how_large_or_big_asks_for_a_figure_as_how_many_does():
    assert asked("How large is the class of workers suing the company?").figure
    assert asked("How big was the crowd at the rally?").figure
    assert not asked("Was the crowd at the rally large?").figure  # a yes/no question on size asks no figure


def test_a_headline_scores_below_a_sentence_that_says_the_same():
    text = "Regime officials concerned over opposition group social media\nRegime officials are concerned over the group."
    assert ranked("Are regime officials concerned?", text)[0] == "Regime officials are concerned over the group."


def test_according_to_x_asks_about_x():
    assert asked("According to the Washington Post, what share of reports is it?").speakers == {"washington", "post"}


def test_x_s_quoted_words_right_after_x_s_narration_come_first():
    q = asked("What did Governor Jane Park tell The Denver Post about the lawsuit?")
    text = "Park told The Denver Post she spoke with officials.\n\n“I'm not sure a lawsuit is the most constructive way,” she said."
    cut = text.index("“")
    narration, words = quote(text, "A", "x", 1.2, "Jane Park"), quote(text, "A", "x", 0.5, "Jane Park")
    narration = narration.__class__(narration.hit, 0, text.index("\n"), text[: text.index("\n")], 0, narration.links, 1.2)
    words = words.__class__(narration.hit, cut, len(text), text[cut:], 0, narration.links, 0.5)
    other = quote("Park said the state would defend its law.", "B", "y", 1.0, "Jane Park")
    assert said_first(q, [narration, other, words]) == [words, narration, other]
    elsewhere = words.__class__(narration.hit, cut, len(text), text[cut:], 0, (Link("Someone Else", "quotes"),), 0.5)
    assert said_first(q, [narration, other, elsewhere])[0] is narration


def test_a_report_that_quotes_x_s_own_words_is_no_narration_and_keeps_its_place():
    q = asked("What did Google say about the security of its users' data?")
    text = ("A spokesperson for Google says the company “cares deeply” about the security of users' data. "
            "“We disclose user data to government in accordance with the law,” the spokesperson said.")
    cut = text.index("“We")
    report = quote(text, "A", "x", 1.4, "Google")
    report = report.__class__(report.hit, 0, cut - 1, text[: cut - 1], 0, report.links, 1.4)
    words = report.__class__(report.hit, cut, len(text), text[cut:], 0, report.links, 0.9)
    assert said_first(q, [report, words]) == [report, words]


def test_a_when_question_lifts_the_sentence_that_names_a_date():
    text = ("His remarks came in an interview two days after the judge was quoted at length. "
            "The judge told the paper in an interview published Sunday that she was worried.")
    assert ranked("On what day was the judge's interview published?", text)[0].startswith("The judge told")
    assert ranked("When was the judge's interview published?", text)[0].startswith("The judge told")
    assert asked("On what day was it published?").element == ""  # "two days after" names no day
    assert not asked("What did she say when asked about it?").date
    text = "The rally was held at the state capitol in the spring. The march took place in May 2019, organisers said."
    assert ranked("In what year did the march take place?", text)[0].startswith("The march")



def test_an_irregular_past_covers_its_verb_in_the_question_in_stored_terms():
    def stored_ranked(question: str, text: str) -> list[str]:
        chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "A"})
        sentences = [s._replace(terms=term_set(s.text)) for s in passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1))]
        vectors = np.ones((len(sentences), 2), dtype=np.float32) / np.sqrt(2)
        scored = score_sentences(asked(question), sentences, vectors, np.array([1, 0], dtype=np.float32),
                                 lambda terms, held: len(terms & held) / len(terms))
        return [s.sentence.text for s in scored]

    text = "The campaign hired the consultant in May of last year. The campaign paid the consultant in May of last year."
    assert stored_ranked("Did the campaign pay the consultant?", text)[0].startswith("The campaign paid")
    text = "The firm owned the land near the river for years. The firm sold the land near the river for years."
    assert stored_ranked("Did the firm sell the land?", text)[0].startswith("The firm sold")
    text = "The campaign hired the consultant in May of next year. The campaign will pay the consultant in May of next year."
    assert stored_ranked("Who paid the consultant?", text)[0].startswith("The campaign will pay")
