"""A quotation whose speaker is named in the next sentence of its paragraph: an attribution split off after it
('“…?” | Justice Ginsburg asked.'), or one ending the sentence before it ('… plays as the prime minister continues. |
“The world tells Israel …”'). Pure functions over the sentences `app/attribution/chains.py` builds (any objects with
`text`, `para` and `quote`)."""

from __future__ import annotations

from collections.abc import Sequence

from app.attribution.quotemarks import has_quotes


def split_tag(i: int, sents: Sequence) -> bool:
    """A short sentence with no quotation right after a quotation ending in '?' or '!' in the same
    paragraph: its attribution, split off by the sentence splitter ('Justice Ginsburg asked.')."""
    s, prev = sents[i], sents[i - 1] if i else None
    return (prev is not None and prev.para == s.para and not has_quotes(s.text) and len(s.text.split()) <= 8
            and prev.text.rstrip().endswith(("?”", '?"', "!”", '!"')))


def leads_in(i: int, sents: Sequence, verb: str) -> bool:
    """The sentence ends with its verb of saying and a full stop ('… as the prime minister continues.') and the next
    sentence of the paragraph opens a quotation: the verb introduces it as a colon would, even a weak one."""
    s, nxt = sents[i], sents[i + 1] if i + 1 < len(sents) else None
    return (nxt is not None and nxt.para == s.para and not s.quote and nxt.text.lstrip()[:1] in ("“", '"')
            and s.text.rstrip().removesuffix(".").rstrip().endswith(" " + verb))


def introduces(i: int, sents: Sequence, main, own: Sequence) -> bool:
    """A weak verb of saying kept only because it introduces the next sentence's quotation (`leads_in`) for a person:
    the sentence holds none of their words ('For effect, a soundtrack plays as the prime minister continues.' is the
    reporter's), the quotation after it does (it inherits the sentence's subject)."""
    return (main is not None and main.kind == "weak" and bool(own) and own[-1].kind == "person"
            and leads_in(i, sents, main.verb))
