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
from app.answer.doers import asked_office, common_subject
from app.answer.gaps import gaps_asked
from app.answer.namesakes import asked_person
from app.answer.pipeline import read_question
from app.answer.qualifiers import closing_place, qualifiers
from app.answer.source_asked import responder
from app.answer.untold import detail_asked
from app.attribution.figures import figures
from app.attribution.verdicts import asked_dimensions
from app.text.terms import forget_texts

QUESTION = "Which Ohio cities did the Republican Jewish Coalition choose for its ads in 2012?"
# what `qualifiers.unpaired` reads of the question: its closing place, person, asked office and common subject
UNPAIRED = ("Which senator met Paul Ryan in San Diego?", "What did local communities call for?")


def test_a_question_read_ahead_is_not_parsed_again():
    forget_texts()
    read_question(QUESTION)
    parses = (question_names, qualifiers, _events, open_events, asks_prospect, asks_day, said_by, measure_asked,
              statement_asked, figures, asked_dimensions, gaps_asked, detail_asked, responder)
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


def test_the_questions_qualifiers_that_unpaired_reads_are_parsed_ahead():
    forget_texts()
    parses = (closing_place, asked_person, asked_office, common_subject)
    for question in UNPAIRED:
        read_question(question)
    before = [p.cache_info().misses for p in parses]
    found = [[parse(question) for parse in parses] for question in UNPAIRED]
    assert [p.cache_info().misses for p in parses] == before
    assert found[0][:3] == [frozenset({"diego"}), ("paul", "ryan"), "senator"] and found[1][3] == ("communities", "call")
