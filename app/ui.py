"""The web UI: a chat whose answers are labelled quotes, a citation panel, sources and uploads.

`build(assistant)` wires Gradio components to `Handlers`, whose methods take and return plain
values (so tests call them in-process); `launch(...)` serves it on 127.0.0.1 by default. The UI
calls `app.api.Assistant` and nothing below it. All markup comes from `app.ui_html`, which
escapes every piece of document text. Gradio is imported here and nowhere else in byline.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported (ChatInterface etc. read it)

import inspect  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import socket  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gradio as gr  # noqa: E402

from app import ui_html as H  # noqa: E402
from app.api import Assistant  # noqa: E402
from app.errors import BylineError, ConfigError, IndexMissingError  # noqa: E402

log = logging.getLogger(__name__)

MAX_TURNS = 50  # chat turns kept in the browser
REVEAL_SECONDS = 0.06  # pause between quotes while an answer is shown progressively
UPLOAD_TYPES = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".json", ".jsonl"]
UNEXPECTED = "Something went wrong on the server; the details are in its log. Please try again."


def _plain(model: Any) -> dict:
    return json.loads(model.model_dump_json())


class Handlers:
    """What the UI does, over one Assistant; every user-facing failure becomes a friendly message."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._accepts_view = "view" in inspect.signature(assistant.ask).parameters

    # -- data ------------------------------------------------------------------------------
    def sources(self) -> list[dict]:
        try:
            return [_plain(s) for s in self.assistant.sources()]
        except IndexMissingError:
            return []

    @property
    def stances(self) -> H.Stances:
        labels = {g.id: g.label for g in self.assistant.registry.stance_groups}
        for s in self.sources():
            if s.get("stance") and s["stance"] not in labels:
                labels[s["stance"]] = s["stance"]
        return H.Stances(labels)

    def outlet_choices(self) -> list[str]:
        return sorted({s["outlet"] for s in self.sources()}, key=str.casefold)

    def stance_choices(self) -> list[tuple[str, str]]:
        return [(label, sid) for sid, label in self.stances.labels.items()]

    # -- asking ----------------------------------------------------------------------------
    def answer(self, question: str, outlets: Sequence[str] | None = None, stances: Sequence[str] | None = None,
               k: int | None = None, perspectives: bool = False) -> dict:
        """The `byline ask --json` object for a question (raises BylineError on bad input)."""
        kwargs: dict[str, Any] = {"outlets": list(outlets or []) or None, "stances": list(stances or []) or None,
                                  "k": int(k) if k else None}
        if perspectives and self._accepts_view:
            kwargs["view"] = "perspectives"
        return _plain(self.assistant.ask(question, **kwargs))

    def render(self, history: Sequence[dict], perspectives: bool, pending: dict | None = None,
               shown: int | None = None) -> str:
        return H.transcript(history or [], self.stances, bool(perspectives), pending, shown)

    def ask(self, question: str, history: list[dict] | None, outlets: Sequence[str] | None,
            stances: Sequence[str] | None, perspectives: bool, k: int | None) -> Iterator[tuple[Any, Any, Any]]:
        """Stream one chat turn: (transcript html, history or skip, question box value or skip)."""
        history = list(history or [])
        question = (question or "").strip()
        if not question:
            gr.Warning("Type a question first.")
            yield gr.skip(), gr.skip(), gr.skip()
            return
        yield self.render(history, perspectives, {"question": question, "answer": None}), gr.skip(), ""
        try:
            entry = {"question": question, "answer": self.answer(question, outlets, stances, k, perspectives)}
        except BylineError as exc:
            gr.Warning(str(exc))
            entry = {"question": question, "error": str(exc)}
        except Exception:  # a bug must not reach the user as a traceback
            log.exception("answering %r failed", question)
            entry = {"question": question, "error": UNEXPECTED}
        for shown in range(1, len((entry.get("answer") or {}).get("citations", []))):
            yield self.render(history, perspectives, entry, shown), gr.skip(), gr.skip()
            time.sleep(REVEAL_SECONDS)
        history = (history + [entry])[-MAX_TURNS:]
        yield self.render(history, perspectives), history, gr.skip()

    def select(self, history: Sequence[dict] | None, turn: Any, cite_id: Any) -> str:
        """The citation panel for citation `cite_id` of chat turn `turn`."""
        try:
            entry = (history or [])[int(turn)]
            cite = next(c for c in entry["answer"]["citations"] if c["id"] == str(cite_id))
        except (IndexError, KeyError, TypeError, ValueError, StopIteration):
            return H.panel_message("That citation is no longer in this chat; ask the question again.")
        try:
            doc = self.assistant.document(cite["doc_id"])
        except BylineError as exc:
            gr.Warning(str(exc))
            return H.panel_message(f"{exc}. The index may have been rebuilt since this answer; ask again.")
        return H.panel(cite, _plain(doc.info), doc.text, self.stances)

    # -- sources and uploads ---------------------------------------------------------------
    def sources_html(self) -> str:
        return H.sources_table(self.sources(), self.stances)

    def upload(self, file: str | None, outlet: str | None, stance: str | None, url: str | None, date: str | None,
               author: str | None, title: str | None, progress: Any = None) -> str:
        """Add one document with its form metadata; returns a notice for the form."""
        progress = progress or (lambda *a, **k: None)
        if not file:
            gr.Warning("Choose a file to upload first.")
            return H.notice("Choose a file to upload first.", "error")
        path = Path(file)
        meta = {"outlet": outlet, "stance": stance, "url": url, "date": date, "author": author, "title": title}
        meta = {k: v.strip() for k, v in meta.items() if isinstance(v, str) and v.strip()}
        progress(0.1, desc=f"Reading {path.name}")
        try:
            data = path.read_bytes()
            progress(0.3, desc="Cleaning, chunking and embedding")
            report = self.assistant.add_document(path.name, data, **meta)
        except BylineError as exc:
            gr.Warning(str(exc))
            return H.notice(str(exc), "error")
        except Exception:
            log.exception("upload of %s failed", path.name)
            return H.notice(UNEXPECTED, "error")
        progress(1.0, desc="Indexed")
        problems = {**report.skipped, **report.failed}
        if problems:
            message = "; ".join(f"{Path(k).name}: {v}" for k, v in problems.items())
            gr.Warning(message)
            return H.notice(message, "error")
        if report.unchanged and not (report.new or report.changed):
            return H.notice(f"{path.name} is already indexed, unchanged.", "info")
        return H.notice(f"Added {path.name}: {report.chunks_added} passages indexed. Ask about it in the Ask tab.", "ok")


CSS = """
.bl-legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;font-size:.85rem;margin:.2rem 0}
.bl-legend-title{font-weight:600}
.bl-legend-item{display:inline-flex;align-items:center;gap:.35rem}
.bl-swatch{width:.9rem;height:.9rem;border-radius:3px;display:inline-block}
.bl-transcript{display:flex;flex-direction:column;gap:1rem}
.bl-turn{border-bottom:1px solid var(--border-color-primary);padding-bottom:.8rem}
.bl-q{font-weight:600;margin-bottom:.4rem}
.bl-who{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;opacity:.65;margin-right:.5rem}
.bl-voice{margin:.2rem 0 .5rem 0;font-style:italic}
.bl-group{font-weight:600;font-size:.9rem;margin:.6rem 0 .3rem 0}
.bl-quote{border-left:5px solid #888;background:var(--background-fill-secondary);border-radius:6px;
  padding:.45rem .7rem;margin:.35rem 0;cursor:pointer}
.bl-quote.bl-selected{outline:2px solid #e0a800}
.bl-quote-head{display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
.bl-quote blockquote{margin:.3rem 0 0 0;padding:0;border:none;white-space:pre-wrap}
.bl-badge{color:#fff;border-radius:999px;padding:.1rem .6rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.bl-chain{font-size:.8rem;opacity:.8}
.bl-cite{margin-left:auto;border:1px solid var(--border-color-primary);border-radius:4px;padding:0 .4rem;
  font-size:.8rem;background:var(--background-fill-primary);cursor:pointer}
.bl-cite:hover{background:#ffe58a}
.bl-abstain,.bl-pending,.bl-empty{opacity:.85;font-style:italic}
.bl-error,.bl-notice.bl-error{color:#9b1c1c;background:#fdecec;border-radius:6px;padding:.4rem .6rem}
.bl-notice.bl-ok{color:#14532d;background:#e7f6ec;border-radius:6px;padding:.4rem .6rem}
.bl-notice.bl-info{background:var(--background-fill-secondary);border-radius:6px;padding:.4rem .6rem}
.bl-panel-title{font-weight:600;margin-bottom:.4rem}
.bl-ok{color:#1a7f37;font-weight:400}.bl-warn{color:#9b1c1c}
.bl-meta{font-size:.85rem;margin-bottom:.5rem;border-collapse:collapse}
.bl-meta th{text-align:left;padding:.1rem .8rem .1rem 0;white-space:nowrap;vertical-align:top}
.bl-meta td{padding:.1rem 0;word-break:break-word}
.bl-none{opacity:.6;font-style:italic}
.bl-article{position:relative;white-space:pre-wrap;max-height:55vh;overflow:auto;border:1px solid var(--border-color-primary);
  border-radius:6px;padding:.6rem .8rem;font-size:.92rem;line-height:1.5}
.bl-mark{background:#ffe066;color:#000;padding:0 .1rem;border-radius:2px}
.bl-sources{width:100%;border-collapse:collapse;font-size:.88rem}
.bl-sources th,.bl-sources td{border-bottom:1px solid var(--border-color-primary);padding:.3rem .4rem;text-align:left;vertical-align:top}
.bl-num{text-align:right}.bl-src{font-family:var(--font-mono);font-size:.78rem;word-break:break-all}
.bl-sources-count{margin-bottom:.4rem;font-weight:600}
.bl-side{position:sticky;top:.5rem;align-self:flex-start}
"""

TRANSCRIPT_JS = """
element.addEventListener('click', (e) => {
  const hit = e.target.closest('[data-cite]');
  if (!hit || !element.contains(hit)) return;
  element.querySelectorAll('.bl-quote.bl-selected').forEach((q) => q.classList.remove('bl-selected'));
  const block = hit.closest('.bl-quote');
  if (block) block.classList.add('bl-selected');
  trigger('click', {turn: Number(hit.dataset.turn), cite: hit.dataset.cite});
});
"""

PANEL_JS = """
const reveal = () => {
  const mark = element.querySelector('mark.bl-mark');
  const box = element.querySelector('.bl-article');
  if (!mark || !box) return;
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  element.scrollIntoView({block: 'nearest'});
};
watch('value', reveal);
"""


def build(assistant: Assistant) -> gr.Blocks:
    """The Gradio app over `assistant` (not launched)."""
    h = Handlers(assistant)

    def private(name: str) -> dict:  # UI-only events: named so that "ask" stays free for the public endpoint
        return {"api_name": name, "api_visibility": "private"}

    with gr.Blocks(title="byline", analytics_enabled=False) as demo:
        history = gr.BrowserState([], storage_key="byline-chat")
        gr.Markdown("## byline\nAnswers made of verbatim quotes, each labelled with the outlet that published it.")
        with gr.Tab("Ask", id="ask"):
            legend = gr.HTML(H.legend(h.stances), js_on_load=None, elem_id="bl-legend")
            with gr.Row(equal_height=False):
                with gr.Column(scale=3):
                    transcript = gr.HTML(h.render([], False), js_on_load=TRANSCRIPT_JS, elem_id="bl-transcript",
                                         max_height=640, autoscroll=True)
                    with gr.Row():
                        question = gr.Textbox(placeholder="Ask about the articles, e.g. Is the MEK a terrorist organization?",
                                              show_label=False, scale=5, elem_id="bl-question", max_lines=4)
                        send = gr.Button("Ask", variant="primary", scale=1, elem_id="bl-send")
                    with gr.Accordion("Filters and view", open=True):
                        with gr.Row():
                            outlets = gr.Dropdown(h.outlet_choices(), multiselect=True, label="Only these outlets",
                                                  elem_id="bl-outlets")
                            stances = gr.CheckboxGroup(h.stance_choices(), label="Only these stance groups",
                                                       elem_id="bl-stances")
                        with gr.Row():
                            perspectives = gr.Checkbox(False, label="Show perspectives (group quotes by outlet)",
                                                       elem_id="bl-perspectives")
                            k = gr.Slider(1, 20, value=assistant.config.k, step=1, label="Passages to quote",
                                          elem_id="bl-k")
                            clear = gr.Button("Clear chat", size="sm", elem_id="bl-clear")
                with gr.Column(scale=2, elem_classes=["bl-side"]):
                    gr.Markdown("### Citation")
                    panel = gr.HTML(H.panel_message("Click a quote's [n] marker to read it in its article."),
                                    js_on_load=PANEL_JS, elem_id="bl-panel")
        with gr.Tab("Sources", id="sources"):
            sources = gr.HTML(h.sources_html(), js_on_load=None, elem_id="bl-sources")
            gr.Markdown("### Add a document")
            with gr.Row():
                upload_file = gr.File(label="Document", file_types=UPLOAD_TYPES, type="filepath", elem_id="bl-upload-file")
                with gr.Column():
                    up_outlet = gr.Dropdown(h.outlet_choices(), allow_custom_value=True, label="Outlet (publisher)",
                                            elem_id="bl-up-outlet")
                    up_stance = gr.Dropdown([("(from the outlet registry)", ""), *h.stance_choices()], value="",
                                            label="Stance group", elem_id="bl-up-stance")
                    up_title = gr.Textbox(label="Title", elem_id="bl-up-title")
                with gr.Column():
                    up_url = gr.Textbox(label="URL", elem_id="bl-up-url")
                    up_date = gr.Textbox(label="Date (YYYY-MM-DD)", elem_id="bl-up-date")
                    up_author = gr.Textbox(label="Author", elem_id="bl-up-author")
            add = gr.Button("Add to index", variant="primary", elem_id="bl-add")
            status = gr.HTML("", js_on_load=None, elem_id="bl-upload-status")

        def refresh_choices():
            return gr.update(choices=h.outlet_choices()), gr.update(choices=h.outlet_choices())

        ask_args = {"fn": h.ask, "inputs": [question, history, outlets, stances, perspectives, k],
                    "outputs": [transcript, history, question], "api_visibility": "private"}
        send.click(**ask_args, api_name="chat_turn")
        question.submit(**ask_args, api_name="chat_submit")
        perspectives.change(h.render, [history, perspectives], transcript, **private("view"))
        clear.click(lambda: ([], h.render([], False), H.panel_message("Chat cleared.")), None,
                    [history, transcript, panel], **private("clear"))

        def on_select(chat, evt: gr.EventData):
            data = getattr(evt, "_data", None) or {}
            return h.select(chat, data.get("turn"), data.get("cite"))

        transcript.click(on_select, [history], panel, **private("select"))

        def on_upload(file, outlet, stance, url, date, author, title, progress=gr.Progress()):
            note = h.upload(file, outlet, stance, url, date, author, title, progress)
            return (note, h.sources_html(), H.legend(h.stances), *refresh_choices(),
                    gr.update(choices=h.stance_choices()))

        add.click(on_upload, [upload_file, up_outlet, up_stance, up_url, up_date, up_author, up_title],
                  [status, sources, legend, outlets, up_outlet, stances], **private("upload"))

        def on_load(chat, view):
            return h.render(chat, view), h.sources_html(), *refresh_choices()

        demo.load(on_load, [history, perspectives], [transcript, sources, outlets, up_outlet], **private("load"))

        def ask(question: str, outlets: list[str] | None = None, stances: list[str] | None = None,
                k: int | None = None) -> dict:
            """The same JSON object as `byline ask --json`."""
            try:
                return h.answer(question, outlets, stances, k)
            except BylineError as exc:
                raise gr.Error(str(exc)) from None

        gr.api(ask, api_name="ask")
    return demo


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
            inbrowser=False, show_error=False, css=CSS, theme=gr.themes.Default(**THEME_FONTS),
            allowed_paths=[], enable_monitoring=False, mcp_server=False, ssr_mode=False,
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
