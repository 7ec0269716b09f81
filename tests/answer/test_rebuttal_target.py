"""A rebuttal is aimed at a quote when it names the quote's outlet or source: a relayed outlet by
its whole name (hyphens as spaces), a person by surname — "The Huffington Post" does not name
"Denver Post"."""

from __future__ import annotations

from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.sides import names_source
from app.attribution.links import QUOTES, RELAYS, Link
from app.store.chroma import StoredChunk


def quote(text: str, outlet: str, *links: Link) -> Quote:
    chunk = StoredChunk(id=outlet, doc_id=outlet, start=0, end=len(text), text=text, meta={"outlet": outlet})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, links, 1.0)


def test_a_relayed_outlet_is_named_by_its_whole_name_and_a_person_by_surname():
    target = quote("“I'm not sure a lawsuit is the way,” he said.", "Fox News",
                   Link("Denver Post", RELAYS), Link("John Hickenlooper", QUOTES))
    other_post = quote("Tvert told The Huffington Post that the suit is without merit.", "HuffPost")
    assert not names_source(other_post, target)
    assert names_source(quote("Hickenlooper's remarks are baseless, Tvert said.", "HuffPost"), target)
    relayed = quote("We used to receive daily orders.", "Rasa", Link("Al Jazeera", RELAYS))
    assert names_source(quote("The smear campaign by Al-Jazeera English was debunked.", "MEK"), relayed)
