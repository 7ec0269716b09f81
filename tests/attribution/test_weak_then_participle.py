"""A weak verb of saying with no complement gives way to a later participle of saying of the same subject ('Gibbs
declined repeated attempts for comment before relaying to reporters that …': 'repeated' is an adjective here), but
not to a verb of its object clause ('The board noted the code says that …': the board notes)."""

from app.attribution import speech
from app.attribution.chains import find_chains
from app.attribution.links import Names, SpeakerTable
from app.registry import Outlet, Registry

NAMES = Names(SpeakerTable(), Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"])]))


def links_of(sentence: str) -> list[str]:
    text = "The river rose overnight.\n\n" + sentence
    return {text[c.start:c.end]: [link.name for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)}[
        sentence]


def test_a_participle_of_saying_after_a_weak_verb_without_complement_speaks():
    sentence = ("Press Secretary Robert Gibbs declined repeated attempts for comment before relaying to reporters "
                "that he had looked into the matter.")
    assert links_of(sentence) == ["Robert Gibbs"]


def test_a_verb_of_the_weak_verbs_object_clause_does_not_take_over():
    m = speech.leading("The board noted the code of conduct for judges says that a judge should stay out of it.")
    assert m is not None and m.verb == "noted"
