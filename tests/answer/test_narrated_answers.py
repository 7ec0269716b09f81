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
