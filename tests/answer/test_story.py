"""A question that names its subject is answered from the story that names it: a quote from an article whose story
names fewer of the question's names or bill designations (another politician's FEC filings, the same person on
another subject) is dropped; a name every story holds, an outlet's name or an undated article decides nothing."""

from __future__ import annotations

import numpy as np

from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.sides import Picked
from app.answer.story import on_story, story_picked
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span


def article(doc: str, outlet: str, day: str, *texts: str, stance: str = "centre") -> list[Quote]:
    """One article as one passage with stored sentences; a quote per sentence, scored in order."""
    text, spans = "", []
    for t in texts:
        spans.append(Span(len(text), len(text) + len(t)))
        text += t + " "
    stored = Sentences.of(spans, np.ones((len(spans), 3), dtype=np.float32), text)
    chunk = StoredChunk(f"{doc}-0", doc, 0, len(text), text, {"outlet": outlet, "stance": stance, "date": day})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, stored)
    return [Quote(hit, s.start, s.end, text[s.start:s.end], 0, (), 1.0 - i / 10) for i, s in enumerate(spans)]


HUNTER = article("hunter", "Times", "2018-08-21",
                 "Mr. Hunter filed false records with the Federal Election Commission.",
                 "Prosecutors said the filings hid the spending.")
CLINTON = article("clinton", "Post", "2015-07-31", "Hillary Clinton filed a disclosure with the Federal Election "
                  "Commission showing the couple earned $30 million.", "The Clintons paid a 35.7 percent rate.")
CLINTON_TOO = article("clinton2", "Fox", "2015-07-30", "The couple paid $43 million in federal taxes.",
                      "Their effective rate was high.", stance="right")


def test_a_quote_of_another_story_that_shares_a_phrase_is_dropped():
    q = "What did Hillary Clinton's filing with the Federal Election Commission show?"
    kept = on_story(q, [HUNTER[0], CLINTON[0]])
    assert kept == [CLINTON[0]]


def test_an_outlet_of_the_right_story_that_names_less_is_kept_with_its_story():
    q = "What did Hillary Clinton's filing with the Federal Election Commission show?"
    assert on_story(q, [CLINTON[0], CLINTON_TOO[0], HUNTER[1]]) == [CLINTON[0], CLINTON_TOO[0]]


def test_a_subject_every_story_names_decides_nothing():
    q = "What did the Federal Election Commission filings show?"
    assert on_story(q, [HUNTER[0], CLINTON[0]]) == [HUNTER[0], CLINTON[0]]


def test_a_bill_designation_only_one_story_holds_decides():
    bill = article("bill", "Fox", "2019-03-08", "H.R. 1 creates a public financing system for campaigns.")
    q = "Will taxpayers pay for the campaigns under H.R. 1?"
    assert on_story(q, [bill[0], HUNTER[1]]) == [bill[0]]


def test_an_undated_article_or_a_question_naming_nothing_decides_nothing():
    undated = article("u", "Post", "", "Prosecutors said the filings hid the spending.")
    q = "What did Hillary Clinton's filing with the Federal Election Commission show?"
    assert on_story(q, [CLINTON[0], undated[0]]) == [CLINTON[0], undated[0]]
    assert on_story(q, [CLINTON[0], undated[0]], [CLINTON[0], undated[0]]) == [CLINTON[0], undated[0]]


def test_a_question_naming_nothing_drops_a_story_holding_fewer_of_its_words_than_the_best_quotes():
    q = "what did the filings show?"  # the Clinton story holds "filed" and "showing", Hunter's only "filings"
    assert on_story(q, [CLINTON[0], HUNTER[1]]) == [CLINTON[0]]
    assert on_story(q, [HUNTER[1], CLINTON[0]]) == [HUNTER[1], CLINTON[0]]  # never against the best quote's story


def test_an_outlet_named_in_the_question_is_no_subject():
    q = "What did the Times report about the filings?"
    cites = article("cites", "Post", "2015-07-31", "The filings, first reported by the Times, were late.")
    assert on_story(q, [HUNTER[1], cites[0]]) == [HUNTER[1], cites[0]]


def test_a_designation_decides_where_its_words_alone_do_not():
    law = article("law", "Post", "2014-12-18", "Amendment 64 made marijuana legal for personal use.")
    speech = article("speech", "Fox", "2010-07-13", "The First Amendment protects the right of assembly.")
    assert on_story("What does Amendment 64 allow?", [speech[0], law[0]]) == [law[0]]


def test_a_disagreement_made_with_another_storys_quote_is_no_disagreement():
    q = "What did Hillary Clinton's filing with the Federal Election Commission show?"
    picked = Picked([CLINTON[0], HUNTER[1]], True, "rebuttal", (0, 1), (0, 1))
    after = story_picked(q, picked, [CLINTON[0], HUNTER[1]])
    assert after.quotes == [CLINTON[0]] and not after.contested and after.pair == ()
    same = Picked([CLINTON[0], CLINTON_TOO[0]], True, "figures", (0, 1), (0, 1))
    assert story_picked(q, same, [CLINTON[0], CLINTON_TOO[0]]) is same


def test_a_story_holding_only_a_modifier_of_an_organisations_name_does_not_name_it():
    rjc = article("rjc", "Fox", "2012-09-26", "The Republican Jewish Coalition launched a $5 million blitz.",
                  "Those markets in Florida house large Jewish communities.")
    trips = article("trips", "Times", "2019-03-08", "Republicans said agencies spent $13 million on trips to Florida.")
    q = "How much of the Republican Jewish Coalition's campaign is being spent in Florida?"
    assert on_story(q, [rjc[0], trips[0]]) == [rjc[0]]


def test_a_person_is_named_by_the_surname_alone_but_not_by_the_first_name():
    told = article("told", "Post", "2018-08-21", "Mr. Hunter spent the money on a family trip.")
    other = article("other", "Fox", "2011-01-06", "Duncan, a lawmaker, spent the day on the House floor.")
    q = "How much did Duncan Hunter spend on the family trip?"
    assert on_story(q, [other[0], told[0]]) == [told[0]]


def test_of_two_stories_naming_as_many_names_the_one_naming_them_more_fully_is_asked_about():
    reading = article("reading", "Times", "2011-01-06", "Members of the House read the Constitution aloud.")
    indicted = article("indicted", "Post", "2018-08-21", "Representative Duncan Hunter of the House was indicted.")
    q = "Did Duncan Hunter read the Constitution aloud on the House floor?"
    assert on_story(q, [reading[0], indicted[0]]) == [indicted[0]]


def _counts_before(question: str, candidates: list[Quote]) -> dict[str, int] | None:
    """`subject_counts` as it was before its tests were reordered (every outlet read first): the reference."""
    from app.answer.every_side import on_story as near_days, published_day
    from app.answer.named import designation_held, designations, name_head, name_held, question_names
    from app.text.terms import term_set
    outlets = frozenset().union(*(term_set(q.outlet) for q in candidates))
    names = [n for n in question_names(question) if not n <= outlets]
    marks = designations(question)
    if not names and not marks or not candidates:
        return None
    firsts, held = {q.hit.chunk.doc_id: q for q in candidates}, {}
    for doc_id, q in firsts.items():
        stored = q.hit.sentences
        if stored is None or stored.bounds is None or published_day(q.hit) is None:
            return None
        heads = [name_head(n, question) for n in names]
        words = {(i, w) for i, n in enumerate(names) for w in n if stored.holds(w)} \
            | {(i, w) for i, n in enumerate(names) if stored.holds("".join(sorted(n))) for w in n}
        held[doc_id] = ({i for i, h in enumerate(heads) if name_held(frozenset({h}), stored.holds)}
                        | {i for i, n in enumerate(names) if stored.holds("".join(sorted(n)))}
                        | {len(names) + i for i, d in enumerate(marks) if designation_held(d, [q])}, words)
    story = {doc_id: near_days([q.hit]) for doc_id, q in firsts.items()}
    return {doc_id: tuple(len(set().union(*(held[o][k] for o in firsts if story[doc_id](firsts[o].hit))))
                          for k in (0, 1)) for doc_id in firsts}


def _kept(counts: dict[str, tuple[int, int]] | None) -> set[str] | None:
    """What the counts decide: the articles whose story names the most (the words read only where they decide)."""
    return None if counts is None else {d for d, c in counts.items() if c == max(counts.values())}


def test_subject_counts_are_what_they_were_with_every_outlet_read_first():
    from itertools import combinations

    from app.answer.story import subject_counts
    undated = article("u", "Post", "", "Prosecutors said the filings hid the spending.")
    cites = article("cites", "Times", "2015-07-31", "The filings, first reported by the Times, were late.")
    bill = article("bill", "Fox", "2019-03-08", "H.R. 1 creates a public financing system for campaigns.")
    quotes = [*HUNTER, *CLINTON, *CLINTON_TOO, *undated, *cites, *bill]
    questions = ["What did Hillary Clinton's filing with the Federal Election Commission show?",
                 "What did the Federal Election Commission filings show?", "What did the Times report about it?",
                 "Will taxpayers pay for the campaigns under H.R. 1?", "what did the filings show?",
                 "What did Fox report on Hunter under H.R. 1?"]
    cases = [list(c) for n in (0, 1, 2, 3) for c in combinations(quotes, n)]
    decided = 0
    for q in questions:
        for cands in cases:
            assert _kept(subject_counts(q, cands)) == _kept(_counts_before(q, cands)), (q, [c.text for c in cands])
            decided += subject_counts(q, cands) is not None
    assert decided > 100  # not only the cases where nothing decides


class _NoOutlet(dict):
    def get(self, key, default=None):
        assert key != "outlet", "an outlet read where nothing can decide"
        return super().get(key, default)


def test_no_outlet_is_read_when_an_undated_article_decides_nothing():
    from dataclasses import replace

    from app.answer.story import subject_counts
    q = "What did Hillary Clinton's filing with the Federal Election Commission show?"
    undated = article("u", "Post", "", "Prosecutors said the filings hid the spending.")[0]
    blind = [replace(x, hit=replace(x.hit, chunk=replace(x.hit.chunk, meta=_NoOutlet(x.hit.chunk.meta))))
             for x in (CLINTON[0], undated)]
    assert subject_counts(q, blind) is None
