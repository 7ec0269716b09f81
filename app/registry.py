"""The outlet registry: who published which document, and each outlet's stance group.

Data lives in `corpus/outlets.yaml`; this module validates it (unknown keys are errors,
with file and line) and answers look-ups.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.errors import ConfigError
from app.text.names import lookalike, problem, skeleton
from app.support.yamlio import Located, load_model

UNKNOWN_OUTLET = "unknown"
REGISTRY_FILENAMES = ("outlets.yaml", "outlets.yml")

_STRICT = ConfigDict(extra="forbid", frozen=True)


class StanceGroup(BaseModel):
    model_config = _STRICT
    id: str = Field(min_length=1)
    label: str = Field(min_length=1)


class Outlet(BaseModel):
    model_config = _STRICT
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    stance: str | None = None
    url: str | None = None
    signatures: list[str] = Field(default_factory=list)


class DocumentEntry(BaseModel):
    model_config = _STRICT
    file: str = Field(min_length=1)
    outlet: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None


class Registry(BaseModel):
    model_config = _STRICT
    stance_groups: list[StanceGroup] = Field(default_factory=list)
    outlets: list[Outlet] = Field(default_factory=list)
    documents: list[DocumentEntry] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Registry:
        groups = [g.id for g in self.stance_groups]
        _no_duplicates("stance group", "stance_groups", "id", groups)
        _no_duplicates("outlet", "outlets", "name", [o.name.casefold() for o in self.outlets])
        _names_are_labels(self.outlets, self.stance_groups)
        _no_duplicates("document file", "documents", "file", [d.file for d in self.documents])
        for i, outlet in enumerate(self.outlets):
            if outlet.stance is not None and outlet.stance not in groups:
                raise Located(
                    f"outlet {outlet.name!r} has stance {outlet.stance!r}, which is not declared "
                    f"in stance_groups ({', '.join(groups) or 'none declared'})",
                    ("outlets", i, "stance"),
                )
        for i, doc in enumerate(self.documents):
            if self.outlet(doc.outlet) is None:
                raise Located(f"document {doc.file!r} names outlet {doc.outlet!r}, which is not in outlets",
                              ("documents", i, "outlet"))
        return self

    # -- look-ups -------------------------------------------------------------------------
    def outlet(self, name: str) -> Outlet | None:
        """The outlet called `name` or known by it as an alias (case-insensitive)."""
        key = name.strip().casefold()
        for outlet in self.outlets:
            if key == outlet.name.casefold() or key in (a.casefold() for a in outlet.aliases):
                return outlet
        return None

    def lookalike(self, name: str) -> str | None:
        """The registered name or alias that `name` imitates with look-alike characters, if any."""
        return lookalike(name, [n for o in self.outlets for n in (o.name, *o.aliases)])

    def document(self, file: str | Path) -> DocumentEntry | None:
        """The entry for a document, matched by file name (entries name files relative to corpus/)."""
        parts = Path(file).parts
        matches = [d for d in self.documents if _ends_with(parts, Path(d.file).parts)]
        return max(matches, key=lambda d: len(Path(d.file).parts), default=None)  # most specific entry

    def outlet_for_domain(self, url: str) -> Outlet | None:
        """The outlet whose domains (or domain-like aliases) hold the url's host.

        An alias without dots or spaces also matches a label of the host name
        ('irannewsupdate' for www.irannewsupdate.co.uk) when it is at least 5 characters long.
        """
        host = host_of(url)
        if not host:
            return None
        labels = host.split(".")[:-1]
        for outlet in self.outlets:
            names = [*outlet.domains, *(a for a in outlet.aliases if "." in a and " " not in a)]
            for domain in names:
                d = domain.lower().removeprefix("www.").strip("/")
                if host == d or host.endswith("." + d):
                    return outlet
            if any(len(a) >= 5 and a.replace("-", "").isalnum() and a.casefold() in labels for a in outlet.aliases):
                return outlet
        return None

    def stance_id(self, stance: str | None) -> str | None:
        """A stance group id from its id or label (case-insensitive); other values as given."""
        if not stance:
            return None
        key = stance.strip().casefold()
        return next((g.id for g in self.stance_groups if key in (g.id.casefold(), g.label.casefold())), stance.strip())

    def stance_label(self, stance: str | None) -> str | None:
        return next((g.label for g in self.stance_groups if g.id == stance), None)


def _names_are_labels(outlets: list[Outlet], groups: list[StanceGroup]) -> None:
    """Names and labels are shown in answers: one line each, and each outlet's names its own
    (an alias equal to, or a look-alike of, another outlet's name or alias would relabel documents)."""
    for i, group in enumerate(groups):
        bad = problem(group.label, "stance label")
        if bad:
            raise Located(bad, ("stance_groups", i, "label"))
    owner: dict[str, tuple[str, int]] = {}
    for i, outlet in enumerate(outlets):
        for j, name in enumerate([outlet.name, *outlet.aliases]):
            where = ("outlets", i, "name") if j == 0 else ("outlets", i, "aliases", j - 1)
            bad = problem(name, "outlet name" if j == 0 else "alias")
            if bad:
                raise Located(bad, where)
            other = owner.get(skeleton(name))
            if other is not None and other[1] != i:
                raise Located(f"{name!r} is (or looks like) {other[0]!r}, a name of outlet {outlets[other[1]].name!r}",
                              where)
            owner.setdefault(skeleton(name), (name, i))


def _ends_with(parts: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whole path components: 'a/story.txt' ends with 'story.txt', 'a/mystory.txt' does not."""
    return 0 < len(tail) <= len(parts) and parts[-len(tail):] == tail


def host_of(url: str) -> str:
    """'https://www.Example.com/x' -> 'example.com'; a bare host name is accepted too."""
    value = url.strip()
    parsed = urlparse(value if "//" in value else f"//{value}")
    return (parsed.hostname or "").lower().removeprefix("www.")


def _no_duplicates(what: str, section: str, key: str, values: list[str]) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise Located(f"duplicate {what} {value!r}", (section, i, key))
        seen.add(value)


def find_registry(folder: Path) -> Path | None:
    for name in REGISTRY_FILENAMES:
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate
    return None


def load_registry(path: Path | None) -> Registry:
    """Load and validate a registry file; no file means an empty registry."""
    if path is None:
        return Registry()
    return load_model(Registry, Path(path))


def registry_file(given: Path | None, folders: Sequence[Path], corpus_dir: Path, *,
                  editing: bool = False) -> tuple[Path, str]:
    """THE rule for which registry a command uses, and why (commands print both):
    1. `--registry FILE` (or BYLINE_REGISTRY);
    2. else the outlets.yaml of the corpus folder the command works on (`ingest DIR`, or
       `outlets … --corpus DIR`); a command that edits the registry creates it there;
    3. else the default corpus folder's (corpus/, or BYLINE_CORPUS_DIR).
    The file returned need not exist yet (an empty registry)."""
    if given is not None:
        return Path(given), "given with --registry or BYLINE_REGISTRY"
    dirs = [Path(f) for f in folders if Path(f).is_dir()]
    for folder in dirs:
        found = find_registry(folder)
        if found is not None:
            return found, f"the registry of {folder}"
    if editing and dirs:
        return dirs[0] / REGISTRY_FILENAMES[0], f"the registry of {dirs[0]}"
    default = find_registry(corpus_dir) or Path(corpus_dir) / REGISTRY_FILENAMES[0]
    why = f"{', '.join(map(str, dirs))} has no outlets.yaml, so " if dirs else ""
    return default, f"{why}the default corpus folder's: {corpus_dir}"


# -- editing --------------------------------------------------------------------------------
def add_outlet(path: Path, outlet: Outlet) -> Registry:
    """Add an outlet to the registry file and return the new registry (see `_add`)."""
    def check(current: Registry) -> None:
        if current.outlet(outlet.name):
            raise ConfigError(f"{path}: an outlet called {outlet.name!r} (or with that alias) is already registered")
        if outlet.stance and outlet.stance not in {g.id for g in current.stance_groups}:
            known = ", ".join(g.id for g in current.stance_groups) or "none declared yet"
            raise ConfigError(f"{path}: stance group {outlet.stance!r} is not declared in stance_groups ({known}); "
                              f"declare it first: "
                              f"byline outlets stance add {outlet.stance} --label \"...\" --registry {path}")
    return _add(path, "outlets", outlet, check)


def add_stance_group(path: Path, group: StanceGroup) -> Registry:
    """Declare a stance group in the registry file and return the new registry (see `_add`)."""
    def check(current: Registry) -> None:
        if any(g.id == group.id for g in current.stance_groups):
            raise ConfigError(f"{path}: stance group {group.id!r} is already declared")
    return _add(path, "stance_groups", group, check)


def _add(path: Path, section: str, item: BaseModel, check) -> Registry:
    """Append `item` to the registry file's `section` list as a YAML block after the last one, so
    comments and layout stay as they are. The new text is validated in full before the file is
    replaced atomically (created when missing); on any error the file is left untouched."""
    import yaml

    from app.support.files import atomic_write
    from app.support.yamlio import validate

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    check(load_registry(path) if text.strip() else Registry())
    new_text = with_item(text, section, item)
    registry = validate(Registry, yaml.safe_load(new_text), path, yaml.compose(new_text))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, new_text)
    return registry


def _items_yaml(items: Sequence[BaseModel], column: int) -> str:
    import yaml

    dumped = [o.model_dump(exclude_defaults=True) if isinstance(o, Outlet) else o.model_dump() for o in items]
    block = yaml.safe_dump(dumped, sort_keys=False, allow_unicode=True, default_flow_style=None, width=1000)
    return "\n".join(" " * column + line for line in block.rstrip("\n").split("\n"))


def _content_end(node) -> int:
    """Where a block node's own text ends (a block mapping's end mark runs on past blank lines)."""
    import yaml

    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    return node.end_mark.index


def with_outlet(text: str, outlet: Outlet) -> str:
    """Registry YAML text with `outlet` appended to its `outlets:` list (pure; text elsewhere kept)."""
    return with_item(text, "outlets", outlet)


def with_item(text: str, section: str, item: BaseModel) -> str:
    """Registry YAML text with `item` appended to its `section` list (pure; text elsewhere kept)."""
    import yaml

    root = yaml.compose(text) if text.strip() else None
    if root is not None and not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"the registry file must be a mapping with an '{section}:' list")
    node = next((v for k, v in root.value if k.value == section), None) if root is not None else None
    if node is None:
        sep = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{sep}{section}:\n{_items_yaml([item], 2)}\n"
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        end = _content_end(node)
        return f"{text[:end]}\n{_items_yaml([item], node.start_mark.column)}{text[end:]}"
    existing = (yaml.safe_load(text) or {}).get(section) or []
    block = _items_yaml([*(type(item).model_validate(o) for o in existing), item], 2)
    return f"{text[:node.start_mark.index].rstrip(' ')}\n{block}{text[node.end_mark.index:]}"
