"""The `byline` command line. Each command is a few lines over `app.api`."""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from app.config import Config
from app.errors import BylineError

cli = typer.Typer(
    name="byline",
    help="Source-grounded answers from news articles that disagree: every claim quoted and labelled with its outlet.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)

IndexOpt = Annotated[Optional[Path], typer.Option("--index", help="Index folder (default: index/).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON output.")]
OutletOpt = Annotated[Optional[list[str]], typer.Option("--outlet", help="Only cite this outlet (repeatable).")]
StanceOpt = Annotated[Optional[list[str]], typer.Option("--stance", help="Only cite this stance group (repeatable).")]


def fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(2)


def friendly(fn):
    """Turn byline's own errors into one line on stderr and exit code 2 — never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except BylineError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None
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

    return Assistant(config=Config.load(index_dir=index, **settings))


@cli.command()
@friendly
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (default: corpus/).")] = None,
    index: IndexOpt = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files are gone.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Load, clean, chunk, embed and store documents. Unchanged files are skipped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from app.load import iter_files

    a = assistant(index)
    targets = paths or [a.config.corpus_dir]
    total = sum(1 for _ in iter_files(list(targets)))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True, disable=as_json or total < 2) as bar:
        task = bar.add_task("ingesting", total=total)
        report = a.ingest(targets, prune=prune, progress=lambda src: bar.update(task, advance=1, description=Path(src).name[:40]))
    if as_json:
        out.print_json(report.model_dump_json())
        return
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}")
    for path, why in {**report.skipped, **report.failed}.items():
        err.print(f"[yellow]skipped:[/] {escape(path)}: {escape(why)}")
    out.print(f"{report.summary()} ({report.chunks_added} chunks embedded) → {a.config.index_dir}")


@cli.command()
@friendly
def ask(
    questions: Annotated[list[str], typer.Argument(help="One or more questions.")],
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    outlet: OutletOpt = None,
    stance: StanceOpt = None,
    k: Annotated[Optional[int], typer.Option("-k", help="Passages to quote.")] = None,
) -> None:
    """Answer questions with verbatim quotes labelled by outlet. --json prints one object per line."""
    a = assistant(index)
    for question in questions:
        answer = a.ask(question, outlets=outlet, stances=stance, k=k)
        if as_json:
            sys.stdout.write(answer.model_dump_json() + "\n")
            sys.stdout.flush()
        else:
            print_answer(answer)


def print_answer(answer) -> None:
    from rich.panel import Panel

    style = "yellow" if answer.abstained else ("magenta" if answer.contested else "green")
    out.print(Panel(escape(answer.answer), title=escape(answer.question), border_style=style))
    for c in answer.citations:
        where = " · ".join(escape(x) for x in (c.title, c.date, c.url) if x)
        out.print(f"  [bold][{c.id}][/] {escape(c.outlet)} — {where} [dim](chars {c.start}–{c.end})[/]")


@cli.command()
@friendly
def sources(index: IndexOpt = None, as_json: JsonOpt = False) -> None:
    """List indexed documents with their outlet, metadata and chunk counts."""
    from rich.table import Table

    docs = assistant(index).sources()
    if as_json:
        out.print_json(json.dumps([d.model_dump() for d in docs]))
        return
    table = Table("doc_id", "outlet", "stance", "title", "date", "chunks")
    for d in docs:
        table.add_row(d.doc_id, escape(d.outlet), d.stance or "", escape(d.title or ""), d.date or "", str(d.chunks))
    out.print(table)


@cli.command()
@friendly
def chat(index: IndexOpt = None) -> None:
    """Ask questions interactively in the terminal (empty line or Ctrl-D to quit)."""
    a = assistant(index)
    out.print("byline chat — every answer is quoted from the sources. Empty line to quit.")
    while True:
        try:
            question = input("\n? ").strip()
        except EOFError:
            break
        if not question:
            break
        try:
            print_answer(a.ask(question))
        except BylineError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")


@cli.command()
@friendly
def bench(
    quick: Annotated[bool, typer.Option("--quick", help="1k chunks only, fewer repetitions (under a minute once cached).")] = False,
    as_json: JsonOpt = False,
    out_dir: Annotated[Path, typer.Option("--out", help="Report folder.")] = Path("evals/reports"),
    cache: Annotated[Path, typer.Option("--cache", help="Synthetic corpus vectors and indexes.")] = Path("bench/cache"),
    embed_upto: Annotated[Optional[int], typer.Option("--embed-upto", help="Embed up to this many synthetic chunks for real (default: 0 quick, 10000 full); beyond, sentence-mean vectors.")] = None,
) -> None:
    """Measure ingest, query latency (vs the llama-index default pipeline), cold start and memory."""
    from app.bench import key_ratios, run_bench

    result = run_bench(quick=quick, out=out_dir, cache=cache, embed_upto=embed_upto,
                       progress=lambda m: err.print(f"[dim]bench: {escape(m)}[/]"))
    if as_json:
        sys.stdout.write(json.dumps(key_ratios(result), ensure_ascii=False) + "\n")
        return
    for g in result["goals"]:
        out.print(f"{'met ' if g['met'] else 'MISS'}  {g['goal']}: {g['value']:g}{g['unit']} (goal {g['target']})")
    out.print(f"report: {out_dir / 'bench.md'}")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "chromadb", "httpx", "sentence_transformers", "transformers"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    cli()


if __name__ == "__main__":
    main()
