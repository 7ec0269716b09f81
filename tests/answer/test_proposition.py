"""The sources disagree on a question only over the proposition it asks (after a said-question's verb of saying; a
hypothetical's consequent, not its condition), and a contested answer's further quotes bear on that proposition."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.proposition import bearing_quotes, flag_on_proposition, narrowed, proposition
from app.answer.sides import Picked
from tests.answer.test_sides import quote

MAYOR_COUNCIL = quote("Mayor Ann Reyes called the new council majority “a rubber stamp for the developers.”",
                      "Daily Star", "left", 1.0, "Ann Reyes")
MAYOR_TAX = quote("Mayor Ann Reyes said the harbor plan would raise property taxes for every family in town.",
                  "Evening Post", "right", 0.9, "Ann Reyes")
TAX_DENIED = quote("Council members called that a distortion.", "Evening Post", "right", 0.85)
THEORY = quote("The unions' theory is that a single citywide rule left the depot chiefs too much discretion.",
               "Daily Star", "left", 1.0)
THEORY_DENIED = quote("The city calls that evidence unrepresentative and unreliable.", "Daily Star", "left", 0.9,
                      "the city")
EVERY_DEPOT = quote("If that were the rule, every depot in the state would be breaking the labor code, the judge said.",
                    "Evening Post", "right", 0.8)


def contested(*quotes, pair=(0, 1), sides=None):
    return Picked(list(quotes), True, "rebuttal", sides or tuple(min(i, 2) for i in range(len(quotes))), pair)


def test_a_said_question_asks_what_follows_its_verb_of_saying():
    assert proposition("How did Ann Reyes describe the new council majority?") == frozenset({"new", "council",
                                                                                             "major"})
    assert narrowed("What did the mayor say the farmers shouted at the rally?").strip().startswith("the farmers")
    assert narrowed("What did the mayor say about the dam in her Monday speech?") == ""  # a topic: all she said on it
    assert proposition("What did Ann Reyes say about Harbor Plan B?", narrow_only=True) == frozenset()  # names only


def test_a_hypothetical_question_grants_its_condition():
    assert proposition("Would every depot be breaking the labor code under the unions' theory?") == frozenset(
        {"everi", "depot", "break", "labor", "code"})
    assert "rains" not in narrowed("Could the bridge stay open if it rains all week?")
    assert narrowed("Did the council pass the harbor plan under pressure?") == ""  # told, not supposed: no modal
    assert narrowed("Would the council pass the harbor plan?") == ""  # no condition: nothing narrower


def test_a_rebuttal_of_another_claim_of_the_speaker_does_not_dispute_what_was_asked():
    q = "How did Ann Reyes describe the new council majority?"
    got = flag_on_proposition(q, contested(MAYOR_COUNCIL, MAYOR_TAX, TAX_DENIED, pair=(1, 2), sides=(0, 0, 1)))
    assert not got.contested and got.quotes == [MAYOR_COUNCIL] and got.pair == () and got.about == ""


def test_a_rebuttal_of_the_very_statement_asked_stays_disputed():
    q = "What did Ann Reyes say the harbor plan would do to property taxes?"
    picked = contested(MAYOR_TAX, TAX_DENIED)
    assert flag_on_proposition(q, picked) == picked


def test_a_condition_stated_and_rejected_does_not_answer_the_hypothetical():
    q = "Would every depot be breaking the labor code under the unions' theory?"
    got = flag_on_proposition(q, contested(THEORY, THEORY_DENIED))
    assert not got.contested and got.quotes == [THEORY]


def test_a_pair_on_the_consequent_keeps_the_hypothetical_disputed():
    q = "Would every depot be breaking the labor code under the unions' theory?"
    picked = contested(EVERY_DEPOT, THEORY_DENIED)
    assert flag_on_proposition(q, picked) == picked


def test_a_plain_question_is_not_narrowed():
    q = "Is the unions' evidence reliable?"
    picked = contested(THEORY, THEORY_DENIED)
    assert flag_on_proposition(q, picked) == picked


def test_a_filler_quote_on_nothing_asked_leaves_a_contested_answer():
    q = "Would the harbor plan raise property taxes?"
    filler = quote("Dredging of the channel began in 1990.", "Morning Ledger", "centre", 0.8)
    got = bearing_quotes(asked(q), q, contested(MAYOR_TAX, TAX_DENIED, filler))
    assert got.contested and got.quotes == [MAYOR_TAX, TAX_DENIED] and got.sides == (0, 1) and got.pair == (0, 1)


def test_a_third_side_on_the_point_stays():
    q = "Would the harbor plan raise property taxes?"
    third = quote("Assessors expect property taxes to rise by about 2 percent.", "Morning Ledger", "centre", 0.8)
    picked = contested(MAYOR_TAX, TAX_DENIED, third)
    assert bearing_quotes(asked(q), q, picked) == picked


def test_the_pair_and_the_best_quote_stay_whatever_their_words():
    q = "Would the harbor plan raise property taxes?"
    best = quote("Reyes spoke for an hour.", "Daily Star", "left", 1.0)  # the best quote opens whatever it says
    filler = quote("Dredging of the channel began in 1990.", "Morning Ledger", "centre", 0.8)
    got = bearing_quotes(asked(q), q, contested(best, MAYOR_TAX, TAX_DENIED, filler, pair=(1, 2), sides=(0, 0, 1, 2)))
    assert got.quotes == [best, MAYOR_TAX, TAX_DENIED] and got.pair == (1, 2) and got.sides == (0, 0, 1)


def test_sides_told_by_a_figure_are_kept_whole():
    q = "How many families would the harbor plan tax?"
    a = quote("The plan taxes 4,000 families.", "Daily Star", "left", 1.0)
    b = quote("The plan taxes 3,000 families.", "Evening Post", "right", 0.9)
    c = quote("Some 3,500 homes face the levy.", "Morning Ledger", "centre", 0.8)
    picked = Picked([a, b, c], True, "figures", (0, 1, 2), (0, 1))
    assert bearing_quotes(asked(q), q, picked) == picked


def test_the_asked_speakers_own_words_bear_on_a_said_question():
    q = "What did Ann Reyes say the harbor plan would do to property taxes?"
    own = quote("“We will fight for every family,” Mayor Ann Reyes said.", "Morning Ledger", "centre", 0.8,
                "Ann Reyes")
    other = quote("Dredging of the channel began in 1990, a port official said.", "Morning Ledger", "centre", 0.8,
                  "Tom Lee")
    got = bearing_quotes(asked(q), q, contested(MAYOR_TAX, TAX_DENIED, own, other))
    assert got.quotes == [MAYOR_TAX, TAX_DENIED, own]
