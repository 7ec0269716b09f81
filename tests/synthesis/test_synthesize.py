"""Synthesis with an in-process fake generator: failing sentences are replaced by the quote they
cite or dropped, the extractive fields never change, and a model that fails falls back."""

from __future__ import annotations

from app.errors import GenerationError
from app.store.embed import HashEmbedder
from app.synthesis.synthesize import synthesize
from tests.synthesis.llm_support import bridge_answer


class Canned:
    name = "canned"

    def __init__(self, reply: str = "", error: str | None = None) -> None:
        self.reply, self.error, self.calls = reply, error, 0

    def generate(self, messages, on_token=None):
        self.calls += 1
        if self.error:
            raise GenerationError(self.error)
        for word in self.reply.split(" "):
            if on_token:
                on_token(word + " ")
        return self.reply


EMBED = HashEmbedder(256).embed
FAITHFUL = "The outlets disagree. According to the Daily Planet, it will cost 40 million dollars [1]."
WRONG = "According to the Daily Planet, the real cost of the bridge will exceed 90 million dollars [2]."


def test_verified_sentences_make_the_text_and_extractive_fields_stay():
    before = bridge_answer()
    after = synthesize(before, Canned(FAITHFUL), embed=EMBED)
    assert after.synthesis.text == FAITHFUL
    assert [s.verified for s in after.synthesis.sentences] == [True, True]
    assert after.model_dump(exclude={"synthesis"}) == before.model_dump()


def test_failing_sentence_is_replaced_by_the_labelled_quote_it_cites():
    after = synthesize(bridge_answer(), Canned(f"{FAITHFUL} {WRONG}"), embed=EMBED)
    failed = after.synthesis.sentences[-1]
    assert not failed.verified and "names Daily Planet" in failed.why
    assert failed.replaced_by.startswith("Gotham Gazette: \u201cThe real cost")
    assert WRONG not in after.synthesis.text and failed.replaced_by in after.synthesis.text


def test_failing_sentence_without_a_valid_citation_is_dropped():
    after = synthesize(bridge_answer(), Canned(f"{FAITHFUL} The bridge is a scam."), embed=EMBED)
    assert after.synthesis.text == FAITHFUL
    assert after.synthesis.sentences[-1].replaced_by is None


def test_model_failure_falls_back_with_a_notice():
    after = synthesize(bridge_answer(), Canned(error="cannot reach the language model at http://127.0.0.1:9/v1"), embed=EMBED)
    assert after.synthesis.fallback and after.synthesis.text is None
    assert "cannot reach" in after.synthesis.notice and "extractive" in after.synthesis.notice
    assert after.answer == bridge_answer().answer


def test_nothing_verified_falls_back_with_a_notice():
    after = synthesize(bridge_answer(), Canned("The bridge is a scam. It costs a lot."), embed=EMBED)
    assert after.synthesis.fallback and "no sentence survived" in after.synthesis.notice


def test_abstentions_are_not_sent_to_the_model():
    model = Canned(FAITHFUL)
    abstained = bridge_answer().model_copy(update={"abstained": True, "citations": []})
    assert synthesize(abstained, model, embed=EMBED).synthesis is None and model.calls == 0


def test_tokens_stream_to_the_callback():
    seen: list[str] = []
    synthesize(bridge_answer(), Canned(FAITHFUL), embed=EMBED, on_token=seen.append)
    assert "".join(seen).strip() == FAITHFUL


def test_default_json_has_no_synthesis_key():
    assert "synthesis" not in bridge_answer().model_dump()


def test_a_sentence_cut_off_by_the_token_limit_fails():
    after = synthesize(bridge_answer(), Canned(f"{FAITHFUL} According to the Gotham Gazette, the real"), embed=EMBED)
    assert "unfinished" in after.synthesis.sentences[-1].why
    assert after.synthesis.text == FAITHFUL
