"""`byline outlets`: the outlet registry from the command line (outlets and stance groups).

Which registry file: `--registry FILE`, else `--corpus DIR`'s outlets.yaml, else the default
corpus folder's (corpus/, or BYLINE_CORPUS_DIR) — the rule `byline ingest DIR` follows too
(`app.registry.registry_file`). Every command prints the file it uses and why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from app.config import Config
from app.edges.cli.base import JsonOpt, cli, escape, friendly, out

outlets_cli = typer.Typer(
    help="List or add outlets and stance groups in a registry (a corpus folder's outlets.yaml).", no_args_is_help=True)
stance_cli = typer.Typer(help="List or declare stance groups (the groups outlets belong to).", no_args_is_help=True)
cli.add_typer(outlets_cli, name="outlets")
outlets_cli.add_typer(stance_cli, name="stance")
RegistryOpt = Annotated[Optional[Path], typer.Option("--registry", help="Registry file (overrides --corpus).")]
CorpusOpt = Annotated[Optional[Path], typer.Option(
    "--corpus", help="Corpus folder whose outlets.yaml to use (default: corpus/, or BYLINE_CORPUS_DIR).")]


def _registry_file(registry: Path | None, corpus: Path | None = None, *, quiet: bool = False) -> Path:
    """The registry file by the one rule, printed with the reason (stdout: stderr is for errors)."""
    from app.registry import registry_file

    if corpus is not None and not Path(corpus).is_dir():
        from app.errors import ConfigError

        raise ConfigError(f"--corpus {corpus}: no such folder (create it and put your articles in it)")
    config = Config.load(registry=registry)
    path, why = registry_file(config.registry, [corpus] if corpus else [], config.corpus_dir, editing=True)
    if not quiet:
        out.print(f"registry: {escape(str(path))} ({escape(why)}{'' if path.is_file() else '; not created yet'})")
    return path


def _load(path: Path):
    from app.registry import load_registry

    return load_registry(path if path.is_file() else None)


@outlets_cli.command("list")
@friendly
def outlets_list(registry: RegistryOpt = None, corpus: CorpusOpt = None, as_json: JsonOpt = False) -> None:
    """List the registered outlets with their stance group, domains, aliases and signatures."""
    from rich.table import Table

    path = _registry_file(registry, corpus, quiet=as_json)
    reg = _load(path)
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
    domain: Annotated[Optional[list[str]], typer.Option(
        "--domain", help="A web domain it publishes on (repeatable).")] = None,
    stance: Annotated[Optional[str], typer.Option("--stance", help="Stance group id or label (declare it first: "
                                                  "`outlets stance add`).")] = None,
    alias: Annotated[Optional[list[str]], typer.Option("--alias", help="Another name for it (repeatable).")] = None,
    signature: Annotated[Optional[list[str]], typer.Option("--signature", help="Text its articles carry, e.g. 'MNA/' "
                                                           "(repeatable).")] = None,
    registry: RegistryOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Add an outlet to the registry; the file is validated before it is replaced, comments kept."""
    from pydantic import ValidationError

    from app.errors import ConfigError
    from app.registry import Outlet, add_outlet, host_of

    path = _registry_file(registry, corpus)
    current = _load(path)
    try:
        outlet = Outlet(name=name.strip(), domains=[host_of(d) or d for d in domain or []], aliases=alias or [],
                        stance=current.stance_id(stance), signatures=signature or [])
    except ValidationError as exc:
        raise ConfigError(f"outlet {name!r}: {exc.errors()[0]['msg']}") from None
    add_outlet(path, outlet)
    out.print(f"added {escape(outlet.name)} to {path}")


@stance_cli.command("list")
@friendly
def stance_list(registry: RegistryOpt = None, corpus: CorpusOpt = None, as_json: JsonOpt = False) -> None:
    """List the declared stance groups (id and label) and how many outlets each has."""
    path = _registry_file(registry, corpus, quiet=as_json)
    reg = _load(path)
    if as_json:
        out.print_json(json.dumps([g.model_dump() for g in reg.stance_groups]))
        return
    for g in reg.stance_groups:
        count = sum(1 for o in reg.outlets if o.stance == g.id)
        out.print(f"{escape(g.id)}\t{escape(g.label)}\t{count} outlet{'' if count == 1 else 's'}")
    if not reg.stance_groups:
        out.print("no stance groups declared yet: byline outlets stance add ID --label \"...\"")


@stance_cli.command("add")
@friendly
def stance_add(
    group_id: Annotated[str, typer.Argument(metavar="ID", help="Short id, e.g. right (letters, digits, _ or -).")],
    label: Annotated[str, typer.Option("--label", help="How answers name the group, e.g. 'Right-leaning outlets'.")],
    registry: RegistryOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Declare a stance group; outlets can then be added with --stance ID (or its label)."""
    import re

    from app.errors import ConfigError
    from app.registry import StanceGroup, add_stance_group

    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", group_id):
        raise ConfigError(f"stance group id {group_id!r}: use letters, digits, '_' or '-' (e.g. right, pro_plan)")
    if not label.strip():
        raise ConfigError("--label must not be empty")
    path = _registry_file(registry, corpus)
    add_stance_group(path, StanceGroup(id=group_id, label=label.strip()))
    out.print(f"declared stance group {escape(group_id)} ({escape(label.strip())}) in {path}")
