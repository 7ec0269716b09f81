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
err = Console(stderr=True, highlight=False, soft_wrap=True)  # one error, one line

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
        except OSError as exc:  # a path the user gave that the system refuses
            fail(f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc))
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

    return Assistant(config=Config.load(index_dir=index, **{**GLOBAL_FLAGS, **settings}))


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

    from app.documents.load import iter_files

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
    for path, why in report.skipped.items():
        err.print(f"[yellow]skipped:[/] {escape(path)}: {escape(why)}")
    for path, why in report.failed.items():
        err.print(f"[red]failed:[/] {escape(why if why.startswith(path) else f'{path}: {why}')}")
    out.print(f"{report.summary()} ({report.chunks_added} chunks embedded) → {a.config.index_dir}")
    if report.outlet_rules:
        out.print(report.detection())


@cli.command()
@friendly
def ask(
    questions: Annotated[list[str], typer.Argument(help="One or more questions.")],
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    outlet: OutletOpt = None,
    stance: StanceOpt = None,
    k: Annotated[Optional[int], typer.Option("-k", help="Passages to quote.")] = None,
    view: Annotated[str, typer.Option("--view", help="answer, or perspectives: what each outlet says, by stance group.")] = "answer",
) -> None:
    """Answer questions with verbatim quotes labelled by outlet. --json prints one object per line."""
    a = assistant(index)
    for question in questions:
        answer = a.ask(question, outlets=outlet, stances=stance, k=k, view=view)
        if as_json:
            sys.stdout.write(answer.model_dump_json() + "\n")
            sys.stdout.flush()
        else:
            print_answer(answer)


def print_answer(answer) -> None:
    from rich.panel import Panel

    style = "yellow" if answer.abstained else ("magenta" if answer.contested else "green")
    # soft_wrap=False: the panel wraps long quotes instead of cropping them at the console width
    out.print(Panel(escape(answer.answer), title=escape(answer.question), border_style=style), soft_wrap=False)
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
    table = Table("doc_id", "outlet", "found by", "stance", "title", "date", "chunks", "copies")
    for d in docs:
        copies = f"{len(d.copies)} {'copy' if len(d.copies) == 1 else 'copies'}" if d.copies else ""
        copies = f"copy of {d.copy_of}" if d.copy_of else copies
        table.add_row(d.doc_id, escape(d.outlet), d.outlet_source or "", d.stance or "", escape(d.title or ""),
                      d.date or "", str(d.chunks), copies)
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

# -- integration surfaces: HTTP API, MCP server, Chroma server mode (app/edges/http.py, app/edges/mcp.py) --
GLOBAL_FLAGS: dict[str, object] = {}  # options given before the command, e.g. `byline --chroma-url URL ask ...`
ChromaOpt = Annotated[Optional[str], typer.Option(
    "--chroma-url", help="Use a Chroma server (chroma run ...) instead of the index folder; env BYLINE_CHROMA_URL.")]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@cli.callback()
def options(chroma_url: ChromaOpt = None) -> None:
    """Source-grounded answers from news articles that disagree: every claim quoted and labelled with its outlet."""
    GLOBAL_FLAGS["chroma_url"] = chroma_url


@cli.command()
@friendly
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; keep 127.0.0.1 unless behind a proxy.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    index: IndexOpt = None,
    chroma_url: ChromaOpt = None,
    ui: Annotated[bool, typer.Option("--ui", help="Also serve the web UI at /ui.")] = False,
) -> None:
    """Serve the HTTP API (OpenAPI docs at /docs). Set BYLINE_API_TOKEN to require a bearer token."""
    import os

    from app.edges.http import serve as run_http

    if host not in LOOPBACK and not os.environ.get("BYLINE_API_TOKEN"):
        err.print(f"[yellow]warning:[/] serving on {escape(host)} without BYLINE_API_TOKEN: anyone who can reach it can upload and delete")
    run_http(assistant(index, chroma_url=chroma_url), host, port, ui=ui)


@cli.command("mcp")
@friendly
def mcp_command(index: IndexOpt = None, chroma_url: ChromaOpt = None) -> None:
    """Serve the MCP tools `ask` and `list_sources` over stdio (for agent hosts)."""
    from app.edges.mcp import run

    run(assistant(index, chroma_url=chroma_url))


# -- eval (issue 4) -----------------------------------------------------------------------------
@cli.command("eval")
@friendly
def eval_cases(
    cases: Annotated[Optional[list[Path]], typer.Argument(help="Case files or folders (default: evals/cases/).")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    answers: Annotated[Optional[Path], typer.Option("--answers", help="Score these answers (JSONL, one `ask --json` Answer per line) instead of byline's.")] = None,
    baselines: Annotated[bool, typer.Option("--baselines/--no-baselines", help="Also score llama-index, BM25-only and dense-only baselines.")] = True,
) -> None:
    """Run the grounding eval; write evals/reports/latest.{json,md}; exit 1 when a threshold is missed."""
    from app.evaluation.report import render_markdown
    from app.evaluation.runner import run_eval

    report = run_eval(Config.load(index_dir=index), cases, answers=answers, baselines=baselines)
    if as_json:
        sys.stdout.write(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    else:
        out.print(escape(render_markdown(report)))
    for failure in report["threshold_failures"]:
        err.print(f"[bold red]threshold:[/] {escape(failure)}")
    if report["threshold_failures"]:
        raise typer.Exit(1)


@cli.command()
@friendly
def ui(
    index: IndexOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind (default: loopback only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to serve on.")] = 7860,
) -> None:
    """Start the web UI: chat with outlet-labelled quotes, a citation panel, sources and uploads."""
    from app.edges import ui as web

    a = assistant(index)
    if not a.has_index():
        err.print(f"[yellow]note:[/] no index in {escape(str(a.config.index_dir))} yet: upload documents in the "
                  "Sources tab, or run `byline ingest` first")
    demo, url = web.launch(a, host=host, port=port)
    out.print(f"byline UI running at {url}  (Ctrl-C to stop)")
    web.serve_forever(demo)


# -- outlets: the registry from the command line -------------------------------------------
outlets_cli = typer.Typer(help="List or add outlets in the registry (corpus/outlets.yaml).", no_args_is_help=True)
cli.add_typer(outlets_cli, name="outlets")
RegistryOpt = Annotated[Optional[Path], typer.Option("--registry", help="Registry file (default: corpus/outlets.yaml).")]


def _registry_file(registry: Path | None) -> Path:
    config = Config.load(registry=registry)
    return config.registry_path or config.corpus_dir / "outlets.yaml"


@outlets_cli.command("list")
@friendly
def outlets_list(registry: RegistryOpt = None, as_json: JsonOpt = False) -> None:
    """List the registered outlets with their stance group, domains, aliases and signatures."""
    from rich.table import Table

    from app.registry import load_registry

    path = _registry_file(registry)
    reg = load_registry(path if path.is_file() else None)
    if as_json:
        out.print_json(json.dumps([o.model_dump() for o in reg.outlets]))
        return
    table = Table("outlet", "stance", "domains", "aliases", "signatures", title=str(path))
    for o in reg.outlets:
        table.add_row(*(escape(x) for x in (o.name, o.stance or "", ", ".join(o.domains), ", ".join(o.aliases),
                                             ", ".join(repr(s) for s in o.signatures))))
    out.print(table)


@outlets_cli.command("add")
@friendly
def outlets_add(
    name: Annotated[str, typer.Argument(help="The outlet's name as answers should show it.")],
    domain: Annotated[Optional[list[str]], typer.Option("--domain", help="A web domain it publishes on (repeatable).")] = None,
    stance: Annotated[Optional[str], typer.Option("--stance", help="Stance group id or label from the registry.")] = None,
    alias: Annotated[Optional[list[str]], typer.Option("--alias", help="Another name for it (repeatable).")] = None,
    signature: Annotated[Optional[list[str]], typer.Option("--signature", help="Text its articles carry, e.g. 'MNA/' (repeatable).")] = None,
    registry: RegistryOpt = None,
) -> None:
    """Add an outlet to the registry; the file is validated before it is replaced, comments kept."""
    from pydantic import ValidationError

    from app.errors import ConfigError
    from app.registry import Outlet, add_outlet, host_of, load_registry

    path = _registry_file(registry)
    current = load_registry(path if path.is_file() else None)
    try:
        outlet = Outlet(name=name.strip(), domains=[host_of(d) or d for d in domain or []], aliases=alias or [],
                        stance=current.stance_id(stance), signatures=signature or [])
    except ValidationError as exc:
        raise ConfigError(f"outlet {name!r}: {exc.errors()[0]['msg']}") from None
    add_outlet(path, outlet)
    out.print(f"added {escape(outlet.name)} to {path}")


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
    from app.bench.run import key_ratios, run_bench

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
