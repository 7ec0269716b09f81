"""Speaker-phrase helpers: capitalised runs, appositions after a name, titles that show gender."""

from app.attribution.coref import People
from app.attribution.phrases import runs, runs_after
from app.attribution.speaker_state import apposition


def test_runs_are_fresh_lists_a_caller_may_change_without_changing_the_next_answer():
    text = "Senate Majority Leader Mitch McConnell told reporters in the Rose Garden"
    first = runs_after(text)
    assert first == [("", ["Senate", "Majority", "Leader", "Mitch", "McConnell"]), ("in the", ["Rose", "Garden"])]
    first[0][1].append("Jr.")
    first.clear()
    assert runs(text) == [["Senate", "Majority", "Leader", "Mitch", "McConnell"], ["Rose", "Garden"]]
    assert runs_after(text)[1] == ("in the", ["Rose", "Garden"])


def test_apposition_is_the_article_phrase_after_the_first_mention_followed_by_one():
    text = "Bauer spoke first. Robert Bauer, the White House counsel, said on Monday"
    assert apposition(text, "Bauer") == "the White House counsel"  # the first 'Bauer' has no apposition
    assert apposition("Robert Bauer , a lawyer; he said", "Bauer") == "a lawyer"
    assert apposition("Robert Bauer, who is a lawyer, said", "Bauer") == ""
    assert apposition("Robert Bauer, the", "Bauer") == ""  # fewer than three characters of description
    assert apposition("Mr. Smith (R.I.), the senator, said", "(R.I.)") == "the senator"  # the word is literal text


def test_a_title_before_the_surname_shows_gender_and_a_sentence_without_one_shows_none():
    people = People()
    people.learn("Margaret Hunter", "Mrs. Hunter declined to comment.", alone=False)
    people.learn("Duncan Hunter", "Hunter said the charges were false.", alone=False)
    assert people.gender == {"Margaret Hunter": "f"}
