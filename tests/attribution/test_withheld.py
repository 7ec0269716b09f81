"""What a sentence says is not told or not known asserts nothing (app/attribution/withheld.py): a quote holding a
rebutted claim's words only inside such an indirect question does not state the claim, so no disagreement is read."""

from __future__ import annotations

import pytest

from app.answer.select import asked
from app.answer.rejected_claim import states_rejected_claim
from app.attribution.withheld import asserted
from tests.answer.test_speaker_first import quote

HUFFPOST = ("Sestak brought the issue to the surface when he alluded to a job offer early in his primary run. But he "
            "refused to provide details, such as who approached him and what position was dangled in front of him.")
FOX = ("Batting down allegations that the White House dangled the secretary of Navy position in front of Sestak, the "
       "report said that Sestak was offered executive branch positions on advisory boards that were uncompensated.")


@pytest.mark.parametrize(("text", "left"), [
    (HUFFPOST, "who approached him and what position was dangled in front of him"),
    ("The White House did not disclose what those options were, but aides said one was an advisory board.",
     "what those options were"),
    ("It is unclear whether the court will hear the case.", "whether the court will hear the case"),
])
def test_an_untold_indirect_question_is_left_out(text, left):
    assert left in text and left not in asserted(text)


def test_the_rest_of_the_sentence_still_asserts():
    kept = asserted("The White House did not disclose what those options were, but aides said one was an advisory "
                    "board.")
    assert "but aides said one was an advisory board" in kept
    for text in ("The White House asked Clinton to talk to Sestak about what position he wanted.",
                 "He did not say the White House dangled a job."):
        assert asserted(text) == text  # no indirect question after a refusal: all asserted


def test_a_claim_told_only_as_an_untold_question_is_not_stated():
    ask = asked("Why did the White House not offer Sestak a paid position?")
    assert not states_rejected_claim(ask, quote(FOX, "Fox", 1.0), quote(HUFFPOST, "HuffPost", 0.9))
    told = quote("The White House dangled the secretary of Navy position in front of Sestak, his aides said.", "X", 0.9)
    assert states_rejected_claim(ask, quote(FOX, "Fox", 1.0), told)


def test_a_text_with_no_refusal_negation_or_unclear_is_not_searched(monkeypatch):
    """Every withheld clause follows a refusal, a negation or "unclear / unknown / uncertain": a text holding none of
    those words is not searched, and one holding them, or a letter the case-blind search matches to a plain one
    ("ſ" for "s"), is searched as before."""
    from app.attribution import withheld

    texts = ["He RefuSed to say who approached him.", "It is unKnown who paid.", "They didn’t say where he went.",
             "He refuſed to say who approached him.", "It is uncertaın what happened.", "He DECLİNED to say who paid."]
    want = [withheld.untold(t) for t in texts]
    assert all(want[:3]) and all(want[3:])  # the search matches "ſ", "ı", "İ" to "s", "i", "i"

    class Unsearched:
        def finditer(self, _text):
            raise AssertionError("searched a text with no cue")
    monkeypatch.setattr(withheld, "_WITHHELD", Unsearched())
    assert withheld.untold("Officials said who approached him and what was offered.") == []
    monkeypatch.undo()
    assert [withheld.untold(t) for t in texts] == want
