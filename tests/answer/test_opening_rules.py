"""Which close quote opens a plain answer (app/answer/opening.py): a sentence whose first words point back
("That campaign", "Her") is credited with the question's terms the sentence before it names
(app/answer/anaphora.py); a figure question that names no act opens with the quote giving the figure; what an
unnamed source said opens with a quote that quotes words."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.answer.acts import question_acts
from app.answer.anaphora import ANAPHOR, antecedents
from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.scoring import passage_sentences, score_sentences
from app.answer.select import rank_quotes
from app.answer.sides import pick
from app.store.chroma import StoredChunk
from app.text.terms import term_set
from tests.answer.test_acts import quote

LEAD = "The Republican Jewish Coalition has launched a $5 million TV advertising blitz aimed at voters."
PLACES = "That campaign started Wednesday and runs in cable markets in Florida, Nevada, Ohio and Pennsylvania."


def scored(question: str, text: str):
    chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "A"})
    sentences = passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1))
    vectors = np.ones((len(sentences), 2), dtype=np.float32) / np.sqrt(2)
    return score_sentences(asked(question), sentences, vectors, np.array([1, 0], dtype=np.float32),
                           lambda terms, held: len(terms & (held if isinstance(held, frozenset) else term_set(held)))
                           / len(terms))


def test_an_anaphor_opens_the_sentence():
    for text in ("That campaign started Wednesday.", "Her standard rate was $225,000.", "“They did,” he said.",
                 "It runs through Nov. 5.", "These markets house large communities."):
        assert ANAPHOR.match(text), text
    for text in ("That's the point.", "Theodore Olson argued the case.", "The campaign started Wednesday.",
                 "Heather Mac Donald wrote it.", "Itself a story."):
        assert not ANAPHOR.match(text), text


def test_the_sentence_before_an_anaphor_in_its_paragraph_lends_its_terms():
    text = f"{LEAD} {PLACES}\n\nThey said more.\n\nIt was late. The ads run in Ohio."
    chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "A"})
    found = antecedents(passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1)))
    assert found[0] is None and found[1] == term_set(LEAD)  # "That campaign" stands for the blitz
    assert found[2] is None  # "They" opens a paragraph: what it stands for is not read across paragraphs
    assert found[3] is None and found[4] is None  # "It" opens its paragraph; "The ads" is no anaphor


def test_the_antecedent_lifts_the_opening_not_the_score():
    q = "In which states will the Republican Jewish Coalition ads run?"
    by_text = {s.sentence.text: s for s in scored(q, f"{LEAD} {PLACES}")}
    alone = {s.sentence.text: s for s in scored(q, PLACES)}
    assert by_text[PLACES].score == alone[PLACES].score  # abstention and disagreement read the score: unchanged
    assert by_text[PLACES].lift > 0.1 and by_text[LEAD].lift == 0.0 and alone[PLACES].lift == 0.0


def test_a_where_answer_whose_subject_points_back_opens_the_answer():
    q = "In which states will the Republican Jewish Coalition ads run?"
    lead = quote(LEAD.replace("aimed at voters", "aimed at voters in swing states"), "Fox", 1.06)
    places = quote(PLACES, "Fox", 0.56)
    assert pick(asked(q), q, [lead, places], np.eye(2, dtype=np.float32)).quotes[0] is lead  # too far below
    lifted = replace(quote(PLACES, "Fox", 0.56), lift=0.23)  # the blitz named before it: within ACT_MARGIN of the lead
    assert pick(asked(q), q, [lead, lifted], np.eye(2, dtype=np.float32)).quotes[0] is lifted


def test_a_figure_question_with_no_act_opens_with_the_close_quote_giving_the_figure():
    q = "What was the House vote on H.R. 1 in 2019?"
    assert asked(q).acts == () and asked(q).figure
    topic = quote("Republicans have spent more time trying to define the bill, called H.R. 1, than to fight it.",
                  "Times", 0.58)
    tally = quote("The House approved the plan 234-193.", "Fox", 0.54)
    assert pick(asked(q), q, [topic, tally], np.eye(2, dtype=np.float32)).quotes[0] is tally
    far = quote("The House approved the plan 234-193.", "Fox", 0.20)
    assert pick(asked(q), q, [topic, far], np.eye(2, dtype=np.float32)).quotes[0] is topic


def test_a_sentence_two_passages_hold_is_quoted_from_the_one_that_holds_its_antecedent():
    q = "In which states will the Republican Jewish Coalition ads run?"
    text = f"{LEAD} {PLACES} The ad was made by a firm."
    cut = text.index("That campaign")
    later = StoredChunk(id="b", doc_id="d", start=cut, end=len(text), text=text[cut:], meta={"outlet": "A"})
    first = StoredChunk(id="a", doc_id="d", start=0, end=text.index(" The ad was"), text=text[:text.index(" The ad was")],
                        meta={"outlet": "A"})
    hits = [Hit(c, 0.5, 0.0, 0.5, 0.1, 0.1) for c in (later, first)]  # the passage without the antecedent first

    def embed(texts):  # the lead less similar to the question: it makes its own quote, not one with the next
        return np.array([[0.2, 0.98] if t == LEAD else [1.0, 0.0] for t in texts], dtype=np.float32)
    quotes = rank_quotes(asked(q), hits, np.array([1, 0], dtype=np.float32), embed,
                         lambda terms, held: len(terms & (held if isinstance(held, frozenset) else term_set(held))) / len(terms))
    places = next(x for x in quotes if x.text.startswith("That campaign"))
    assert places.lift > 0.1


def test_what_an_unnamed_source_said_opens_with_the_close_quote_that_quotes_words():
    q = "What does the announcer say at the end of the ad?"
    about = quote("The ad features the prime minister laying out his security concerns about the program.", "Post", 0.80)
    words = quote("A voice-over at the end of the ad underscores his message: “The world needs strength, not apologies.”",
                  "Fox", 0.69)
    assert pick(asked(q), q, [about, words], np.eye(2, dtype=np.float32)).quotes[0] is words
    far = quote(words.text, "Fox", 0.40)
    assert pick(asked(q), q, [about, far], np.eye(2, dtype=np.float32)).quotes[0] is about
    plain = "What is shown at the end of the ad?"  # no one asked to have said anything
    assert pick(asked(plain), plain, [about, words], np.eye(2, dtype=np.float32)).quotes[0] is about


def test_a_role_written_before_a_name_is_part_of_the_subject_not_the_act():
    assert question_acts("What did Dallas Tea Party founder Phillip Dennis accuse the NAACP of?") == ("accuse",)
    assert question_acts("Did NAACP president Ben Jealous dispute the claims?") == ("dispute",)
    assert question_acts("Did the White House offer Joe Sestak the job?") == ("offer",)  # a verb before a name stays one


def test_a_sentence_opening_with_a_surname_borrows_the_terms_of_the_full_name_before_it():
    text = ("Dallas Tea Party founder Phillip Dennis said there was no proof.\n\n“We don't care,” he said. "
            "Dennis accused the NAACP of playing the race card. Smith did not reply.")
    chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "A"})
    sentences = passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1))
    found = antecedents(sentences)
    accused = next(i for i, s in enumerate(sentences) if s.text.startswith("Dennis"))
    assert found[accused] == term_set(sentences[0].text)  # across the paragraph, within the passage
    assert found[-1] is None  # "Smith": no full name before it
    assert found[0] is None  # "Dallas Tea Party …" names no one given in full before it
