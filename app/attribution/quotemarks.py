"""Quotation marks in a sentence: which characters are quoted, whether a quotation is still open.

Pure string functions used by `app/attribution/chains.py`; curly quotes open and close, a straight
quote toggles."""

from __future__ import annotations


def open_after(sentence: str, open_at_start: bool) -> bool:
    state = open_at_start
    for ch in sentence:
        if ch == "“":
            state = True
        elif ch == "”":
            state = False
        elif ch == '"':
            state = not state
    return state


def continues_quote(text: str, start: int) -> bool:
    """A new paragraph continues an open quotation when its first quote mark closes one, or it
    opens with a quote mark (the convention for quotations running over paragraphs)."""
    end = text.find("\n", start)
    para = text[start : end if end >= 0 else len(text)]
    marks = [ch for ch in para if ch in "“”\""]
    return bool(marks) and (marks[0] == "”" or para.lstrip()[:1] in "“\"" or (marks[0] == '"' and len(marks) % 2 == 1))


def has_quotes(text: str) -> bool:
    return any(q in text for q in "“”\"")


def mask_quotes(text: str, open_at_start: bool = False) -> str:
    """`text` with quoted characters replaced by '…' (quote marks and spaces kept)."""
    out, inside = [], open_at_start
    for ch in text:
        if ch in "“”\"":
            inside = ch == "“" or (ch == '"' and not inside)
            out.append(ch)
        else:
            out.append("…" if inside and not ch.isspace() else ch)
    return "".join(out)


def quoted(text: str, open_at_start: bool = False) -> str:
    """Only the quoted characters of `text`; everything else blanked to spaces."""
    masked = mask_quotes(text, open_at_start)
    return "".join(c if m == "…" or (c.isspace() and m.isspace()) else " " for c, m in zip(text, masked))
