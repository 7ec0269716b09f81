"""The web UI: a chat whose answers are labelled quotes, a citation panel, sources and uploads.

`build(assistant)` wires Gradio components to `Handlers`, whose methods take and return plain
values (so tests call them in-process); `launch(...)` serves it on 127.0.0.1 by default. The UI
calls `app.api.Assistant` and nothing below it. All markup comes from `app.edges.ui_html`, which
escapes every piece of document text. Gradio is imported here and nowhere else in byline.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported (ChatInterface etc. read it)

import logging  # noqa: E402
import socket  # noqa: E402
import time  # noqa: E402
from types import SimpleNamespace  # noqa: E402

import gradio as gr  # noqa: E402

from app.api import Assistant  # noqa: E402
from app.edges import ui_html as H  # noqa: E402
from app.edges import ui_llm  # noqa: E402
from app.edges.ui_handlers import UPLOAD_TYPES, Handlers  # noqa: E402
from app.errors import BylineError, ConfigError  # noqa: E402

__all__ = ["Handlers", "build", "free_port", "launch", "serve_forever"]

log = logging.getLogger(__name__)

def build(assistant: Assistant) -> gr.Blocks:
    """The Gradio app over `assistant` (not launched)."""
    h = Handlers(assistant)
    with gr.Blocks(title="byline", analytics_enabled=False) as demo:
        history = gr.BrowserState([], storage_key="byline-chat")  # survives a page reload
        gr.Markdown("## byline\nAnswers made of verbatim quotes, each labelled with the outlet that published it.")
        with gr.Tab("Ask", id="ask"):
            ask = _ask_tab(h)
            llm = ui_llm.section(assistant)
        with gr.Tab("Sources", id="sources"):
            src = _sources_tab(h)
        _wire(h, demo, history, ask, src)
        ui_llm.wire(llm, history, ask.outlets, ask.stances, ask.k)
        _api(h)
    return demo


def _ask_tab(h: Handlers) -> SimpleNamespace:
    c = SimpleNamespace(legend=gr.HTML(H.legend(h.stances), js_on_load=None, elem_id="bl-legend"))
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            c.transcript = gr.HTML(H.LOADING, js_on_load=H.TRANSCRIPT_JS, elem_id="bl-transcript")
            with gr.Row():
                c.question = gr.Textbox(placeholder="Ask about the articles, e.g. Is the MEK a terrorist organization?",
                                        show_label=False, scale=5, elem_id="bl-question", max_lines=4)
                c.send = gr.Button("Ask", variant="primary", scale=1, elem_id="bl-send")
            with gr.Accordion("Filters and view", open=True):
                with gr.Row():
                    c.outlets = gr.Dropdown(h.outlet_choices(), multiselect=True, label="Only these outlets",
                                            elem_id="bl-outlets")
                    c.stances = gr.CheckboxGroup(h.stance_choices(), label="Only these stance groups",
                                                 elem_id="bl-stances")
                with gr.Row():
                    c.perspectives = gr.Checkbox(False, label="Show perspectives (group quotes by outlet)",
                                                 elem_id="bl-perspectives")
                    c.k = gr.Slider(1, 20, value=h.assistant.config.k, step=1, label="Passages to quote", elem_id="bl-k")
                    c.clear = gr.Button("Clear chat", size="sm", elem_id="bl-clear")
        with gr.Column(scale=2, elem_classes=["bl-side"]):
            gr.Markdown("### Citation")
            c.panel = gr.HTML(H.panel_message("Click a quote's [n] marker to read it in its article."),
                              js_on_load=H.PANEL_JS, elem_id="bl-panel")
    return c


def _sources_tab(h: Handlers) -> SimpleNamespace:
    c = SimpleNamespace(table=gr.HTML(h.sources_html(), js_on_load=None, elem_id="bl-sources"))
    gr.Markdown("### Add a document")
    with gr.Row():
        c.file = gr.File(label="Document", file_types=UPLOAD_TYPES, type="filepath", elem_id="bl-upload-file")
        with gr.Column():
            c.outlet = gr.Dropdown(h.outlet_choices(), allow_custom_value=True, label="Outlet (publisher)",
                                   elem_id="bl-up-outlet")
            c.stance = gr.Dropdown([("(from the outlet registry)", ""), *h.stance_choices()], value="",
                                   label="Stance group", elem_id="bl-up-stance")
            c.title = gr.Textbox(label="Title", elem_id="bl-up-title")
        with gr.Column():
            c.url = gr.Textbox(label="URL", elem_id="bl-up-url")
            c.date = gr.Textbox(label="Date (YYYY-MM-DD)", elem_id="bl-up-date")
            c.author = gr.Textbox(label="Author", elem_id="bl-up-author")
    c.add = gr.Button("Add to index", variant="primary", elem_id="bl-add")
    c.status = gr.HTML("", js_on_load=None, elem_id="bl-upload-status")
    return c


def _private(name: str) -> dict:
    """UI-only events: hidden from the API, and named so that "ask" stays free for the public endpoint."""
    return {"api_name": name, "api_visibility": "private"}


def _wire(h: Handlers, demo: gr.Blocks, history: gr.BrowserState, ask: SimpleNamespace, src: SimpleNamespace) -> None:
    def outlet_choices():
        return gr.update(choices=h.outlet_choices()), gr.update(choices=h.outlet_choices())

    turn = {"fn": h.ask, "inputs": [ask.question, history, ask.outlets, ask.stances, ask.perspectives, ask.k],
            "outputs": [ask.transcript, history, ask.question]}
    ask.send.click(**turn, **_private("chat_turn"))
    ask.question.submit(**turn, **_private("chat_submit"))
    ask.perspectives.change(h.render, [history, ask.perspectives], ask.transcript, **_private("view"))
    ask.clear.click(lambda: ([], h.render([], False), H.panel_message("Chat cleared.")), None,
                    [history, ask.transcript, ask.panel], **_private("clear"))

    def on_select(chat, evt: gr.EventData):
        data = getattr(evt, "_data", None) or {}
        return h.select(chat, data.get("turn"), data.get("cite"))

    ask.transcript.click(on_select, [history], ask.panel, **_private("select"))

    def on_upload(file, outlet, stance, url, date, author, title, progress=gr.Progress()):
        note = h.upload(file, outlet, stance, url, date, author, title, progress)
        return (note, h.sources_html(), H.legend(h.stances), *outlet_choices(), gr.update(choices=h.stance_choices()))

    src.add.click(on_upload, [src.file, src.outlet, src.stance, src.url, src.date, src.author, src.title],
                  [src.status, src.table, ask.legend, ask.outlets, src.outlet, ask.stances], **_private("upload"))

    def on_load(chat, view):
        return h.render(chat, view), h.sources_html(), *outlet_choices()

    demo.load(on_load, [history, ask.perspectives], [ask.transcript, src.table, ask.outlets, src.outlet],
              **_private("load"))


def _api(h: Handlers) -> None:
    def ask(question: str, outlets: list[str] | None = None, stances: list[str] | None = None,
            k: int | None = None) -> dict:
        """The same JSON object as `byline ask --json`."""
        try:
            return h.answer(question, outlets, stances, k)
        except BylineError as exc:
            raise gr.Error(str(exc)) from None

    gr.api(ask, api_name="ask")


THEME_FONTS = {"font": ["ui-sans-serif", "system-ui", "sans-serif"], "font_mono": ["ui-monospace", "monospace"]}


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int | None = 7860, *, quiet: bool = True) -> tuple[gr.Blocks, str]:
    """Serve the UI without blocking; returns the app and its URL (port None: any free port).

    Local fonts only, no analytics, no share link: it works with no network.
    """
    port = port or free_port(host)
    demo = build(assistant)
    try:
        demo.queue(default_concurrency_limit=4).launch(
            server_name=host, server_port=port, prevent_thread_lock=True, quiet=quiet, share=False,
            inbrowser=False, show_error=False, css=H.CSS, theme=gr.themes.Default(**THEME_FONTS),
            allowed_paths=[], enable_monitoring=False, mcp_server=False, ssr_mode=False,
            max_file_size=assistant.config.max_file_bytes,
        )
    except OSError as exc:
        raise ConfigError(f"cannot serve on {host}:{port}: {exc}; pick another --port") from None
    return demo, demo.local_url.rstrip("/") if demo.local_url else f"http://{host}:{port}"


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def serve_forever(demo: gr.Blocks) -> None:
    """Block until Ctrl-C, then stop the server."""
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        demo.close()
