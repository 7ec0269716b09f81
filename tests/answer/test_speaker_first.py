"""A plain answer to "According to X, …" / "What did X say …" opens with the close quote in X's voice
(app/answer/opening.py `speaker_first`): its chain names X, or its words name X right before a verb of
saying or finding. Only the order of a plain answer changes, not its contested label."""

from __future__ import annotations

import numpy as np

from app.answer.opening import in_voice, plain_order, speaker_first
from app.answer.retrieve import Hit
from app.answer.select import Quote, asked
from app.answer.sides import pick
from app.store.chroma import StoredChunk

Q = "According to Fix the Court, why did the justices step aside from most recent cases?"


def quote(text: str, outlet: str, s: float) -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=f"{outlet}-{text[:8]}", start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": "center"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


LEAD = quote("Under federal law, justices must step aside from cases where their impartiality might be questioned.",
             "Post", 1.07)
FINDING = quote("Fix the Court found that the bulk of recent recusals were due to the justices' prior work as judges.",
                "Post", 0.82)


def test_the_close_quote_naming_the_source_before_its_finding_opens_the_answer():
    picked = pick(asked(Q), Q, [LEAD, FINDING], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is FINDING and not picked.contested


def test_a_quote_that_only_names_part_of_the_source_is_not_in_its_voice():
    ask = asked(Q)
    assert in_voice(ask, FINDING)
    assert not in_voice(ask, quote("The court found that the justices stepped aside in 180 cases.", "Post", 0.9))
    assert not in_voice(ask, quote("Fix the Court is a group that tracks the court's ethics.", "Post", 0.9))


def test_the_source_quoted_far_below_the_best_does_not_open_the_answer():
    far = quote(FINDING.text, "Post", 0.60)
    assert speaker_first(asked(Q), [LEAD, far]) == 0


def test_a_question_that_names_no_source_keeps_the_best_quote_first():
    plain = "Why did the justices step aside from most recent cases?"
    assert speaker_first(asked(plain), [LEAD, FINDING]) == 0
    assert pick(asked(plain), plain, [LEAD, FINDING], np.eye(2, dtype=np.float32)).quotes[0] is LEAD


def test_after_x_s_words_a_quote_another_named_source_speaks_adds_no_answer():
    """"What did Politico report …": HuffPost relaying Politico opens; Fox quoting Netanyahu does not follow it, nor
    does a narration that does not name Politico (it is not what Politico reported: the off-topic [2] under "What did
    Hillary Clinton's doctor say" was such a sentence). A narration naming the source asked about may corroborate."""
    from dataclasses import replace

    from app.attribution.links import Link

    q = "What did Politico report about the ad?"
    politico = replace(quote("A Republican involved with the project said it’s airing in Miami.", "HuffPost", 1.0),
                       links=(Link("Politico", "relays"),))
    other = replace(quote("Netanyahu has said he’ll steer clear of the election, but he stars in a new ad.", "Fox", 0.95),
                    links=(Link("Benjamin Netanyahu", "quotes"),))
    narration = quote("The ad began airing in Miami on Monday.", "Times", 0.9)
    naming = quote("Politico first reported that the ad began airing in Miami on Monday.", "Times", 0.9)
    assert plain_order(asked(q), q, [politico, other, narration], [0, 1, 2], 3) == [0]
    assert plain_order(asked(q), q, [politico, other, naming], [0, 1, 2], 3) == [0, 2]


def test_after_the_words_of_a_role_holder_a_narration_naming_the_role_may_follow():
    """"What did Hunter's lawyers say …": once the role resolves to a holder, a narration that speaks of the role
    ("The congressman's lawyers said …") still answers; one naming neither the holder nor the role does not."""
    from dataclasses import replace

    from app.attribution.links import Link

    q = "What did Hunter's lawyers say about repaying the campaign?"
    ask = replace(asked(q), speakers=frozenset({"gregory", "vega"}))
    vega = replace(quote("Gregory Vega said the congressman intended to cooperate.", "Times", 1.0),
                   links=(Link("Gregory Vega", "quotes"),))
    lawyers = quote("The congressman's lawyers said in 2017 that he repaid the campaign about $60,000.", "Fox", 0.95)
    aside = quote("The indictment was announced on Tuesday in San Diego.", "HuffPost", 0.95)
    assert plain_order(ask, q, [vega, lawyers], [0, 1], 3) == [0, 1]
    assert plain_order(ask, q, [vega, aside], [0, 1], 3) == [0]
