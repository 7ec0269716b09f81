"""Every side of a dispute: a contested answer holds the best answering quote of each stance group that covers
the story, from the candidates or from its article, under its own label (pure functions, hand-made quotes)."""

from __future__ import annotations

from dataclasses import replace

from app.answer.compose import compose_answer
import numpy as np

from app.answer.every_side import (OTHER_SIDE, REACH_POOL, SAME_WORDS, SIDE_POOL, articles_of_group, claim_test,
                                   every_side)
from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.sides import ON_POINT, SAME_CLAIM, Picked
from app.registry import Outlet, Registry, StanceGroup
from app.store.chroma import StoredChunk


def quote(text: str, outlet: str, stance: str, s: float, doc: str | None = None, day: str = "2018-08-21") -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=doc or outlet, start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": stance, "date": day})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


YES = quote("The indictment runs 48 pages.", "Fox", "right", 1.0)
NO = quote("The 47-page indictment says so.", "Post", "left", 0.95)
THIRD = quote("In a 48-page indictment released on Tuesday, the couple are charged.", "Times", "centre", 0.93)
DISPUTE = Picked([YES, NO], True, "figures", (0, 1), (0, 1))


def test_a_contested_answer_adds_the_best_quote_of_a_stance_group_it_lacks_at_its_end():
    ranked = [YES, NO, quote("The Times filler sentence.", "Times", "centre", 0.6), THIRD]
    ranked.sort(key=lambda q: -q.score)
    picked = every_side(DISPUTE, ranked)
    assert [q.outlet for q in picked.quotes] == ["Fox", "Post", "Times"]
    assert picked.quotes[2] is THIRD and picked.sides == (0, 1, OTHER_SIDE) and picked.pair == (0, 1)


def test_a_plain_answer_is_left_as_it_is():
    plain = Picked([YES], False)
    assert every_side(plain, [YES, NO, THIRD]) is plain


def test_a_group_whose_best_quote_answers_far_below_the_best_one_is_not_added():
    far = quote("The Times covered the story.", "Times", "centre", 1.0 - SIDE_POOL - 0.01)
    assert every_side(DISPUTE, [YES, NO, far]) is DISPUTE


def test_an_article_published_days_away_from_the_disputing_ones_is_another_story_and_adds_nothing():
    later = quote("In a 48-page indictment, the couple are charged.", "Times", "centre", 0.93, day="2019-03-08")
    assert every_side(DISPUTE, [YES, NO, later]) is DISPUTE
    days_later = quote("In a 48-page indictment, the couple are charged.", "Times", "centre", 0.93, day="2018-08-23")
    assert every_side(DISPUTE, [YES, NO, days_later]).quotes[-1] is days_later
    undated = quote("In a 48-page indictment, the couple are charged.", "Times", "centre", 0.93, day="")
    assert every_side(DISPUTE, [YES, NO, undated]).quotes[-1] is undated


SECRET = quote("The classified program has not been disclosed publicly before.", "Fox", "right", 1.0)
KNOWN = quote("Officials insisted the program was no secret to Congress.", "Post", "left", 0.9)
CLAIM = Picked([SECRET, KNOWN], True, "denial", (0, 1), (0, 1))
# the third group's sentence on the disputed claim, in words far from the question's
BRIEFED = quote("They are not secret, in that every member of Congress has been briefed.", "Times", "centre",
                1.0 - SIDE_POOL - 0.05)


def on_claim(q: Quote, pair) -> bool:  # a fake `SameClaim`: the briefing sentence speaks to the pair's claim
    return q is BRIEFED and list(pair) == [SECRET, KNOWN]


def test_a_group_below_the_side_pool_stands_for_its_side_when_it_speaks_to_the_disputed_claim():
    picked = every_side(CLAIM, [SECRET, KNOWN, BRIEFED], None, on_claim)
    assert picked.quotes[-1] is BRIEFED and picked.sides == (0, 1, OTHER_SIDE)
    assert every_side(CLAIM, [SECRET, KNOWN, BRIEFED], None, lambda q, pair: False) is CLAIM  # on another claim
    assert every_side(CLAIM, [SECRET, KNOWN, BRIEFED]) is CLAIM  # no claim test: the side pool only


def test_the_disputed_claims_sentence_is_read_from_the_groups_articles_too():
    weak = quote("The Times filler sentence.", "Times", "centre", 1.0 - REACH_POOL + 0.01)

    def articles(stance, floor, story):
        return [q for q in [BRIEFED] if stance == "centre" and q.score >= floor]
    assert every_side(CLAIM, [SECRET, KNOWN, weak], articles, on_claim).quotes[-1] is BRIEFED


def test_a_sentence_on_the_claim_further_than_the_reach_pool_is_no_side():
    far = quote(BRIEFED.text, "Times", "centre", 1.0 - REACH_POOL - 0.01)
    assert every_side(CLAIM, [SECRET, KNOWN, far], None, lambda q, pair: True) is CLAIM


def test_a_dispute_over_figures_reaches_no_further_than_the_side_pool():
    low = quote("The Clintons have paid $43 million in federal taxes.", "Times", "centre", 1.0 - SIDE_POOL - 0.05)
    assert every_side(DISPUTE, [YES, NO, low], None, lambda q, pair: True) is DISPUTE


def test_claim_test_takes_a_sentence_close_to_one_of_the_pair_but_no_copy_of_one():
    axes = {SECRET.text: [1.0, 0.0, 0.0], KNOWN.text: [0.0, 1.0, 0.0]}
    near, copy, apart = (quote(t, "Times", "centre", 0.5) for t in ("near", "copy", "apart"))
    axes |= {"near": [0.7, 0.0, 0.714], "copy": [0.99, 0.0, 0.141], "apart": [0.3, 0.3, 0.906]}

    def embed(texts):
        return np.array([axes[t] for t in texts], dtype=np.float32)
    same_claim = claim_test(embed)
    assert same_claim(near, [SECRET, KNOWN])
    assert SAME_WORDS <= 0.99 and not same_claim(copy, [SECRET, KNOWN])  # one sentence two outlets ran
    assert not same_claim(apart, [SECRET, KNOWN]) and not same_claim(near, [])
    axes["point"] = [0.45, 0.0, 0.893]  # on the pair's point, not its claim
    point = quote("point", "Times", "centre", 0.5)
    assert same_claim(point, [SECRET, KNOWN], ON_POINT) and not same_claim(point, [SECRET, KNOWN])
    assert not same_claim(apart, [SECRET, KNOWN], ON_POINT) and not same_claim(copy, [SECRET, KNOWN], ON_POINT)


def test_a_group_already_in_the_answer_gets_no_second_quote():
    other_fox = quote("Fox also says the indictment runs 48 pages.", "Fox", "right", 0.97)
    assert every_side(DISPUTE, [YES, other_fox, NO]) is DISPUTE


def test_the_groups_article_gives_its_quote_when_it_answers_better_than_its_retrieved_candidate():
    weak = quote("The Times filler sentence.", "Times", "centre", 0.8)
    picked = every_side(DISPUTE, [YES, NO, weak], lambda stance, floor, story: [THIRD] if stance == "centre" and THIRD.score >= floor else [])
    assert picked.quotes[-1] is THIRD
    kept = every_side(DISPUTE, [YES, NO, THIRD], lambda stance, floor, story: [q for q in [weak] if q.score >= floor])
    assert kept.quotes[-1] is THIRD


def test_articles_of_group_reads_only_that_groups_documents_among_the_passages_best_first():
    hits = [YES.hit, NO.hit, THIRD.hit, quote("x", "Times", "centre", 0.1, doc="times-2").hit]
    read: list[str] = []

    def quotes_of(doc: str, keep, cued: bool = True, floor: float | None = None) -> list[Quote]:
        read.append(doc)
        assert keep("any text") and not cued
        found = [quote(f"{doc} low", "Times", "centre", 0.2, doc), quote(f"{doc} high", "Times", "centre", 0.7, doc)]
        return [q for q in found if floor is None or q.score >= floor]
    assert [q.score for q in articles_of_group(hits, quotes_of, "centre", 0.1, lambda h: True)] == [0.7, 0.7, 0.2, 0.2]
    assert read == ["Times", "times-2"]
    read.clear()
    assert [q.score for q in articles_of_group(hits, quotes_of, "centre", 0.5, lambda h: h.chunk.doc_id == "Times")] == [0.7]
    assert read == ["Times"]  # an article off the story is not read


def test_the_added_side_stands_under_its_own_stance_label():
    registry = Registry(outlets=[Outlet(name="Fox", stance="right"), Outlet(name="Post", stance="left"),
                                 Outlet(name="Times", stance="centre")],
                        stance_groups=[StanceGroup(id="right", label="Right"), StanceGroup(id="left", label="Left"),
                                       StanceGroup(id="centre", label="Centre")])
    answer = compose_answer("How long is the indictment?", every_side(DISPUTE, [YES, NO, THIRD]), registry)
    assert answer.contested and [c.outlet for c in answer.citations] == ["Fox", "Post", "Times"]
    assert "Centre — Times: “In a 48-page indictment" in answer.answer


THREE = """\
stance_groups:
  - {id: pro, label: For the mayor}
  - {id: anti, label: Against the mayor}
  - {id: mid, label: Neither}
outlets:
  - {name: Daily Planet, stance: anti}
  - {name: Gotham Gazette, stance: pro}
  - {name: Metro Courier, stance: mid}
documents:
  - {file: planet.txt, outlet: Daily Planet}
  - {file: gazette.txt, outlet: Gotham Gazette}
  - {file: courier.txt, outlet: Metro Courier}
"""
STORY = {
    "planet.txt": "Mayor indicted\n\nThe indictment against the mayor runs 48 pages, prosecutors said on Tuesday.\n",
    "gazette.txt": "Mayor charged\n\nThe 47-page indictment against the mayor was filed on Tuesday.\n",
    "courier.txt": "Charges\n\nThe long indictment against the mayor, prosecutors said on Tuesday, lists council payments.\n",
}


def test_a_contested_answer_quotes_the_third_stance_group_covering_the_story(make_assistant, tmp_path):
    from corpora import write_corpus
    a = make_assistant(write_corpus(tmp_path / "corpus", STORY, THREE), abstain_below=0.15, chunk_words=40)
    a.ingest([tmp_path / "corpus"])
    answer = a.ask("How many pages long is the indictment against the mayor?")
    assert a.verify(answer) == []
    assert answer.contested and {c.outlet for c in answer.citations} == {"Daily Planet", "Gotham Gazette", "Metro Courier"}
    assert "Neither — Metro Courier, quoting prosecutors: " in answer.answer  # "…, prosecutors said on Tuesday, …"


def test_a_groups_side_is_its_quote_on_the_point_asked_not_its_narration():
    narration = quote("The Times reporter toured the river valley on Monday.", "Times", "centre", 0.9)
    on_point = quote("Engineers told the Times the dam will not flood farmland.", "Times", "centre", 0.7)
    q = "Does the dam flood farmland?"
    flooded = quote("The dam floods farmland downstream.", "Fox", "right", 1.0)
    dry = quote("The dam floods no farmland, the mayor said.", "Post", "left", 0.95)
    dispute = Picked([flooded, dry], True, "denial", (0, 1), (0, 1))
    ranked = [flooded, dry, narration, on_point]
    assert every_side(dispute, ranked, ask=asked(q), question=q).quotes[-1] is on_point
    assert every_side(dispute, ranked).quotes[-1] is narration  # no question to bear on: the best-ranked
    far = quote("Engineers said the dam will not flood farmland.", "Times", "centre", 1.0 - REACH_POOL - 0.01)
    assert every_side(dispute, [flooded, dry, narration, far], ask=asked(q), question=q).quotes[-1] is narration


def test_a_quote_holding_a_word_of_what_is_asked_but_not_half_of_it_does_not_stand_for_a_side():
    narration = quote("The Times reporter toured the river valley on Monday.", "Times", "centre", 0.9)
    one_word = quote("Flood insurance premiums rose again this year.", "Times", "centre", 0.8)
    q = "Does the dam flood farmland or ruin the harvest?"
    flooded = quote("The dam floods farmland and ruins the harvest.", "Fox", "right", 1.0)
    dry = quote("The dam floods no farmland, the mayor said.", "Post", "left", 0.95)
    dispute = Picked([flooded, dry], True, "denial", (0, 1), (0, 1))
    assert every_side(dispute, [flooded, dry, narration, one_word], ask=asked(q), question=q).quotes[-1] is narration


ACCESS_Q = "Does the government have direct access to the company servers?"
DENIED = quote("We do not provide any government organization with direct access to our servers.", "Fox", "right", 1.0)
REPORTED = quote("Reports said the government had direct access to the servers.", "Times", "centre", 0.95)
ACCESS = Picked([DENIED, REPORTED], True, "denial", (0, 1), (0, 1))
ELSEWHERE = quote("A court order lets the government collect phone records from Verizon customers.", "Post", "left",
                  0.9)
ON_ACCESS = quote("The agency has direct access to the servers of the company, officials said.", "Post", "left", 0.92)


def never(q, pair, bar=SAME_CLAIM) -> bool:  # no quote on the pair's point, at any bar
    return False


def test_in_a_denial_a_third_groups_quote_off_the_pairs_point_and_on_little_asked_is_left_out():
    assert every_side(ACCESS, [DENIED, REPORTED, ELSEWHERE], None, never, asked(ACCESS_Q), ACCESS_Q) is ACCESS
    assert every_side(ACCESS, [DENIED, REPORTED, ELSEWHERE]).quotes[-1] is ELSEWHERE  # no test: the side pool only


def test_in_a_denial_a_third_groups_quote_on_the_pairs_point_or_on_half_of_what_is_asked_stands():
    def on_point(q, pair, bar=SAME_CLAIM) -> bool:  # on the pair's point, not its claim
        return q is ELSEWHERE and list(pair) == [DENIED, REPORTED] and bar == ON_POINT
    assert every_side(ACCESS, [DENIED, REPORTED, ELSEWHERE], None, on_point, asked(ACCESS_Q),
                      ACCESS_Q).quotes[-1] is ELSEWHERE  # in words of its own
    picked = every_side(ACCESS, [DENIED, REPORTED, ON_ACCESS, ELSEWHERE], None, never, asked(ACCESS_Q), ACCESS_Q)
    assert picked.quotes[-1] is ON_ACCESS and picked.sides == (0, 1, OTHER_SIDE)  # direct access to the servers


def test_a_verdicts_side_in_its_own_words_stands_though_it_holds_little_of_the_question():
    verdict = replace(ACCESS, about="verdicts")
    assert every_side(verdict, [DENIED, REPORTED, ELSEWHERE], None, never, asked(ACCESS_Q),
                      ACCESS_Q).quotes[-1] is ELSEWHERE
