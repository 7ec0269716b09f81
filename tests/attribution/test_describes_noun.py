"""One reading of an adjective before the noun it describes (`verdicts.describes_noun`), read by the verdict words of a
question (`attributive`), the participles of a dimension (`opposite_sides`) and a speaker's evaluative adjectives
(`answer.verdict_look`): "legal marijuana" names a kind, "legal in Colorado" is a verdict."""

from app.answer.verdict_look import polarity
from app.attribution.verdicts import asked_verdicts, describes_noun
from app.text.terms import term_set


def after(text: str, word: str) -> int:
    return text.index(word) + len(word)


def test_a_lower_case_noun_right_after_the_adjective_is_described():
    text = "Is legal marijuana flooding the state?"
    assert describes_noun(text, after(text, "legal"))
    assert not asked_verdicts(text)


def test_a_function_word_an_adverb_a_name_or_punctuation_after_it_ends_the_phrase():
    for text in ("Is marijuana legal in Nebraska?", "Is it legal now?", "It is legal Monday.", "Was it fair, or not?",
                 "That seems fair enough."):
        word = "legal" if "legal" in text else "fair"
        assert not describes_noun(text, after(text, word)), text


def test_the_judged_subject_after_the_adjective_is_judged_not_described():
    text = "Ruiz called it a fair election."
    assert describes_noun(text, after(text, "fair"))
    assert not describes_noun(text, after(text, "fair"), term_set("election"))


def test_a_speakers_adjective_before_another_noun_judges_that_noun_before_a_comma_or_adverb_the_subject():
    assert polarity("The mayor said the plan was a legitimate question to raise.", True, term_set("plan")) == 0
    assert polarity("The mayor said the plan was legitimate, and overdue.", True, term_set("plan")) == 1
    assert polarity("The mayor said the plan seemed fair enough.", True, term_set("plan")) == 1
