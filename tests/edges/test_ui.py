"""The web UI's handlers, in process, over a small literal corpus and the HashEmbedder fake.

Plus one round trip through `gradio_client` against a launched server on a free loopback port.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from app.api import Assistant
from tests.edges.ui_corpus import QUESTION, harbour_assistant, run_turn

gr = pytest.importorskip("gradio")
from app.edges import ui, ui_html, ui_pages
from app.edges.ui_handlers import NOT_RECORDED


@pytest.fixture()
def assistant(tmp_path) -> Assistant:
    return harbour_assistant(tmp_path)


@pytest.fixture()
def handlers(assistant) -> ui.Handlers:
    return ui.Handlers(assistant)


def test_answer_shows_each_quote_under_an_outlet_badge_with_a_citation_marker(handlers):
    steps, history = run_turn(handlers, QUESTION)
    page = steps[-1][0]
    citations = history[0]["answer"]["citations"]
    assert {c["outlet"] for c in citations} == {"Harbour Gazette", "River Tribune"}
    for c in citations:
        assert f'data-turn="0" data-cite="{c["id"]}"' in page
        assert html.escape(c["quote"]) in page
    assert page.count('class="bl-badge"') == len(citations)
    assert "Backs the port authority" in page and "Critical of the port authority" in page


def test_answer_appears_progressively_question_first_then_quotes(handlers):
    steps, history = run_turn(handlers, QUESTION)
    n = len(history[0]["answer"]["citations"])
    assert n >= 2
    assert "Searching the sources" in steps[0][0] and html.escape(QUESTION) in steps[0][0]
    assert steps[0][2] == ""  # the question box is cleared at once
    shown = [s[0].count('class="bl-quote"') for s in steps]
    assert shown == sorted(shown) and shown[-1] == n and len(set(shown)) == n + 1


def test_same_json_as_byline_ask_json(handlers, assistant):
    assert handlers.answer(QUESTION) == json.loads(assistant.ask(QUESTION).model_dump_json())


def test_earlier_answers_stay_clickable_after_follow_up_questions(handlers):
    _, history = run_turn(handlers, QUESTION)
    _, history = run_turn(handlers, "Who asked the port authority to keep the bridge closed?", history)
    page = handlers.render(history, False)  # what a reload shows: rendered from the stored history alone
    assert 'data-turn="0"' in page and 'data-turn="1"' in page
    first = history[0]["answer"]["citations"][0]
    assert "<mark" in handlers.select(history, 0, first["id"])


def test_citation_panel_marks_the_quoted_span_in_the_full_article(handlers, assistant):
    _, history = run_turn(handlers, QUESTION)
    cite = next(c for c in history[0]["answer"]["citations"] if c["outlet"] == "Harbour Gazette")
    panel = handlers.select(history, 0, cite["id"])
    text = assistant.document(cite["doc_id"]).text
    marked = re.search(r'<mark class="bl-mark">(.*?)</mark>', panel, re.DOTALL).group(1)
    assert html.unescape(marked) == text[cite["start"]:cite["end"]] == cite["quote"]
    for shown in ("Harbour Gazette", "Backs the port authority", "2024-03-01", "A. Writer",
                  "exactly what the article says", "Back to the answer"):
        assert shown in panel
    assert '<a href="https://gazette.example/bridge"' in panel
    for jargon in ("chars", "offsets", "Source chain"):
        assert jargon not in panel


def test_a_non_web_url_is_shown_as_text_not_as_a_link(handlers):
    _, history = run_turn(handlers, QUESTION)
    cite = next(c for c in history[0]["answer"]["citations"] if c["outlet"] == "River Tribune")
    panel = handlers.select(history, 0, cite["id"])
    assert "javascript:alert(1)" in panel and 'href="javascript' not in panel


def test_a_named_source_is_mentioned_not_shown_as_relayed():
    """A quote may name a source to rebut it: the label must not read as a relay."""
    cite = {"id": "1", "outlet": "Iran News Update", "stance": None, "quote": "Al Jazeera's claim is not true.",
            "chain": ["Al Jazeera"]}
    block = ui_html.quote_block(0, cite, ui_html.Stances({}))
    assert "mentions Al Jazeera" in block and "via" not in block and "\u2192" not in block


def test_a_quote_with_roles_shows_the_label_the_cli_shows_in_its_block_and_panel():
    """With roles recorded, the UI says what the CLI says: 'disputing Al Jazeera', not a neutral 'mentions'."""
    quote = "Al Jazeera claimed that the group had no support, which is not true."
    cite = {"id": "1", "outlet": "Iran News Update", "stance": None, "quote": quote, "start": 0, "end": len(quote),
            "chain": ["Al Jazeera"], "links": [{"name": "Al Jazeera", "role": "disputing"}],
            "label": "Iran News Update, disputing Al Jazeera"}
    block = ui_html.quote_block(0, cite, ui_html.Stances({}))
    assert ">disputing Al Jazeera</span>" in block and "mentions Al Jazeera" not in block
    panel = ui_pages.panel(cite, {"outlet": "Iran News Update"}, quote, ui_html.Stances({}))
    assert "<th scope=\"row\">Sources</th><td>disputing Al Jazeera</td>" in panel


def test_outlet_filter_keeps_only_that_outlet(handlers):
    _, history = run_turn(handlers, QUESTION, outlets=["River Tribune"])
    assert {c["outlet"] for c in history[0]["answer"]["citations"]} == {"River Tribune"}


def test_stance_filter_keeps_only_that_group(handlers):
    _, history = run_turn(handlers, QUESTION, stances=["for_port"])
    assert {c["stance"] for c in history[0]["answer"]["citations"]} == {"for_port"}


def test_number_of_passages_limits_the_quotes(handlers):
    _, history = run_turn(handlers, QUESTION, k=1)
    assert len(history[0]["answer"]["citations"]) == 1


def test_perspectives_view_groups_quotes_under_outlet_headings(handlers):
    _, history = run_turn(handlers, QUESTION)
    grouped = handlers.render(history, True)
    headings = re.findall(r'<div class="bl-group">([^<]*)', grouped)
    assert sorted(h.strip() for h in headings) == ["Harbour Gazette", "River Tribune"]
    assert "Backs the port authority \u00b7 " in grouped


def test_unanswerable_question_gives_a_friendly_abstention(handlers):
    steps, history = run_turn(handlers, "penguins antarctica glaciers")
    assert history[0]["answer"]["abstained"]
    assert "don&#x27;t answer this" in steps[-1][0] and "Traceback" not in steps[-1][0]


def test_bad_filter_is_an_inline_message_not_a_traceback(handlers):
    steps, history = run_turn(handlers, QUESTION, outlets=["Nobody Times"])
    assert "unknown outlet" in history[0]["error"]
    assert 'class="bl-error"' in steps[-1][0]


def test_empty_question_changes_nothing_but_says_so_under_the_box(handlers):
    steps = list(handlers.ask("   ", [], None, None, False, None))
    assert len(steps) == 1 and all(isinstance(v, type(gr.skip())) for v in steps[0][:3])
    assert "Type a question first" in steps[0][3]


def test_a_stale_citation_gives_a_message(handlers):
    assert "no longer in this chat" in handlers.select([], 3, "1")


def test_sources_tab_lists_documents_with_metadata_and_chunk_counts(handlers, assistant):
    table = handlers.sources_html()
    for s in assistant.sources():
        assert f'data-doc="{s.doc_id}"' in table
        assert f'<td data-label="Chunks" class="bl-num">{s.chunks}</td>' in table
    assert "Harbour Gazette" in table and "A. Writer" in table


def test_uploaded_document_is_listed_and_immediately_searchable(handlers):
    path = handlers.assistant.config.upload_dir.parent / "ferry.txt"
    path.write_text("Ferry strike\n\nThe ferry crews went on strike over pay on Tuesday.", encoding="utf-8")
    calls = []
    note = handlers.upload(str(path), "Ferry News", "for_port", "https://ferry.example/x", "2025-01-02", "", "Ferry strike",
                           progress=lambda *a, **k: calls.append(k.get("desc")))
    assert "Added ferry.txt" in note and calls[-1] == "Indexed"
    assert "Ferry News" in handlers.sources_html() and "Ferry News" in handlers.outlet_choices()
    _, history = run_turn(handlers, "Why did the ferry crews strike?")
    assert history[0]["answer"]["citations"][0]["outlet"] == "Ferry News"


def test_unsupported_upload_is_a_friendly_error(handlers, tmp_path):
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK\x03\x04")
    note = handlers.upload(str(path), "X", NOT_RECORDED, "", "", "", "")
    assert 'class="bl-notice bl-error"' in note and "unsupported file type" in note


def test_markup_in_a_document_is_shown_as_text(handlers, tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text('Gallery night\n\nThe gallery <script>alert("x")</script> shows <img src=x onerror=alert(1)> '
                    "paintings of the lighthouse keeper.", encoding="utf-8")
    handlers.upload(str(path), "<b>Evil</b> Outlet", NOT_RECORDED, "", "", "", "<i>t</i>")
    _, history = run_turn(handlers, "What does the gallery show of the lighthouse keeper?")
    cite = history[0]["answer"]["citations"][0]
    pages = [handlers.render(history, False), handlers.render(history, True), handlers.select(history, 0, cite["id"]),
             handlers.sources_html()]
    for page in pages:
        assert "<script" not in page and "<img" not in page and "<b>Evil" not in page and "<i>t" not in page
    assert "&lt;script&gt;" in pages[2] and "&lt;b&gt;Evil&lt;/b&gt; Outlet" in pages[0]


def test_named_ask_endpoint_round_trips_through_gradio_client(assistant):
    from gradio_client import Client

    demo, url = ui.launch(assistant, port=None)
    try:
        assert url.startswith("http://127.0.0.1:")
        client = Client(url, verbose=False)
        assert client.predict(QUESTION, api_name="/ask") == json.loads(assistant.ask(QUESTION).model_dump_json())
        with pytest.raises(Exception, match="question is empty"):
            client.predict("  ", api_name="/ask")
    finally:
        demo.close()


def test_ui_command_on_a_busy_port_is_a_one_line_error(assistant, monkeypatch):
    import socket

    from typer.testing import CliRunner

    from app.edges.cli import cli

    monkeypatch.setenv("BYLINE_EMBEDDER", "hash-256")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["ui", "--index", str(assistant.config.index_dir), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot serve on 127.0.0.1:{port}" in result.output and "Traceback" not in result.output


def test_panel_of_a_huge_article_shows_a_window_around_the_quote():
    text = "a" * 200_000 + "THE QUOTE" + "b" * 200_000
    cite = {"id": "1", "outlet": "O", "quote": "THE QUOTE", "start": 200_000, "end": 200_009, "chain": []}
    page = ui_pages.panel(cite, {"outlet": "O"}, text, ui_html.Stances({}))
    assert '<mark class="bl-mark">THE QUOTE</mark>' in page and len(page) < 120_000
    assert f"[{200_000 - ui_pages.ARTICLE_CONTEXT:,} characters before]" in page


def test_perspectives_view_names_the_outlets_that_do_not_address_the_question(handlers):
    """Asked with "Show perspectives", an outlet the view lists as not addressing the question is named
    as such; the answer view (and a regrouped answer-view turn) has no such list."""
    answer = {"answer": "x", "abstained": False, "citations": [], "perspectives": [
        {"outlet": "River Tribune", "stance": "against_port", "stance_label": "Critical of the port authority",
         "addresses": False, "citations": [], "summary": "this outlet does not address it"}]}
    grouped = ui_html.answer_body(0, answer, handlers.stances, True)
    assert re.search(r'<div class="bl-group">River Tribune <span class="bl-group-meta">'
                     r'\u00b7 Critical of the port authority \u00b7 this outlet does not address it', grouped)
    assert "does not address it" not in ui_html.answer_body(0, answer, handlers.stances, False)
    _, history = run_turn(handlers, QUESTION, perspectives=True)
    listed = history[0]["answer"]["perspectives"]
    page = handlers.render(history, True)
    for p in listed:
        if not p["addresses"]:
            assert f'{p["outlet"]} <span class="bl-group-meta">' in page


def test_a_not_covered_answer_shows_what_is_missing_then_its_quotes_under_a_related_heading(handlers):
    cite = {"id": "1", "outlet": "Daily Planet", "stance": None, "quote": "The bridge will open.", "start": 0,
            "end": 21, "chain": []}
    answer = {"answer": "Not covered: none of the indexed sources reports the date asked for.\n"
              "Related, from the sources:\n- Daily Planet: \u201cThe bridge will open.\u201d [1]",
              "abstained": True, "not_covered": "the date asked for", "citations": [cite]}
    body = ui_html.answer_body(0, answer, handlers.stances, False)
    assert body.index("Not covered: none of the indexed sources") < body.index("Related, from the sources:") \
        < body.index("The bridge will open.")
    assert "Try other words" not in body and 'class="bl-cite"' in body
    assert "1 related quote shown" in ui_html.announcement({"answer": answer})


def test_a_part_not_covered_is_shown_after_the_quotes_from_the_answers_field_and_announced(handlers):
    cite = {"id": "1", "outlet": "Daily Planet", "stance": None, "quote": "The bridge costs a lot.", "start": 0,
            "end": 23, "chain": []}
    line = "Not covered: none of the indexed sources reports the date asked for (\u201cWhen will it open?\u201d)."
    answer = {"answer": f"Here is what the indexed sources say:\n- Daily Planet: \u201cThe bridge costs a lot.\u201d [1]\n"
              f"{line}", "abstained": False, "citations": [cite],
              "not_covered_parts": [{"part": "When will it open?", "missing": "the date asked for", "line": line}]}
    body = ui_html.answer_body(0, answer, handlers.stances, False)
    assert body.count(html.escape(line)) == 1 and f'<p class="bl-voice bl-not-covered">{html.escape(line)}</p>' in body
    assert body.index("The bridge costs a lot.") < body.index(html.escape(line))
    assert ui_html.announcement({"answer": answer}).endswith("1 part of the question not covered.")
