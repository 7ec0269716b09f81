"""The answer's check of the asked sum reads the quotes' words from the index's word table (issue 15.1): at ask the
model embeds the asked word only (`article_look.not_there`, as `compose.select_answer` calls it)."""

import numpy as np

from app.answer.article_look import not_there
from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.store.chroma import StoredChunk
from app.text.content_words import words_of


def _embed(texts):
    """Each word its own direction: no two different words share a meaning."""
    return np.array([np.random.default_rng(abs(hash(t)) % (1 << 32)).normal(size=32) for t in texts])


class _Table:
    """An index's word table (`word_table.WordFile`) holding `words`, as float16 rows."""

    def __init__(self, words):
        self.row = {w: np.asarray(v, dtype=np.float16) for w, v in zip(words, _embed(list(words)))}

    def rows(self, words):
        held = [self.row[w] for w in words if w in self.row]
        return np.array(held, dtype=np.float32).reshape(len(held), -1), [w for w in words if w not in self.row]


def _quote(text: str) -> Quote:
    chunk = StoredChunk(id="c1", doc_id="d1", start=0, end=len(text), text=text,
                        meta={"outlet": "Harbour Gazette", "stance": "left", "date": "2021-03-02"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), 0.6)


def test_the_sum_check_embeds_only_the_asked_word_when_the_table_holds_the_quotes_words():
    question = "What is the base salary of a Ferrow harbour pilot?"
    quote = _quote("Ferrow harbour pilots were paid $4.2 million in overtime last year, the port said.")
    seen = []
    def counted(texts):
        seen.extend(texts)
        return _embed(texts)
    assert not_there(asked(question), question, [quote], [quote], counted, _Table(words_of(quote.text)))
    assert seen == ["salary"]
    seen.clear()
    assert not_there(asked(question), question, [quote], [quote], counted)  # no table: every word embedded
    assert seen == ["salary", *words_of(quote.text)]
