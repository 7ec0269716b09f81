"""What the web UI does, as plain methods over one Assistant (tests call them in-process).

Every user-facing failure becomes a friendly message; all markup comes from `app.edges.ui_html`.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported

import inspect  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import gradio as gr  # noqa: E402

from app.api import Assistant  # noqa: E402
from app.edges import ui_html as H  # noqa: E402
from app.errors import BylineError, CorpusError, IndexMissingError  # noqa: E402

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
               shown: int | None = None, stances: H.Stances | None = None) -> str:
        return H.transcript(history or [], stances or self.stances, bool(perspectives), pending, shown)

    def ask(self, question: str, history: list[dict] | None, outlets: Sequence[str] | None,
            stances: Sequence[str] | None, perspectives: bool, k: int | None) -> Iterator[tuple[Any, Any, Any]]:
        """Stream one chat turn: (transcript html, history or skip, question box value or skip)."""
        history = list(history or [])
        question = (question or "").strip()
        if not question:
            gr.Warning("Type a question first.")
            yield gr.skip(), gr.skip(), gr.skip()
            return
        looks = self.stances
        yield self.render(history, perspectives, {"question": question, "answer": None}, stances=looks), gr.skip(), ""
        try:
            entry = {"question": question, "answer": self.answer(question, outlets, stances, k, perspectives)}
        except BylineError as exc:
            gr.Warning(str(exc))
            entry = {"question": question, "error": str(exc)}
        except Exception:  # a bug must not reach the user as a traceback
            log.exception("answering %r failed", question)
            entry = {"question": question, "error": UNEXPECTED}
        for shown in range(1, len((entry.get("answer") or {}).get("citations", []))):
            yield self.render(history, perspectives, entry, shown, looks), gr.skip(), gr.skip()
            time.sleep(REVEAL_SECONDS)
        history = (history + [entry])[-MAX_TURNS:]
        yield self.render(history, perspectives, stances=looks), history, gr.skip()

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
            limit = self.assistant.config.max_file_bytes
            if path.stat().st_size > limit:  # before reading it: a huge file never fills memory
                raise CorpusError(f"{path.name}: {path.stat().st_size:,} bytes, over the {limit:,}-byte limit")
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
        return H.notice(f"Added {path.name}: {report.chunks_added} passage{'' if report.chunks_added == 1 else 's'} indexed. "
                        "Ask about it in the Ask tab.", "ok")
