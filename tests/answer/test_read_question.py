"""What quote choice reads of the question alone is parsed on the BM25 worker while the question embeds
(`pipeline.read_question`): the answer's thread then finds each parse done, not parsed again."""

from __future__ import annotations

import threading
from pathlib import Path

import app.api
from app.answer.acts import asks_prospect
from app.answer.agree import statement_asked
from app.answer.asked import asks_day
from app.answer.source_asked import said_by
from app.answer.attribute_asked import attribute_asked
from app.answer.bracketed import asked_recipient
from app.answer.measure import measure_asked
from app.answer.named import designations, question_names
from app.answer.asked_events import _events, instance_words, open_events
from app.answer.doers import asked_office, common_subject
from app.answer.gaps import gaps_asked, who_act
from app.answer.levels import asked_levels
from app.answer.months import asked_months
from app.answer.namesakes import asked_person
from app.answer.pipeline import read_question
from app.answer.qualifiers import closing_place, qualifiers
from app.answer.said_about import owned_topic
from app.answer.source_asked import asks_response, responder
from app.answer.targets import asked_target
from app.answer.titled_kin import asked_sex
from app.answer.untold import detail_asked
from app.answer.venue import main_venue
from app.answer.when_long import long_when
from app.answer.which_person import asked_verb
from app.attribution.figures import figures
from app.attribution.verdicts import asked_dimensions
from app.bench.corpus import load_questions
from app.text.terms import forget_texts

ROOT = Path(__file__).resolve().parents[2]

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


# the rules' parses of the question that ranked quotes are read against (the answer's thread made them after the
# embedding: 0.1-0.2 ms a question): a question each rule reads something of
RULES = (asks_response, asked_sex, designations, main_venue, asked_verb, attribute_asked, asked_target, asked_levels,
         instance_words, who_act, owned_topic, long_when, asked_recipient, asked_months)
RULE_QUESTIONS = ("What did her husband tell CNN about H.R. 1 at the convention in May?",
                  "Who responded to the state senator's claim, and how long did the strike last?")


def test_the_question_only_parses_of_the_rules_are_read_ahead():
    forget_texts()
    for question in RULE_QUESTIONS:
        read_question(question)
    before = [p.cache_info().misses for p in RULES]
    for question in RULE_QUESTIONS:
        for parse in RULES:
            parse(question)
    assert [p.cache_info().misses for p in RULES] == before


def test_an_answer_is_the_same_whether_the_question_is_read_ahead_or_not(seed_assistant, monkeypatch):
    """The new path (every parse made before the answer's thread needs it, as when the worker ends before the
    embedding) against the old one (the answer's thread parsing the question itself as it goes): the same answers,
    on the bench's questions over the seed corpus."""
    monkeypatch.setattr(app.api, "read_question", lambda q: None)  # no race with the worker: each path on its own
    questions = [q.question for q in load_questions(ROOT / "evals" / "bench_questions.yaml")]
    answers = {}
    for ahead in (True, False):
        found = []
        for question in questions:
            forget_texts()
            if ahead:
                read_question(question)
            found.append(seed_assistant.ask(question).model_dump_json())
        answers[ahead] = found
    assert answers[True] == answers[False]


def test_a_response_questions_pattern_is_compiled_on_the_worker_not_after_the_embedding():
    from app.answer.opening import answering

    question = "How did Tea Party organizers respond to the charge of racism?"
    forget_texts()
    read_question(question)
    before = answering.cache_info().misses
    assert answering(question) is not None
    assert answering.cache_info().misses == before
    assert answering("What did the NAACP say?") is None  # no responder: nothing compiled
