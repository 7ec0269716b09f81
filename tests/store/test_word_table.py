"""The index's word table: each distinct content word of the passages embedded once for the whole corpus, at the
end of a write, so that `word_meaning` embeds only the question's words at ask."""

from __future__ import annotations

import numpy as np
from integr_support import assistant, write_lake_docs

from app.store import word_table
from app.store.embed import HashEmbedder
from app.text.content_words import words_of


class Counting:
    """An embedder that records every text it is asked for."""

    def __init__(self) -> None:
        self.inner, self.asked = HashEmbedder(64), []

    def __call__(self, texts):
        self.asked.extend(texts)
        return self.inner.embed(texts)


def test_the_table_file_reads_back_its_words_and_float16_rows(tmp_path):
    table = word_table.WordTable(("froze", "skaters"), np.array([[0.6, 0.8], [1.0, 0.0]], dtype=np.float16))
    word_table.save(tmp_path, table, "f1", "hash-2")
    back = word_table.load(tmp_path)
    assert back.words == table.words and np.array_equal(back.vectors, table.vectors)
    assert word_table.made_for(tmp_path, "f1") and not word_table.made_for(tmp_path, "f2")


def test_a_word_two_passages_say_is_embedded_once_and_the_rows_are_what_the_embedder_gave(tmp_path):
    embed, folder = Counting(), tmp_path
    texts = ["The lake froze in May.", "Skaters said the lake froze early."]
    word_table.refresh(folder, "f1", "hash-64", lambda: texts, embed)
    assert sorted(embed.asked) == sorted(set(words_of(" ".join(texts))))
    rows, missing = word_table.load(folder).rows(["froze", "boats"])
    assert missing == ["boats"] and np.allclose(rows[0], embed.inner.embed(["froze"])[0], atol=1e-3)


def test_a_new_state_of_the_store_embeds_only_the_words_the_old_table_lacks_and_drops_the_unsaid(tmp_path):
    embed, folder = Counting(), tmp_path
    word_table.refresh(folder, "f1", "hash-64", lambda: ["The lake froze in May."], embed)
    embed.asked.clear()
    word_table.refresh(folder, "f2", "hash-64", lambda: ["The lake froze; fishermen stayed ashore."], embed)
    assert sorted(embed.asked) == ["ashore", "fishermen", "stayed"]
    assert set(word_table.load(folder).words) == {"lake", "froze", "fishermen", "stayed", "ashore"}
    embed.asked.clear()
    word_table.refresh(folder, "f2", "hash-64", lambda: ["anything"], embed)  # the same state: nothing to do
    assert embed.asked == []


def test_an_ingested_index_holds_every_passage_word_in_its_table(tmp_path):
    a = assistant(tmp_path / "index")
    a.ingest([write_lake_docs(tmp_path / "docs")])
    lexical = a._lexical_index(a._open())
    said = {w for c, _ in a._open().iter_records() for w in words_of(c.text)}
    assert lexical.words is not None and set(lexical.words.table.words) == said



def test_a_folder_that_cannot_be_written_leaves_no_table_and_raises_nothing(tmp_path):
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where the index folder should be")
    word_table.refresh(folder, "f1", "hash-64", lambda: ["The lake froze in May."], Counting())
    assert word_table.header(folder) is None
