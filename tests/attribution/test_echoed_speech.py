"""'X echoed Y's sentiments, adding that …', 'X reiterated that …': a verb repeating someone's words is a verb of
saying, so the sentence quotes X (it is no reporter's narrative with a participle of saying only); without a
complement ('echoed the chairman', 'The hall echoed with cheers') it is weak, as 'repeated' is.

The sentences are written for these tests; none is copied from a corpus. Rules only (nlp=None)."""

from app.attribution.links import QUOTES, Link
from app.attribution.narrated import narrates
from app.attribution.speech import leading
from tests.attribution.test_narrated import links_of


def test_echoing_someone_and_adding_that_quotes_the_speaker():
    text = ("The Farm Bureau's Ann Marsh echoed Lind's sentiments, adding that despite years of drought, water "
            "remains \"widely available\" in the valley.")
    assert links_of(text, "The Farm") == (Link("Ann Marsh", QUOTES),)


def test_echoing_someone_far_before_a_participle_of_saying_still_quotes_the_speaker():
    text = ("Secretary of Labor Ann Marsh echoed the governor's remarks in a long post of her own, saying that she and "
            "the governor had spoken and both support the plan.")
    assert links_of(text, "Secretary") == (Link("Ann Marsh", QUOTES),)


def test_reiterating_that_quotes_the_speaker():
    text = "Senator Paul Lind reiterated that the bill would not raise taxes."
    assert links_of(text, "Senator") == (Link("Paul Lind", QUOTES),)


def test_echoed_without_a_complement_is_no_verb_of_saying():
    assert leading("The hall echoed with cheers for an hour.") is None


def test_echoing_someone_without_a_complement_leaves_the_clause_s_own_verb_of_saying():
    text = "Senator Paul Lind echoed the governor and attacked the agency, and said it \"cannot be trusted.\""
    assert links_of(text, "Senator") == (Link("Paul Lind", QUOTES),)


def test_echoing_with_a_few_quoted_words_is_no_reporters_narrative():
    assert not narrates('Lind echoed the mayor, adding that the bridge remains "badly needed" -- including in winter.')
