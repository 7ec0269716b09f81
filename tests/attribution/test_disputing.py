"""The 'disputing' role: a sentence that reports a source's claim in order to reject it, in the
outlet's own voice, does not relay that source."""

from app.attribution.chains import find_chains
from app.attribution.disputing import disputes
from app.attribution.links import DISPUTES, QUOTES, RELAYS, KnownSource, Link, Names, SpeakerTable, carried, label
from app.registry import Outlet, Registry

NAMES = Names(
    SpeakerTable(sources=[KnownSource(name="Al Jazeera", kind="outlet", aliases=["Al-Jazeera", "Al Jazeera English"])]),
    Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"]), Outlet(name="Reuters")]),
)


def links_of(text: str, sentence_start: str) -> tuple[Link, ...]:
    at = text.index(sentence_start)
    return next(c.links for c in find_chains(text, "Daily Planet", NAMES) if c.start <= at < c.end)


def test_a_claim_the_sentence_calls_untrue_disputes_its_outlet():
    text = ("On September 16, Al-Jazeera English, with the help of known regime agents claimed that the group "
            "had changed the views of media organizations, but claimed that it had no support at home, which is not true.")
    assert links_of(text, "On September") == (Link("Al Jazeera", DISPUTES),)
    assert label("Iran News Update", links_of(text, "On September")) == "Iran News Update, disputing Al Jazeera"


def test_a_person_who_falsely_claimed_or_claimed_without_evidence_is_disputed():
    text = ("Mayor John Harlan falsely claimed that the bridge was safe. "
            "Senator Ruth Okafor claimed without evidence that the vote was rigged. "
            "Governor Ann Lisle insisted the budget was balanced, a claim that has been debunked.")
    assert links_of(text, "Mayor John") == (Link("John Harlan", DISPUTES),)
    assert links_of(text, "Senator Ruth") == (Link("Ruth Okafor", DISPUTES),)
    assert links_of(text, "Governor Ann") == (Link("Ann Lisle", DISPUTES),)


def test_a_rejection_in_the_speakers_own_words_keeps_them_quoted():
    """basil-dev: 'The former Alaska governor said claims that tea party activists … were false', 'conservative
    activists said the lawmakers were lying': the speaker rejects something; the outlet relays the speaker."""
    text = ("Sarah Palin said claims that the activists judge people by their skin were false. "
            "Mayor John Harlan claimed that the report was not true.")
    assert links_of(text, "Sarah Palin") == (Link("Sarah Palin", QUOTES),)
    assert links_of(text, "Mayor John") == (Link("John Harlan", QUOTES),)
    basil = ("A white lawmaker said he also heard the epithets, but conservative activists said the lawmakers were lying. "
             "Dallas Tea Party founder Phillip Dennis said \"there was no proof\" of racist behavior at the event.")
    assert all(link.role != DISPUTES for c in find_chains(basil, "Daily Planet", NAMES) for link in c.links)


def test_according_to_a_source_officials_denied_it_still_relays_the_source():
    text = "According to Reuters, officials denied that the plant had been damaged, calling the reports false."
    assert links_of(text, "According to") == (Link("Reuters", RELAYS),)
    text = "According to Reuters, officials claimed that the plant was safe, which is not true."
    assert links_of(text, "According to") == (Link("Reuters", RELAYS),)


def test_a_comment_after_another_speakers_words_does_not_dispute_the_first():
    assert not disputes("Harlan claimed the bridge was safe, and the engineer said it was old, which is not true.", "claimed")
    assert not disputes("Harlan said the bridge was safe, which is not true.", "said")  # 'said': no claim verb
    assert disputes("Harlan falsely said the bridge was safe.", "said")


def test_the_sentence_after_a_disputed_speaker_quotes_them_again():
    text = "Mayor John Harlan falsely claimed that the bridge was safe. “We inspected it twice.”"
    assert links_of(text, "“We inspected") == (Link("John Harlan", QUOTES),)


def test_an_outlet_disputed_at_the_top_of_an_article_does_not_speak_for_the_sentences_after_it():
    text = ("The Harbor Times falsely reported that the mayor resigned. The council met on Monday. "
            "“We are fine,” said Mayor John Harlan.")
    assert links_of(text, "The Harbor Times") == (Link("Harbor Times", DISPUTES),)
    assert links_of(text, "The council met") == ()
    assert links_of(text, "“We are fine") == (Link("John Harlan", QUOTES),)


def test_carried_links_stop_at_the_first_disputed_source():
    relayed, disputed = Link("Al Jazeera", RELAYS), Link("John Harlan", DISPUTES)
    assert carried((relayed, disputed)) == (relayed,)
    assert carried((disputed,)) == ()
    assert carried((relayed,)) == (relayed,)
