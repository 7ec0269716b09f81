"""A quote goes on into the next sentence when the answer continues there (pure: hand-made passage
and scores)."""

from __future__ import annotations

import json

import pytest

from app.answer.retrieve import Hit
from app.answer.scoring import Scored, passage_sentences
from app.answer.select import extend
from app.store.chroma import StoredChunk


def scored(text: str, scores: list[float]) -> list[Scored]:
    chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "A"})
    sentences = passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1))
    return [Scored(s, sc, sc, 0.0) for s, sc in zip(sentences, scores, strict=True)]


@pytest.mark.parametrize("text", [
    # it refers back: "however", a demonstrative
    "The minister asked the French government to hand over the members of the group. "
    "France, however, turned down this request after a long review of the file.",
    # a conjunction before "that" / "so"
    "Some say the charter is a blank page for each new majority to fill, but nothing could be further from the "
    "truth. If that were so, the states would never have signed it at all.",
    # a reported clause opening on a demonstrative or a pronoun: "that" is no word between
    "The council will also take up a proposed 10 percent cut in the budgets of every city department. "
    "Officials have estimated that this will save $4 million over the next year.",
    "Supporters of the plan to read the city charter aloud at every meeting spoke for an hour. "
    "And backers said that it would do no harm to hear the founders' words again.",
])
def test_the_next_sentence_joins_when_it_goes_on_from_the_best_one(text):
    sentences = scored(text, [1.0, 0.5])
    start, end, _ = extend(sentences[0], sentences, 0.05)
    assert (start, end) == (0, len(text))


def test_an_unrelated_next_sentence_stays_out():
    text = ("The minister asked the French government to hand over the members of the group. "
            "The weather in Paris was mild for the time of year, forecasters in the city said.")
    sentences = scored(text, [1.0, 0.5])
    start, end, _ = extend(sentences[0], sentences, 0.05)
    assert text[start:end] == sentences[0].sentence.text


def test_what_x_said_opens_with_x_s_words_in_quotation_marks_before_narration_about_x():
    from app.answer.select import asked, said_first
    from tests.answer.test_sides import quote

    q = asked("What did Jane Smith say in her statement?")
    narration = quote("In a statement, Ms. Smith highlighted the taxes she had paid.", "A", "x", 1.0, "Jane Smith")
    words = quote("“We have come a long way from my days as a young teacher,” Ms. Smith said.", "B", "y", 0.85,
                  "Jane Smith")
    other = quote("“The statement says little,” a critic said.", "C", "y", 0.95, "Critic")
    assert said_first(q, [narration, other, words]) == [words, narration, other]
    far = quote("“We have come a long way from my days as a young teacher,” Ms. Smith said.", "B", "y", 0.7,
                "Jane Smith")
    assert said_first(q, [narration, other, far]) == [narration, far, other]  # too weak to open the answer


def test_what_x_told_a_named_recipient_opens_with_the_quote_naming_it_even_when_short():
    from app.answer.select import asked, said_first
    from tests.answer.test_sides import quote

    q = asked("What did Jane Smith tell the Riverside Gazette about the mayor?")
    long_words = quote("“I cannot imagine the city with him as our mayor for four more years,” Smith said.", "A", "x",
                       1.0, "Jane Smith")
    to_gazette = quote("She went further, telling the Riverside Gazette: “He is a fraud.”", "B", "y", 0.9,
                       "Jane Smith")
    assert said_first(q, [long_words, to_gazette]) == [to_gazette, long_words]


def test_the_next_sentence_joins_when_it_goes_on_in_time():
    text = ("After the revolution, divides grew between the group and the new rulers of the country. "
            "In the following two years, tensions developed and eventually an open war broke out between them.")
    sentences = scored(text, [1.0, 0.5])
    start, end, _ = extend(sentences[0], sentences, 0.05)
    assert (start, end) == (0, len(text))


def test_a_sentence_of_another_passage_at_the_next_position_never_joins_the_quote():
    """rank_quotes looks neighbours up by (passage, position): the second sentence of another
    passage is not the best sentence's neighbour, even when it scores as well."""
    from app.answer.select import positions

    first = scored("The minister asked the French government to hand over the members of the group. "
                   "The weather in Paris was mild for the time of year, forecasters in the city said.", [1.0, 0.2])
    second = scored("A short line here. France, however, turned down this request after a long review.", [0.1, 0.99])
    siblings = first + second
    start, end, _ = extend(first[0], siblings, 0.05, positions(siblings))
    assert (start, end) == (first[0].sentence.start, first[0].sentence.end)
    assert extend(first[0], siblings, 0.05, positions(siblings)) == extend(first[0], siblings, 0.05)


def with_speaker(text: str, speaker: str, scores: list[float]) -> list[Scored]:
    """The passage's sentences, each attributed to `speaker`, scored as given."""
    spans = passage_sentences(Hit(StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={}),
                                  0.5, 0.0, 0.5, 0.1, 0.1))
    chains = [[s.start, s.end, [[speaker, "quotes"]]] for s in spans]
    chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text,
                        meta={"outlet": "A", "chains": json.dumps(chains)})
    sentences = passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1))
    return [Scored(s, sc, sc, 0.0) for s, sc in zip(sentences, scores, strict=True)]


def test_the_sentence_that_opens_a_quotation_joins_the_sentence_that_closes_it_with_the_speaker():
    """'“She may have gone too far. | It's very unusual,” Dick Durbin told the outlet.': the best
    sentence holds the attribution, the words asked about start one sentence earlier."""
    from app.attribution.links import Link

    text = ("“She may have got out over her skis a little bit and more political than she should have been. "
            "It’s very unusual for a justice to say such things,” Senate Minority Whip Dick Durbin told the outlet.")
    siblings = with_speaker(text, "Dick Durbin", [0.3, 1.0])
    assert extend(siblings[1], siblings, 0.05) == (0, len(text), (Link("Dick Durbin", "quotes"),))
    closed = text.replace("been. It’s", "been.” “It’s")  # two quotations: the first one is closed, it stays out
    siblings = with_speaker(closed, "Dick Durbin", [0.3, 1.0])
    assert extend(siblings[1], siblings, 0.05)[0] == siblings[1].sentence.start


LEAD_IN = ("And the governor himself lashed out on Twitter, saying:\n\n"
           "The judge has embarrassed all of us with her remarks about me. She should resign! "
           "Later that day the court, through a spokesman for the chief judge, declined to comment on any of it.")


def _led(scores: list[float]) -> list[Scored]:
    from app.attribution.links import Link

    out = scored(LEAD_IN, scores)
    return [out[0]._replace(sentence=out[0].sentence._replace(links=(Link("Jane Roe", "quotes"),))), *out[1:]]


def test_a_colon_lead_in_is_quoted_as_the_words_it_introduces_in_the_next_paragraph_under_its_speaker():
    """"X lashed out on Twitter, saying:" | the tweet: the quote is the tweet (whole, being short), in its own
    paragraph, under the lead-in's chain though it has no quotation marks."""
    sentences = _led([1.0, 0.2, 0.2, 0.2])
    start, end, links = extend(sentences[0], sentences, 0.05)
    assert LEAD_IN[start:end].startswith("The judge has embarrassed") and "\n" not in LEAD_IN[start:end]
    assert [link.name for link in links] == ["Jane Roe"]


def test_the_words_a_colon_introduces_stop_at_a_short_blocks_length():
    from app.answer.select import INTRODUCED_WORDS

    sentences = _led([1.0, 0.2, 0.2, 0.2])
    start, end, _ = extend(sentences[0], sentences, 0.05)
    assert LEAD_IN[start:end] == "The judge has embarrassed all of us with her remarks about me. She should resign!"
    assert len(LEAD_IN[start:end].split()) <= INTRODUCED_WORDS < len(LEAD_IN[start:].split())


def test_without_a_colon_the_next_paragraph_never_joins():
    text = LEAD_IN.replace("saying:", "saying so.")
    sentences = scored(text, [1.0, 0.99, 0.2, 0.2])
    start, end, _ = extend(sentences[0], sentences, 0.05)
    assert text[start:end] == sentences[0].sentence.text


def test_what_x_posted_opens_with_the_words_a_colon_introduces_before_narration_about_x():
    from app.answer.select import Quote, asked, said_first
    from tests.answer.test_sides import quote

    q = asked("What did Jane Roe post on Twitter about the judge?")
    assert q.said and asked("What did Jane Roe tweet about the judge?").said
    narration = quote("Jane Roe on Tuesday assailed the judge for speaking out on the race.", "A", "x", 1.0, "Jane Roe")
    led = _led([0.9, 0.2, 0.2, 0.2])
    start, end, links = extend(led[0], led, 0.05)
    tweet = Quote(led[0].sentence.hit, start, end, LEAD_IN[start:end], 0, links, 0.9)
    assert said_first(q, [narration, tweet]) == [tweet, narration]
    bare = quote(tweet.text, "B", "y", 0.9, "Jane Roe")  # the same words with no colon before them: narration stays first
    assert said_first(q, [narration, bare]) == [narration, bare]


def test_introduced_words_longer_than_a_quote_leave_the_lead_in_alone():
    from app.answer.select import MAX_QUOTE_WORDS
    from app.attribution.links import Link

    long_block = " ".join(["word"] * (MAX_QUOTE_WORDS + 5)) + "."
    text = "And the governor himself lashed out on Twitter, saying:\n\n" + long_block
    out = scored(text, [1.0, 0.2])
    led = [out[0]._replace(sentence=out[0].sentence._replace(links=(Link("Jane Roe", "quotes"),))), *out[1:]]
    start, end, links = extend(led[0], led, 0.05)
    assert text[start:end] == led[0].sentence.text and [link.name for link in links] == ["Jane Roe"]
