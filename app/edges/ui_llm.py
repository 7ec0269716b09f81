"""The web UI's optional LLM section: settings (server URL and model) and a short answer written by
the model, streamed while it is written, then shown as verified: kept sentences, failing ones
replaced by the labelled quote they cite, each sentence's verdict listed.

Self-contained (its own components, handler and markup) so the chat UI can change around it.
Settings typed in the browser may only point at this machine (loopback) or at the server the
operator configured: a web page must not make the server call arbitrary addresses.
"""

from __future__ import annotations

import html
import queue
import threading
from collections.abc import Iterator, Sequence
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlparse

import gradio as gr

from app.api import Assistant
from app.errors import BylineError, ConfigError
from app.synthesis.generators import Generator, make_generator

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
HINT = "Write a short answer with an LLM; every sentence is checked against the quotes it cites."


class LlmSection:
    """What the section does, over one Assistant (tests call it in-process)."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._generators: dict[tuple[str, str], Generator] = {}
        self._lock = threading.Lock()

    def generator(self, base_url: str | None, model: str | None) -> Generator:
        config = self.assistant.config
        base_url, model = (base_url or "").strip(), (model or "").strip()
        if not base_url and not model:
            base_url, model = config.llm_base_url or "", config.llm_model or ""
        host = urlparse(base_url).hostname if base_url else None
        if base_url and host not in LOOPBACK and base_url != config.llm_base_url:
            raise ConfigError("from the browser, the LLM server must be on this machine (127.0.0.1 or localhost); "
                              "start byline with --llm-base-url for another one")
        with self._lock:
            key = (base_url, model)
            if key not in self._generators:
                made = make_generator(base_url or None, model or None, api_key=config.llm_api_key,
                                      timeout=config.llm_timeout, threads=config.llm_threads)
                if made is None:
                    raise ConfigError("set an LLM server URL and model, or the model 'smollm2' for the packaged one")
                self._generators[key] = made
            return self._generators[key]

    def write(self, history: Sequence[dict] | None, base_url: str | None, model: str | None,
              outlets: Sequence[str] | None = None, stances: Sequence[str] | None = None,
              k: int | None = None) -> Iterator[str]:
        """Stream the section's HTML for the last question of the chat: tokens, then the verified answer."""
        question = next((e.get("question") for e in reversed(history or []) if e.get("answer")), None)
        if not question:
            yield note("Ask a question in the chat first; the LLM then writes a short answer from its quotes.")
            return
        try:
            generator = self.generator(base_url, model)
        except BylineError as exc:
            yield note(str(exc))
            return
        tokens: queue.Queue = queue.Queue()
        result: dict[str, Any] = {}

        def run() -> None:
            try:
                result["answer"] = self.assistant.ask(question, outlets=list(outlets or []) or None,
                                                      stances=list(stances or []) or None, k=int(k) if k else None,
                                                      llm=generator, synthesize=True, on_token=tokens.put)
            except BylineError as exc:
                result["error"] = str(exc)
            finally:
                tokens.put(None)

        threading.Thread(target=run, daemon=True).start()
        written = ""
        while (piece := tokens.get()) is not None:
            written += piece
            yield streaming(written)
        yield note(result["error"]) if "error" in result else verified(result["answer"])


def note(message: str) -> str:
    return f'<div class="bl-llm bl-llm-note">{html.escape(message)}</div>'


def streaming(text: str) -> str:
    return (f'<div class="bl-llm"><p class="bl-llm-raw">{html.escape(text)}\u258c</p>'
            '<p><em>writing… then checking every sentence</em></p></div>')


def verified(answer) -> str:
    s = answer.synthesis
    if s is None:
        return note("The sources don't answer this, so there is nothing to summarise.")
    body = "".join(f"<p>{html.escape(line)}</p>" for line in (s.text or "").splitlines())
    notice = f'<p class="bl-llm-note">{html.escape(s.notice)}</p>' if s.notice else ""
    marks = []
    for v in s.sentences:
        mark = "\u2713" if v.verified else ("\u21ba replaced by its quote" if v.replaced_by else "\u2717 dropped")
        marks.append(f"<li><b>{html.escape(mark)}</b> {html.escape(v.text)} <small>({html.escape(v.why)})</small></li>")
    checks = f"<details><summary>Each sentence, checked</summary><ul>{''.join(marks)}</ul></details>" if marks else ""
    return f'<div class="bl-llm"><h4>{html.escape(s.model)}, verified</h4>{body}{notice}{checks}</div>'


def section(assistant: Assistant) -> SimpleNamespace:
    """The section's components (call inside the Ask tab's layout)."""
    config = assistant.config
    with gr.Accordion("Short answer by an LLM (optional)", open=False, elem_id="bl-llm"):
        gr.Markdown(HINT)
        with gr.Row():
            url = gr.Textbox(config.llm_base_url or "", label="OpenAI-compatible server URL",
                             placeholder="http://127.0.0.1:11434/v1", elem_id="bl-llm-url")
            model = gr.Textbox(config.llm_model or "", label="Model", placeholder="smollm2, or the server's model name",
                               elem_id="bl-llm-model")
        write = gr.Button("Write a short answer to the last question", elem_id="bl-llm-write")
        out = gr.HTML("", elem_id="bl-llm-out")
    return SimpleNamespace(url=url, model=model, write=write, out=out, handlers=LlmSection(assistant))


def wire(c: SimpleNamespace, history: Any, outlets: Any, stances: Any, k: Any) -> None:
    c.write.click(c.handlers.write, [history, c.url, c.model, outlets, stances, k], c.out,
                  api_name="llm_answer", api_visibility="private")
