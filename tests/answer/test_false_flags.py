"""What is NOT a disagreement (issue 14 point 1, questions asked by hand): a rebuttal of an act's merits
does not dispute who, where or when it happened; an outlet's own quotes are one account, so a negation
in one of them bears on something else when another of them asserts the claim."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.rejected_claim import states_rejected_claim
from app.answer.sides import pick
from tests.answer.test_sides import quote, vectors

SUED = quote("The lawsuit was brought by the attorneys general of Ruritania and Freedonia.", "A", "x", 1.0)


def test_a_who_question_is_not_disputed_by_a_rebuttal_of_the_acts_merits():
    merits = quote("We believe this lawsuit is without merit and we will defend against it.", "B", "y", 0.95,
                   "John Smith")
    v = vectors((1, 0.1), (1, 0.2))  # the same claim by similarity: both speak of the lawsuit
    q = "Who sued the state over the tax?"
    assert not pick(asked(q), q, [SUED, merits], v).contested
    yes_no = "Is the lawsuit against the state over the tax justified?"  # a merit is asked: the rebuttal disputes it
    assert pick(asked(yes_no), yes_no, [SUED, merits], v).contested


def test_a_who_question_is_disputed_by_a_rebuttal_of_the_report():
    report = quote("The report that Ruritania brought the lawsuit is not true, its officials say.", "B", "y", 0.95)
    q = "Who sued the state over the tax?"
    assert pick(asked(q), q, [SUED, report], vectors((1, 0.1), (1, 0.2))).contested


def test_a_who_or_when_question_asks_no_verdict():
    legal = quote("The suit asks the court to strike down the law that made the drug legal.", "A", "x", 1.0)
    illegal = quote("The states argue the drug remains illegal under federal law.", "B", "y", 0.95)
    v = vectors((1, 0.3), (1, 0.5))  # cosine ≈ 0.98
    for q in ("Who sued the state over the drug law?", "When did the states file the suit over the drug law?"):
        assert not pick(asked(q), q, [legal, illegal], v).contested, q
    verdict = "Is the drug legal?"
    assert pick(asked(verdict), verdict, [legal, illegal], v).contested


def test_one_outlets_quotes_are_one_account_so_its_negation_is_no_denial_of_what_it_asserts():
    q = "Was the mayor indicted for using city money for personal expenses?"
    own = quote("The mayor was indicted on charges of using city money for personal expenses.", "A", "x", 1.0)
    aside = quote("The indictment says the mayor did not have sufficient personal funds for the trips.", "A", "x", 0.97)
    other = quote("The mayor was indicted Tuesday on charges of using city money for private use.", "B", "y", 0.96)
    v = vectors((1, 0.1), (1, 0.5), (1, 0.12))
    picked = pick(asked(q), q, [own, aside, other], v)
    assert not picked.contested and [x.outlet for x in picked.quotes] == ["A", "B"]
    # the same negation from an outlet that does not itself assert the claim is a denial
    assert pick(asked(q), q, [other, aside], vectors((1, 0.12), (1, 0.5))).contested


def test_identity_questions_are_who_where_when_and_which_place_or_time():
    assert all(asked(q).identity for q in ("Who sued Colorado?", "Where was he indicted?", "When did it pass?",
                                           "Which court heard the case?", "On what day was it published?"))
    assert not any(asked(q).identity for q in ("Was he indicted?", "What did X say?", "Which side is right?",
                                               "How much did it cost?"))


def test_an_outlet_whose_other_quote_is_only_related_still_denies():
    q = "Was the council fully briefed on the surveillance programs?"
    yes = quote("The mayor said the council was fully briefed on the surveillance programs.", "B", "y", 1.0)
    no = quote("Council members said they were not aware of the surveillance programs.", "A", "x", 0.97)
    related = quote("Officials disclosed the dates of the briefings on the programs.", "A", "x", 0.96)
    v = vectors((1, 0.1), (1, 0.6), (1, 1.2))  # related ≈ 0.71 to yes: about it, not restating it
    assert pick(asked(q), q, [yes, no, related], v).contested


def test_a_when_question_is_disputed_by_another_day_not_by_a_negation_of_another_act():
    q = "When did the Supreme Court hear arguments in the pay case?"
    day = quote("The court heard arguments in the pay case on Tuesday.", "A", "x", 1.0)
    issue = quote("The issue at the arguments in the pay case was not whether the firm paid women less.", "B", "y", 0.97)
    assert not pick(asked(q), q, [day, issue], vectors((1, 0.1), (1, 0.2))).contested
    other_day = quote("The court heard arguments in the pay case on Wednesday.", "B", "y", 0.97)
    assert pick(asked(q), q, [day, other_day], vectors((1, 0.1), (1, 0.2))).contested


def test_a_denial_of_a_who_question_must_negate_the_act_asked_about():
    q = "Who sued the state over the drug?"
    sued = quote("The suit over the drug was brought by two neighbouring states.", "A", "x", 1.0)
    aside = quote("The suit did not mention statistics about the drug.", "B", "y", 0.97)
    v = vectors((1, 0.1), (1, 0.2))
    assert asked(q).verb == {"su"}
    assert not pick(asked(q), q, [sued, aside], v).contested
    denied = quote("The neighbouring states never sued the state over the drug, officials said.", "B", "y", 0.97)
    assert pick(asked(q), q, [sued, denied], v).contested


def test_the_act_of_an_identity_question_is_its_first_lower_case_term_after_the_noun_it_asks_for():
    assert asked("Where was Duncan Hunter indicted?").verb == {"indict"}
    assert asked("Which court did Nebraska ask to strike down the law?").verb == {"ask"}
    assert asked("On what day was Justice Ginsburg's interview published?").verb == {"publish"}  # a possessive subject is read whole
    assert asked("Was Duncan Hunter indicted?").verb == {"indict"}  # a participle is the act, as a "Did X <verb>" verb is
    assert asked("Was the offer illegal?").verb == frozenset()  # yes/no with no act: the whole predicate is the claim
    assert asked("Was Congress fully briefed?").verb == frozenset()  # not an accusation: "not informed" denies it too


def test_so_called_disputes_a_name_not_a_claim():
    from app.attribution.contradict import rebuts
    assert not rebuts("The so-called “HR 1” measure aims to curb big money in politics.")
    assert rebuts("These so-called facts are baseless.")  # a rejection word still rebuts


def test_a_denial_of_a_did_question_must_negate_the_act_asked_about():
    """"Did X misuse …?": a negation near a shared noun ("did not have sufficient personal funds") denies
    no misuse; a negation of the act ("did not misuse") does."""
    q = "Did Mayor Smith misuse city funds?"
    asserts = quote("The indictment says Mayor Smith misused city funds for trips.", "A", "x", 1.0)
    aside = quote("Prosecutors say Mayor Smith did not have sufficient personal funds for the trips.", "B", "y", 0.97)
    denial = quote("Mayor Smith did not misuse city funds, his lawyer says.", "B", "y", 0.97)
    v = vectors((1, 0.1), (1, 0.15))
    assert asked(q).verb == {"misus"}
    assert not pick(asked(q), q, [asserts, aside], v).contested
    assert pick(asked(q), q, [asserts, denial], v).contested


def test_the_rejection_of_the_one_a_did_question_asks_about_is_the_answer_not_a_dispute():
    """"Did John Smith promise to fight the lawsuit?": Smith's "this suit is without merit, we will defend
    against it" answers what he did; a rebuttal by someone else of the same claim still disputes it."""
    q = "Did John Smith promise to fight the lawsuit?"
    report = quote("The lawsuit was brought by the attorneys general of Ruritania and Freedonia.", "A", "x", 1.0)
    own = quote("We believe this lawsuit is without merit and we will defend against it.", "B", "y", 0.95, "John Smith")
    v = vectors((1, 0.1), (1, 0.2))
    assert asked(q).doer == {"john", "smith"}
    assert not pick(asked(q), q, [report, own], v).contested
    other = quote("We believe this lawsuit is without merit and we will defend against it.", "B", "y", 0.95, "Al Poe")
    assert pick(asked(q), q, [report, other], v).contested


def test_a_did_question_naming_its_doer_by_role_asks_about_the_person_the_passages_name_in_it():
    from app.answer.roles import resolve_role
    from tests.answer.test_speaker_signals import hit, passage_sentences
    q = "Did Freedonia's attorney general promise to fight the lawsuit?"
    ask = asked(q)
    assert ask.doer_role == {"attorney"} and ask.doer_owner == {"freedonia"} and ask.verb == {"promis"}
    named = passage_sentences(hit("Freedonia Attorney General John Smith said the suit was without merit.", "B", "y",
                                  "John Smith"))
    assert resolve_role(ask, named).doer == {"john", "smith"} and not resolve_role(ask, named).said
    assert asked("Did Hunter's lawyer file a motion?").verb == {"file"}  # the act follows the role, not its first word


def test_a_how_question_naming_its_doer_by_role_is_answered_by_that_person_s_rejection():
    """"How did Freedonia's attorney general react to the lawsuit?": the person the passages name in that role
    is the one asked about, so his "without merit" is the answer, not a dispute of the suit."""
    from app.answer.roles import resolve_role
    from tests.answer.test_speaker_signals import hit, passage_sentences
    q = "How did Freedonia's attorney general react to being sued by his neighbors?"
    ask = asked(q)
    assert ask.doer_role == {"attorney"} and ask.doer_owner == {"freedonia"}
    named = passage_sentences(hit("Freedonia Attorney General John Smith said the suit was without merit.", "B", "y",
                                  "John Smith"))
    ask = resolve_role(ask, named)
    assert ask.doer == {"john", "smith"}
    report = quote("The lawsuit, brought by Ruritania's attorney general, accused Freedonia of a scheme.", "A", "x", 1.0)
    own = quote("We believe this suit is without merit and we will defend against it.", "B", "y", 0.95, "John Smith")
    v = vectors((1, 0.1), (1, 0.2))
    assert not pick(ask, q, [report, own], v).contested
    assert pick(asked(q), q, [report, own], v).contested  # unresolved, the rejection disputes the suit


def test_a_did_question_asks_whether_an_act_happened_not_the_verdicts_on_its_matter():
    """"Did Ruritania sue Freedonia?": the suit calls the drug illegal, the other outlet says the law made it
    legal; those verdicts are on the matter of the suit, not on whether it was brought."""
    suit = quote("Ruritania sued Freedonia, asking the court to strike down the law that made the drug legal.", "A", "x", 1.0)
    illegal = quote("The illegal drug is crossing the border into Ruritania, its attorney general said.", "B", "y", 0.95)
    v = vectors((1, 0.3), (1, 0.5))  # cosine ≈ 0.98
    q = "Did Ruritania sue Freedonia over the drug?"
    assert not pick(asked(q), q, [suit, illegal], v).contested
    named = "Did the court find the drug legal?"  # the verdict is what it asks
    assert pick(asked(named), named, [suit, illegal], v).contested


def test_a_denial_of_a_was_x_participle_question_must_negate_that_act():
    """"Was the firm accused of cheating customers?": "it must make sure its staff do not cheat" denies no
    accusation; "the firm was never accused of cheating" does."""
    q = "Was the Acme Corp accused of cheating customers?"
    asserts = quote("Customers accused the Acme Corp of cheating them out of refunds.", "A", "x", 1.0)
    aside = quote("Lawyers said the Acme Corp must make sure its staff do not cheat customers.", "B", "y", 0.97)
    denial = quote("The Acme Corp was never accused of cheating customers, its lawyer says.", "B", "y", 0.97)
    v = vectors((1, 0.1), (1, 0.15))
    assert asked(q).verb == {"accus"}
    assert not pick(asked(q), q, [asserts, aside], v).contested
    assert pick(asked(q), q, [asserts, denial], v).contested


def test_an_is_x_verbing_or_going_to_question_asks_whether_that_act_happens():
    """"Are federal agents investigating the job offer …?" (Sestak) and "Are any other states going to join the
    lawsuit …?" (Colorado) ask about an act under way or to come, as "Did X <verb>" does: a denial must negate
    that act ("did not offer him a full-time paid position" denies no investigation), and only a verdict the
    question names disputes it. A word of manner asks how well the act is done, a verdict: no act is taken."""
    q = "Are federal agents investigating the job offer made to the mayor?"
    assert asked(q).verb == {"investig"}
    offered = quote("The mayor was offered an unpaid advisory job if he left the race, a source said.", "A", "x", 1.0)
    denied = quote("The governor did not offer the mayor a paid job, so he considered unpaid boards.", "B", "y", 0.97)
    v = vectors((1, 0.1), (1, 0.15))
    assert not pick(asked(q), q, [offered, denied], v).contested
    refused = quote("Federal agents are not investigating the job offer made to the mayor, officials said.", "B", "y", 0.97)
    assert pick(asked(q), q, [offered, refused], v).contested  # a negation of the act itself still denies it
    join = "Are any other states going to join the lawsuit against Freedonia?"
    assert asked(join).verb == {"join"}
    legal = quote("The lawsuit asks the court to strike down the law that made the drug legal in Freedonia.", "A", "x", 1.0)
    illegal = quote("The illegal drug is crossing the border into Ruritania, its attorney general said.", "B", "y", 0.95)
    assert not pick(asked(join), join, [legal, illegal], vectors((1, 0.3), (1, 0.5))).contested
    for q in ("Is Freedonia managing its parks well enough to allow hunting?", "Is PRISM a data mining program?",
              "Was the firm accused of cheating customers?", "Were the amendments read aloud during the reading?"):
        assert not asked(q).verb - {"accus"}, q  # manner, a noun in -ing, a participle's object, a preposition


def test_what_has_x_said_asks_what_x_said_as_what_did_x_say_does():
    for q in ("What has Mitch McConnell said about the election bill?", "What have Senators Roe and Doe told reporters?",
              "How has Governor Park described the lawsuit?", "What has Mayor Doe called the plan?"):
        assert asked(q).said, q
    assert asked("What has Mitch McConnell said about the bill?").speakers == {"mitch", "mcconnell"}
    assert not asked("What has the House passed?").said  # a present perfect of another verb asks no statement


def test_what_x_has_said_is_not_disputed_by_a_negation_in_another_report_of_it():
    q = "What has Senator Jane Roe said about the election bill the House passed?"
    a = quote("The Senate will not take up the bill, according to Majority Leader Jane Roe.", "A", "x", 1.0)
    b = quote("The bill is expected to pass the House, where Jane Roe has said the bill is dead.", "B", "y", 0.97)
    assert not pick(asked(q), q, [a, b], vectors((1, 0.1), (1, 0.2))).contested


def test_a_duty_or_an_aim_that_something_not_happen_denies_nothing():
    from app.attribution import contradict as cx
    duty = "The company has an obligation under federal law to make sure its managers do not discriminate."
    assert not cx.negated(duty, frozenset({"discrimin"}))
    assert not cx.negated("The rules were changed to ensure that no voter is turned away.", frozenset({"voter"}))
    assert cx.negated("The company's managers did not discriminate, its lawyer said.", frozenset({"discrimin"}))
    assert cx.negated("The lawyer said it made sure its managers did not discriminate.", frozenset({"discrimin"}))
    assert cx.negated("The chairman ensured that no vote was held.", frozenset({"vote"}))  # an outcome, a fact
    q = "Did the company's managers discriminate against women?"
    claim = quote("The suit says the company's managers discriminate against women in pay.", "A", "x", 1.0)
    assert not pick(asked(q), q, [claim, quote(duty, "B", "y", 0.97)], vectors((1, 0.1), (1, 0.2))).contested
    denial = quote("The company's managers do not discriminate against women, its lawyer said.", "B", "y", 0.97)
    assert pick(asked(q), q, [claim, denial], vectors((1, 0.1), (1, 0.2))).contested


def test_a_rebuttal_of_a_claim_with_specifics_is_aimed_only_at_a_quote_telling_one_of_them():
    q = "What kind of positions did Bill Clinton discuss with Roe?"
    rebuttal = quote("Batting down allegations that the White House dangled the secretary of Navy position in front of "
                     "Roe, the report said that Roe was offered executive branch positions.", "A", "x", 1.0)
    unpaid = quote("Mr. Clinton asked Roe to drop out of the primary by offering him an unpaid advisory position.",
                   "B", "y", 0.97)
    v = vectors((1, 0.1), (1, 0.2))
    assert not pick(asked(q), q, [rebuttal, unpaid], v).contested  # no secretary dangled there: aimed elsewhere
    navy = quote("Clinton dangled the secretary of Navy position in front of Roe to get him out of the primary.",
                 "B", "y", 0.97)
    assert pick(asked(q), q, [rebuttal, navy], v).about == "rebuttal"
    # a claim adding only one lower-case word to the question still aims at a quote of the act without it
    bribes = "Did the mayor take bribes?"
    rejected = quote("Officials rejected claims that the mayor takes bribes from contractors.", "A", "x", 1.0)
    took = quote("The mayor takes bribes, prosecutors said.", "B", "y", 0.97)
    assert states_rejected_claim(asked(bribes), rejected, took)


def test_the_words_of_a_source_the_question_describes_answer_it_and_dispute_nothing():
    q = "What did a Springfield-area Tea Party activist say about the group's allegations?"
    assert asked(q).described and not asked("What did Jane Roe say about the allegations?").described
    claim = quote("The group's resolution accuses the Tea Party of tolerating racist elements in its ranks.", "A", "x", 1.0)
    own = quote("Tea Party activist Sam Doe, who co-founded a Springfield-area group, also disputed the allegations.",
                "B", "y", 0.97)
    v = vectors((1, 0.1), (1, 0.2))
    assert not pick(asked(q), q, [claim, own], v).contested  # the described activist's words are the answer
    other = "What did a Shelbyville-area Tea Party activist say about the group's allegations?"  # not this activist
    assert pick(asked(other), other, [claim, own], v).contested


def test_a_rebuttal_word_inside_a_charge_the_sentence_reports_rejects_no_claim():
    based = quote("The group is based in a camp in Albania, officials said.", "A", "x", 1.0)
    charge = quote("A broadcaster filmed the camp in Albania before airing a programme, which claimed that the Front "
                   "was engaged in online propaganda.", "B", "y", 0.95)
    v = vectors((1, 0.1), (1, 0.2))
    q = "Where is the Front based?"
    assert not pick(asked(q), q, [based, charge], v).contested
    rejected = quote("The claim that the Front is based in Albania is propaganda, its officials say.", "B", "y", 0.95)
    assert pick(asked(q), q, [based, rejected], v).contested  # the cue rejects a claim: a dispute


def test_a_where_question_is_not_disputed_by_a_rebuttal_of_other_claims_about_its_subject():
    base = quote("Albania has now become a base for the Front, an armed group that targets the regime.", "A", "x", 1.0)
    other = quote("These anti-Front claims were merely designed to divert attention from the regime's crimes.",
                  "B", "y", 0.95)
    v = vectors((1, 0.1), (1, 0.2))
    q = "Where is the Front based?"
    assert not pick(asked(q), q, [base, other], v).contested
    based = quote("These claims that the Front is based in Albania were merely designed to divert attention.",
                  "B", "y", 0.95)
    assert pick(asked(q), q, [base, based], v).contested  # it tells what is asked: a dispute
