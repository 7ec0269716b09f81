"""HTML loader: main text and metadata of a saved web page, via trafilatura.

trafilatura drops scripts, styles, comments, ads and most boilerplate. On short pages it can
keep navigation, so the loader also collects the texts of the page's navigation-like elements
(nav, header, footer, menus, share bars) and short link texts; the clean stage drops lines that
are exactly one of those (`app.documents.clean.strip_lines`).
"""

from __future__ import annotations

import re
from pathlib import Path

from app.documents.load.fields import meta_from
from app.documents.load.raw import RawDocument
from app.errors import CorpusError

_NAV_TAGS = {"nav", "header", "footer", "aside", "menu", "form", "button", "select", "label"}
_NAV_HINT = re.compile(
    r"(^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|header|footer|sidebar|share|sharing|social|"
    r"related|comments?|widget|banner|ads?|advert\w*|promo|subscribe|newsletter|cookie\w*|skip)($|[\s_-])",
    re.IGNORECASE,
)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)
MAX_TAGS = 100_000  # parsing 1M elements took 85 s and 1.7 GB; checked before lxml sees the page
_MAX_LINK_WORDS = 8  # a link label this short on its own line is navigation ...
_MAX_NAV_WORDS = 12  # ... and so is a text this short in a nav-like element (a lede in <header> is longer)
# Dates from the page's metadata only: guessing from the body text invents dates ("80 million" -> 2002),
# and a date decides which of two copies is the original.
_DATES = {"extensive_search": False, "original_date": True}


def _text_bits(element) -> list[str]:
    return [t.strip() for t in element.itertext() if t and t.strip()]


def navigation_texts(tree) -> set[str]:
    """Texts a reader sees as page furniture: inside nav-like elements, and short link labels."""
    found: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        hint = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        if el.tag.lower() in _NAV_TAGS or _NAV_HINT.search(hint):
            bits = _text_bits(el)
            found.update(b for b in [*bits, " ".join(bits)] if len(b.split()) <= _MAX_NAV_WORDS)
        elif el.tag.lower() == "a":
            label = " ".join(_text_bits(el))
            if len(label.split()) <= _MAX_LINK_WORDS:
                found.add(label)
    return {f for f in found if f}


def _looks_like_domain(value: str) -> bool:
    return " " not in value.strip() and "." in value


def extract_html(source: str, html: str | bytes) -> RawDocument:
    """One RawDocument from a page: main text, furniture texts and metadata (url = canonical)."""
    tags = html.count(b"<" if isinstance(html, bytes) else "<")  # an upper bound on the elements, counted in C
    if tags > MAX_TAGS:
        raise CorpusError(f"{source}: HTML page has {tags:,} tags, over the {MAX_TAGS:,}-tag limit "
                          "(a news page has a few thousand)")
    import lxml.html
    import trafilatura
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError) as exc:
        raise CorpusError(f"{source}: not readable as HTML: {exc}") from exc
    furniture = navigation_texts(tree)
    result = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                         date_extraction_params=_DATES)
    data = result.as_dict() if result is not None else {}
    if not (data.get("text") or "").strip():
        raise CorpusError(f"{source}: no article text found in the HTML page")
    head = html[:4096].decode("utf-8", "replace") if isinstance(html, bytes) else html[:4096]
    saved = _SAVED_FROM.search(head)
    site = data.get("sitename") or None
    if site and (_looks_like_domain(site) or site == data.get("hostname")):
        site = None  # trafilatura falls back to the host name; that is the url's job, not a site name
    meta = {
        "title": data.get("title"),
        "author": data.get("author"),
        "date": data.get("date"),
        "site_name": site,
        "url": data.get("url") or (saved.group(1) if saved else None),
    }
    return RawDocument(source=source, text=data["text"], meta=meta_from(meta, source),
                       format="html", furniture=tuple(sorted(furniture)))


def load_html(path: Path, data: bytes) -> list[RawDocument]:
    return [extract_html(str(path), data)]
