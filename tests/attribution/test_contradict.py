"""Contradiction rules: agreeing figures are not a dispute, conflicting ones are; a negation must
bear on what is asked; rebuttal cues; opposite verdicts."""

from __future__ import annotations

from pathlib import Path

from app.attribution import contradict as cx
from app.attribution import figures as fg
from app.attribution import verdicts
from app.text.terms import terms


def asked(q: str) -> frozenset[str]:
    return frozenset(terms(q, query=True))


def test_rounded_and_exact_forms_of_one_figure_agree():
    q = asked("How much did the couple pay in federal taxes?")
    assert not fg.conflicting_figures("the couple paid $43 million in federal taxes",
                                      "the couple paid $43,885,310 in federal taxes", q)
    assert not fg.conflicting_figures("a tax rate of 35.7 percent", "a tax rate of 35.72 percent",
                                      asked("What was the tax rate?"))
    assert not fg.conflicting_figures("just 55 miles away", "about 55 miles away", asked("How many miles away?"))


def test_different_figures_for_the_same_thing_conflict():
    q = asked("How many pages long is the indictment?")
    assert fg.conflicting_figures("the 47-page indictment says", "In a 48-page indictment released", q)
    q = asked("How much is the group spending on the ad?")
    assert fg.conflicting_figures("the ad is costing the group $1 million",
                                  "the group bought $500,000 of airtime for the ad", q)


def test_a_quote_giving_both_figures_agrees_with_either():
    q = asked("How many people were killed in the attacks?")
    both = "Of the nearly 17,000 people killed in attacks, about 12,000 were killed by the group."
    assert not fg.conflicting_figures(both, "The group has killed over 12,000 people in attacks.", q)


def test_years_are_not_figures():
    assert fg.figures("in 2012 and in 1999") == ()


def test_a_negation_counts_only_near_a_question_term():
    q = asked("Did the White House offer him the job?")
    assert cx.negated("The White House did not offer him a paid job.", q)
    assert not cx.negated("Fortunately no rebel remains in the valley, and the White House made an offer.", q)
    assert cx.opposite_polarity("The White House never offered the job.", "The White House offered him the job.", q)


def test_a_negation_word_opening_a_hyphenated_compound_negates_nothing():
    q = asked("Is the strike legal?")
    assert not cx.negated("A board member said the strike broke the no-strike clause.", q)
    assert cx.negated("The union said there was no strike on Monday.", q)
    assert not cx.NEGATION.search("a no-fly zone over the valley")


def test_rebuttal_cues_and_opposite_verdicts():
    assert cx.rebuts("The report is a smear and not true.")
    assert cx.rebuts("The contractor denies paying the council.")
    assert not cx.rebuts("The regime denies access to a free internet.")
    assert verdicts.verdict_words("The offer was legal.", "The offer was illegal, a felony.") == ("legal", "illegal")
    assert verdicts.verdict_words("The offer was legal.", "Lawyers said it was legal.") is None


def test_a_lower_bound_agrees_with_any_larger_figure_and_far_apart_figures_count_different_things():
    q = asked("How much campaign money did the couple misuse?")
    assert not fg.conflicting_figures("the couple misused $250,000 in campaign money",
                                      "the couple repaid the campaign more than $60,000 of the money", q)
    assert not fg.conflicting_figures("the couple misused $250,000 in campaign money",
                                      "the couple misused more than $200,000 in campaign money", q)
    assert fg.conflicting_figures("the couple misused $250,000 in campaign money",
                                  "the couple misused $200,000 in campaign money", q)
    assert not fg.conflicting_figures("the couple misused $250,000 in campaign money",
                                      "the couple repaid the campaign $60,000 of the money", q)  # 4x apart


def test_news_rebuttal_vocabulary_and_what_a_rebuttal_points_at():
    assert cx.rebuts("These anti-MEK claims were merely designed to divert attention from the regime.")
    assert cx.rebuts("Tea party organizers disputed claims of racism.")
    assert cx.rebuts("The reports were false, the company said.")
    assert not cx.rebuts("The claims were filed on Monday.")
    assert cx.points_at_claim("These claims are lies.") and not cx.points_at_claim("They are spreading lies.")


def test_a_claim_to_a_thing_is_a_right_to_it_not_a_claim_a_rebuttal_points_at():
    assert not cx.points_at_claim("It was propaganda intended to give the mayor claim to the park.")
    assert not cx.points_at_claim("Both families lay claim to the estate.")
    assert cx.points_at_claim("They made claims to the contrary.") and cx.points_at_claim("He claims to have seen it.")
    assert cx.points_at_claim("Officials rejected the claim that the park was sold.")


def test_a_hedged_figure_agrees_with_one_within_its_rounding_step():
    q = asked("How much did the firm pay in fines?")
    assert not fg.conflicting_figures("the firm paid nearly $12 million in fines", "the firm paid $11 million in fines", q)
    assert not fg.conflicting_figures("roughly 48 pages of fines", "a 47-page list of fines", asked("How many pages of fines?"))
    assert fg.conflicting_figures("the firm paid nearly $12 million in fines", "the firm paid $9 million in fines", q)
    assert fg.conflicting_figures("the firm paid $12 million in fines", "the firm paid $11 million in fines", q)


def test_doubt_negates_without_a_negation_word_even_over_several_words():
    asked = frozenset({"help", "conserv"})
    assert cx.negated("I will be hard pressed to change my mind that this in any way helps conservation", asked)
    assert cx.negated("Experts doubt that the hunts help conservation", asked)
    assert not cx.negated("The hunts will raise money that helps conservation", asked)
    assert not cx.negated("It is hard to say. Much later, after many more words, it helps conservation", asked)
    assert cx.opposite_polarity("Hunting helps conservation, the service said.",
                                "He doubts hunting in any way helps conservation.", asked)


def test_a_figure_keeps_its_written_form_for_the_answer_line():
    assert [f.text for f in fg.figures("It cost $1 million, the 48-page report and 35.7 percent say.")] == [
        "$1 million", "48-page", "35.7 percent"]
    assert verdicts.verdict_words("The deal was legal.", "The deal was illegal.") == ("legal", "illegal")
    assert verdicts.verdict_words("It was illegal.", "It was legal.") == ("illegal", "legal")
    assert verdicts.verdict_words("It was legal.", "It was fine.") is None
    assert cx.weekdays("published Saturday") == {"Saturday"}


def test_the_claim_a_rebuttal_spells_out():
    text = ("Al-Jazeera claimed that the MEK had changed the views of the media, but claimed that the MEK had no "
            "support in Iran, which is not true.")
    assert cx.rebutted_claim(text) == "the MEK had no support in Iran"  # the last claim before the cue
    assert cx.rebutted_claim("Organizers disputed claims of racism and called on the group to withdraw it.") == "racism"
    assert cx.rebutted_claim("He denied that he offered the job.") == "he offered the job"  # the claim the cue opens
    assert cx.rebutted_claim("These anti-MEK claims were merely designed to divert attention.") is None
    assert cx.rebutted_claim("The report claimed that the group ran accounts.") is None  # no rebuttal cue
    assert cx.rebutted_claim("The programme claimed that the MEK was engaged in propaganda.") is None  # cue inside the claim


def test_rule_caches_key_on_every_argument_and_forget_clears_them():
    """The per-text caches of the rules (an answer asks them of each quote many times): a cached
    result is the uncached one, `negated` is cached per question terms too, and `forget_texts`
    (what the bench calls before each question) empties every cache."""
    from app.text.terms import forget_texts, stem, term_set

    text = "Officials did not offer the job, he said, and disputed the claim that it was promised."
    for f in (cx.rebuts, cx.points_at_claim, cx.rebutted_claim, fg.figures, term_set):
        assert f(text) == f(text) == f.__wrapped__(text)
    assert cx.negated(text, frozenset({"job"})) and not cx.negated(text, frozenset({"weather"}))
    assert cx.negated(text, frozenset({"weather"})) == cx.negated.__wrapped__(text, frozenset({"weather"}))
    forget_texts()
    assert all(f.cache_info().currsize == 0 for f in (cx.rebuts, cx.negated, fg.figures, term_set, stem))


def test_a_figure_after_a_pronoun_subject_counts_what_the_sentence_before_names():
    q = asked("How much is the group spending on the ad?")
    claim = "The ad is costing the group $1 million, the organization confirmed."
    other = "The group that produced the ad is run by two strategists. They have bought $500,000 of airtime."
    assert fg.conflicting_figures(claim, other, q, unit="dollar")  # a money question: "two strategists" is no answer
    unrelated = "The group that produced the ad is run by two strategists. The station sold $500,000 of airtime."
    assert not fg.conflicting_figures(claim, unrelated, q, unit="dollar")  # no pronoun: the figure's own words only


def test_a_figure_named_by_its_own_words_answers_before_one_named_through_a_pronoun():
    q = asked("How much did the couple pay in federal taxes?")
    quote = "The couple paid federal taxes, the records show: $43 million in all. They paid $13.6 million in state taxes."
    assert fg.answer_figure(quote, q).text == "$43 million"
    assert not fg.conflicting_figures(quote, "the couple paid nearly $44 million in federal taxes", q)


def test_a_pronoun_denying_what_came_before_negates_that_claim():
    q = asked("Did the White House offer him the job?")
    said = "Many have speculated that the White House offered him the job, but Mr. Bauer said that was never the case."
    assert cx.negated(said, q)
    assert not cx.negated("Many have speculated that the White House offered him the job, and Mr. Bauer said so.", q)


def test_batting_down_or_rebutting_an_allegation_is_a_denial():
    q = asked("Did the White House offer him the job?")
    assert cx.negated("Batting down allegations that the White House offered him the job, the report said more.", q)
    assert cx.negated("The counsel rebutted reports that the White House offered him the job.", q)


def test_a_quote_denying_allegations_about_the_subject_does_not_assert_the_claim_another_denies():
    q = "Did the White House offer Sestak the job of Secretary of the Navy?"
    predicate, about = asked("offer job"), asked(q)
    no = "The source insisted that the White House never offered Sestak the job of Secretary of the Navy."
    batted = ("Batting down allegations that the White House dangled the Navy post, the report said that Sestak "
              "was offered unpaid advisory positions.")
    assert not cx.opposite_polarity(no, batted, predicate, about)
    assert cx.opposite_polarity(no, "The White House offered Sestak the job of Secretary of the Navy.", predicate, about)


def test_challenging_claims_or_no_evidence_of_any_kind_is_a_rebuttal_that_spells_out_its_claim():
    text = "But members have challenged claims that their activists accosted black lawmakers and no visual evidence exists."
    assert cx.rebuts(text) and cx.rebuts("No visual evidence has been produced.")
    assert cx.rebutted_claim(text) == "their activists accosted black lawmakers"


def test_a_literal_shooting_down_is_not_a_denial():
    assert not cx.negated("Rebels shot down the plane over the valley.", asked("Did rebels shoot down the plane?"))


def test_rejecting_or_dismissing_reports_is_a_rebuttal_that_spells_out_the_reported_claim():
    text = "He also rejected reports that Obama refused his request for a meeting, pinning it on a scheduling conflict."
    assert cx.rebuts(text) and cx.rebutted_claim(text) == "Obama refused his request for a meeting"
    assert cx.rebuts("The aide dismissed the allegations of fraud.")
    assert cx.rebutted_claim("Officials dismissed suggestions that the plant would close.") == "the plant would close"
    assert not cx.rebuts("He rejected the offer and reported it to the police.")  # rejecting an offer rebuts no claim


def test_one_sentence_holding_both_sides_spells_out_the_claim_before_its_but():
    both = "A white lawmaker said he also heard the epithets, but conservative activists said the lawmakers were lying."
    assert cx.said_but_claim(both) == cx.rebutted_claim(both) == "he also heard the epithets"
    assert cx.said_but_claim("He said the vote was close, but the count went on.") is None  # no rebuttal cue
    assert cx.said_but_claim("Activists said the lawmakers were lying.") is None  # one side only


def test_pushing_back_against_a_report_is_a_rebuttal_but_pushing_back_a_deadline_is_not():
    assert cx.rebuts("A senior official also pushed back, saying the article refers to another law.")
    assert cx.rebuts("The company pushed back against the report.")
    assert not cx.rebuts("The board pushed back the deadline by a week.")


def test_the_answer_figure_is_the_one_next_to_what_the_question_counts_not_next_to_a_name():
    """"earned roughly $141 million and paid nearly $44 million in federal income taxes": for a question on
    taxes, the figure next to "taxes" answers, not the first one next to the couple's name; so two quotes'
    earnings ($141 million, $139 million) are no conflict about taxes."""
    q_terms = frozenset({"clinton", "bill", "pay", "state", "local", "tax"})
    counted = frozenset({"pay", "state", "local", "tax"})
    a = "Hillary and Bill Clinton earned roughly $141 million and paid nearly $44 million in federal income taxes."
    b = "She and Bill Clinton earned $139 million in adjusted gross income, the returns show."
    assert fg.answer_figure(a, q_terms).text == "$141 million"  # names alone rank the first figure
    assert fg.answer_figure(a, q_terms, counted).text == "$44 million"
    assert fg.conflicting_figures(a, b, q_terms) and not fg.conflicting_figures(a, b, q_terms, counted)


def _first_letters(items) -> set[str]:
    """The letters a parsed pattern (`re._parser`) can start with (literals, groups, alternatives, classes)."""
    import re._parser as sp

    op, av = items[0]
    if op is sp.LITERAL:
        return {chr(av).lower()}
    if op is sp.SUBPATTERN:
        return _first_letters(av[3])
    if op is sp.BRANCH:
        return set().union(*(_first_letters(b) for b in av[1]))
    assert op is sp.IN and all(o is sp.LITERAL for o, _ in av), (op, av)
    return {chr(v).lower() for _, v in av}


def test_the_rebuttal_regex_is_searched_with_the_letters_its_alternatives_start_with():
    import re._parser as sp

    tree = list(sp.parse(cx.REBUTTAL.pattern, cx.REBUTTAL.flags))
    assert tree[0] == (sp.AT, sp.AT_BOUNDARY)
    assert _first_letters(tree[1:]) == set(cx.REBUTTAL_FIRST)


def test_the_rebuttal_search_finds_what_the_rebuttal_regex_finds():
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path("corpus").rglob("*.txt"))]
    texts += ["He denied that he offered the job.", "The ſmear campaign", "DISPUTED THE CLAIMS", "Baseless, untrue.",
              "no real evidence", "push back against", "pushed back", "Bogus reports were merely propaganda."]
    pieces = [t[i : i + 200] for t in texts for i in range(0, len(t), 50)]
    assert sum(cx.REBUTTAL.search(t) is not None for t in pieces) > 10
    for t in pieces:
        a, b = cx.REBUTTAL.search(t), cx.REBUTTAL_SEARCH.search(t)
        assert (a and a.span()) == (b and b.span()), t


def test_a_figure_counts_the_noun_after_the_names_that_modify_it():
    units = [f.unit for f in fg.figures("decisions at the more than 4,300 Wal-Mart and Sam's Club stores across the country")]
    assert units == [fg.figures("3,400 stores")[0].unit]
    assert fg.figures("20 Fox News reporters went")[0].unit == fg.figures("20 reporters")[0].unit
    assert fg.figures("10 Democrats voted")[0].unit == fg.figures("10 democrats")[0].unit  # a plural name is the count
    assert fg.figures("2 Senate Democrats said")[0].unit == fg.figures("2 senate")[0].unit  # no plural noun after them
    q = asked("How many stores did the women suing Wal-Mart work in?")
    assert fg.conflicting_figures("the plaintiffs — who worked in 3,400 stores in 170 job classifications — do not",
                                  "promotion decisions at the more than 4,300 Wal-Mart and Sam's Club stores", q)


def test_figure_units_are_the_units_of_the_figures():
    """figure_look reads whole articles for a figure of one unit: `figure_units` gives what `figures` would, cheaply."""
    from app.attribution.units import figure_units
    texts = ["The decision affects more than 4,300 Wal-Mart and Sam's Club stores.",
             "In 2014 the couple paid $43 million in taxes, 35.7 percent of their income, and 20 Fox News reporters came.",
             "The 48-page indictment names 1,300 members; in 1986 the group moved.", "No figure here.", ""]
    for text in texts:
        assert figure_units(text) == frozenset(f.unit for f in fg.figures(text)), text
    assert figure_units(texts[0]) == {"stor"} and figure_units(texts[2]) == {"pag", "member"}


def test_a_negation_that_says_more_is_no_denial():
    asked = frozenset({"run", "ad"})
    assert not cx.negated("This isn’t the first ad the group has run against him.", asked)  # it ran others
    assert not cx.negated("It is not only the ad but also the airtime that the group has run.", asked)
    assert cx.negated("The group did not run the ad.", asked)
    assert cx.negated("It was not the ad that the group ran first.", asked)


def test_negation_found_sooner_gives_the_same_matches():
    """NEGATION tests its first letters (NEGATION_FIRST) before its alternatives: the matches of the pattern without
    that test, on every seed article and on cues in any case, with curly apostrophes and several words."""
    import re
    from pathlib import Path

    whole = re.compile(cx.NEGATION.pattern.removeprefix(f"(?=[{cx.NEGATION_FIRST}])"), cx.NEGATION.flags)
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[2] / "corpus").glob("*.txt"))]
    texts.append("NOT never DON’T can't Isn’T wasn't denies refused Rejects DISPUTED rebutted refuted batted  down "
                 "n't doubts Hard-Pressed hard pressed in any way Whatsoever without nobody none neither nor")
    assert sum(len(list(whole.finditer(t))) for t in texts) > 30
    for t in texts:
        assert [(m.span(), m.groups()) for m in cx.NEGATION.finditer(t)] == \
               [(m.span(), m.groups()) for m in whole.finditer(t)]
