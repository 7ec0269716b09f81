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


def test_x_s_words_right_after_a_sentence_narrating_x_come_before_it():
    """'Lind defended the plan, saying that …' (narrates Lind) | '“…,” Lind said.' (quotes Lind): one speaker, so
    "What did Lind say" opens with the words, as after a narration that quotes him."""
    from app.answer.quote import Quote
    from app.answer.retrieve import Hit
    from app.answer.said import said_first
    from app.answer.select import asked
    from app.attribution.links import NARRATES, QUOTES, Link
    from app.store.chroma import StoredChunk

    first = "Governor Paul Lind defended the toll plan on Friday, saying that the legislature was briefed."
    text = f"{first} “The tolls are fair and they are limited in scope,” Lind said."
    hit = Hit(StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "Daily Planet"}),
              0.5, 0.0, 0.5, 0.1, 0.1)
    narration = Quote(hit, 0, len(first), first, 0, (Link("Paul Lind", NARRATES),), 1.0)
    words = Quote(hit, len(first) + 1, len(text), text[len(first) + 1 :], 0, (Link("Paul Lind", QUOTES),), 0.8)
    assert said_first(asked("What did Governor Lind say about the toll plan?"), [narration, words]) == [words, narration]
