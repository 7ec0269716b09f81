"""The term tokeniser keeps what a reader names with punctuation: abbreviations written with internal full
stops are one term ("H.R." is "hr"), save those whose letters spell a word ("U.S.", "a.m."), which stay the letters
they always were (joining them changed every article's BM25 length and cost more cases than it gained)."""

from app.text.sentences import split_sentences
from app.text.terms import term_set, terms


def test_an_abbreviation_with_full_stops_is_one_term_the_same_as_without_them():
    assert terms("Did the House pass H.R. 1?") == terms("Did the House pass HR 1?") == ["hous", "pass", "hr", "1"]
    assert terms("the N.A.A.C.P.") == terms("the NAACP") == ["naacp"]
    assert terms("F.B.I. agents") == terms("FBI agents")
    assert terms("the U.N. and D.C.") == ["un", "dc"]


def test_the_country_us_is_not_the_pronoun_us():
    assert terms("U.S. officials") == ["u", "s", "offici"]
    assert terms("It is a power grab for us") == ["power", "grab", "us"]
    assert "us" not in term_set("the U.S. Supreme Court")


def test_an_abbreviation_spelling_a_word_stays_its_letters():
    assert terms("at 9 a.m. in I.T.") == ["9", "m", "t"]


def test_titles_initials_and_web_addresses_are_unchanged():
    assert terms("Sen. Bob Casey, Rep. Zoe Lofgren (D-Calif.)") == ["sen", "bob", "casey", "rep", "zoe", "lofgren",
                                                                    "d", "calif"]
    assert terms("George W. Bush") == ["georg", "w", "bush"]
    assert terms("www.example.com") == ["www", "exampl", "com"]
    assert terms("clause 2.b.v") == ["claus", "2", "b", "v"]  # a numbered clause is no abbreviation


def test_an_abbreviation_before_a_hyphen_keeps_the_word_after_it():
    assert terms("U.S.-led talks") == ["u", "s", "led", "talk"]
    assert terms("H.R.-1 talks") == ["hr", "1", "talk"]


def test_the_sentence_splitter_does_not_end_a_sentence_after_an_abbreviation_or_a_title():
    text = "The House passed H.R. 1 on Friday. Sen. Bob Casey and the F.B.I. Director spoke. It was in the U.S. The end."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "The House passed H.R. 1 on Friday.", "Sen. Bob Casey and the F.B.I. Director spoke.", "It was in the U.S.",
        "The end."]
