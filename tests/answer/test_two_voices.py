"""A dispute over a figure that one sentence reports, each side in its own clause ("The city says 120; the union says
at least 300"): the sentence is the answer, contested, and the line under the introduction names each figure with
its source and outlet. Invented sentences."""

from app.answer.about import FIGURES, about_lines
from app.answer.asked import asked
from app.answer.sides import Picked
from app.answer.two_voices import clauses, figure_voices, source_of, voiced_dispute
from tests.answer.test_sides import quote


def voices(question: str, sentence: str) -> list[tuple[str, str]] | None:
    found = figure_voices(asked(question), question, sentence)
    return [(v.source, v.figure.text) for v in found] if found else None


def test_two_sources_two_counts_after_a_semicolon():
    assert voices("How many jobs will the mill cut?",
                  "The company says 120 jobs will go; the union says at least 300 jobs will be lost.") == [
        ("The company", "120"), ("the union", "300")]


def test_the_second_clause_may_leave_the_counted_noun_out():
    assert voices("How many nurses will lose their posts?",
                  "The board says about 90 nurses are affected; the guild says fewer than 30 will keep a post.") == [
        ("The board", "90"), ("the guild", "30")]


def test_two_according_to_sources_in_one_clause_list():
    assert voices("How many people marched in Velden?",
                  "Turnout was disputed: 4,000 people according to police, about 15,000 according to the organisers."
                  ) == [("police", "4,000"), ("the organisers", "15,000")]


def test_a_while_clause_sets_two_sums_side_by_side():
    assert voices("How much will the new stadium cost?",
                  "The city put the cost at $200 million, while the builders' union says it will be $650 million.") == [
        ("The city", "$200 million"), ("the builders' union", "$650 million")]


def test_one_source_in_both_clauses_is_no_dispute():
    assert voices("How many jobs will the mill cut?",
                  "The company says 120 jobs will go; the company says 300 more may follow.") is None


def test_the_same_figure_twice_is_agreement():
    assert voices("How many people marched?", "Police said 5,000 people marched; organisers said 5,000 too.") is None


def test_a_clause_without_a_source_is_no_dispute():
    assert voices("How many fish died?", "About 2,000 fish died; the river was closed for a week.") is None


def test_figures_of_another_count_than_the_one_asked_are_no_dispute():
    assert voices("How many people marched in Velden?",
                  "Police say 3 officers were hurt; organisers say 12 protesters were.") is None


def test_a_question_that_asks_no_figure_is_not_read():
    assert voices("Why did the mill close?",
                  "The company says 120 jobs will go; the union says at least 300 jobs will be lost.") is None


def test_the_clauses_and_their_sources():
    assert clauses("A says 1; B says 2.") == ("A says 1", "B says 2.")
    assert clauses("A said 1.") is None
    assert source_of("according to the Transit Riders Union") == "the Transit Riders Union"
    assert source_of("the guild says fewer than 30 will keep a post.") == "the guild"


def test_the_line_names_each_clauses_figure_with_its_source_and_the_outlet():
    q = quote("The company says 120 jobs will go; the union says at least 300 jobs will be lost.", "Velden Daily",
              "center", 1.0)
    line = about_lines("How many jobs will the mill cut?", Picked([q], True, "voices", (0,), ()))[0]
    assert line.endswith(f"{FIGURES} \u201c120\u201d (The company, in Velden Daily) and \u201c300\u201d (the union, in "
                         "Velden Daily).")


def test_a_close_quote_that_holds_both_sides_is_the_contested_answer():
    best = quote("The mill has run since 1921.", "Velden Daily", "center", 1.0)
    both = quote("The company says 120 jobs will go; the union says at least 300 jobs will be lost.", "Velden Daily",
                 "center", 0.95)
    q = "How many jobs will the mill cut?"
    picked = voiced_dispute(asked(q), q, Picked([best, both], False), [best, both])
    assert picked.contested and picked.about == "voices" and picked.quotes == [both]


def test_a_count_of_another_thing_the_question_names_does_not_answer_an_amount():
    assert voices("How big a raise did the board offer the drivers?",
                  "The board said 140 drivers reported for work; the union said fewer than 30 did.") is None
    assert voices("How many drivers went on strike?",
                  "The board said 140 buses ran; the union said fewer than 30 did.") is None


def test_each_source_may_name_the_count_asked_in_its_own_words():
    assert voices("How many hospital workers will lose their jobs?",
                  "The hospital says 22 positions are affected; the Guild says at least 45 nurses and aides will be "
                  "displaced.") == [("The hospital", "22"), ("the Guild", "45")]


def test_a_clause_counting_the_questions_noun_keeps_the_other_to_it():
    assert voices("How many hospital workers will lose their jobs?",
                  "The hospital says 22 workers will lose their jobs; the Guild says 45 beds will close.") is None


def test_renamed_counts_are_counts_of_things_not_sums_or_shares():
    assert voices("How many hospital workers will lose their jobs?",
                  "The hospital says 22 positions are affected; the Guild says $45 million in wages will be lost.") \
        is None
    assert voices("How many hospital workers will lose their jobs?",
                  "The hospital says 22 positions are affected; the Guild says 45 percent of staff will go.") is None


def test_a_sentence_holding_both_sides_may_rank_below_the_close_quotes():
    best = quote("The mill has run since 1921.", "Velden Daily", "center", 1.0)
    other = quote("The mill employs 900 people.", "Velden Daily", "center", 0.95)
    both = quote("The company says 120 jobs will go; the union says at least 300 jobs will be lost.", "Velden Daily",
                 "center", 0.8)
    q = "How many jobs will the mill cut?"
    picked = voiced_dispute(asked(q), q, Picked([best, other], False), [best, other, both])
    assert picked.contested and picked.quotes == [both]
    wide = quote(both.text, "Velden Daily", "center", 0.65)  # a precise rule's pool (WIDE_POOL), not CONTEST_POOL
    assert voiced_dispute(asked(q), q, Picked([best, other], False), [best, other, wide]).contested
    far = quote(both.text, "Velden Daily", "center", 0.55)
    assert not voiced_dispute(asked(q), q, Picked([best, other], False), [best, other, far]).contested


def test_two_sentences_each_with_its_source_set_two_figures_against_each_other():
    assert voices("How big was the Orsel refinery leak?",
                  "Orsel puts the leak at 800 barrels. State inspectors say it was at least 2,600.") == [
        ("Orsel", "800"), ("State inspectors", "2,600")]


def test_two_sentences_of_one_source_are_no_dispute():
    assert voices("How big was the Orsel refinery leak?",
                  "Orsel puts the leak at 800 barrels. Orsel says 2,600 more were stored nearby.") is None


def test_a_second_sentence_without_a_source_is_no_dispute():
    assert voices("How big was the Orsel refinery leak?",
                  "Orsel puts the leak at 800 barrels. The tank held 2,600 barrels.") is None


def test_a_count_of_workers_answers_how_many_people():
    assert voices("How many people will the exemption for night work protect?",
                  "The ministry says it covers about 90,000 workers; the union says fewer than 20,000 will qualify."
                  ) == [("The ministry", "90,000"), ("the union", "20,000")]


def test_a_count_of_things_does_not_answer_how_many_people():
    assert voices("How many people will the exemption for night work protect?",
                  "The ministry says it covers about 90,000 jobs; the union says fewer than 20,000 will qualify."
                  ) is None


def test_a_figure_set_against_another_sources_claimed_figure_is_two_voices():
    assert voices("How much employment will the new Orsel arena bring?",
                  "The council's budget office estimated that the arena would create about 700 permanent jobs, far "
                  "fewer than the 3,000 the mayor has promised.") == [
        ("The council's budget office", "700"), ("the mayor", "3,000")]


def test_a_comparison_with_a_claim_that_gives_no_figure_is_no_dispute():
    assert voices("How big was the Orsel refinery leak?",
                  "State inspectors estimate that 2,600 barrels leaked, more than three times the company's figure."
                  ) is None
