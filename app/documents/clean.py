"""Clean stage: strip page furniture, keep every sentence of the article.

`clean(text)` is pure and format-neutral; `clean_document` first applies the pure step for the
document's format (leaked HTML navigation, Markdown syntax, PDF running heads and line wraps)
and returns the text plus, for PDFs, where each page starts in it. It works line by line: a line is dropped when it is
furniture
(comment prompts and policies, ad slots, counters, breadcrumbs, tag lines, agency codes,
date stamps, lone widgets), repeated lines collapse, paragraphs are joined by one blank line.
The cleaned text is the canonical document text: every offset byline records points into it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_FURNITURE_EXACT = {
    "your comment", "leave a comment", "leave a reply", "send comment", "post comment",
    "add comment", "add new comment", "comments", "comment", "you may also like", "related posts",
    "related articles", "related news", "read more", "more news", "share", "share this",
    "share this article", "print", "print this page", "exit mobile version", "skip to content",
    "advertisement", "sponsored", "sponsored content", "menu", "search", "subscribe",
    "newsletter", "follow us", "back to top", "tweet", "email", "whatsapp", "telegram",
    "facebook", "twitter", "linkedin", "service :", "service:", "most viewed", "most read",
    "top stories", "latest news", "previous post", "next post", "loading...", "&nbsp;",
}

_FURNITURE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\d{2,4}\s*[x×]\s*\d{2,4}$",  # ad slot sizes: "728 x 90"
        r"^\d+\s*/\s*\d+$",  # counters: "847/940"
        r"^(tags?|keywords?|categor(y|ies)|filed under|topics?)\s*:",  # tag lines
        r"^news\s*id\s*:?\s*\d+$",  # "News ID: 439581"
        r"^[A-Z]{2,8}/\d{3,}$",  # agency codes: "MNA/4679032"
        r"^\d{1,2}\s+[A-Za-z]+\s+\d{4}(\s*[-–,]\s*\d{1,2}:\d{2})?$",  # "17 September 2018 - 16:57"
        r"^[A-Za-z]+\s+\d{1,2},\s+\d{4}(\s*[-–,]?\s*\d{1,2}:\d{2}(\s*[ap]m)?)?$",  # "April 29, 2020"
        r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$",  # ISO stamps
        r"^(posted|published|updated)\s+(on\s+)?[\w ,:]+\d{4}$",  # "Published on April 29, 2020"
        r"^(photo|image|credit)s?\s*:",  # picture credits
        r"^(page|p\.)\s*\d+(\s*(of|/)\s*\d+)?$",  # "Page 3 of 7"
        r"^\W*$",  # only punctuation
        r"^\w$",  # lone letters: font-size widgets
    )
]

# Comment-policy and form-prompt lines: short, about comments, and phrased as a rule.
_POLICY_TOPIC = re.compile(r"\bcomments?\b", re.IGNORECASE)
_POLICY_RULE = re.compile(
    r"will not be (published|disclosed|approved|shown)|moderat|please (type|write|enter|keep)|"
    r"insults?|libel|required fields|email address|must be logged|log ?in to",
    re.IGNORECASE,
)
_BREADCRUMB_SEPARATOR = re.compile(r"\s[»›>|/]\s")
_MAX_BREADCRUMB_CHARS = 1000


def normalise(text: str) -> str:
    """Unify line endings, drop invisible and control characters, fold runs of spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    text = "".join(ch for ch in text if ch == "\n" or ch == "\t" or unicodedata.category(ch)[0] != "C")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def is_furniture(line: str) -> bool:
    """True for a line that is page furniture rather than article text."""
    key = line.strip().casefold()
    if key in _FURNITURE_EXACT:
        return True
    if any(p.search(line.strip()) for p in _FURNITURE_PATTERNS):
        return True
    if len(line) < 300 and _POLICY_TOPIC.search(line) and _POLICY_RULE.search(line):
        return True
    return False


def _is_breadcrumb(line: str, titles: set[str]) -> bool:
    """'Home » Section » Title' or 'Home News Section Title' (when Title is another line).

    `titles` holds the document's lines; looking up each word-boundary tail of the line keeps
    this linear in the document (comparing every line with every other one was quadratic).
    """
    if len(_BREADCRUMB_SEPARATOR.findall(line)) >= 2:
        return True
    if not re.match(r"^home\b", line, re.IGNORECASE):
        return False
    if _BREADCRUMB_SEPARATOR.search(line):
        return True
    if len(line) > _MAX_BREADCRUMB_CHARS:
        return False
    return any(line[m.end() :] in titles for m in re.finditer(r"\s+", line))


def clean(text: str) -> str:
    """The article text without furniture; paragraphs separated by one blank line."""
    lines = [line for line in normalise(text).split("\n") if line]
    titles = {line for line in lines if len(line) > 10}
    kept: list[str] = []
    for line in lines:
        if is_furniture(line) or _is_breadcrumb(line, titles):
            continue
        if kept and kept[-1] == line:  # repeated subtitle or caption
            continue
        kept.append(line)
    return "\n\n".join(kept)


# -- per-format steps ------------------------------------------------------------------------


@dataclass(frozen=True)
class Cleaned:
    text: str
    pages: tuple[int, ...] = ()  # start offset of each page in `text` (PDF only)


def clean_document(text: str, format: str = "text", furniture: Iterable[str] = ()) -> Cleaned:
    """The canonical text of a loaded document, cleaned the way its format needs."""
    if format == "pdf":
        return clean_pdf(text.split("\f"))
    if format == "html":
        return Cleaned(clean(strip_lines(text, furniture)))
    if format == "markdown":
        return Cleaned(clean(strip_markdown(text)))
    return Cleaned(clean(text))


def _line_key(line: str) -> str:
    return " ".join(line.split()).casefold()


def strip_lines(text: str, furniture: Iterable[str]) -> str:
    """Drop lines that equal a known furniture string (e.g. link texts of a page's navigation).

    Short pages make extractors keep menus; the HTML loader hands over the texts of the page's
    nav/header/footer/menu elements and short links, and any line that is exactly one goes.
    """
    drop = {_line_key(f) for f in furniture if f.strip()}
    return "\n".join(line for line in text.split("\n") if _line_key(line) not in drop)


_MD_RULES = [
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),  # HTML comments
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)"), r"\1"),  # *italic*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # _italic_
    (re.compile(r"~~(.+?)~~"), r"\1"),  # strike-through
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
]
_MD_BLOCK_LINE = re.compile(r"^\s{0,3}(#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|\|)")
_MD_PREFIX = re.compile(r"^\s{0,3}(>\s?)+|^\s{0,3}(#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)")
_MD_SKIP = re.compile(r"^\s{0,3}(```|~~~)|^\s{0,3}\[[^\]]+\]:\s*\S+")


def strip_markdown(text: str) -> str:
    """Markdown to plain paragraphs: syntax removed, hard-wrapped lines of a paragraph joined."""
    text = _MD_RULES[0][0].sub("", text.replace("\r\n", "\n"))
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line.strip() and not _MD_SKIP.match(line)]
        if not lines:
            continue
        if any(_MD_BLOCK_LINE.match(line) for line in lines):  # headings, lists, tables: line by line
            out = [_MD_PREFIX.sub("", line).rstrip(" #") if line.lstrip().startswith("#") else _MD_PREFIX.sub("", line)
                   for line in lines]
        else:
            out = [" ".join(_MD_PREFIX.sub("", line).strip() for line in lines)]
        out = [_md_inline(line) for line in out]
        if any(line.strip() for line in out):
            blocks.append("\n".join(line for line in out if line.strip()))
    return "\n\n".join(blocks)


def _md_inline(line: str) -> str:
    for pattern, repl in _MD_RULES[1:]:
        line = pattern.sub(repl, line)
    return line


# -- PDF -------------------------------------------------------------------------------------

_PAGE_NUMBER = re.compile(r"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:…][\"”’')\]]*$")


def running_lines(pages: Sequence[str]) -> set[str]:
    """Headers and footers: lines (digits ignored) in the first or last 3 lines of most pages."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line.strip() for line in page.split("\n") if line.strip()]
        counts.update({re.sub(r"\d+", "#", _line_key(line)) for line in lines[:3] + lines[-3:]})
    need = max(2, (len(pages) + 1) // 2)
    return {key for key, n in counts.items() if n >= need}


def reflow(page: str) -> str:
    """Join a PDF page's wrapped lines into paragraphs; mend words hyphenated at a line end.

    A line ends its paragraph when it ends a sentence and is clearly shorter than the page's
    usual line, or when a blank line follows.
    """
    lines = [line.strip() for line in page.split("\n")]
    widths = sorted(len(line) for line in lines if line)
    full = widths[int(len(widths) * 0.8)] if widths else 0
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            paragraphs.append(current)
            current = ""
            continue
        if current.endswith("-") and len(current) > 1 and current[-2].isalpha() and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if _SENTENCE_END.search(line) and len(line) < 0.85 * full:
            paragraphs.append(current)
            current = ""
    paragraphs.append(current)
    return "\n".join(p for p in paragraphs if p)


def clean_pdf(pages: Sequence[str]) -> Cleaned:
    """Clean each page (running heads, page numbers, wraps), join them, and record page starts."""
    running = running_lines(pages)
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for page in pages:
        lines = [line for line in normalise(page).split("\n")
                 if re.sub(r"\d+", "#", _line_key(line)) not in running and not _PAGE_NUMBER.match(line.strip())]
        text = clean(reflow("\n".join(lines)))
        starts.append(offset)
        if text:
            parts.append(text)
            offset += len(text) + 2
    return Cleaned("\n\n".join(parts), tuple(starts))


def page_at(starts: Sequence[int], offset: int) -> int | None:
    """1-based page holding character `offset`, from a document's page start offsets."""
    if not starts or offset < 0:
        return None
    return bisect_right(list(starts), offset)
