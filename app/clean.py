"""Clean stage: strip page furniture, keep every sentence of the article.

`clean(text)` is pure. It works line by line: a line is dropped when it is furniture
(comment prompts and policies, ad slots, counters, breadcrumbs, tag lines, agency codes,
date stamps, lone widgets), repeated lines collapse, paragraphs are joined by one blank line.
The cleaned text is the canonical document text: every offset byline records points into it.
"""

from __future__ import annotations

import re
import unicodedata

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
