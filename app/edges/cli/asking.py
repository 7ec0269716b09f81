"""Commands over one index: ingest, ask, sources, chat."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from app.edges.cli.base import (
    IndexOpt, JsonOpt, LlmModelOpt, LlmUrlOpt, OutletOpt, StanceOpt, assistant, cli, err, escape, friendly, out,
)
from app.errors import BylineError, QueryError

INGEST_FAILED = 3  # `byline ingest`: some files failed to load; the others were ingested (2: an error stopped it)


@cli.command()
@friendly
def ingest(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (default: corpus/).")] = None,
    index: IndexOpt = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files are gone.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Load, clean, chunk, embed and store documents. Unchanged files are skipped.

    Exit code 3: some files failed to load (one line each on stderr); the others were ingested.

    Exit code 2: an error stopped it (a missing folder, a bad registry, a full disk), said in one line."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from app.documents.load import iter_files

    a = assistant(index)
    targets = paths or [a.config.corpus_dir]
    total = sum(1 for _ in iter_files(list(targets)))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err.real(), transient=True, disable=as_json or total < 2) as bar:
        task = bar.add_task("ingesting", total=total)
        report = a.ingest(targets, prune=prune,
                          progress=lambda src: bar.update(task, advance=1, description=Path(src).name[:40]))
    if as_json:
        out.print_json(report.model_dump_json())
        _say_failed(report)
    else:
        _say_report(a, report, targets, total)
    if report.failed:  # a script must tell a partial ingest from a clean one
        raise typer.Exit(INGEST_FAILED)


def _say_report(a, report, targets: list[Path], total: int) -> None:
    """The ingest report for a person: notes on stderr, the summary and the registry on stdout."""
    from app.documents.load import LOADERS

    if not total:  # an empty folder, or one of hidden files only: say so, or "0 new" reads as a silent failure
        err.print(f"[yellow]warning:[/] no files in {escape(', '.join(map(str, targets)))}; byline reads "
                  f"{' '.join(sorted(LOADERS))}")
    _say_notes(report)
    out.print(f"{report.summary()} ({report.chunks_added} chunks embedded) → {a.config.index_dir}")
    registry, why = a.registry_file(targets)
    out.print(f"registry: {escape(str(registry))} ({escape(why)})")
    if report.outlet_rules:
        out.print(report.detection())


def _say_notes(report) -> None:
    """An ingest report's warnings, provenance conflicts, skipped and failed files, one line each on stderr."""
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}")
    for path, why in report.conflicts.items():
        err.print(f"[yellow]provenance conflict:[/] {escape(path)}: {escape(why)}")
    for path, why in report.skipped.items():
        err.print(f"[yellow]skipped:[/] {escape(path)}: {escape(why)}")
    _say_failed(report)


def _say_failed(report) -> None:
    """One line on stderr per file (or .jsonl line) that failed to load, naming it and why."""
    for path, why in report.failed.items():
        why = " ".join(why.split())  # a loader's multi-line message stays on its file's line
        err.print(f"[red]failed:[/] {escape(why if why.startswith(path) else f'{path}: {why}')}")


@cli.command()
@friendly
def ask(
    questions: Annotated[list[str], typer.Argument(help="One or more questions.")],
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    outlet: OutletOpt = None,
    stance: StanceOpt = None,
    k: Annotated[Optional[int], typer.Option("-k", help="Passages to quote.")] = None,
    view: Annotated[str, typer.Option(
        "--view", help="answer, or perspectives: what each outlet says, by stance group.")] = "answer",
    llm_base_url: LlmUrlOpt = None,
    llm_model: LlmModelOpt = None,
) -> None:
    """Answer questions with verbatim quotes labelled by outlet. --json prints one object per line."""
    a = assistant(index, llm_base_url=llm_base_url, llm_model=llm_model)
    for i, question in enumerate(questions, 1):  # every question checked before the first answer is printed
        try:
            a.check_question(question)
        except QueryError as exc:
            raise QueryError(f"question {i}: {exc}" if len(questions) > 1 else str(exc)) from None
    told = False
    for question in questions:
        answer = a.ask(question, outlets=outlet, stances=stance, k=k, view=view)
        told = tell_stale(answer, told)
        if as_json:  # the contract's object only: a stale index is said on stderr
            sys.stdout.write(answer.model_dump_json(exclude={"stale_index"}) + "\n")
            sys.stdout.flush()
        else:
            print_answer(answer)


def tell_stale(answer, told: bool) -> bool:
    """Say the answer's `stale_index` line on stderr unless `told` already; whether it has been said now."""
    if answer.stale_index and not told:
        sys.stderr.write(f"note: {answer.stale_index}\n")
        sys.stderr.flush()
        return True
    return told


def print_answer(answer) -> None:
    from rich.panel import Panel

    style = "yellow" if answer.abstained else ("magenta" if answer.contested else "green")
    # soft_wrap=False: the panel wraps long quotes instead of cropping them at the console width
    subtitle = "not covered — the quotes are related, not an answer" if answer.not_covered else None
    out.print(Panel(escape(answer.answer), title=escape(answer.question), subtitle=subtitle, border_style=style),
              soft_wrap=False)
    if answer.synthesis is not None:
        print_synthesis(answer.synthesis)
    for c in answer.citations:
        where = " · ".join(escape(x) for x in (c.title, c.date, c.url) if x)
        out.print(f"  [bold][{c.id}][/] {escape(c.outlet)} — {where} [dim](chars {c.start}–{c.end})[/]")


def print_synthesis(synthesis) -> None:
    """The verified paragraph (or the fallback notice), then each model sentence's verdict."""
    from rich.panel import Panel

    if synthesis.text:
        out.print(Panel(escape(synthesis.text), title=f"{escape(synthesis.model)}, verified", border_style="cyan"),
                  soft_wrap=False)
    if synthesis.notice:
        err.print(f"[yellow]note:[/] {escape(synthesis.notice)}")
    for v in synthesis.sentences:
        mark = "[green]✓[/]" if v.verified else ("[yellow]↺[/]" if v.replaced_by else "[red]✗[/]")
        out.print(f"  {mark} {escape(v.text)} [dim]({escape(v.why)})[/]")


@cli.command()
@friendly
def sources(
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    wide: Annotated[bool, typer.Option("--wide", help="Every column, full ids (wider than 80 columns).")] = False,
) -> None:
    """List indexed documents: short id, outlet, title, date, chunks (--wide: everything)."""
    docs = assistant(index).sources()
    if as_json:
        out.print_json(json.dumps([d.model_dump() for d in docs]))
        return
    out.print(wide_table(docs) if wide else narrow_table(docs, out.width))


SHORT_ID = 8  # characters of a doc id in the narrow listing


def narrow_table(docs, width: int):
    """One line per document within `width` columns: long outlets and titles end in an ellipsis."""
    from rich.table import Table

    rows = [(d.doc_id[:SHORT_ID], d.outlet, d.title or "", d.date or "", str(d.chunks)) for d in docs]
    outlet_w = min(22, max([6, *(len(r[1]) for r in rows)]))
    date_w = max([4, *(len(r[3]) for r in rows)])
    title_w = max(10, width - (SHORT_ID + outlet_w + date_w + 6) - 2 * 4)  # 2 spaces between 5 columns
    table = Table(box=None, pad_edge=False, header_style="bold", padding=(0, 1))
    table.add_column("id", no_wrap=True, min_width=SHORT_ID)
    table.add_column("outlet", no_wrap=True, overflow="ellipsis", width=outlet_w)
    table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=title_w)
    table.add_column("date", no_wrap=True, min_width=date_w)
    table.add_column("chunks", no_wrap=True, justify="right", min_width=6)
    for row in rows:
        table.add_row(*(escape(x) for x in row))
    return table


def wide_table(docs):
    from rich.table import Table

    table = Table("doc_id", "outlet", "found by", "stance", "title", "date", "chunks", "copies")
    for d in docs:
        copies = f"{len(d.copies)} {'copy' if len(d.copies) == 1 else 'copies'}" if d.copies else ""
        copies = f"copy of {d.copy_of}" if d.copy_of else copies
        found = (d.outlet_source or "") + ("; conflict: " + "; ".join(d.conflicts) if d.conflicts else "")
        table.add_row(d.doc_id, escape(d.outlet), escape(found), d.stance or "", escape(d.title or ""),
                      d.date or "", str(d.chunks), copies)
    return table


@cli.command()
@friendly
def chat(index: IndexOpt = None, llm_base_url: LlmUrlOpt = None, llm_model: LlmModelOpt = None) -> None:
    """Ask questions interactively; follow-ups ("and the other side?") are read against earlier turns."""
    a = assistant(index, llm_base_url=llm_base_url, llm_model=llm_model)
    out.print("byline chat — every answer is quoted from the sources; follow-ups are understood. "
              "Empty line to quit.")
    history, told = [], False
    while True:
        try:
            question = input("\n? ").strip()
        except EOFError:
            break
        if not question:
            break
        try:
            answer = a.ask(question, history=history)
        except BylineError as exc:
            err.print(f"[red]{escape(str(exc))}[/]")
            continue
        told = tell_stale(answer, told)
        print_answer(answer)
        history = [*history, answer][-20:]
