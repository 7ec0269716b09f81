"""A name inside a clause of the words reported is no speaker: 'A sudden squall, not overloading, sank the ferry
Calder Rose, the head of its operator said' — the ferry is the object of 'sank'; the speaker is the description next
to the verb, which names no one here."""

from app.attribution import phrases
from app.attribution.chains import find_chains
from app.attribution.links import TITLES, Names, SpeakerTable
from app.registry import Outlet, Registry

NAMES = Names(SpeakerTable(), Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"])]))


def links_of(sentence: str) -> list[str]:
    text = "The river rose overnight.\n\n" + sentence
    return {text[c.start:c.end]: [link.name for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)}[
        sentence]


def test_a_name_that_is_the_object_of_a_reported_clause_does_not_speak():
    sentence = ("A sudden squall, not overloading, sank the ferry Calder Rose, the head of its operator said on "
                "Sunday, as the death toll stood at 11.")
    assert "Calder Rose" not in links_of(sentence)


def test_named_in_keeps_the_last_segment_and_names_after_an_article_or_a_title():
    found = phrases.named_in("sank the ferry Calder Rose, former MKO member Hassan Heyrani, the head", TITLES)
    assert found == ["former MKO member Hassan Heyrani", "the head"]


def test_an_apposition_before_a_description_still_speaks():
    assert links_of("Kessler spokeswoman Marjorie Tull, a former reporter, said the valve was fine.") == [
        "Marjorie Tull"]


def test_a_name_in_a_clause_before_a_pronoun_speaker_may_still_be_the_pronouns_person():
    """'Later, when Mr. Pruett released his own plan, he said: …': the last segment is a pronoun, not a description,
    so the subordinate clause's name stays a candidate."""
    assert phrases.named_in("Later, when Mr. Pruett released his own plan, he", TITLES) == [
        "Later", "when Mr. Pruett released his own plan", "he"]
