"""`byline outlets`: the outlet registry from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from app.config import Config
from app.edges.cli.base import JsonOpt, cli, friendly, out

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
