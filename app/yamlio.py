"""Load YAML into pydantic models with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.errors import ConfigError

M = TypeVar("M", bound=BaseModel)
MAX_REPORTED = 3  # errors spelled out in one message; the rest are counted


class Located(ValueError):
    """A model check about one place in the data, e.g. loc ('outlets', 3, 'name'), so the
    error can name the line (pydantic reports model-level checks at the top level)."""

    def __init__(self, message: str, loc: tuple[Any, ...]) -> None:
        super().__init__(message)
        self.loc = tuple(loc)


def _node_at(node: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Node | None:
    """Walk a composed YAML node tree along a pydantic error location."""
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
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    try:
        return yaml.safe_load(text), yaml.compose(text)
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
