"""An article tells the sex of a person it names in full: the pronoun that follows the person as a sentence's
subject, or a title written before the full name; unknown when the article's words disagree or say nothing."""

from __future__ import annotations

from app.answer.name_sex import person_sex
from tests.answer.test_qualifiers import article


def _sentences(*texts: str):
    return article(*texts)[0].hit.sentences


def test_the_pronoun_after_a_subject_named_in_full_gives_the_sex():
    taxes = _sentences("Hillary Rodham Clinton on Friday released her tax returns.", "Mrs. Clinton paid the tax.",
                       "Former President Bill Clinton gave 41 speeches, and he was paid $13 million.")
    assert person_sex(taxes, "hillari", "clinton") == "f"
    assert person_sex(taxes, "bill", "clinton") == "m"
    assert person_sex(taxes, "william", "clinton") == "m"  # a short form of the first name is the same person
    assert person_sex(taxes, "chelsea", "clinton") == ""  # not named


def test_a_person_named_after_the_subject_takes_no_pronoun_of_it():
    # "She" continues the subject, not the former president named after "she and"
    joint = _sentences("Hillary Rodham Clinton said that she and former President Bill Clinton earned $139 million.",
                       "She also released a list of paid speeches.")
    assert person_sex(joint, "hillari", "clinton") == "f"
    assert person_sex(joint, "bill", "clinton") == ""


def test_a_title_before_the_full_name_gives_the_sex_and_disagreeing_words_give_none():
    assert person_sex(_sentences("The donor thanked Mrs. Laura Bush at the dinner."), "laura", "bush") == "f"
    mixed = _sentences("Pat Bush said she would run.", "Pat Bush said he would not.")
    assert person_sex(mixed, "pat", "bush") == ""
    other = _sentences("Laura Bush met Karl Rove, and he spoke first.")  # another full name comes first
    assert person_sex(other, "laura", "bush") == ""


def test_another_surname_of_the_article_before_the_pronoun_takes_it():
    # "her" is Ginsburg's, named in full elsewhere in the article and by surname alone in Hasen's sentence
    court = _sentences("Justice Ruth Bader Ginsburg criticized Donald Trump.",
                       "Rick Hasen, a court watcher, wrote that Ginsburg's statements could question her impartiality.")
    assert person_sex(court, "rick", "hasen") == ""
    assert person_sex(court, "ruth", "ginsburg") == ""  # no pronoun after her own full mention
