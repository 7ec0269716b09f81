"""The dimension's look (`dimension_look`): a yes/no question naming a dimension reads the candidates' articles for
sentences on its opposite sides in other words, which the question's retrieval may not return."""

from __future__ import annotations

from app.answer.dimension_look import dimension_look
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_day_look import articles
from tests.answer.test_rebuttal import embed_with
from tests.answer.test_sides import quote

Q = "Are the surveillance programs limited in scope?"
BEST = quote("“The programs are limited in scope,” the president said on Friday.", "A", "x", 1.0)
OTHER = quote("The surveillance programs were first reported by two newspapers this week.", "B", "y", 0.9)
VAST = quote("Senators said the bulk collection of phone records reached millions of Americans.", "B", "y", 0.7)


def test_an_other_outlets_sentence_on_the_other_side_of_the_asked_dimension_is_contested():
    embed = embed_with({BEST.text: (1, 0.2), VAST.text: (1, 0.6)})
    picked = dimension_look(asked(Q), Q, Picked([BEST], False), [BEST, OTHER], articles({"B": [VAST]}), embed)
    assert picked.contested and picked.about == "verdicts" and picked.quotes == [BEST, VAST]


def test_the_same_side_a_far_sentence_or_another_claim_is_no_disagreement():
    narrow = quote("Officials said the collection is narrow and targeted.", "B", "y", 0.7)
    embed = embed_with({BEST.text: (1, 0.2), narrow.text: (1, 0.6), VAST.text: (0, 1)})
    assert not dimension_look(asked(Q), Q, Picked([BEST], False), [BEST, OTHER], articles({"B": [narrow]}),
                              embed).contested  # the same side in other words
    assert not dimension_look(asked(Q), Q, Picked([BEST], False), [BEST, OTHER], articles({"B": [VAST]}),
                              embed).contested  # not on one point with the best quote


def test_a_side_told_in_other_words_counts_however_low_it_ranks():
    """The other side's words are not the question's, so it may rank far below the best quote: the text test and the
    pair's similarity decide, not its score (it scores more than WIDE_POOL below the best quote here)."""
    low = quote("Senators said the bulk collection of phone records reached millions of Americans.", "B", "y", 0.2)
    embed = embed_with({BEST.text: (1, 0.2), low.text: (1, 0.6)})
    picked = dimension_look(asked(Q), Q, Picked([BEST], False), [BEST, OTHER], articles({"B": [low]}), embed)
    assert picked.contested and picked.quotes == [BEST, low]


def test_a_participle_before_another_noun_takes_no_side():
    """"faced increased scrutiny" says what the scrutiny is, not that poaching increases; "an undisclosed program"
    after a copula is said of the program."""
    q = "Would allowing trophy imports increase poaching?"
    best = quote("The agency said the imports are part of a strategy that seeks to eliminate poaching.", "A", "x", 1.0)
    scrutiny = quote("Groups called for more restrictions on trophy hunting, which has faced increased scrutiny.",
                     "B", "y", 0.6)
    other = quote("The imports were announced on Thursday.", "B", "y", 0.9)  # B's article is a candidate's
    embed = embed_with({best.text: (1, 0.2), scrutiny.text: (1, 0.4)})
    assert not dimension_look(asked(q), q, Picked([best], False), [best, other], articles({"B": [scrutiny]}),
                              embed).contested
    more = quote("Critics said the imports increased poaching across the region.", "B", "y", 0.6)
    embed = embed_with({best.text: (1, 0.2), more.text: (1, 0.4)})
    assert dimension_look(asked(q), q, Picked([best], False), [best, other], articles({"B": [more]}),
                          embed).contested


def test_no_look_when_the_question_names_no_dimension_or_the_answer_is_contested():
    plain = "Who reported the surveillance programs?"
    embed = embed_with({BEST.text: (1, 0.2), VAST.text: (1, 0.6)})
    assert not dimension_look(asked(plain), plain, Picked([BEST], False), [BEST, OTHER], articles({"B": [VAST]}),
                              embed).contested
    done = Picked([BEST, OTHER], True, "denial", (0, 1), (0, 1))
    assert dimension_look(asked(Q), Q, done, [BEST, OTHER], articles({"B": [VAST]}), embed) is done


def test_the_answer_reads_the_candidates_articles_for_the_other_side():
    """Through `select_answer`: the other side's sentence is in a passage the first retrieval did not return."""
    import numpy as np

    from app.answer.compose import select_answer
    from tests.answer.test_speaker_signals import hit

    limited, reported, vast = BEST.text, OTHER.text, VAST.text

    def vectors(texts):
        rows = np.array([[1.0, 0.0] if t == Q else [1.0, 0.1] if t == limited else [1.0, 0.5] if t == vast
                         else [1.0, 0.9] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def article(doc_id, keep, cued=True, reach=None):
        return [hit(vast, "B", "y")] if doc_id == "B" and not cued and keep(vast) else []
    chosen = select_answer(Q, [hit(limited, "A", "x"), hit(reported, "B", "y")], vectors([Q])[0], vectors, None,
                           article=article)
    assert chosen is not None and chosen.picked.contested and chosen.picked.about == "verdicts"
    assert [q.text for q in chosen.picked.quotes][:2] == [limited, vast]


def test_a_far_sentence_holding_what_the_dimension_is_asked_of_is_on_the_asked_point():
    """A side told in a long sentence of other matters is far from the best quote in vectors, but both hold what the
    dimension is asked of (the question's words after its dimension word: "scope")."""
    wide = quote("A report is due next week, but senators said the programs are vast in scope.", "B", "y", 0.7)
    embed = embed_with({BEST.text: (1, 0.2), wide.text: (0, 1)})
    picked = dimension_look(asked(Q), Q, Picked([BEST], False), [BEST, OTHER], articles({"B": [wide]}), embed)
    assert picked.contested and picked.quotes == [BEST, wide]


def test_what_a_dimension_is_asked_of_is_the_questions_words_after_its_word():
    from app.attribution.verdicts import dimension_objects
    assert dimension_objects("Can sport hunting of elephants benefit conservation?") == {"conserv"}
    assert dimension_objects("Was PRISM kept secret?") == frozenset()
