"""The web UI as a conversation (issue 16): follow-ups, filters that leave a trace, a first screen
that teaches, labels that read right, accessible names, long questions, the upload form's rules.
Handlers in process over a small literal corpus and the HashEmbedder fake."""

from __future__ import annotations

import re

import pytest

gr = pytest.importorskip("gradio")
from app.edges import ui, ui_html, ui_pages
from app.edges.ui_handlers import NOT_RECORDED
from tests.edges.ui_corpus import QUESTION, harbour_assistant, run_turn


@pytest.fixture()
def assistant(tmp_path):
    return harbour_assistant(tmp_path)


@pytest.fixture()
def handlers(assistant):
    return ui.Handlers(assistant)


STANCES = ui_html.Stances({"for_port": "Backs the port authority", "against_port": "Critical of the port authority"})


def test_a_follow_up_is_answered_with_the_conversation_in_view(handlers):
    _, history = run_turn(handlers, QUESTION, stances=["for_port"])
    steps, history = run_turn(handlers, "And what does the other side say?", history)
    follow = history[1]["answer"]
    assert follow["followup"]["stances"] == ["against_port"]
    assert {c["outlet"] for c in follow["citations"]} == {"River Tribune"}
    page = steps[-1][0]
    assert 'class="bl-reading">Reading this as: what do outlets critical of the port authority say about' in page


def test_a_filtered_answer_keeps_its_filter_in_the_history(handlers):
    _, history = run_turn(handlers, QUESTION, outlets=["River Tribune"])
    _, history = run_turn(handlers, QUESTION, history)  # the filter is cleared for the next question
    page = handlers.render(history, False)  # as after a reload
    assert page.count('class="bl-scope"') == 1
    assert "Filtered: only River Tribune searched." in page.split('data-turn-index="1"')[0]


def test_the_first_screen_says_what_the_corpus_is_how_to_read_it_and_what_to_ask(assistant):
    h = ui.Handlers(assistant, examples=["Is the harbour bridge safe?"])
    page = h.render([], False)
    assert "Ask about 2 articles from 2 outlets" in page
    assert "Backs the port authority</strong>: Harbour Gazette" in page
    assert "copied word for word" in page and "[n]" in page and "other side" in page
    assert '<button type="button" class="bl-example" data-q="Is the harbour bridge safe?">' in page
    assert "up to 2,000 characters" in page


def test_without_example_questions_the_first_screen_suggests_some_from_titles(assistant):
    page = ui.Handlers(assistant, examples=[]).render([], False)
    assert page.count('class="bl-example"') >= 1


@pytest.mark.parametrize(("quote", "shown"), [
    ("plain words", "\u201cplain words\u201d"),
    ("\u201cterrorists.\u201d", "\u201cterrorists.\u201d"),
    ("the loom.\u201d", "\u201cthe loom.\u201d"),
    ("\u201cOpening only", "\u201cOpening only\u201d"),
    ("don't stop at the apostrophe'", "\u201cdon't stop at the apostrophe'\u201d"),
])
def test_quote_marks_are_never_doubled(quote, shown):
    assert ui_html.quoted(quote) == shown
    block = ui_html.quote_block(0, {"id": "1", "outlet": "O", "quote": quote, "chain": []}, STANCES)
    assert "\u201d\u201d" not in block and "\u201c\u201c" not in block


def test_markers_count_up_in_the_grouped_view(handlers):
    cites = [{"id": str(i), "outlet": outlet, "stance": None, "quote": f"q{i}", "chain": []}
             for i, outlet in enumerate(["A", "B", "A", "C", "B", "A"], 1)]
    history = [{"question": "q", "answer": {"answer": "", "abstained": False, "citations": cites}}]
    grouped = handlers.render(history, True)
    assert re.findall(r'class="bl-cite"[^>]*>\[(\d+)\]', grouped) == ["1", "2", "3", "4", "5", "6"]
    assert re.findall(r'<div class="bl-quote"[^>]*data-cite="(\d+)"', grouped) == ["1", "3", "6", "2", "5", "4"]


def test_citation_buttons_have_names_and_a_live_region_announces_answers(handlers):
    steps, history = run_turn(handlers, QUESTION)
    page = steps[-1][0]
    names = re.findall(r'class="bl-cite"[^>]*aria-label="([^"]+)"', page)
    assert names and all(re.match(r"Quote \d+ from (Harbour Gazette|River Tribune): open it", n) for n in names)
    n = len(history[0]["answer"]["citations"])
    assert steps[-1][4] == f"Answer ready: {n} quotes from 2 outlets."


def test_a_too_long_question_stays_in_the_box_with_the_limit_shown_under_it(handlers):
    long = "Is the harbour bridge safe? " * 300
    steps = list(handlers.ask(long, [], None, None, False, None))
    transcript, history, box, note, _live = steps[-1]
    assert len(steps) == 1
    assert all(isinstance(v, type(gr.skip())) for v in (transcript, history, box))  # the text is kept
    assert f"{len(long.strip()):,} characters; the limit is 2,000" in note and "bl-error" in note


def test_a_long_question_is_echoed_shortened():
    turn = ui_html.turn_html(0, {"question": "word " * 500, "answer": None}, STANCES, False)
    assert "(2,500 characters)" in turn and len(turn) < 1200


def test_a_new_outlet_needs_a_stance_group_or_an_explicit_not_recorded(handlers, tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry strike\n\nThe ferry crews went on strike over pay on Tuesday.", encoding="utf-8")
    refused = handlers.upload(str(path), "Ferry News", "", "", "", "", "")
    assert "new outlet" in refused and "stance group" in refused and "bl-error" in refused
    assert "Ferry News" not in handlers.outlet_choices()
    assert "Added ferry.txt" in handlers.upload(str(path), "Ferry News", NOT_RECORDED, "", "", "", "")
    assert next(s for s in handlers.sources() if s["outlet"] == "Ferry News").get("stance") is None


def test_a_registered_outlet_takes_its_stance_from_the_registry(handlers, tmp_path):
    path = tmp_path / "tide.txt"
    path.write_text("High tide\n\nThe tide reached the harbour wall on Sunday.", encoding="utf-8")
    assert "Added tide.txt" in handlers.upload(str(path), "River Tribune", "", "", "", "", "")
    assert next(s for s in handlers.sources() if s["source"].endswith("tide.txt"))["stance"] == "against_port"


def test_a_question_asked_while_a_document_is_indexed_says_so(handlers):
    handlers._indexing[1] = "big-report.pdf"
    first = next(iter(handlers.ask(QUESTION, [], None, None, False, None)))
    assert "Still indexing big-report.pdf" in first[0]


def test_the_upload_form_starts_empty_and_the_view_setting_is_kept_in_the_browser(assistant):
    demo = ui.build(assistant)
    by_id = {b.elem_id: b for b in demo.blocks.values() if getattr(b, "elem_id", None)}
    assert by_id["bl-up-outlet"].value in (None, "", [])
    assert by_id["bl-up-stance"].value == ""
    assert ("Not recorded", NOT_RECORDED) in by_id["bl-up-stance"].choices
    stored = [b for b in demo.blocks.values() if isinstance(b, gr.BrowserState)]
    assert {b.storage_key for b in stored} == {"byline-chat", "byline-view"}
    assert by_id["bl-question"].label == "Your question"


def test_panel_speaks_plainly(handlers, assistant):
    _, history = run_turn(handlers, QUESTION)
    panel = handlers.select(history, 0, history[0]["answer"]["citations"][0]["id"])
    assert "chars" not in panel and "offsets" not in panel and "verbatim at" not in panel
    assert ui_pages.panel_message("x").startswith('<div class="bl-panel')
