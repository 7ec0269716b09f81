"""A name the question gives must stand in some article the answer could quote: a near-topic question
that swaps in another person or body is not answered by the story's quotes."""

from __future__ import annotations

from app.answer.named import designations, question_names, unnamed
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.store.chroma import StoredChunk


def quote(text: str, doc: str = "a", outlet: str = "Times") -> Quote:
    chunk = StoredChunk(id=doc, doc_id=doc, start=0, end=len(text), text=text, meta={"outlet": outlet})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), 1.0)


def test_a_questions_names_are_its_capitalised_runs_without_titles_openers_or_acronyms():
    assert question_names("What did Justice Clarence Thomas say during the argument?") == (frozenset({"clarenc", "thoma"}),)
    assert question_names("What did the ACLU say in March?") == ()  # an acronym, a month


def test_a_name_no_candidate_article_holds_is_unnamed():
    story = [quote("Justice Kennedy said the argument points in conflicting directions."),
             quote("Mr. Sellers said the comparison was not fair.", "b")]
    assert unnamed("What did Justice Clarence Thomas say during the argument?", story) == ["clarenc thoma"]
    assert unnamed("What did Anthony Kennedy say during the argument?", story) == []  # one word of the name is enough
    assert unnamed("What did Walmart's lawyer say?", [quote("Wal-Mart's lawyer said no.")]) == []  # split in two
    assert unnamed("What did the Times report?", story) == []  # the outlet names itself


def test_a_speaker_the_answering_articles_never_name_said_nothing_on_this():
    from app.answer.asked import asked
    from app.answer.named import speaker_unnamed
    from app.attribution.chains import Link
    spying = [quote("The agency defended its program of collecting Internet data, officials said.", "nsa")]
    q = asked("What did the ACLU say about the agency's data program?")
    assert speaker_unnamed(q, spying)  # the ACLU is quoted elsewhere, perhaps, but not in these articles
    named = [quote("The agency defended its program; the ACLU called it unlawful.", "nsa2")]
    assert not speaker_unnamed(q, named)
    link = quote("The program is unlawful, its lawyers said.", "nsa3")
    chained = Quote(link.hit, link.start, link.end, link.text, 0, (Link("ACLU", "quotes"),), 1.0)
    assert not speaker_unnamed(q, [chained])  # the chain names the speaker
    assert not speaker_unnamed(asked("What did the Times report about the program?"), spying)  # the outlet itself
    assert not speaker_unnamed(asked("When did the agency start the program?"), spying)  # not a said-question


def test_a_name_suffix_is_no_word_of_the_name():
    # "Jr.", "III" tell one Hunter from another in a family, not in the articles, which write "Mr. Hunter"
    assert question_names("What did Duncan Hunter Jr. say about the charges?") == (frozenset({"duncan", "hunter"}),)
    assert question_names("What did Robert Mueller III find?") == (frozenset({"robert", "mueller"}),)


def test_one_list_of_name_titles_is_read_by_the_question_names_and_the_person_test():
    from app.answer import named, persons
    from app.text.titles import NAME_TITLES
    assert named.TITLES >= {"justic", "presid", "jr"} and persons.NAME_TITLES is NAME_TITLES


def test_a_long_question_is_read_word_by_word_not_from_its_start_each_time(monkeypatch):
    """Each word's "does a sentence end before me" test reads the gap since the last word (and a few letters it looks
    behind at), not the whole question before it: a 2,000-character question was read in quadratic time."""
    from app.answer import named

    read: list[int] = []
    real = named._SENTENCE_END

    class Counting:
        def search(self, text: str):
            read.append(len(text))
            return real.search(text)

    monkeypatch.setattr(named, "_SENTENCE_END", Counting())
    question = "What did " + "Senator Chris Murphy and " * 80 + "Mr. Lee say? Did Ann Wu agree?"
    names = named.question_names.__wrapped__(question)
    assert names == (frozenset({"chris", "murphi"}), frozenset({"lee"}), frozenset({"ann", "wu"}))  # "Did" opens one
    assert max(read) <= 12


def test_a_bill_designation_is_a_name_held_only_as_a_run_of_its_words():
    """"H.R. 1" is written with words every article holds apart (an initialism, a number): the designation must
    stand in a candidate's article as one run ("H.R. 1", "HR 1"), or the question is about another bill."""
    assert designations("Have any courts ruled on H.R. 1?") == (("hr", "1"),)
    assert designations("Did the House pass S. 2155 or Section 230?") == (("s", "2155"), ("section", "230"))
    assert designations("Did Harry S. Truman sign it?") == ()  # an initial, no number
    bill = [quote("The so-called HR 1 measure embraced by House Democrats aims to curb big money in politics.")]
    assert unnamed("Have any courts ruled on H.R. 1?", bill) == []
    assert unnamed("Have any courts ruled on H.R. 3?", bill) == ["hr 3"]
    other = [quote("The court issued 1 ruling on the case, and HR managers said little.")]
    assert unnamed("Have any courts ruled on H.R. 1?", other) == ["hr 1"]


def test_a_hyphen_and_a_lower_case_word_end_a_name():
    """"an Atlanta-area Tea Party activist" names Atlanta and the Tea Party apart: an article that holds "area" (or the
    Tea Party) does not name Atlanta."""
    q = "What did an Atlanta-area Tea Party activist say about the allegations?"
    assert question_names(q) == (frozenset({"atlanta"}), frozenset({"tea", "parti"}))
    assert question_names("What did Wal-Mart say?") == (frozenset({"wal", "mart"}),)  # a name throughout
    story = [quote("A Kansas City-area Tea Party activist said the area branch had no evidence.")]
    assert unnamed(q, story) == ["atlanta"]


def test_a_names_head_is_its_last_word_a_surname_or_an_organisations_noun():
    from app.answer.named import name_head
    q = "Did Duncan Hunter tell the Republican Jewish Coalition about Justice Clarence Thomas?"
    assert [name_head(n, q) for n in question_names(q)] == ["hunter", "coalit", "thoma"]
    assert name_head(frozenset({"nobodi"}), q) == ""
