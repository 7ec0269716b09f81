"""One article reports both sides: a party's rebuttal that spells out the claim asked about, and another
voice stating that claim, are a disagreement even in one outlet; a rebuttal alone is not."""

from __future__ import annotations

from app.answer.disputed import pushback, reported_dispute
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_sides import quote, vectors

Q = "Did the president refuse to meet the prime minister?"
CLAIM = quote("The opposition attacked the president for declining an opportunity to meet the prime minister.",
              "HuffPost", "left", 0.9)
REBUTTAL = quote("He also rejected reports that the president refused his request for a meeting, citing a "
                 "scheduling conflict.", "HuffPost", "left", 0.95, "Prime Minister Bibi")
OFF = quote("The prime minister appeared on a Sunday show to urge a tougher line.", "Fox News", "right", 1.0)


def plain(*quotes):
    return Picked(list(quotes), False)


def test_a_rebuttal_of_the_asked_claim_and_another_voice_stating_it_in_one_outlet_are_two_sides():
    ranked = [OFF, REBUTTAL, CLAIM]
    got = reported_dispute(asked(Q), plain(OFF, REBUTTAL), ranked, vectors((0.2, 1), (1, 0.3), (1, 0.2)))
    assert got.contested and got.about == "rebuttal" and got.quotes == [CLAIM, REBUTTAL] and got.pair == (0, 1)


def test_a_rebuttal_alone_or_of_another_claim_or_in_the_asked_ones_own_words_is_no_dispute():
    v = vectors((0.2, 1), (1, 0.3), (1, 0.2))
    assert not reported_dispute(asked(Q), plain(OFF, REBUTTAL), [OFF, REBUTTAL], v[:2]).contested  # nobody states it
    other = quote("He rejected reports that the talks had collapsed.", "HuffPost", "left", 0.95, "Prime Minister Bibi")
    assert not reported_dispute(asked(Q), plain(OFF, other), [OFF, other, CLAIM], v).contested  # another claim
    said = "What did Bibi say about the president refusing to meet?"
    assert not reported_dispute(asked(said), plain(OFF, REBUTTAL), [OFF, REBUTTAL, CLAIM], v).contested
    far = quote(CLAIM.text, "HuffPost", "left", 0.5)  # states the claim, but far below the best quote
    assert not reported_dispute(asked(Q), plain(OFF, REBUTTAL), [OFF, REBUTTAL, far], v).contested


def test_one_sentence_with_a_claim_and_its_rebuttal_is_contested_on_its_own():
    q = "Did protesters yell epithets at the lawmakers?"
    both = quote("One lawmaker said protesters yelled epithets at him, but activists said the lawmakers were lying.",
                 "HuffPost", "left", 1.0)
    got = reported_dispute(asked(q), plain(both), [both], vectors((1, 0.2)))
    assert got.contested and got.quotes == [both]
    alone = quote("Activists said reports that protesters yelled epithets at the lawmakers were lies.", "HuffPost",
                  "left", 1.0)
    assert not reported_dispute(asked(q), plain(alone), [alone], vectors((1, 0.2))).contested  # no party states it


def relayed(text: str, outlet: str, source: str, s: float):
    from app.answer.select import Quote
    from app.attribution.links import RELAYS, Link
    q = quote(text, outlet, "right", s)
    return Quote(q.hit, q.start, q.end, q.text, 0, (Link(source, RELAYS),), s)


def embed_as(table):
    return lambda texts: vectors(*(table[t] for t in texts))


REPORT = relayed("The agency routinely collects a great deal of American content, the Daily Ledger report said.",
                 "Fox News", "Daily Ledger", 1.0)
PUSHBACK = quote("An official also pushed back, saying the Daily Ledger article refers to collection under a law "
                 "that does not allow the targeting of any citizen.", "Fox News", "right", 0.2)
Q_CONTENT = "Does the agency collect the content of Americans' communications?"


def test_the_best_quotes_source_rebutted_by_name_further_on_in_its_own_article_is_a_dispute():
    embed = embed_as({REPORT.text: (1, 0.2), PUSHBACK.text: (1, 0.6)})
    got = pushback(asked(Q_CONTENT), plain(REPORT), lambda doc, keep: [PUSHBACK], embed)
    assert got.contested and got.quotes == [REPORT, PUSHBACK]


def test_no_pushback_when_the_rebuttal_names_another_source_speaks_of_something_else_or_x_said_is_asked():
    embed = embed_as({REPORT.text: (1, 0.2), PUSHBACK.text: (0.1, 1)})
    assert not pushback(asked(Q_CONTENT), plain(REPORT), lambda doc, keep: [PUSHBACK], embed).contested  # far apart
    other = quote("An official also pushed back, saying the Guardian article was wrong.", "Fox News", "right", 0.2)
    embed = embed_as({REPORT.text: (1, 0.2), other.text: (1, 0.3), PUSHBACK.text: (1, 0.6)})
    assert not pushback(asked(Q_CONTENT), plain(REPORT), lambda doc, keep: [other], embed).contested  # not its source
    said = "What did the Daily Ledger report about American content?"
    assert not pushback(asked(said), plain(REPORT), lambda doc, keep: [PUSHBACK], embed).contested


def test_naming_only_the_quotes_own_outlet_is_no_pushback():
    own = quote("A spokesman told Fox News the claims were false.", "Fox News", "right", 0.2)
    embed = embed_as({REPORT.text: (1, 0.2), own.text: (1, 0.3)})
    assert not pushback(asked(Q_CONTENT), plain(REPORT), lambda doc, keep: [own], embed).contested


Q_SAID = "What did Rodney Davis write about the bill?"
DAVIS = quote("“The Democrats voted to pass a bill that will publicly fund campaign travel and campaign dinners,” "
              "Rep. Rodney Davis wrote.", "Fox News", "right", 1.0, "Rodney Davis")


def statement(rebuttal, vecs, question=Q_SAID, best=DAVIS):
    from app.answer.disputed import statement_rebutted
    return statement_rebutted(asked(question), plain(best), [best], lambda doc, keep: [rebuttal], embed_as(vecs))


def test_what_x_said_is_disputed_when_another_voice_in_xs_article_rejects_the_claim_x_states():
    r = quote("Democrats disputed the claim that taxpayers will pay for campaign travel, noting a surcharge.",
              "Fox News", "right", 0.1, "Zoe Lofgren")
    got = statement(r, {DAVIS.text: (1, 0.2), r.text: (1, 0.6)})
    assert got.contested and got.quotes == [DAVIS, r] and got.about == "rebuttal"


def test_a_rejected_claim_naming_only_xs_participants_or_in_xs_own_words_or_for_another_question_is_no_dispute():
    names = quote("Batting down allegations that the Democrats dangled a job in front of Rodney Davis, the report said it was false.",
                  "Fox News", "right", 0.1, "White House")
    assert not statement(names, {DAVIS.text: (1, 0.2), names.text: (1, 0.6)}).contested  # only names shared
    own = quote("Davis disputed the claim that the bill would fund campaign travel.", "Fox News", "right", 0.1,
                "Rodney Davis")
    assert not statement(own, {DAVIS.text: (1, 0.2), own.text: (1, 0.6)}).contested  # X's own words
    r = quote("Democrats disputed the claim that taxpayers will pay for campaign travel.", "Fox News", "right", 0.1,
              "Zoe Lofgren")
    assert not statement(r, {DAVIS.text: (1, 0.2), r.text: (1, 0.6)}, "Will the bill fund campaign travel?").contested


def _article(*parts):
    """Quotes of one article (doc "Fox News"), each sentence at its offsets, separated by one space."""
    from dataclasses import replace
    out, at = [], 0
    for text, speaker in parts:
        q = quote(text, "Fox News", "right", 0.5, speaker)
        out.append(replace(q, start=at, end=at + len(text)))
        at += len(text) + 1
    return out


def test_a_short_rejection_by_pronoun_right_after_the_best_quote_is_the_other_side():
    from app.answer.disputed import answered_back
    claim, back, later = _article(
        ("The party leader said the bill would undermine the integrity of elections.", "Kevin McCarthy"),
        ("Democrats called that a mischaracterization.", None),
        ("Others called it a mischaracterization too.", None))
    q = "Would the bill undermine the integrity of elections?"
    got = answered_back(asked(q), q, plain(claim), [claim, later, back])
    assert got.contested and got.quotes == [claim, back] and got.about == "rebuttal"
    assert not answered_back(asked(q), q, plain(claim), [claim, later]).contested  # not right after it


def test_a_rejection_after_a_question_or_a_long_claim_of_its_own_or_no_rebuttal_is_no_answer_back():
    from app.answer.disputed import answered_back
    q = "Was the pay gap at the company smaller than the national average?"
    asks, back = _article(("“Is it true that the pay gap at the company was smaller than the national average?” he asked.",
                           "John Roberts"), ("The lawyer said that was a mischaracterization.", "Joseph Sellers"))
    assert not answered_back(asked(q), q, plain(asks), [asks, back]).contested  # a question asserts nothing
    claim, agrees = _article(("The leader said the pay gap at the company was smaller than the national average.",
                              "John Roberts"), ("The lawyer said that was right.", "Joseph Sellers"))
    assert not answered_back(asked(q), q, plain(claim), [claim, agrees]).contested  # no rebuttal cue
    claim, long_ = _article(("The leader said the pay gap at the company was smaller than the national average.",
                             "John Roberts"),
                            ("The lawyer said that the company, which employs more than a million people in thousands "
                             "of stores across the country, had faced a mischaracterization of its pay policies for years.",
                             "Joseph Sellers"))
    assert not answered_back(asked(q), q, plain(claim), [claim, long_]).contested  # a claim of its own


def _one_chunk(article: str, outlet: str, stance: str, *sentences: tuple[str, float, str | None]):
    """Quotes of one article held in one chunk, each at its offsets in `article`."""
    from app.answer.select import Quote
    from app.attribution.links import Link
    from tests.answer.test_sides import Hit, StoredChunk
    chunk = StoredChunk(id=f"{outlet}-1", doc_id=outlet, start=0, end=len(article), text=article,
                        meta={"outlet": outlet, "stance": stance})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1)
    return [Quote(hit, article.index(t), article.index(t) + len(t), t, 0, (Link(who, "quotes"),) if who else (), s)
            for t, s, who in sentences]


def test_a_rejection_opening_the_next_paragraph_answers_a_claim_that_answers_nearly_as_well():
    """"The plaintiffs' theory is that a companywide policy … leaving Wal-Mart vulnerable to gender stereotypes. The
    plaintiffs have presented sworn statements and statistics to support their claim. ¶ Wal-Mart calls that
    evidence unrepresentative and unreliable." (Wal-Mart) and "… Democrats called that a mischaracterization." (H.R.
    1): a short rejection by pronoun opening the next paragraph answers the claim, even below the best quote, and
    calling it something dismissive (un-/in-/mis- on an adjective) rejects it as a rebuttal cue does."""
    from app.answer.disputed import answered_back
    theory = "The plaintiffs say the company policy let managers favor men in pay decisions."
    support = "The plaintiffs have presented sworn statements and statistics to support their claim."
    back = "The company calls that evidence unrepresentative and unreliable."
    article = f"{theory} {support}\n\n{back} Its policies bar discrimination.\n\n"
    claim, rejection = _one_chunk(article, "New York Times", "center", (theory, 0.8, None), (back, 0.3, None))
    best = quote("The lawsuit alleges that the company culture favors men over women in pay.", "Fox News", "right", 1.0)
    q = "Did the company's policy favor men over women in pay?"
    got = answered_back(asked(q), q, plain(best), [best, claim, rejection])
    assert got.contested and got.quotes == [best, claim, rejection] and got.sides == (0, 0, 1) and got.pair == (1, 2)
    denies = quote("The company did not favor men over women in pay, its lawyer says.", "Fox News", "right", 1.0)
    assert answered_back(asked(q), q, plain(denies), [denies, claim, rejection]).quotes == [claim, rejection]
    accused = "Was the Acme Corp accused of favoring men over women in pay?"  # the charge was made: the rejection tells so
    assert not answered_back(asked(accused), accused, plain(best), [best, claim, rejection]).contested
    far = replace_score(claim, 0.7)  # more than CONTEST_POOL below the best quote: it does not answer nearly as well
    assert not answered_back(asked(q), q, plain(best), [best, far, rejection]).contested
    moot = "The company calls that evidence important and reliable."  # nothing dismissive in what it calls it
    claim, kind = _one_chunk(f"{theory} {support}\n\n{moot}\n\n", "New York Times", "center", (theory, 0.8, None),
                             (moot, 0.3, None))
    assert not answered_back(asked(q), q, plain(best), [best, claim, kind]).contested
    two = "Another paragraph tells of the stores. It has two sentences."  # more than one sentence stands between
    claim, rejection = _one_chunk(f"{theory} {support} {two}\n\n{back}\n\n", "New York Times", "center",
                                  (theory, 0.8, None), (back, 0.3, None))
    assert not answered_back(asked(q), q, plain(best), [best, claim, rejection]).contested


def replace_score(q, score: float):
    from dataclasses import replace
    return replace(q, score=score)


def test_a_best_quote_that_is_itself_the_rejection_opens_once_and_the_claim_it_answers_follows():
    """"Wal-Mart calls that evidence unrepresentative and unreliable." ranks first for "Is the plaintiffs' evidence
    reliable?" and answers back the plaintiffs' theory before it: the answer is that rejection, then the claim, and
    no quote twice."""
    from app.answer.disputed import answered_back
    theory = "The plaintiffs say the company policy let managers favor men in pay decisions."
    support = "The plaintiffs have presented sworn statements and statistics to support their claim."
    back = "The company calls that evidence unrepresentative and unreliable."
    article = f"{theory} {support}\n\n{back} Its policies bar discrimination.\n\n"
    claim, rejection = _one_chunk(article, "New York Times", "center", (theory, 0.8, None), (back, 0.9, None))
    q = "Is the plaintiffs' evidence against the company reliable?"
    got = answered_back(asked(q), q, plain(rejection), [rejection, claim])
    assert got.contested and got.quotes == [rejection, claim] and got.pair == (0, 1)


Q_RUN = "Does the club run fake accounts?"
CHARGE = quote("Defectors described how the club runs thousands of fake accounts.", "Ledger", "hostile", 1.0,
               "defectors")
RELAYED = quote("He then claimed that the club runs millions of fake accounts and urged the site to close them.",
                "Herald", "aligned", 0.9, "Minister Karimi")
FRAMED = quote("Karimi recently said that the smear campaign against the club was ordered by the government.",
               "Herald", "aligned", 0.2, "Minister Karimi")


def test_an_outlet_relaying_its_opponents_claim_is_read_by_its_own_rebuttal_of_that_opponent():
    embed = embed_as({RELAYED.text: (1, 0.3), FRAMED.text: (1, 0.6), CHARGE.text: (1, 0.1)})
    got = pushback(asked(Q_RUN), plain(CHARGE, RELAYED), lambda doc, keep: [FRAMED], embed)
    assert got.contested and got.quotes == [CHARGE, FRAMED] and got.about == "rebuttal"


def test_no_relayed_rebuttal_from_the_best_quotes_own_side_off_the_claim_or_not_naming_the_source():
    embed = embed_as({RELAYED.text: (1, 0.3), FRAMED.text: (1, 0.6), CHARGE.text: (1, 0.1)})
    same_side = quote(RELAYED.text, "Herald", "hostile", 0.9, "Minister Karimi")
    assert not pushback(asked(Q_RUN), plain(CHARGE, same_side), lambda doc, keep: [FRAMED], embed).contested
    far = embed_as({RELAYED.text: (1, 0.1), FRAMED.text: (0.1, 1), CHARGE.text: (1, 0.1)})
    assert not pushback(asked(Q_RUN), plain(CHARGE, RELAYED), lambda doc, keep: [FRAMED], far).contested
    endorsed = quote("He then showed that the club runs millions of fake accounts and urged the site to close them.",
                     "Herald", "aligned", 0.9, "Minister Karimi")  # relayed without a verb of mere claiming
    embed = embed_as({endorsed.text: (1, 0.3), FRAMED.text: (1, 0.6), CHARGE.text: (1, 0.1)})
    assert not pushback(asked(Q_RUN), plain(CHARGE, endorsed), lambda doc, keep: [FRAMED], embed).contested
    unnamed = quote("The smear campaign against the club was ordered by the government.", "Herald", "aligned", 0.2)
    embed = embed_as({RELAYED.text: (1, 0.3), unnamed.text: (1, 0.6), CHARGE.text: (1, 0.1)})
    assert not pushback(asked(Q_RUN), plain(CHARGE, RELAYED), lambda doc, keep: [unnamed], embed).contested


def test_the_best_quotes_own_source_framing_it_is_still_no_pushback():
    embed = embed_as({RELAYED.text: (1, 0.3), FRAMED.text: (1, 0.6)})
    assert not pushback(asked(Q_RUN), plain(RELAYED), lambda doc, keep: [FRAMED], embed).contested


def test_a_claim_answered_back_that_speaks_to_another_point_than_the_best_quote_does_not_flag_it():
    """"When did Acme find out it had been hacked?": the best quote gives the day; a report that the company put off
    an audit, which the next sentence calls false, scores nearly as well on the company's name but says something
    else (below ON_POINT to the best quote): its rejection disputes nothing asked. A claim on the best quote's point
    is still answered back."""
    import numpy as np
    from app.answer.disputed import answered_back
    report = "A newsletter reported that Acme had postponed a security audit twice to save money."
    back = "An Acme spokesman called that claim false."
    claim, rejection = _one_chunk(f"{report} {back}\n\n", "New York Times", "center", (report, 0.8, None),
                                  (back, 0.3, "Evan Dorsey"))
    best = quote("Acme found the intrusion on January 9 and waited six weeks.", "Fox News", "right", 0.9)
    q = "When did Acme find out it had been hacked?"

    def embed_at(sim: float):  # the best quote and the report at this cosine
        axis = {best.text: np.array([1.0, 0.0]), report: np.array([sim, (1 - sim * sim) ** 0.5])}
        return lambda texts: np.array([axis.get(t, np.array([0.0, 1.0])) for t in texts])
    assert not answered_back(asked(q), q, plain(best), [best, claim, rejection], embed_at(0.3)).contested
    assert answered_back(asked(q), q, plain(best), [best, claim, rejection], embed_at(0.6)).contested
    audit = "When did Acme postpone its security audit?"  # a word of what is asked of Acme: it answers, far or not
    assert answered_back(asked(audit), audit, plain(best), [best, claim, rejection], embed_at(0.3)).contested


def test_what_a_source_reported_is_not_disputed_by_a_pronoun_rejecting_its_words():
    """"What did the industry newsletter report …?": the described source's report answers; "X called that claim false"
    right after it is context. A named source's words are disputed by it ("What did Kevin McCarthy say …")."""
    from app.answer.disputed import answered_back
    claim, back = _article(
        ("The Harbour Gazette reported that a former pilot said the ferry line had skipped two safety drills.",
         "Harbour Gazette"),
        ("Ferry line spokesman Ole Brandt called that claim false.", "Ole Brandt"))
    plain_q = "Did the ferry line skip safety drills?"
    assert answered_back(asked(plain_q), plain_q, plain(claim), [claim, back]).contested
    for q in ("What did the local newspaper report about the safety drills?",
              "What did the port's newspaper say about the safety drills?"):
        assert not answered_back(asked(q), q, plain(claim), [claim, back]).contested
    named = "What did the Harbour Gazette report about the safety drills?"  # a named source's words: disputed
    assert answered_back(asked(named), named, plain(claim), [claim, back]).contested
