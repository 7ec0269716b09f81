"""Quotation marks in a sentence: which characters are quoted, whether a quotation is still open.

Pure string functions used by `app/attribution/chains.py`; curly quotes open and close, a straight
quote toggles."""

from __future__ import annotations

from app.text.terms import per_text


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
    if not marks:
        return closed_later(text, end)
    return marks[0] == "”" or para.lstrip()[:1] in "“\"" or (marks[0] == '"' and len(marks) % 2 == 1)


def closed_later(text: str, end: int, reach: int = 3) -> bool:
    """A paragraph with no quote mark still runs on a quotation when, within `reach` paragraphs, the next mark is a
    lone closing '”': a block quotation whose reopening marks were lost ('“A Republican … said …' / 'Those markets
    house …' / 'The pollster … is John McLaughlin.”')."""
    paras = [p for p in text[end:].split("\n") if p.strip()] if end >= 0 else []
    for para in paras[:reach]:
        marks = [ch for ch in para if ch in "“”\""]
        if marks:
            return marks[0] == "”"
    return False


def has_quotes(text: str) -> bool:
    return any(q in text for q in "“”\"")


@per_text(maxsize=1 << 12)  # a sentence is masked for its speaker, for what it names, for the next sentence
def mask_quotes(text: str, open_at_start: bool = False) -> str:
    """`text` with quoted characters replaced by '…' (quote marks and spaces kept)."""
    if not open_at_start and not has_quotes(text):
        return text
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


def dangling(text: str) -> tuple[int, int]:
    """How many characters to cut from each end of a quote so it carries no quote mark that its
    other half, outside the quote, belongs to: a quotation running over from the previous paragraph
    ends the quote with a lone '”', one running on opens it with a lone '“'. Shown between byline's
    own quote marks, such a mark reads as a doubled '””'; cut, the quote stays verbatim."""
    body = text.strip()
    if not body:
        return 0, 0
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    straight = body.count('"') % 2 == 1
    cut_start = (body[0] == "“" and "”" not in body) or (body[0] == '"' and straight)
    cut_end = (body[-1] == "”" and "“" not in body) or (body[-1] == '"' and straight and not cut_start)
    return lead + int(cut_start), trail + int(cut_end)


def named_only(sentence: str, close: int) -> bool:
    """Whether the quotation closing at `close` only names something inside the reporter's sentence ('a drama like
    “Homeland” plays as the prime minister continues', 'she tested “negative”'): it does not open the sentence and
    ends with no punctuation of its own, so the words after it attribute no quotation (a quotation's tail follows
    '…,”' / '….”' / '…?”', or a quotation that opens the sentence)."""
    opens = min((k for k in (sentence.find("“"), sentence.find('"')) if k >= 0), default=close)
    return bool(sentence[:opens].strip()) and sentence[close - 1 : close] not in tuple(",.?!’'—–…-")
