"""A narrative sentence whose speech is only a participle clause is shown under its outlet alone, yet a question
about what the speaker said still finds it (issue 14 point 4, session 20). Documents written for the test."""

from corpora import write_corpus

NARRATIVE = ("Governor Paul Lind on Friday forcefully defended the new toll plan for the river bridge, saying that "
             "the legislature was fully briefed and the tolls are limited in scope. The vote is set for March.")


def test_a_narrated_speaker_is_found_but_not_in_the_quotes_label(make_assistant, tmp_path):
    registry = "outlets:\n  - {name: Daily Planet}\ndocuments:\n  - {file: planet.txt, outlet: Daily Planet}\n"
    a = make_assistant(write_corpus(tmp_path / "c", {"planet.txt": NARRATIVE}, registry))
    a.ingest([tmp_path / "c"])
    answer = a.ask("What did Governor Lind say about the toll plan?")
    cited = [c for c in answer.citations if "forcefully defended" in c.quote]
    assert cited, answer.answer
    assert all(c.chain == [] and c.label == "Daily Planet" for c in cited), answer.answer
    assert "quoting Paul Lind" not in answer.answer, answer.answer


def test_two_outlets_narrating_one_speaker_are_not_one_source_repeated():
    """Each outlet's narrative is its own words: no "both relay X" note for two narrated sentences."""
    from dataclasses import replace

    from app.answer.compose import _voices, repetition_notes
    from app.attribution.links import NARRATES, Link
    from app.attribution.repetition import repetitions
    from tests.answer.test_sides import quote

    a = replace(quote("Lind defended the plan, saying the tolls are limited.", "Daily Planet", "x", 1.0),
                links=(Link("Paul Lind", NARRATES),))
    b = replace(quote("Lind defended the toll plan saying the tolls are limited.", "Metro Courier", "y", 0.9),
                links=(Link("Paul Lind", NARRATES),))
    assert repetition_notes(repetitions(_voices([a, b]))) == []
    quoted = [replace(q, links=(Link("Paul Lind", "quotes"),)) for q in (a, b)]
    assert repetition_notes(repetitions(_voices(quoted)))  # the control: quoted, it is one source repeated
