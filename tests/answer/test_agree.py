"""Two quotes that look opposed but agree on what was asked (issue 14 point 1, app/answer/agree.py):
figures of another quantity, a day of another event, a rebuttal aimed at the rebutter's own side, a
negation of the positive of a negative claim, a bound ("not more than"), two denials, a negative question. Each test also
keeps the real disagreement the rule must not lose."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from app.attribution import verdicts
from tests.answer.test_sides import quote, vectors

CLOSE = vectors((1, 0.1), (1, 0.2))  # the same claim by similarity


def test_figures_that_do_not_count_what_is_asked_are_no_disagreement():
    a = quote("Clinton released eight years of tax returns, showing the Clintons earned $139 million in income.",
              "A", "x", 1.0)
    b = quote("Hillary and Bill Clinton earned roughly $141 million in income, according to tax returns released Friday.",
              "B", "y", 0.95)
    q = "How many years of tax returns did Hillary Clinton release?"
    assert not pick(asked(q), q, [a, b], CLOSE).contested
    money = "How much income did the Clintons earn?"
    assert pick(asked(money), money, [a, b], CLOSE).about == "figures"


def test_a_figure_for_one_end_of_the_span_asked_counts_another_span():
    a = quote("Mr. Smith earned nearly $20 million between 2011 and 2014 for consulting.", "A", "x", 1.0)
    b = quote("The couple had earned approximately $30 million from book sales and consulting in 2014.", "B", "y", 0.95)
    q = "How much did Mr. Smith earn for consulting between 2011 and 2014?"
    assert not pick(asked(q), q, [a, b], CLOSE).contested  # 2014 alone is another span than 2011 to 2014
    same_span = quote("From 2011 to 2014 the couple earned about $30 million from consulting.", "B", "y", 0.95)
    assert pick(asked(q), q, [a, same_span], CLOSE).about == "figures"  # the span asked, two sums: still contested
    one_year = "How much did Mr. Smith earn for consulting in 2014?"  # one year asked: a quote naming it counts it
    assert pick(asked(one_year), one_year, [a, b], CLOSE).about == "figures"


def test_counts_of_things_are_no_disagreement_on_a_sum_of_money_asked():
    a = quote("In a 52-page complaint, the mayor and his aide are charged with taking $90,000 in city funds.",
              "A", "x", 1.0)
    b = quote("“The scheme was to enrich themselves with city money,” the 51-page complaint says.", "B", "y", 0.95)
    q = "How much had the mayor paid back to the city before the complaint?"
    assert not pick(asked(q), q, [a, b], CLOSE).contested  # pages, not the sum repaid
    pages = "How many pages long is the complaint against the mayor?"
    assert pick(asked(pages), pages, [a, b], CLOSE).about == "figures"  # the count asked: still contested
    paid = quote("The mayor repaid the city about $40,000.", "A", "x", 1.0)
    other = quote("He paid back $75,000 to the city, his lawyer said.", "B", "y", 0.95)
    assert pick(asked(q), q, [paid, other], CLOSE).about == "figures"  # two sums of the money asked


def test_the_day_of_a_prospect_is_not_the_day_of_the_event_asked():
    done = quote("In a tweet on Friday night, the mayor said he put the bridge decision on hold.", "A", "x", 1.0)
    later = quote("“The bridge decision will be announced next week,” he posted Sunday evening.", "B", "y", 0.95)
    q = "On what day did the mayor announce that the bridge decision was on hold?"
    assert not pick(asked(q), q, [done, later], CLOSE).contested
    other = quote("The mayor announced on Sunday that the bridge decision was on hold.", "B", "y", 0.95)
    assert pick(asked(q), q, [done, other], CLOSE).about == "days"


def test_a_rebuttal_does_not_dispute_a_quote_that_tells_the_rebutters_own_stand():
    merit = quote("The attorney general, John Smith, said the challenge was “without merit.”", "A", "x", 1.0, "John Smith")
    stand = quote("But Attorney General John Smith isn't backing down over the challenge.", "B", "y", 0.95)
    q = "Is the challenge to the state's law justified?"
    assert not pick(asked(q), q, [merit, stand], CLOSE).contested
    claim = quote("The challenge to the law is justified, the neighbouring states say.", "B", "y", 0.95)
    assert pick(asked(q), q, [merit, claim], CLOSE).contested


def test_negating_the_positive_of_a_negative_claim_affirms_it():
    unpaid = quote("He was offered an uncompensated advisory position on a board.", "A", "x", 1.0)
    not_paid = quote("The White House did not offer him a full-time paid position on the board.", "B", "y", 0.95)
    q = "Was the position offered to him an unpaid one?"
    assert not pick(asked(q), q, [unpaid, not_paid], CLOSE).contested
    paid = quote("He was offered a paid position on the board.", "A", "x", 1.0)  # the other asserts the positive
    assert pick(asked(q), q, [paid, not_paid], CLOSE).contested


def test_a_bound_on_a_quantity_is_no_denial():
    offered = quote("He was offered an advisory position for one year in exchange for leaving the race.", "A", "x", 1.0)
    statute = quote("Critics cite a law under which offering a position for leaving a race is punished by "
                    "prison for not more than one year.", "B", "y", 0.95)
    q = "Was he offered a position for one year?"
    assert not pick(asked(q), q, [offered, statute], CLOSE).contested
    denied = quote("He was not offered a position for one year, the report says.", "B", "y", 0.95)
    assert pick(asked(q), q, [offered, denied], CLOSE).contested


def test_two_denials_of_the_same_claim_agree():
    a = quote("Batting down allegations that officials dangled the Navy position in front of him, the report said "
              "he was offered board seats.", "A", "x", 1.0)
    b = quote("The source insisted that officials never offered him the position of secretary of the Navy.",
              "B", "y", 0.95)
    q = "Was he offered the Navy position?"
    assert not pick(asked(q), q, [a, b], CLOSE).contested
    yes = quote("Officials offered him the Navy position, the report said.", "A", "x", 1.0)
    assert pick(asked(q), q, [yes, b], CLOSE).contested


def test_a_negation_aimed_at_something_after_it_does_not_deny_the_question_term_before_it():
    a = quote("He first mentioned publicly that he had been offered a job but provided no details.", "A", "x", 1.0)
    b = quote("He alluded to a job offer early in his run, the report says.", "B", "y", 0.95)
    q = "Was he offered a job?"
    assert not pick(asked(q), q, [b, a], CLOSE).contested
    denied = quote("He was never offered a job, the report says.", "A", "x", 1.0)
    assert pick(asked(q), q, [b, denied], CLOSE).contested


def test_whether_someone_said_something_is_not_disputed_by_a_negation_of_what_was_said():
    said = quote("Mayor Smith said the bridge will open in May.", "A", "x", 1.0)
    no = quote("The bridge will not open in May, engineers say.", "B", "y", 0.95)
    q = "Did Mayor Smith say the bridge will open in May?"
    assert not pick(asked(q), q, [said, no], CLOSE).contested
    will = "Will the bridge open in May?"  # the claim itself is asked: the engineers deny it
    assert pick(asked(will), will, [said, no], CLOSE).contested


def test_a_figure_for_another_year_than_the_question_names_is_another_quantity():
    a = quote("She was paid $9.7 million for speeches in 2013, the returns show.", "A", "x", 1.0)
    b = quote("The couple earned about $30 million from speeches in 2014 and 2015.", "B", "y", 0.95)
    q = "How much did she earn from speeches in 2013?"
    assert not pick(asked(q), q, [a, b], CLOSE).contested
    same_year = quote("She earned $15 million from speeches in 2013, a filing shows.", "B", "y", 0.95)
    assert pick(asked(q), q, [a, same_year], CLOSE).about == "figures"


def test_a_rebuttal_cue_whose_agent_is_the_one_asked_about_reports_his_act():
    blamed = quote("Hunter had blamed his wife for many of the improper charges.", "A", "x", 1.0)
    accused = quote("Prosecutors said Hunter and his wife “mischaracterized” the purchases to hide the spending.",
                    "B", "y", 0.95)
    q = "Did Duncan Hunter blame his wife for the improper spending?"
    assert not pick(asked(q), q, [blamed, accused], CLOSE).contested
    rebuts = quote("Prosecutors said the report that Hunter blamed his wife “mischaracterized” the charges.",
                   "B", "y", 0.95)
    assert pick(asked(q), q, [blamed, rebuts], CLOSE).contested


def test_a_question_that_names_a_verdict_is_not_disputed_by_another_pair_of_verdicts():
    legal = quote("The states asked the court to declare the law legalizing the drug unconstitutional.", "A", "x", 1.0)
    illegal = quote("The states argue the law is unconstitutional because the drug remains illegal.", "B", "y", 0.95)
    q = "Is the state's drug law unconstitutional, according to the two states?"
    assert not pick(asked(q), q, [legal, illegal], CLOSE).contested
    unnamed = "Is the drug law justified?"  # names no verdict: the quotes' legal / illegal still bear on it
    assert pick(asked(unnamed), unnamed, [legal, illegal], CLOSE).contested


def test_a_negated_rebuttal_cue_disputes_only_a_quote_that_makes_the_charge():
    goodlatte = quote("“It is important that we send a message that the constitution is an important document,” he said.",
                      "A", "x", 1.0, "Bob Goodlatte")
    israel = quote("“I don't think the Constitution is propaganda. It is an important document,” said Steve Israel.",
                   "B", "y", 0.95, "Steve Israel")
    q = "What did Bob Goodlatte say about the reading of the constitution?"
    assert not pick(asked(q), q, [goodlatte, israel], CLOSE).contested
    charge = quote("“Reading the constitution is propaganda and an important document to nobody,” he said.",
                   "A", "x", 1.0, "Bob Goodlatte")
    assert pick(asked(q), q, [charge, israel], CLOSE).contested


def test_a_why_question_naming_no_verdict_is_not_disputed_by_opposite_verdict_words():
    legal = quote("The suit asks the court to strike down the measure that legalized the drug in the state.", "A", "x", 1.0)
    illegal = quote("“The illegal products are trafficked across state lines,” the attorney general said.", "B", "y", 0.95)
    q = "Why did the two states sue the state over the drug?"
    assert not pick(asked(q), q, [legal, illegal], CLOSE).contested
    yes_no = "Is the drug legal in the state?"
    assert pick(asked(yes_no), yes_no, [legal, illegal], CLOSE).contested


def test_a_rebuttal_that_restates_the_asked_claim_rejects_another_claim():
    unpaid = quote("The mayor used a former governor to see if the councillor would drop out of the race if given a "
                   "prominent, but unpaid, advisory position, the City Hall said on Friday.", "A", "x", 1.0)
    batting = quote("Batting down allegations that the City Hall dangled the post of harbour master in front of the "
                    "councillor, the report said that the councillor was offered positions on advisory boards that "
                    "were unpaid.", "B", "y", 0.95)
    q = "Was the position offered to the councillor an unpaid one?"
    assert not pick(asked(q), q, [unpaid, batting], CLOSE).contested
    dangled = quote("The City Hall dangled the post of harbour master in front of the councillor, an unpaid "
                    "position, the mayor said.", "A", "x", 1.0)  # the target states the rejected claim
    assert pick(asked(q), q, [dangled, batting], CLOSE).contested


def test_a_denial_of_a_qualifier_of_the_asked_noun_does_not_deny_the_noun():
    advisory = quote("The councillor was offered a prominent but uncompensated, advisory position on a board.", "A", "x", 1.0)
    not_paid = quote("The City Hall did not offer the councillor a full-time salaried position because it wanted him "
                     "to stay, so it considered advisory board options.", "B", "y", 0.95)
    q = "Was the councillor offered a position on an advisory board?"
    assert not pick(asked(q), q, [advisory, not_paid], CLOSE).contested
    not_any = quote("The City Hall did not offer the councillor a position because it wanted him to stay.", "B", "y", 0.95)
    assert pick(asked(q), q, [advisory, not_any], CLOSE).contested  # no qualifier: the denial stands
    salaried = quote("The councillor was offered a full-time salaried position on a board.", "A", "x", 1.0)
    assert pick(asked(q), q, [salaried, not_paid], CLOSE).contested  # the other quote states the qualifier
    both = quote("The City Hall did not offer the councillor a full-time salaried position; it never offered "
                 "him a position at all.", "B", "y", 0.95)
    assert pick(asked(q), q, [advisory, both], CLOSE).contested  # one negation qualifies nothing: it denies the noun


def test_a_negative_question_is_disputed_only_by_a_quote_asserting_its_positive():
    """"Why could the congressman not sit on the advisory board?": the quote saying he could not serve on the
    board states the question's own claim; one saying the offer let him stay in the House while advising the
    president tells another matter, while one saying he could sit on the board disputes it."""
    q = "Why could the congressman not sit on the advisory board?"
    no = quote("Officials found it would not work because the congressman could not serve on the board while in Congress.",
               "A", "x", 1.0)
    other = quote("It would have allowed the congressman to remain in the House while advising the president.", "B", "y", 0.95)
    assert not pick(asked(q), q, [no, other], CLOSE).contested
    could = quote("Aides said the congressman could sit on the advisory board while in Congress.", "B", "y", 0.95)
    assert pick(asked(q), q, [no, could], CLOSE).about == "denial"


def test_a_quote_naming_the_asked_thing_in_passing_does_not_assert_a_negative_questions_positive():
    """"Why was Lind not offered a salaried city job?": "he alluded to a job offer … but refused to give
    details" names the offer in passing (two of the four asked terms); "was offered a salaried city job" asserts it."""
    q = "Why was Lind not offered a salaried city job?"
    no = quote("The mayor could not guarantee Lind anything, and no salaried job offer was ever tied to it.",
               "A", "x", 1.0)
    passing = quote("Lind alluded to a job offer early in the race but refused to give details.", "B", "y", 0.95)
    assert not pick(asked(q), q, [no, passing], CLOSE).contested
    offered = quote("Aides said Lind was offered a salaried city job last spring.", "B", "y", 0.95)
    assert pick(asked(q), q, [no, offered], CLOSE).about == "denial"
    short = "Why could Lind not sit on the board?"  # two asked terms: both assert it
    could = quote("Aides said Lind could sit on the board while in Congress.", "B", "y", 0.95)
    cannot = quote("Lind could not sit on the board while in Congress.", "A", "x", 1.0)
    assert pick(asked(short), short, [cannot, could], CLOSE).about == "denial"


def test_a_verdict_word_naming_a_kind_of_thing_in_the_question_asks_no_verdict():
    legal = quote("Buyers can take legally purchased marijuana home and stock up at several dispensaries.", "A", "x", 1.0)
    illegal = quote("The states argue the law is unconstitutional because marijuana remains illegal.", "B", "y", 0.95)
    q = "Is legal marijuana from the state flooding its neighbours?"  # "legal marijuana": a kind, not a verdict
    assert verdicts.described_kinds(q) == {"legal"} and not verdicts.asked_verdicts(q)
    assert not pick(asked(q), q, [legal, illegal], CLOSE).contested
    for verdict in ("Is marijuana legal in the state?", "Is the marijuana legal?", "Is it legal for buyers to stock up?"):
        assert verdicts.asked_verdicts(verdict) == {"legal"}, verdict  # the verdict itself: the two disagree
        assert pick(asked(verdict), verdict, [legal, illegal], CLOSE).contested, verdict
    assert verdicts.described_kinds("Did the congressman blame his wife for the improper spending?") == {"improp"}
    assert verdicts.described_kinds("Is marijuana legal now?") == frozenset()


def test_a_span_of_years_is_written_between_from_or_through():
    from app.answer.agree import _SPAN
    for q in ("How much did they earn between 2011 and 2014?", "How much did they pay from 2007 to 2014?",
              "What did they earn in 2007 through 2014?", "What was their income for 2011-2014?"):
        assert _SPAN.search(q), q
    assert not _SPAN.search("How much did they earn in 2014 and how much in 2015?")
    for q in ("How much did they earn between January and 2014, after the 2011 merger?",
              "How much did they pay from March to 2014, after the 2011 merger?"):
        assert not _SPAN.search(q), q  # one end is no year


def test_a_claimless_rebuttal_does_not_dispute_a_quote_that_denies_the_same_thing_exists():
    """"There was no proof of racist behavior" and "there is no racism within the movement" deny together."""
    q = "What did Tea Party organizers write about the NAACP?"
    rebuttal = quote('Dallas Tea Party founder Phillip Dennis said "there was no proof" of racist behavior at the event '
                     "and that the movement welcomes minority members.", "A", "x", 1.0, "Phillip Dennis")
    denial = quote("Tea Party groups say there is no racism within the movement.", "B", "y", 0.95)
    assert not pick(asked(q), q, [denial, rebuttal], CLOSE).contested
    charge = quote("The NAACP says there is racism within the movement.", "B", "y", 0.95)
    assert pick(asked(q), q, [charge, rebuttal], CLOSE).contested
