"""A person the question names in full is not answered by quotes about a namesake: one who shares the surname
with another first name, or whose first name is the question's surname."""

from __future__ import annotations

from app.answer.namesakes import asked_person, namesake
from app.answer.qualifiers import unpaired
from tests.answer.test_qualifiers import article


def test_the_asked_person_is_a_first_name_and_surname_not_a_body():
    assert asked_person("What did Paul Ryan say about elephant trophy permits?") == ("paul", "ryan")
    assert asked_person("What did Senator Ted Kennedy say about the case?") == ("ted", "kennedi")  # title left out
    assert asked_person("Who called on the Internal Revenue Service to review it?") is None  # a body's name


def test_the_asked_person_is_read_after_a_title_and_is_no_place_nor_hyphenated_word():
    assert asked_person("What did New York Gov. Andrew Cuomo say?") == ("andrew", "cuomo")
    assert asked_person("What did Colorado Attorney General John Suthers say?") == ("john", "suther")
    assert asked_person("What did Duncan Hunter Jr. say?") == ("duncan", "hunter")  # a suffix ends the name
    # a title whose word is not its stem ("Justice", "President") is read as a title too, so the name after it is found
    assert asked_person("What did Supreme Court Justice Anthony Kennedy say?") == ("anthoni", "kennedi")
    assert asked_person("When will the Hunters be arraigned in San Diego?") is None  # a place
    assert asked_person("How many women sued Wal-Mart?") is None  # one hyphenated word


def test_the_asked_person_is_read_after_an_office_capitalised_as_a_title():
    # "Leader", "Founder" are role nouns, not NAME_TITLES: the run was four words long and named no one
    assert asked_person("What did Senate Majority Leader Mitch McConnell say about the bill?") == ("mitch", "mcconnel")
    assert asked_person("What did Tea Party Founder Phillip Dennis say?") == ("phillip", "denni")
    mitch = article("Senator Mitch Daniels said the bill would pass.")
    assert namesake("What did Senate Majority Leader Addison McConnell say about the bill?",
                    article("Senator Mitch McConnell said the bill would pass.")) == ["mcconnel"]
    assert namesake("What did Senate Majority Leader Mitch McConnell say about the bill?", mitch) == []


def test_a_surname_with_another_first_name_or_used_as_a_first_name_is_a_namesake():
    zinke = article("Interior Secretary Ryan Zinke said the permits are on hold.")
    assert namesake("What did Paul Ryan say about elephant trophy permits?", zinke) == ["ryan"]
    assert namesake("What did Ryan Zinke say about elephant trophy permits?", zinke) == []
    anthony = article("Justice Anthony Kennedy said the argument was inconsistent.")
    assert namesake("What did Senator Ted Kennedy say about the argument?", anthony) == ["kennedi"]
    assert unpaired("What did Senator Ted Kennedy say about the argument?", anthony) == ["kennedi"]


def test_a_short_first_name_a_surname_alone_or_a_first_name_the_question_names_is_no_namesake():
    assert namesake("What did Ted Kennedy say about the bill?", article("Edward M. Kennedy said it was fair.")) == []
    assert namesake("What did Ted Kennedy say about the bill?", article("Mr. Kennedy said it was fair.")) == []
    bill = article("Bill Clinton earned $10 million from speeches.")
    assert namesake("How much did Bill and Hillary Clinton earn from speeches?", bill) == []


def test_an_office_before_a_surname_is_no_other_first_name():
    for office in ("Congressman", "Chairman", "Sheriff", "Mayor"):
        told = article(f"The indictment alleges that {office} Hunter falsified the reports.")
        assert namesake("Did Duncan Hunter falsify the reports?", told) == []
    assert namesake("Did Duncan Hunter falsify the reports?",  # an office, then another first name: a namesake
                    article("The indictment alleges that Congressman Robert Hunter falsified the reports.")) == ["hunter"]


def test_a_place_word_before_a_run_is_read_from_the_words_just_before_it(monkeypatch):
    """Whether a run follows "in / at / from / near" is read at the end of the text before it, not by searching all
    of that text for each run (quadratic in a long question)."""
    from app.answer import namesakes

    read: list[int] = []
    real = namesakes._PLACE_BEFORE

    class Counting:
        def search(self, text: str, pos: int = 0):
            read.append(len(text) - pos)
            return real.search(text, pos)

    monkeypatch.setattr(namesakes, "_PLACE_BEFORE", Counting())
    question = "Did " + "Tom Lee meet Ann Wu in Paris and " * 40 + "Jo Kim in San Diego?"
    assert asked_person(question) == ("tom", "lee")
    assert asked_person("Who was arraigned in San Diego with Jo Kim?") == ("jo", "kim")  # after the place
    assert max(read) <= 4
