"""A said-question whose source is a document or medium ("What did Netanyahu's ad say?"): no person is read from it,
and what the document says, features or calls for answers, not a person's comment about it (pure functions)."""

from __future__ import annotations

from dataclasses import replace

from app.answer.asked import asked
from app.answer.source_asked import said_by
from app.answer.document_said import asked_document, document_speaks
from app.answer.retrieve import Hit
from app.answer.said import document_first
from app.answer.select import Quote
from app.answer.sides import contradiction
from app.answer.words_first import words_first
from app.attribution.links import QUOTES, Link
from app.store.chroma import StoredChunk


def quote(text: str, outlet: str, s: float, stance: str = "left") -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=outlet + text[:8], start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": stance, "date": "2012-09-20"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


def test_an_owned_document_is_asked_about_not_its_owner_or_a_role():
    ask = asked("What did Netanyahu's ad say?")
    assert not ask.speakers and not ask.role and ask.document is not None
    assert "ad" in ask.document.nouns and "advertisement" in ask.document.nouns and ask.document.owner == {"netanyahu"}
    of = asked("What did the indictment of Duncan Hunter say?")  # the names after "of" are its subject: no speaker
    assert not of.speakers and of.document is not None and of.document.owner == {"duncan", "hunter"}


def test_a_person_a_body_or_a_role_is_no_document():
    assert asked("What did the ACLU say about the ruling?").document is None
    assert asked("What did Hunter's spokesman say?").role and asked("What did Hunter's spokesman say?").document is None
    assert asked_document("Trump") is None and asked_document("the Post") is None


def test_one_thing_a_document_says_is_found_by_relevance_not_read_as_the_document_asked():
    assert asked("What did the indictment say Duncan Hunter and his wife spent campaign money on?").document is None
    assert asked("What does the NAACP resolution call on the Tea Party to do?").document is None
    assert asked("What did the report say about the cost?").document is not None


def test_a_noun_after_a_possessive_is_not_the_verb_asked():
    assert said_by("What did Trump's tweet about elephant trophies say?") == "Trump's tweet about elephant trophies"


AD = asked_document("Netanyahu's ad")


def test_a_document_that_says_features_or_underscores_speaks():
    assert document_speaks(AD, "The ad features Netanyahu laying out Israel's security concerns.")
    assert document_speaks(AD, "A voice-over at the end of the ad underscores the prime minister's message: \"…\"")
    lawsuit = asked_document("the lawsuit")
    assert document_speaks(lawsuit, "“The Constitution does not permit a patchwork,” the lawsuit says.")
    assert document_speaks(asked_document("Zinke's statement"), "Zinke said in a statement on Twitter that he agreed.")
    assert document_speaks(asked_document("Trump's tweet"), "In a tweet on Friday night, Trump said he decided.")


def test_a_document_only_named_or_named_in_someones_quotation_marks_does_not_speak():
    assert not document_speaks(AD, "The ad, paid for by a nonprofit group, could have a powerful influence in Miami.")
    assert not document_speaks(AD, "“This ad highlights the buyer's remorse felt by many,” Matt Brooks said.")
    assert not document_speaks(None, "The ad features Netanyahu.")


def test_another_document_of_the_kind_speaks_only_for_the_owner_it_names():
    reply = "The St. Louis Tea Party Coalition issued its own resolution against the N.A.A.C.P., accusing it of bias."
    assert not document_speaks(asked_document("the NAACP's resolution"), reply)
    assert document_speaks(asked_document("the St. Louis Tea Party's resolution"), reply)


def test_what_the_document_says_comes_first_unless_far_below():
    comment = quote("“Support for Israel remains strong,” said Jeri Thompson of the group.", "Fox", 1.0)
    feature = quote("The ad features Netanyahu laying out Israel's security concerns.", "HuffPost", 0.6)
    far = quote("The ad features a soundtrack.", "Times", 0.3)
    ask = asked("What did Netanyahu's ad say?")
    assert document_first(ask, [comment, feature, far]) == [feature, comment, far]
    assert document_first(asked("What did Jeri Thompson say?"), [comment, feature]) == [comment, feature]


def test_an_answer_about_a_document_opens_with_what_it_says_not_with_words_in_quotation_marks():
    feature = quote("The ad features Netanyahu laying out Israel's security concerns.", "HuffPost", 1.0)
    comment = quote("“Support for Israel remains strong,” said Jeri Thompson of the group.", "Fox", 0.95)
    assert words_first(asked("What did Netanyahu's ad say?"), "What did Netanyahu's ad say?", [feature, comment]) == 0
    announcer = "What does the announcer say at the end of the ad?"  # no document asked: the words open
    assert words_first(asked(announcer), announcer, [feature, comment]) == 1


def test_what_a_document_said_is_disputed_only_by_a_rebuttal_or_a_figure():
    a = quote("The report said Sestak was offered an unpaid position on an advisory board.", "Fox", 1.0, "right")
    b = quote("The White House did not offer Sestak an unpaid position on an advisory board.", "Times", 0.95)
    plain = "Was Sestak offered an unpaid position on an advisory board?"
    assert contradiction(asked(plain), plain, a, b, 0.9) is not None
    doc = "What did the report say about the unpaid position Sestak was offered?"
    assert contradiction(asked(doc), doc, a, b, 0.9) is None


def test_a_verb_in_a_clause_of_its_own_after_the_document_is_another_subjects():
    report = asked_document("the White House counsel's report on Sestak")
    assert not document_speaks(report, "The report comes one day after President Obama insisted nothing improper.")
    assert document_speaks(report, "But the report, by White House Counsel Robert Bauer, concluded that it was lawful.")


def test_its_own_document_is_the_sentence_subjects_not_a_name_further_on():
    zinke = "Secretary of the Interior Ryan Zinke echoed Trump's comment in his own tweet, saying that they had spoken."
    assert not document_speaks(asked_document("Trump's tweet"), zinke)
    assert document_speaks(asked_document("Ryan Zinke's tweet"), zinke)


def test_a_document_another_speaker_passes_on_is_not_the_owners_asked():
    fws = asked("What did the Fish and Wildlife Service's statement say?")
    zinke = quote("Interior Secretary Ryan Zinke said in a statement on Twitter that he and Trump agree.", "HuffPost",
                  1.0)
    zinke = replace(zinke, links=(Link("Ryan Zinke", QUOTES),))
    assert document_speaks(fws.document, zinke.text)  # a statement passed on, but Zinke's
    other = quote("The agency's officials met on Friday.", "Fox", 0.9)
    assert document_first(fws, [other, zinke]) == [other, zinke]
    own = asked("What did Ryan Zinke's statement say?")
    assert document_first(own, [other, zinke]) == [zinke, other]


def test_a_kind_of_document_has_its_pattern_compiled_once_not_on_each_question():
    import re

    from app.answer.document_said import _pattern

    ad = asked_document("Netanyahu's ad")
    first = _pattern(ad.nouns)
    re.purge()  # the re module's own cache (512 patterns) drops it between questions of a varied stream
    assert _pattern(asked_document("the Secure America Now ad").nouns) is first
    assert document_speaks(ad, "The ad features a clip of Netanyahu.")
