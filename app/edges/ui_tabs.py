"""The Gradio components of the Ask and Sources tabs and the events that connect them to `Handlers`.

Each tab is a function returning its components; `wire` connects events. A new section (a tab or
an accordion) is one more function here and one call in `app.edges.ui.build`.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import gradio as gr

from app.edges import ui_html as H
from app.edges import ui_pages as P
from app.edges import ui_style as S
from app.edges.ui_handlers import NOT_RECORDED, Handlers

UPLOAD_TYPES = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".json", ".jsonl"]
FROM_REGISTRY = "(from the outlet registry)"


def private(name: str) -> dict:
    """UI-only events: hidden from the API, and named so that "ask" stays free for the public endpoint."""
    return {"api_name": name, "api_visibility": "private"}


def ask_tab(h: Handlers) -> SimpleNamespace:
    c = SimpleNamespace(legend=gr.HTML(H.legend(h.stances), elem_id="bl-legend"))
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            c.transcript = gr.HTML(H.LOADING, js_on_load=S.TRANSCRIPT_JS, elem_id="bl-transcript")
            c.live = gr.HTML("", js_on_load=S.LIVE_JS, elem_id="bl-live", elem_classes=["bl-sr"])
            with gr.Row(elem_id="bl-ask-row"):
                c.question = gr.Textbox(placeholder="Ask about the articles, or follow up on the last answer",
                                        label="Your question", show_label=False, scale=5, elem_id="bl-question",
                                        max_lines=4)
                c.send = gr.Button("Ask", variant="primary", scale=1, elem_id="bl-send")
            c.note = gr.HTML("", elem_id="bl-ask-note")
            with gr.Accordion("Filters and view", open=True):
                with gr.Row():
                    c.outlets = gr.Dropdown(h.outlet_choices(), value=[], multiselect=True, label="Only these outlets",
                                            elem_id="bl-outlets")
                    c.stances = gr.CheckboxGroup(h.stance_choices(), label="Only these stance groups",
                                                 elem_id="bl-stances")
                with gr.Row():
                    c.perspectives = gr.Checkbox(False, label="Show perspectives (group quotes by outlet)",
                                                 elem_id="bl-perspectives")
                    c.k = gr.Slider(1, 20, value=h.assistant.config.k, step=1, label="Passages to quote",
                                    elem_id="bl-k")
                    c.clear = gr.Button("Clear chat", size="sm", elem_id="bl-clear")
        with gr.Column(scale=2, elem_classes=["bl-side"], elem_id="bl-side"):
            gr.Markdown("### Citation")
            c.panel = gr.HTML(P.panel_message("Click a quote's [n] marker to read it in its article."),
                              js_on_load=S.PANEL_JS, elem_id="bl-panel")
    return c


def sources_tab(h: Handlers) -> SimpleNamespace:
    c = SimpleNamespace(table=gr.HTML(h.sources_html(), elem_id="bl-sources"))
    gr.Markdown("### Add a document")
    with gr.Row():
        c.file = gr.File(label="Document", file_types=UPLOAD_TYPES, type="filepath", elem_id="bl-upload-file")
        with gr.Column():
            c.outlet = gr.Dropdown(h.outlet_choices(), value=None, allow_custom_value=True,
                                   label="Outlet (publisher): pick one, or type a new name", elem_id="bl-up-outlet")
            c.stance = gr.Dropdown(stance_options(h), value="", label="Stance group (required for a new outlet)",
                                   elem_id="bl-up-stance")
            c.title = gr.Textbox(label="Title", elem_id="bl-up-title")
        with gr.Column():
            c.url = gr.Textbox(label="URL", elem_id="bl-up-url")
            c.date = gr.Textbox(label="Date (YYYY-MM-DD)", elem_id="bl-up-date")
            c.author = gr.Textbox(label="Author", elem_id="bl-up-author")
    c.add = gr.Button("Add to index", variant="primary", elem_id="bl-add")
    c.status = gr.HTML("", elem_id="bl-upload-status")
    return c


def stance_options(h: Handlers) -> list[tuple[str, str]]:
    return [(FROM_REGISTRY, ""), *h.stance_choices(), ("Not recorded", NOT_RECORDED)]


def wire(h: Handlers, demo: gr.Blocks, state: SimpleNamespace, ask: SimpleNamespace, src: SimpleNamespace) -> None:
    history, view = state.history, state.view
    turn = {"fn": h.ask, "inputs": [ask.question, history, ask.outlets, ask.stances, ask.perspectives, ask.k],
            "outputs": [ask.transcript, history, ask.question, ask.note, ask.live]}
    ask.send.click(**turn, **private("chat_turn"))
    ask.question.submit(**turn, **private("chat_submit"))
    ask.perspectives.change(lambda chat, on: (h.render(chat, on), on), [history, ask.perspectives],
                            [ask.transcript, view], **private("view"))
    ask.clear.click(lambda: ([], h.render([], False), P.panel_message("Chat cleared."), ""), None,
                    [history, ask.transcript, ask.panel, ask.note], **private("clear"))

    def on_select(chat, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        return h.select(chat, data.get("turn"), data.get("cite"))

    ask.transcript.click(on_select, [history], ask.panel, **private("select"))
    _wire_upload(h, ask, src)

    def on_load(chat, perspectives):
        return h.render(chat, perspectives), bool(perspectives), h.sources_html(), *_choices(h)

    demo.load(on_load, [history, view], [ask.transcript, ask.perspectives, src.table, ask.outlets, src.outlet],
              **private("load"))


def _choices(h: Handlers) -> tuple:
    return gr.update(choices=h.outlet_choices()), gr.update(choices=h.outlet_choices())


def _wire_upload(h: Handlers, ask: SimpleNamespace, src: SimpleNamespace) -> None:
    fields = [src.file, src.outlet, src.stance, src.url, src.date, src.author, src.title]

    def start(file, outlet, stance, *_):
        problem = h.upload_problem(file, outlet, stance)
        if problem:
            return P.notice(problem, "error")
        name = Path(file).name if isinstance(file, str) else "the document"
        return P.notice(f"Indexing {name}: cleaning, chunking and embedding. Questions asked meanwhile wait for it.",
                        "busy")

    # noqa below: B008, gradio injects the progress tracker
    def finish(file, outlet, stance, url, date, author, title, progress=gr.Progress()):  # noqa: B008
        if h.upload_problem(file, outlet, stance):
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        note = h.upload(file, outlet, stance, url, date, author, title, progress)
        return (note, h.sources_html(), H.legend(h.stances), *_choices(h), gr.update(choices=h.stance_choices()))

    src.add.click(start, fields, src.status, **private("upload_start")).then(
        finish, fields, [src.status, src.table, ask.legend, ask.outlets, src.outlet, ask.stances], **private("upload"))
    src.file.change(lambda: "", None, src.status, **private("upload_file"))
