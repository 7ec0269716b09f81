"""What the web UI does, over one Assistant: answer a chat turn (with the earlier turns in view),
open a citation, list sources, add a document. Methods take and return plain values, so tests
call them in process; every user-facing failure becomes a friendly message, never a traceback.
"""

from __future__ import annotations

import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"  # before gradio is imported

import json
import logging
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import gradio as gr
from pydantic import BaseModel, ConfigDict, Field

from app.api import Assistant
from app.edges import ui_html as H
from app.edges import ui_pages as P
from app.errors import BylineError, ConfigError, CorpusError, IndexMissingError
from app.support.yamlio import load_model

log = logging.getLogger(__name__)

MAX_TURNS = 50  # chat turns kept in the browser
REVEAL_SECONDS = 0.06  # pause between quotes while an answer is shown progressively
UNEXPECTED = "Something went wrong on the server; the details are in its log. Please try again."


EXAMPLES_FILE = "examples.yaml"  # beside outlets.yaml: example questions for the first screen


def _plain(model: Any) -> dict:
    return json.loads(model.model_dump_json())


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    questions: list[str] = Field(default_factory=list)


def load_examples(corpus_dir: Path) -> list[str]:
    """The corpus folder's example questions (examples.yaml), or none; a broken file is logged, not fatal."""
    path = Path(corpus_dir) / EXAMPLES_FILE
    if not path.is_file():
        return []
    try:
        return load_model(Examples, path).questions
    except ConfigError as exc:
        log.warning("ignoring example questions: %s", exc)
        return []


class Handlers:
    """What the UI does, over one Assistant; every user-facing failure becomes a friendly message."""

    def __init__(self, assistant: Assistant, examples: Sequence[str] | None = None) -> None:
        self.assistant = assistant
        self.examples = list(load_examples(assistant.config.corpus_dir) if examples is None else examples)
        self._indexing: dict[int, str] = {}  # uploads being indexed: id -> file name
        self._guard = threading.Lock()

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

    @property
    def indexing(self) -> list[str]:
        with self._guard:
            return list(self._indexing.values())

    # -- asking ----------------------------------------------------------------------------
    def answer(self, question: str, outlets: Sequence[str] | None = None, stances: Sequence[str] | None = None,
               k: int | None = None, perspectives: bool = False, history: Sequence[dict] = ()) -> dict:
        """The `byline ask --json` object for a question (raises BylineError on bad input)."""
        earlier = [e["answer"] for e in history if e.get("answer")]
        return _plain(self.assistant.ask(
            question, outlets=list(outlets or []) or None, stances=list(stances or []) or None,
            k=int(k) if k else None, view="perspectives" if perspectives else "answer", history=earlier))

    def render(self, history: Sequence[dict], perspectives: bool, pending: dict | None = None,
               shown: int | None = None, stances: H.Stances | None = None) -> str:
        looks = stances or self.stances
        first = "" if history or pending else self.intro(looks)
        return self.banner() + H.transcript(history or [], looks, bool(perspectives), pending, shown, intro=first)

    def banner(self) -> str:
        """Above the chat while the index was built by an older byline in a way reading cannot mend: what is stale
        and the command that rebuilds it (`Assistant.stale_notice`); nothing otherwise."""
        try:
            notice = self.assistant.stale_notice()
        except BylineError:  # an index that cannot be read says so when asked
            return ""
        return P.notice(notice, "warning") if notice else ""

    def intro(self, stances: H.Stances | None = None) -> str:
        sources = self.sources()
        examples = P.example_questions(self.examples, sources)
        return P.intro(sources, stances or self.stances, examples, self.assistant.config.max_question_chars)

    def too_long(self, question: str) -> str | None:
        limit = self.assistant.config.max_question_chars
        if len(question) <= limit:
            return None
        return (f"Your question is {len(question):,} characters; the limit is {limit:,}. "
                "Shorten it in the box above and ask again.")

    def ask(self, question: str, history: list[dict] | None, outlets: Sequence[str] | None,
            stances: Sequence[str] | None, perspectives: bool, k: int | None) -> Iterator[tuple[Any, ...]]:
        """Stream one chat turn: (transcript, history, question box, note under the box, live region);
        gr.skip() leaves a component as it is."""
        skip = gr.skip()
        history = list(history or [])
        question = (question or "").strip()
        if not question:
            yield skip, skip, skip, P.notice("Type a question first.", "error"), skip
            return
        if problem := self.too_long(question):  # the text stays in the box, to be shortened
            yield skip, skip, skip, P.notice(problem, "error"), problem
            return
        looks = self.stances
        filters = {"outlets": list(outlets or []), "stances": list(stances or [])}
        waiting = self.indexing
        pending = {"question": question, "answer": None, "filters": filters,
                   "pending": (f"Still indexing {', '.join(waiting)}: your question will be answered when it is done…"
                               if waiting else None)}
        yield self.render(history, perspectives, pending, stances=looks), skip, "", "", skip
        entry = self._entry(question, history, filters, perspectives, k)
        for shown in range(1, len((entry.get("answer") or {}).get("citations", []))):
            yield self.render(history, perspectives, entry, shown, looks), skip, skip, skip, skip
            time.sleep(REVEAL_SECONDS)
        history = (history + [entry])[-MAX_TURNS:]
        yield self.render(history, perspectives, stances=looks), history, skip, skip, H.announcement(entry)

    def _entry(self, question: str, history: list[dict], filters: dict, perspectives: bool, k: int | None) -> dict:
        entry: dict[str, Any] = {"question": question, "filters": filters}
        try:
            entry["answer"] = self.answer(question, filters["outlets"], filters["stances"], k, perspectives, history)
        except BylineError as exc:
            entry["error"] = str(exc)
        except Exception:  # a bug must not reach the user as a traceback
            log.exception("answering %r failed", question)
            entry["error"] = UNEXPECTED
        return entry

    def select(self, history: Sequence[dict] | None, turn: Any, cite_id: Any) -> str:
        """The citation panel for citation `cite_id` of chat turn `turn`."""
        try:
            entry = (history or [])[int(turn)]
            cite = next(c for c in entry["answer"]["citations"] if c["id"] == str(cite_id))
        except (IndexError, KeyError, TypeError, ValueError, StopIteration):
            return P.panel_message("That citation is no longer in this chat; ask the question again.")
        try:
            doc = self.assistant.document(cite["doc_id"])
        except BylineError as exc:
            return P.panel_message(f"{exc}. The index may have been rebuilt since this answer; ask again.")
        return P.panel(cite, _plain(doc.info), doc.text, self.stances)

    # -- sources and uploads ---------------------------------------------------------------
    def sources_html(self) -> str:
        return P.sources_table(self.sources(), self.stances)

    def upload_problem(self, file: str | None, outlet: str | None, stance: str | None) -> str | None:
        """Why the form cannot be sent as filled in (None: it can)."""
        if not file:
            return "Choose a file to upload first."
        outlet = (outlet or "").strip()
        if outlet and not stance and self.assistant.registry.outlet(outlet) is None:
            return (f"{outlet!r} is a new outlet: pick its stance group (or “Not recorded”), "
                    "so its quotes are labelled correctly.")
        return None

    def upload(self, file: str | None, outlet: str | None, stance: str | None, url: str | None, date: str | None,
               author: str | None, title: str | None, progress: Any = None) -> str:
        """Add one document with its form metadata; returns a notice for the form."""
        progress = progress or (lambda *a, **k: None)
        if problem := self.upload_problem(file, outlet, stance):
            return _refused(problem)
        path = Path(file)
        stance = "" if stance == NOT_RECORDED else stance
        meta = {"outlet": outlet, "stance": stance, "url": url, "date": date, "author": author, "title": title}
        meta = {k: v.strip() for k, v in meta.items() if isinstance(v, str) and v.strip()}
        progress(0.1, desc=f"Reading {path.name}")
        with self._guard:
            self._indexing[id(path)] = path.name
        try:
            report = self._add(path, meta, progress)
        except BylineError as exc:
            return _refused(str(exc))
        except Exception:
            log.exception("upload of %s failed", path.name)
            return _refused(UNEXPECTED)
        finally:
            with self._guard:
                self._indexing.pop(id(path), None)
        progress(1.0, desc="Indexed")
        return _upload_notice(path.name, report)

    def _add(self, path: Path, meta: dict, progress: Any):
        limit = self.assistant.config.max_file_bytes
        if path.stat().st_size > limit:  # before reading it: a huge file never fills memory
            raise CorpusError(f"{path.name}: {path.stat().st_size:,} bytes, over the {limit:,}-byte limit")
        data = path.read_bytes()
        progress(0.3, desc="Cleaning, chunking and embedding")
        return self.assistant.add_document(path.name, data, **meta)


NOT_RECORDED = "__none__"  # the stance choice "Not recorded" (for a new outlet)


def _refused(message: str) -> str:
    """An upload that did not happen: said in the form and in a toast."""
    gr.Warning(message)
    return P.notice(message, "error")


def _upload_notice(name: str, report) -> str:
    problems = {**report.skipped, **report.failed}
    if problems:
        return _refused("; ".join(f"{Path(k).name}: {v}" for k, v in problems.items()))
    if report.unchanged and not (report.new or report.changed):
        return P.notice(f"{name} is already indexed, unchanged.", "info")
    n = report.chunks_added
    return P.notice(f"Added {name}: {n} passage{'' if n == 1 else 's'} indexed. Ask about it in the Ask tab.", "ok")
