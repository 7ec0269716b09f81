"""Right speaker, ninth round (issue 14 point 4): a block quotation whose reopening marks were lost runs on until its
lone closing mark, and only its relay speaks there ('Politico reports:' relays no further); a quotation paragraph
right after 'According to X, …' is X's.

The sentences are written for these tests in the style of US political news; none is copied from a corpus.
Rules only (nlp=None)."""

from app.attribution.quotemarks import closed_later, continues_quote
from tests.attribution.test_speakers_fifth import chain_of

BLOCK = ("The ad is the group's second this year.\n\nThe Ledger reports:\n\n"
         "“A strategist involved with the campaign said it is airing in three markets.\n\n"
         "Those markets hold many retirees.\n\n"
         "The pollster for the group is Ann Marsh.”\n\n"
         "The ad features the governor speaking about taxes.\n\n"
         "Critics have said the spot is misleading.\n\n"
         "But Paul Lind pushed back on Sunday, telling reporters, “It is a fair ad.”")


def test_a_paragraph_without_marks_runs_on_a_quotation_closed_by_a_later_lone_mark():
    assert chain_of(BLOCK, "Those markets") == ["Ledger"]
    assert chain_of(BLOCK, "The pollster") == ["Ledger"]


def test_a_block_quotations_relay_stops_where_the_quotation_closes():
    assert chain_of(BLOCK, "The ad features") == []
    assert chain_of(BLOCK, "But Paul Lind") == ["Paul Lind"]


def test_a_later_opening_mark_means_the_quotation_ended_unclosed():
    text = "“He said it airs today.\n\nThose markets hold retirees.\n\n“Next,” she said.”"
    assert not continues_quote(text, text.index("Those"))
    assert closed_later(text, text.index("\n\n“Next"), reach=3) is False


def test_a_closing_mark_beyond_reach_does_not_run_the_quotation_on():
    text = "“It airs today.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.”"
    assert not continues_quote(text, text.index("One."))
    assert continues_quote(text, text.index("Three."))


def test_a_quotation_paragraph_after_according_to_is_that_persons():
    text = ("According to Ann Marsh at the Ledger, the reading cost about $1 million.\n\n"
            "“The amount I get is nearly $1.1 million. Members still draw their salaries.”")
    assert chain_of(text, "“The amount") == ["Ledger", "Ann Marsh"]
    assert chain_of(text, "Members still") == ["Ledger", "Ann Marsh"]


def test_a_quotation_after_a_trailing_according_to_keeps_no_speaker():
    text = ("The charges were filed on Tuesday, according to the Ledger.\n\n"
            "“The goal was to enrich themselves.”")
    assert chain_of(text, "“The goal") == []


NETA = ("A new ad shows Prime Minister Paul Lind of Denmark warning about the treaty. "
        "“Every day the danger grows,” Mr. Lind is shown saying.\n\n")


def test_a_quotation_after_as_the_prime_minister_continues_is_his():
    text = NETA + ("For effect, a soundtrack fit for a drama like “Borgen” plays as the prime minister continues. "
                   "“The world tells us, ‘Wait.’ And I say wait for what?”\n\nThat line is a swipe at the president.")
    assert chain_of(text, "“The world") == ["Paul Lind"]
    assert chain_of(text, "And I say") == ["Paul Lind"]
    assert chain_of(text, "That line") == []


def test_a_weak_verb_ending_a_sentence_introduces_the_quotation_after_it():
    text = NETA + "A soundtrack swells as the prime minister continues. “Wait for what?”"
    assert chain_of(text, "“Wait") == ["Paul Lind"]


def test_a_weak_verb_ending_a_sentence_with_no_quotation_after_it_is_no_speech():
    text = NETA + "A soundtrack swells as the prime minister continues. The ad ends with a slogan."
    assert chain_of(text, "A soundtrack") == []


def test_as_well_as_and_such_as_name_no_speaker():
    from app.attribution.clauses import as_subject
    assert as_subject("Critics, as well as the mayor") is None
    assert as_subject("Groups such as the League") is None
    assert as_subject("The music swells as the prime minister") == "the prime minister"
