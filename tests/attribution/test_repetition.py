"""Repetition: outlets relaying one original source are one source."""

from app.attribution.repetition import Voice, repetitions


def test_two_outlets_relaying_one_original_source_are_a_repetition():
    voices = [Voice("We received daily orders.", "Nejat Society", "hostile", ("Al Jazeera", "Hassan Shahbaz")),
              Voice("Our orders told us the hashtags.", "Rasa News Agency", "hostile", ("Al Jazeera", "Hassan Shahbaz")),
              Voice("The group is banned.", "Mehr News Agency", "hostile")]
    [rep] = repetitions(voices)
    assert rep.origin == "Al Jazeera" and rep.via == ("Hassan Shahbaz",)
    assert rep.outlets == ("Nejat Society", "Rasa News Agency")


def test_one_outlet_quoting_a_source_twice_is_not_a_repetition():
    voices = [Voice("a", "Rasa", None, ("Al Jazeera",)), Voice("b", "Rasa", None, ("Al Jazeera", "Hassan Heyrani"))]
    assert repetitions(voices) == []


def test_two_papers_quoting_an_unnamed_official_are_not_one_source():
    voices = [Voice("The plan is lawful.", "Daily Planet", "left", ("a senior administration official",)),
              Voice("Congress was told.", "Evening Courant", "right", ("a senior administration official",))]
    assert repetitions(voices) == []  # the same description may be two people
