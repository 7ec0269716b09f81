"""The asked act or thing, written nowhere in the answer's quotes, makes the answer "not covered" (issue 14)."""

import numpy as np

from app.answer.asked_word import asked_words, sum_words, unheld
from app.answer.vectors import KnownVectors, word_embed


def _fake_embed(texts):
    """Each word its own direction: no two different words share a meaning."""
    out = []
    for t in texts:
        rng = np.random.default_rng(abs(hash(t)) % (1 << 32))
        out.append(rng.normal(size=32))
    return np.array(out)


def test_a_passive_participle_is_the_asked_act():
    assert asked_words("How many fishermen were detained after the protest?") == ("detained",)


def test_the_thing_whose_size_is_asked_is_the_asked_thing():
    assert asked_words("How big a grant did the museum get?") == ("grant",)


def test_a_passive_in_an_open_who_or_anyone_question_is_the_asked_act():
    assert asked_words("Who was fired over the ferry delays?") == ("fired",)
    assert asked_words("Has anyone been detained for the ferry protest?") == ("detained",)


def test_a_polar_or_embedded_passive_is_not_read():
    assert asked_words("Was the council accused of hiding the ferry report?") == ()
    assert asked_words("When did the council learn it had been misled?") == ()


def test_a_question_naming_no_act_or_thing_asks_nothing_to_check():
    assert asked_words("Why did the council close the ferry?") == ()


def test_a_quote_on_the_story_without_the_asked_act_leaves_it_unheld():
    quote = "The ferry stopped running on Monday after the protest at the harbour."
    assert unheld("How many fishermen were detained after the protest?", [quote], _fake_embed) == ["detained"]


def test_a_quote_saying_a_form_of_the_asked_word_holds_it():
    quote = "Police detained four fishermen at the harbour on Monday."
    assert unheld("How many fishermen were detained after the protest?", [quote], _fake_embed) == []


def test_a_word_of_the_same_meaning_holds_it():
    def same(texts):  # "arrested" and "detained" one meaning, the rest apart
        return np.array([[1.0, 0.0] if t in ("detained", "arrested") else [0.0, 1.0] for t in texts])
    quote = "Police arrested four fishermen at the harbour on Monday."
    assert unheld("How many fishermen were detained after the protest?", [quote], same) == []


def test_a_phrasal_verb_is_not_read_as_its_participle_alone():
    assert asked_words("How many workers were turned away at the cannery?") == ()
    assert asked_words("How many workers were turned at the cannery?") == ("turned",)


def test_the_kind_of_sum_a_what_is_question_asks_is_its_asked_word():
    assert sum_words("What is the base salary of a Ferrow harbour pilot?") == ("salary",)
    assert sum_words("What was the price of a Ferrow mooring permit?") == ("price",)


def test_a_measure_that_is_no_sum_is_not_read_as_one():
    assert sum_words("What is the population of Ferrow?") == ()
    assert sum_words("Why did the council close the ferry?") == ()


def test_a_quote_on_the_story_without_the_sum_asked_leaves_it_unheld():
    quote = "The harbour authority paid $2 million in overtime to its pilots last year."
    assert unheld("What is the base salary of a Ferrow harbour pilot?", [quote], _fake_embed, sum_words) \
        == ["salary"]


def test_a_quote_naming_the_sum_asked_holds_it():
    quote = "A Ferrow harbour pilot earns a base salary of $61,000."
    assert unheld("What is the base salary of a Ferrow harbour pilot?", [quote], _fake_embed, sum_words) == []


def test_words_of_an_answer_are_embedded_by_the_model_not_found_in_a_passage():
    def model(texts):
        return np.ones((len(texts), 2))
    known = KnownVectors({}, [], lambda doc: None, model)
    assert word_embed(known) is model
    assert word_embed(model) is model


def _table(words, embed):
    """A word table holding `words` (the index's `WordFile.rows`): their rows as float16, as ingest stores them."""
    row = {w: np.asarray(v, dtype=np.float16) for w, v in zip(words, embed(list(words)))}

    def rows(asked):
        held = [row[w] for w in asked if w in row]
        return np.array(held, dtype=np.float32).reshape(len(held), -1), [w for w in asked if w not in row]
    return rows


def test_the_quotes_words_are_read_from_the_word_table_not_embedded_at_ask():
    def same(texts):  # "arrested" and "detained" one meaning, the rest apart
        return np.array([[1.0, 0.0, 0.0] if t in ("detained", "arrested") else [0.0, 1.0, 0.3] for t in texts])
    seen = []
    def counted(texts):
        seen.extend(texts)
        return same(texts)
    quote = "Police arrested four fishermen at the harbour on Monday."
    stored = _table(["police", "arrested", "four", "fishermen", "harbour", "monday"], same)
    assert unheld("How many fishermen were detained after the protest?", [quote], counted, stored=stored) == []
    assert seen == ["detained"]  # the asked word only: the quote's words are the table's rows


def test_a_word_the_table_lacks_is_embedded_at_ask():
    seen = []
    def counted(texts):
        seen.extend(texts)
        return _fake_embed(texts)
    quote = "The ferry stopped running on Monday after the protest at the harbour."
    stored = _table(["ferry", "stopped", "running", "monday", "protest"], _fake_embed)
    assert unheld("How many fishermen were detained after the protest?", [quote], counted, stored=stored) \
        == ["detained"]
    assert seen == ["detained", "harbour"]


def test_a_question_asking_no_word_reads_no_word_of_the_quotes(monkeypatch):
    """Most questions ask no act or thing (`asked_words` is empty): the quotes' words are not read at all."""
    import app.answer.asked_word as asked_word

    monkeypatch.setattr(asked_word, "words_of", lambda _text: (_ for _ in ()).throw(AssertionError("words read")))
    assert unheld("Why did the council close the ferry?", ["The council closed the ferry in May."], _fake_embed) == []


def test_a_verb_of_dying_or_flight_after_the_counted_noun_is_the_asked_act():
    assert asked_words("How many passengers died in the ferry fire?") == ("died",)
    assert asked_words("How many of the villagers have fled the harbour?") == ("fled",)


def test_a_count_of_another_act_or_of_an_object_asks_no_verb():
    assert asked_words("How many sailors protested at the harbour?") == ()
    assert asked_words("How many ferries did the council buy?") == ()
    assert asked_words("How many passengers got out of the ferry?") == ()


def test_a_figure_of_the_counted_persons_in_another_event_leaves_the_asked_fate_unheld():
    quote = "The ferry carried about 300 passengers when the fire broke out, and 14 passengers were hurt."
    assert unheld("How many passengers died in the ferry fire?", [quote], _fake_embed) == ["died"]
    told = "Two passengers died in the ferry fire, the harbour authority said."
    assert unheld("How many passengers died in the ferry fire?", [told], _fake_embed) == []
