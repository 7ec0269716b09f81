"""Load YAML into pydantic models with errors that name the file and line.

PyYAML is imported where a text is read, not with this module: an ask on an index reads its
registry snapshot as JSON and usually no YAML at all (tests/edges/test_ask_imports.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from app.errors import ConfigError

if TYPE_CHECKING:
    import yaml

M = TypeVar("M", bound=BaseModel)
MAX_REPORTED = 3  # errors spelled out in one message; the rest are counted
MAX_NODES = 20_000  # values a YAML text may stand for once its aliases are expanded (a 1,000-outlet registry: ~10,000)
MAX_DEPTH = 40  # levels of nesting


class YAMLBoundError(ValueError):
    """A YAML text that would expand past the bounds: refused before anything is built."""


def _expanded_size(root: yaml.Node, max_nodes: int, max_depth: int) -> int:
    """Values the document stands for with every alias expanded, counted on the shared node graph
    (each node once), so 8 levels of `&a [*a, *a, ...]` are refused in microseconds."""
    import yaml

    sizes: dict[int, int] = {}

    def size(node: yaml.Node, depth: int) -> int:
        if depth > max_depth:
            raise YAMLBoundError(f"nested more than {max_depth} levels deep")
        if id(node) in sizes:
            return sizes[id(node)]
        sizes[id(node)] = 1  # a self-referencing alias counts once
        children = node.value if isinstance(node, yaml.SequenceNode) else (
            [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else [])
        total = 1 + sum(size(child, depth + 1) for child in children)
        if total > max_nodes:
            raise YAMLBoundError(f"expands to more than {max_nodes:,} values (YAML aliases)")
        sizes[id(node)] = total
        return total

    return size(root, 0)


def bounded_load(text: str, *, max_nodes: int = MAX_NODES, max_depth: int = MAX_DEPTH) -> tuple[Any, yaml.Node | None]:
    """yaml.safe_load with bounds checked between composing and building: the data and its node tree.
    Raises YAMLBoundError (or yaml.YAMLError for bad syntax)."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        _expanded_size(node, max_nodes, max_depth)
        return loader.construct_document(node), node
    except RecursionError as exc:
        raise YAMLBoundError("nested too deeply to read") from exc
    finally:
        loader.dispose()


class Located(ValueError):
    """A model check about one place in the data, e.g. loc ('outlets', 3, 'name'), so the
    error can name the line (pydantic reports model-level checks at the top level)."""

    def __init__(self, message: str, loc: tuple[Any, ...]) -> None:
        super().__init__(message)
        self.loc = tuple(loc)


def _node_at(node: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Node | None:
    """Walk a composed YAML node tree along a pydantic error location."""
    import yaml

    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if k.value == key), None)
            if match is None:  # unknown key: point at the key itself
                match = next((k for k, _ in node.value if k.value == key), None)
            if match is None:
                return node
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return node
    return node


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file; a syntax error becomes a ConfigError naming file and line."""
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    try:
        return bounded_load(text)
    except YAMLBoundError as exc:
        raise ConfigError(f"{path}: refused: the YAML {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}") from exc


def validate(model: type[M], data: Any, path: Path, root: yaml.Node | None) -> M:
    """Validate data into model; the first error names the file, line and field."""
    try:
        return model.model_validate(data if data is not None else {})
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            loc = tuple(err["loc"]) + getattr((err.get("ctx") or {}).get("error"), "loc", ())
            node = _node_at(root, loc)
            line = f":{node.start_mark.line + 1}" if node is not None else ""
            field = ".".join(str(p) for p in loc) or "(top level)"
            lines.append(f"{path}{line}: {field}: {err['msg'].removeprefix('Value error, ')}")
        more = f"; and {len(lines) - MAX_REPORTED} more" if len(lines) > MAX_REPORTED else ""
        raise ConfigError("; ".join(lines[:MAX_REPORTED]) + more) from exc


def load_model(model: type[M], path: Path) -> M:
    data, root = read_yaml(path)
    return validate(model, data, path, root)
