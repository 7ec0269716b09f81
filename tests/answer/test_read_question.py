"""What quote choice reads of the question alone is parsed on the BM25 worker while the question embeds
(`pipeline.read_question`): the answer's thread then finds each parse done, not parsed again."""

from __future__ import annotations

import threading

import app.api
from app.answer.acts import asks_prospect
from app.answer.agree import statement_asked
from app.answer.asked import asks_day, said_by
from app.answer.measure import measure_asked
from app.answer.named import question_names
from app.answer.asked_events import _events, open_events
from app.answer.pipeline import read_question
from app.answer.qualifiers import qualifiers
from app.attribution.figures import figures
from app.text.terms import forget_texts

QUESTION = "Which Ohio cities did the Republican Jewish Coalition choose for its ads in 2012?"


def test_a_question_read_ahead_is_not_parsed_again():
    forget_texts()
    read_question(QUESTION)
    parses = (question_names, qualifiers, _events, open_events, asks_prospect, asks_day, said_by, measure_asked,
              statement_asked, figures)
    before = [p.cache_info().misses for p in parses]
    for parse in parses:
        parse(QUESTION)
    assert [p.cache_info().misses for p in parses] == before


def test_the_question_is_read_on_the_worker_while_it_embeds(make_assistant, corpus_dir, monkeypatch):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    threads: list[tuple[str, str]] = []
    monkeypatch.setattr(app.api, "read_question",
                        lambda q: (threads.append((q, threading.current_thread().name)), read_question(q)))
    a.ask("When did the dock workers strike?")
    assert threads and threads[0][0] == "When did the dock workers strike?"
    assert threads[0][1] != threading.current_thread().name
