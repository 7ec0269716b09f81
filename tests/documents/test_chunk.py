from app.documents.chunk import chunk, chunk_id
from app.text.sentences import split_sentences


def test_sentences_split_on_sentence_ends_but_not_abbreviations():
    text = "Dr. Amiri met Brig. Gen. Jalali in the U.S. on Monday. He left. “Go,” she said. Then 3 more came."
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == ["Dr. Amiri met Brig. Gen. Jalali in the U.S. on Monday.", "He left.", "“Go,” she said.", "Then 3 more came."]


def test_closing_quote_stays_with_its_sentence():
    text = "He said: “We used to receive orders.” Later he left."
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == ["He said: “We used to receive orders.”", "Later he left."]


def test_paragraphs_never_share_a_sentence():
    text = "A heading without a stop\n\nThe body starts here. It goes on."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "A heading without a stop", "The body starts here.", "It goes on."]


def test_chunk_offsets_point_at_their_text():
    text = " ".join(f"Sentence number {i} talks about the bridge." for i in range(60))
    chunks = chunk("doc", text, chunk_words=30, overlap=1)
    assert len(chunks) > 3
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert len(c.text.split()) <= 30 or len(c.sentences) == 1


def test_neighbouring_chunks_share_the_overlap_sentence():
    text = " ".join(f"Sentence {i} is here now." for i in range(20))
    a, b = chunk("doc", text, chunk_words=15, overlap=1)[:2]
    assert a.sentences[-1] == b.sentences[0]


def test_chunk_ids_are_content_hashes():
    text = "One sentence here. Another sentence there."
    first, again = chunk("doc", text), chunk("doc", text)
    assert [c.id for c in first] == [c.id for c in again]
    assert first[0].id == chunk_id("doc", first[0].start, first[0].text)
    assert chunk("other", text)[0].id != first[0].id


def test_an_overlong_sentence_is_cut_at_whitespace_and_keeps_offsets():
    text = "word " * 2000
    spans = split_sentences(text.strip())
    assert len(spans) > 1
    assert all(s.end - s.start <= 1500 for s in spans)


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_initialisms_and_titles_do_not_end_a_sentence_before_a_name_or_figure():
    text = "The House passed H.R. 1 on Friday. Sen. Bob Casey met J. Smith in Washington, D.C. Mayor Bowser spoke."
    assert _split(text) == ["The House passed H.R. 1 on Friday.",
                            "Sen. Bob Casey met J. Smith in Washington, D.C. Mayor Bowser spoke."]


def test_an_initialism_before_a_sentence_opening_word_ends_the_sentence():
    assert _split("He lives in the U.S. The rest is history.") == ["He lives in the U.S.", "The rest is history."]
    assert _split("He was born on Jan. 5. They met in Jan. The rest followed.") == [
        "He was born on Jan. 5.", "They met in Jan.", "The rest followed."]


def test_no_is_an_abbreviation_only_before_a_figure():
    assert _split("See No. 5 first. She said no. Then she left.") == ["See No. 5 first.", "She said no.", "Then she left."]
