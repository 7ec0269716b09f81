"""The answer to "What did X tell / say to <venue>?" (`venue.main_venue`): the venue is part of what is asked.
  - A quote tells the venue when its sentence names it, or continues the sentence before that names it (""I'm not
    sure …," he said" after "Hickenlooper told The Denver Post …"; "Durbin … told the outlet" after "… told
    Politico"; read from the terms ingest stored when the quote opens its passage) or is followed by one saying where
    its remarks were made ("Mr. Trump’s remarks came in a telephone interview with The Times"), and names no other
    venue itself; it answers when it is X's (its chain names X). Shown with the sentence before when one paragraph
    holds both (`carried_back`), else labelled as relaying the venue (`venue_relayed`).
  - The look: "What did Ginsburg say to CNN?" finds no passage with "telling CNN" by its words ("say" is no form of
    "tell"), yet an article the candidates come from holds it: when no candidate tells the venue, the candidates'
    articles are read for the passages naming it, and X's best sentence there opens the ranking (as `named_look`'s).
  - The answer: X's quotes telling the venue open it; a quote whose sentence names another venue for the words
    ("told The Times", "in a separate interview with The Associated Press") goes; when none of the quotes tells the
    venue, what X told it is not covered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.answer.asked import Asked
from app.answer.named_look import QuotesOf, open_with_best
from app.answer.quote import Quote
from app.answer.sides import Picked
from app.answer.signals import speaker_match
from app.answer.venue import main_venue, main_venue_name, names_venue, venue_words, venues
from app.answer.windows import after_text, before_terms, before_text
from app.attribution.links import RELAYS, Link
from app.attribution.media import broadcaster
from app.text.points_back import tells_where_made
from app.text.terms import term_set

LOOKED = 6  # the candidates whose articles are read (MAX_CANDIDATES' order of size)


def _others(venue: frozenset[str], text: str) -> bool:
    """The sentence names a venue for the words it reports, and not the one asked."""
    named = [venue_words(v) for v in venues(text)]
    return any(n and not (venue <= n or n <= venue) for n in named)


def tells_venue(venue: frozenset[str], quote: Quote) -> bool:
    """The quote's chain relays the venue ("Fox News, relaying CNN, quoting …"), its sentence names it, it
    continues the sentence before naming it (module docstring), or the sentence after refers back to its words and
    says they were made there ("Mr. Trump’s remarks came in a telephone interview with The Times")."""
    if names_venue(venue, quote.text) or any(link.role == RELAYS and names_venue(venue, link.name)
                                              for link in quote.links):
        return True
    if _others(venue, quote.text):
        return False
    after = after_text(quote)  # "Mr. Trump’s remarks came in a telephone interview with The Times …"
    return names_venue(venue, before_text(quote)) or _named_before(venue, quote) \
        or (tells_where_made(after) and names_venue(venue, after))


def _named_before(venue: frozenset[str], quote: Quote) -> bool:
    """The sentence before the quote names the venue by the terms ingest stored for it, when the quote's own passage
    does not hold that sentence (it opens the passage: the set-up sentence ends the paragraph before)."""
    words = term_set(" ".join(sorted(venue)))
    return bool(words) and words <= before_terms(quote)


def _answers(ask: Asked, venue: frozenset[str], quote: Quote, told: bool = True) -> bool:
    """X's words (`told`: to the venue asked)."""
    return (not told or tells_venue(venue, quote)) and (not ask.speakers or speaker_match(quote.links, ask.speakers,
                                                                                         quote.hit))


def venue_look(ask: Asked, question: str, ranked: Sequence[Quote], quotes_of: QuotesOf | None) -> list[Quote]:
    """`ranked`, opened by X's best sentence telling the asked venue (among the candidates, else in their articles) at
    the best candidate's score, when no candidate within LOOKED tells it."""
    venue, top = main_venue(question), ranked[:LOOKED]
    if not venue or not ask.speakers or not ranked or any(_answers(ask, venue, q) for q in top):
        return list(ranked)
    return open_with_best(ranked, [q for q in ranked if _answers(ask, venue, q)],
                          list(dict.fromkeys(q.hit.chunk.doc_id for q in top)), quotes_of,
                          lambda text: names_venue(venue, text), lambda q: _answers(ask, venue, q))


def venue_missing(ask: Asked, question: str, quotes: Sequence[Quote]) -> bool:
    """The question asks for X's words to a venue and no quote gives them there."""
    venue = main_venue(question)
    return bool(venue) and bool(quotes) and not any(_answers(ask, venue, q) for q in quotes)


def venue_quotes(ask: Asked, question: str, quotes: Sequence[Quote]) -> list[Quote]:
    """X's quotes telling the venue first, without those whose sentence names another venue, when one tells it."""
    venue = main_venue(question)
    told = [q for q in quotes if _answers(ask, venue, q)] if venue else []
    if not told:
        return list(quotes)
    return [*told, *(q for q in quotes if q not in told and not _others(venue, q.text)
                     and not _answers(ask, venue, q, told=False))]


def venue_first(ask: Asked, question: str, picked: Picked) -> Picked:
    """The picked quotes in `venue_quotes`' order, when they make no contested pair or sides (whose positions
    they keep)."""
    if picked.contested or picked.sides or not main_venue(question):
        return picked
    return replace(picked, quotes=venue_quotes(ask, question, picked.quotes))


def _by_context(ask: Asked, venue: frozenset[str], quote: Quote) -> bool:
    """X's quote tells the venue only by a sentence around it: neither its own sentence nor its chain names it."""
    return bool(venue) and _answers(ask, venue, quote) and not names_venue(venue, quote.text) \
        and not any(link.role == RELAYS and names_venue(venue, link.name) for link in quote.links)


def venue_carried(ask: Asked, question: str, quote: Quote) -> bool:
    """X's quote tells the venue asked only by the sentence before it (the answer shows that sentence with it, when one
    paragraph holds both: `carried_back`)."""
    venue = main_venue(question)
    return _by_context(ask, venue, quote) and (names_venue(venue, before_text(quote)) or _named_before(venue, quote))


def venue_relayed(ask: Asked, question: str, picked: Picked) -> Picked:
    """Each of X's quotes told the venue asked only by a sentence the answer does not show (another paragraph's)
    labelled as relaying it, as "… told the outlet" is: "HuffPost, relaying Associated Press, quoting Ruth Bader
    Ginsburg" (the venue as the question writes it, every word of which that sentence holds); only a news outlet
    relays (not Twitter, where X posts, nor Bill Clinton, whom X tells)."""
    venue, name = main_venue(question), main_venue_name(question)
    if not venue or not broadcaster(name):  # an outlet (not a platform one posts on, nor a person one tells)
        return picked
    quotes = [replace(q, links=(Link(name, RELAYS), *q.links))
              if _by_context(ask, venue, q) and not names_venue(venue, q.outlet) else q  # not its own outlet
              for q in picked.quotes]
    return picked if quotes == list(picked.quotes) else replace(picked, quotes=quotes)
