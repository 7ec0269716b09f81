"""Source chains per sentence: the rule layer, no spaCy (nlp=None)."""

from pathlib import Path

import pytest

from app.attribution.chains import find_chains
from app.attribution.links import KnownSource, Link, Names, SpeakerTable, label, load_speakers
from app.errors import ConfigError
from app.registry import Outlet, Registry

TABLE = SpeakerTable(
    sources=[
        KnownSource(name="Al Jazeera", kind="outlet", aliases=["Al-Jazeera", "Aljazeera", "Al Jazeera English", "The Listening Post"]),
        KnownSource(name="PressTV", kind="outlet", aliases=["Press TV"]),
        KnownSource(name="Khorasan newspaper", kind="outlet", aliases=["Khorasan"]),
    ],
    titles=["Brigadier", "General", "Minister", "Health", "Mayor"],
)
NAMES = Names(TABLE, Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"])]))


def chain_of(text: str, sentence_start: str, outlet: str = "Daily Planet") -> list[str]:
    at = text.index(sentence_start)
    return next([link.name for link in c.links] for c in find_chains(text, outlet, NAMES) if c.start <= at < c.end)


def test_trailing_relay_is_outermost_and_the_relayed_source_follows():
    text = "Members of the board quit last week. The Khorasan newspaper revealed the plan in July, PressTV reported."
    assert chain_of(text, "The Khorasan") == ["PressTV", "Khorasan newspaper"]
    assert chain_of(text, "Members of") == []


def test_speaker_named_after_a_quotation_is_found_behind_a_job_title():
    text = '"The turning point was the election," says journalist and fellow Azadeh Moaveni.'
    assert chain_of(text, '"The turning') == ["Azadeh Moaveni"]


def test_titles_are_dropped_and_role_nouns_and_pronouns_resolve_to_the_last_named_person():
    text = (
        "Brigadier General Gholamreza Jalali said that the group moved abroad. "
        "Jalali made the remarks at a ceremony on Monday. "
        "“They post thousands of comments,” he highlighted. "
        "“They want to spread despair,” the commander added."
    )
    assert chain_of(text, "Brigadier General Gholam") == ["Gholamreza Jalali"]
    assert chain_of(text, "Jalali made the remarks a") == []  # narration about him, not his words
    assert chain_of(text, "“They post thousands of c") == ["Gholamreza Jalali"]
    assert chain_of(text, "“They want to spread desp") == ["Gholamreza Jalali"]


def test_quotation_spanning_sentences_takes_the_speaker_named_at_its_end():
    text = 'The Khorasan newspaper reported on the unit. Members are "briefed every morning. At noon they start posting," read the paper.'
    assert chain_of(text, "Members are") == ["Khorasan newspaper"]
    assert chain_of(text, "At noon") == ["Khorasan newspaper"]


def test_quotation_opened_after_a_speaker_keeps_the_speaker_across_sentences_and_paragraphs():
    text = (
        "Hassan Shahbaz, a former member, said in an interview with Aljazeera: “We received daily orders. "
        "Unemployment was one topic.\n\nThis was our daily task.”\n\nThe group denies this."
    )
    assert chain_of(text, "Hassan Shahbaz") == ["Al Jazeera", "Hassan Shahbaz"]
    assert chain_of(text, "Unemployment") == ["Al Jazeera", "Hassan Shahbaz"]
    assert chain_of(text, "This was our") == ["Al Jazeera", "Hassan Shahbaz"]
    assert chain_of(text, "The group denies") == []


def test_medium_a_speaker_spoke_to_comes_before_the_speaker():
    text = '"Several thousand accounts are run by members," former member, Hassan Heyrani, told The Listening Post.'
    assert chain_of(text, '"Several') == ["Al Jazeera", "Hassan Heyrani"]


def test_unattributed_quote_right_after_a_quoted_speaker_keeps_that_speaker():
    text = '"Bots need many accounts," explains Marc Owen Jones. "Most were created within four months."'
    assert chain_of(text, '"Most were') == ["Marc Owen Jones"]


def test_relay_stated_at_the_top_carries_over_while_the_relayed_report_keeps_speaking():
    text = (
        "A campaign of manipulation has analysts looking for culprits, the Al-Jazeera satellite TV network reported. "
        "Last month, platforms closed hundreds of pages. "
        '"The turning point was the election," says journalist Azadeh Moaveni.\n\n'
        "The group was founded in the 1960s. It moved to Iraq in 1986. It fought in the war. "
        "It was removed from a terror list in 2012. It now lives in Albania."
    )
    assert chain_of(text, "A campaign of manipulatio") == ["Al Jazeera"]
    assert chain_of(text, "Last month, platforms clo") == ["Al Jazeera"]  # bridged: the report speaks again next
    assert chain_of(text, '"The turning point was th') == ["Al Jazeera", "Azadeh Moaveni"]
    assert chain_of(text, "The group was founded in ") == []  # back to the outlet's own voice
    assert chain_of(text, "It now lives in Albania.") == []


def test_relay_mentioned_deep_in_an_article_covers_only_its_own_sentence():
    own = " ".join(f"The council met on day {n} of the session." for n in range(1, 6))
    text = own + " The budget grew, according to the Al-Jazeera network. Mayor Anna Bell said the budget was fair."
    assert chain_of(text, "The budget grew") == ["Al Jazeera"]
    assert chain_of(text, "Mayor Anna Bell") == ["Anna Bell"]


def test_claim_in_a_relative_clause_is_not_an_attribution_of_the_sentence():
    text = "Channel 4 filmed the residence and sent the footage abroad before airing the programme, which claimed that the group ran trolls."
    assert chain_of(text, "Channel 4") == []


def test_unnamed_speakers_are_labelled_by_their_description_and_reports_add_no_link():
    text = "According to some defected members, the facility is a factory of fake accounts. Media reports said the fee was paid."
    assert chain_of(text, "According to") == ["some defected members"]
    assert chain_of(text, "Media reports") == []


def test_unknown_publications_are_relayed_and_acronyms_in_asides_are_not_speakers():
    text = (
        "Police arrested three men on Tuesday, the BBC reported. "
        "Many analysts and defected members of the Organization (MKO, also known as the MEK) have disclosed that bots were used."
    )
    assert chain_of(text, "Police") == ["BBC"]
    assert chain_of(text, "Many analysts") == []


def test_the_publishing_outlet_is_never_a_link_of_its_own_chain():
    text = "The Daily Planet reported that the bridge opened. The mayor, Anna Bell, said the bridge cost too much."
    assert chain_of(text, "The Daily Planet") == []


def test_aliases_normalise_names_to_one_canonical_name():
    for spelling in ("Al-Jazeera", "Aljazeera", "Al Jazeera English"):
        assert chain_of(f"The network spread lies, {spelling} reported.", "The network") == ["Al Jazeera"]


def test_label_reads_the_chain_outermost_first():
    links = (Link("Al Jazeera", "relays"), Link("Hassan Heyrani", "quotes"))
    assert label("Rasa News Agency", links) == "Rasa News Agency, relaying Al Jazeera, quoting Hassan Heyrani"


def test_speakers_file_with_an_unknown_key_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "speakers.yaml"
    path.write_text("sources:\n  - name: Al Jazeera\n    kind: outlet\n    nickname: AJ\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"speakers.yaml:4: sources.0.nickname"):
        load_speakers(path)


def test_seed_speakers_file_is_valid_and_maps_spellings():
    names = Names(load_speakers(Path(__file__).resolve().parents[2] / "corpus" / "speakers.yaml"))
    assert names.lookup("the Al-Jazeera satellite TV network") == ("Al Jazeera", "outlet")
    assert names.lookup("Aljazeera") == ("Al Jazeera", "outlet")
