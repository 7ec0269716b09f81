"""The tree shows the pipeline: stage subpackages, dependencies pointing one way, no import cycles,
modules small enough to read (STYLE.md). Imports are read from the source (lazy ones inside
functions included), so a cycle hidden behind a function-level import is caught too."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"

# Lower layers never import higher ones. Same-layer modules may import each other one way only
# (the cycle check below). Edges, evaluation and bench sit on top, over the public API.
LAYERS = [
    ("app.errors", "app.models", "app.support"),
    ("app.text",),
    ("app.registry", "app.config"),
    ("app.documents",),
    ("app.store", "app.attribution"),
    ("app.indexing.prepare", "app.indexing.freshness", "app.answer"),
    ("app.synthesis",),
    ("app.indexing.batcher", "app.indexing.ingest", "app.indexing"),
    ("app.writes", "app.browsing"),
    ("app.api",),
    ("app.edges", "app.evaluation", "app.bench", "app"),
]
MAX_MODULE_LINES = 300


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(APP.rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The app modules `path` imports anywhere in its body (`from app.x import y` counts y when y is a module)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        found |= {n for n in names if n in known and n.startswith("app")}
    return found


def layer(module: str) -> int:
    best = (-1, -1)  # (length of the matching prefix, layer)
    for i, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if prefix == "app" and module != "app":
                continue  # the package itself sits on top; a new top-level module must be placed explicitly
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best[0]:
                best = (len(prefix), i)
    assert best[1] >= 0, f"{module} is in no layer: add it to LAYERS"
    return best[1]


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {m: imports_of(p, known) - {m} for m, p in mods.items()}


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    g = graph()
    # a package __init__ that re-exports its own modules is not a cycle of ideas: drop package -> own child edges
    g = {m: {d for d in deps if not d.startswith(m + ".")} for m, deps in g.items()}
    assert cycles(g) == []


def test_cycle_check_sees_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c"]]


def test_dependencies_point_down_the_pipeline():
    upward = [f"{m} (layer {layer(m)}) imports {d} (layer {layer(d)})"
              for m, deps in graph().items() for d in sorted(deps)
              if layer(d) > layer(m) and not d.startswith(m + ".")]
    assert upward == []


# app/'s top level is its public surface (STYLE.md): the Assistant (api, with its write and read sides), its
# configuration, models, errors and the outlet registry; everything else lives in a stage subpackage.
TOP_LEVEL = {"__init__", "api", "browsing", "config", "errors", "models", "registry", "writes"}


def test_the_top_level_is_the_public_surface():
    assert {p.stem for p in APP.glob("*.py")} == TOP_LEVEL


def test_every_stage_package_says_what_it_takes_and_gives():
    for init in sorted(APP.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "gives" in doc.lower(), f"{init}: docstring should say what the stage takes and gives"


def test_modules_stay_small():
    big = {m: n for m, p in modules().items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert big == {}


MAX_LINE_CHARS = 120  # characters, not bytes: "’" and "“" count one


def test_lines_fit_the_width():
    wide = [f"{m}:{i}" for m, p in modules().items()
            for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if len(line) > MAX_LINE_CHARS]
    assert wide == []


MAX_FUNCTION_LINES = 42  # "functions under ~40 lines" (STYLE.md), signature and docstring included


def test_functions_stay_short():
    long = {f"{m}.{node.name}": node.end_lineno - node.lineno + 1
            for m, p in modules().items() for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES}
    assert long == {}


def test_every_function_of_the_question_and_text_stages_is_called_somewhere():
    """Dead code hides as a stage's helper that nothing calls any more (compose.choose_quotes and select_quote, the
    passage picking sentence ranking replaced; roles.names_role; links.links_for_span): a top-level function or
    class of app/answer, app/text or app/attribution is named somewhere in app/ besides its own definition."""
    import re
    from collections import Counter

    sources = {m: p.read_text(encoding="utf-8") for m, p in modules().items()}
    named = Counter(w for s in sources.values() for w in re.findall(r"\w+", s))
    unused = [f"{m}.{node.name}" for m, text in sources.items() if m.startswith(("app.answer", "app.text", "app.attribution"))
              for node in ast.parse(text).body if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and named[node.name] == 1]
    assert unused == []
