"""The web UI: a chat whose answers are labelled quotes, a citation panel, sources and uploads.

`build(assistant)` assembles the tabs of `app.edges.ui_tabs` over `Handlers`
(`app.edges.ui_handlers`, plain values in and out, so tests call them in process); `launch(...)`
serves it on 127.0.0.1 by default. The UI calls `app.api.Assistant` and nothing below it.
Markup: `ui_html` (chat) and `ui_pages` (first screen, panel, sources), styling: `ui_style`.
Gradio is imported in these UI modules and nowhere else in byline.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported (ChatInterface etc. read it)

import socket
import time
from types import SimpleNamespace

import gradio as gr

from app.api import Assistant
from app.edges import ui_llm
from app.edges import ui_style as S
from app.edges import ui_tabs as T
from app.edges.ui_handlers import Handlers
from app.errors import BylineError, ConfigError

__all__ = ["Handlers", "build", "free_port", "launch", "serve_forever"]


def build(assistant: Assistant) -> gr.Blocks:
    """The Gradio app over `assistant` (not launched)."""
    h = Handlers(assistant)
    with gr.Blocks(title="byline", analytics_enabled=False) as demo:
        state = SimpleNamespace(history=gr.BrowserState([], storage_key="byline-chat"),  # survive a reload
                                view=gr.BrowserState(False, storage_key="byline-view"))
        gr.Markdown("# byline\nAnswers made of verbatim quotes, each labelled with the outlet that published it.")
        with gr.Tab("Ask", id="ask"):
            ask = T.ask_tab(h)
            llm = ui_llm.section(assistant)
        with gr.Tab("Sources", id="sources"):
            src = T.sources_tab(h)
        T.wire(h, demo, state, ask, src)
        ui_llm.wire(llm, state.history, ask.outlets, ask.stances, ask.k)
        _api(h)
    return demo


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
THEME = gr.themes.Default(**THEME_FONTS).set(  # primary buttons and the selected tab: contrast >= 4.5 (WCAG AA)
    button_primary_background_fill="#1d5fb3", button_primary_background_fill_hover="#174c8f",
    button_primary_text_color="#ffffff", button_primary_border_color="#1d5fb3",
    button_primary_background_fill_dark="#1d5fb3", button_primary_text_color_dark="#ffffff",
)


def launch(assistant: Assistant, host: str = "127.0.0.1", port: int | None = 7860, *, quiet: bool = True
           ) -> tuple[gr.Blocks, str]:
    """Serve the UI without blocking; returns the app and its URL (port None: any free port).

    Local fonts only, no analytics, no share link: it works with no network.
    """
    port = port or free_port(host)
    demo = build(assistant)
    try:
        demo.queue(default_concurrency_limit=4).launch(
            server_name=host, server_port=port, prevent_thread_lock=True, quiet=quiet, share=False,
            inbrowser=False, show_error=False, css=S.CSS, js=S.PAGE_JS, theme=THEME,
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


