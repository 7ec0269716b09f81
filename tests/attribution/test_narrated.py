"""A reporter's narrative sentence whose speech is only a participle clause (issue 14 point 4, session 20): 'Governor
Lind on Friday defended the plan, saying that …' holds none of Lind's words, so its chain keeps Lind for search
(role NARRATES) and its label is the outlet alone. A quotation, a finite verb of saying or a colon introducing the
words keep 'quoting'.

The sentences are written for these tests in the style of US political news; none is copied from a corpus.
Rules only (nlp=None)."""

from app.attribution.chains import find_chains
from app.attribution.links import NARRATES, QUOTES, Link, label, source_links
from app.attribution.narrated import narrated, narrates
from tests.attribution.test_speakers_fifth import NAMES


def links_of(text: str, sentence_start: str) -> tuple[Link, ...]:
    at = text.index(sentence_start)
    return next(c.links for c in find_chains(text, "Evening Courant", NAMES) if c.start <= at < c.end)


def test_a_participle_of_saying_after_the_reporters_main_clause_narrates_its_speaker():
    text = ("Governor Paul Lind on Friday forcefully defended the new toll plan, saying that the legislature was "
            "fully briefed and the tolls are limited in scope.")
    assert links_of(text, "Governor") == (Link("Paul Lind", NARRATES),)


def test_agreeing_or_a_clip_of_a_person_warning_is_the_reporters_narrative():
    text = "Justice Ann Marsh agreed, saying that employers had a duty to make sure workers were treated fairly."
    assert links_of(text, "Justice") == (Link("Ann Marsh", NARRATES),)
    assert narrates("A new advertisement attempts to stoke anxiety over the budget, using a news clip of Senator Ann "
                    "Marsh warning of the risks of a default.")


def test_a_set_off_quotation_or_a_finite_verb_of_saying_still_quotes_the_speaker():
    quoted = "Governor Paul Lind defended the plan on Friday, saying, “The tolls are fair and limited.”"
    said = "Governor Paul Lind said on Friday that the tolls are limited, adding that the legislature was briefed."
    assert links_of(quoted, "Governor") == (Link("Paul Lind", QUOTES),)
    assert links_of(said, "Governor") == (Link("Paul Lind", QUOTES),)


def test_a_lead_in_ending_with_a_colon_and_a_progressive_are_not_narrative():
    assert not narrates("And Lind himself lashed out on Twitter, saying:")
    assert not narrates("Lind is saying that the tolls are limited.")
    assert narrates("Lind walked out of the courthouse saying she feels no anger.")


def test_a_narrated_source_is_in_no_label_and_relays_stay():
    links = narrated((Link("Daily Ledger", "relays"), Link("Paul Lind", QUOTES)))
    assert links == (Link("Daily Ledger", "relays"), Link("Paul Lind", NARRATES))
    assert label("Evening Courant", links) == "Evening Courant, relaying Daily Ledger"
    assert [s.name for s in source_links(links)] == ["Daily Ledger"]


def test_a_few_quoted_words_inside_the_reporters_participle_clause_are_still_the_reporters_sentence():
    text = ("Justice Ann Marsh faced a growing backlash on Wednesday as she doubled down on her criticism of the "
            "governor, calling him a “faker” who is unfit for office.")
    assert links_of(text, "Justice") == (Link("Ann Marsh", NARRATES),)
    # 'Lind echoed the mayor, adding that …' narrated until session 25: 'echoed' now reports speech itself
    # (tests/attribution/test_echoed_speech.py)


def test_words_set_off_after_a_colon_or_comma_or_a_misprinted_finite_verb_keep_quoting():
    assert not narrates("She doubled down late Monday, telling the Ledger: “He is a faker.”")
    assert not narrates("Lind pushed back on Sunday, first telling the Ledger, “I know what they are trying to do.")
    assert not narrates("He adding that the plan has been “under study for years” but that he would give an update.")


def test_a_clause_of_the_speakers_in_quotation_marks_keeps_quoting_them():
    text = ("On Friday, Ms. Marsh and Mr. Lind released a joint statement repeating that they had “long been "
            "concerned about the degree to which the program has relied on secret rules.”")
    assert not narrates(text)
    assert narrates("The coalition issued its own resolution, accusing the group of acting as a “partisan political "
                    "attack dog” and calling on the agency to review it.")
