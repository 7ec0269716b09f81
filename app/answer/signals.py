"""What a sentence offers the question beyond similarity and shared terms (pure functions of the
parsed question and the sentence's text): a figure of what a "how many" question counts, a date for
a "when" question, the noun a "what <noun>" question asks for, whom the source told, the question's
acronyms spelled out; whether the line is a headline; and whether its chain names the source asked about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.retrieve import Hit
from app.answer.same_name import named_apart
from app.attribution.figures import Figure, figures
from app.attribution.figure_codec import figures_from
from app.attribution.links import Link
from app.attribution.phrases import people_of
from app.attribution.units import DISTANCE_UNITS, MASS_UNITS, TIME, TIME_UNITS, unit_kind
from app.text.acronyms import initialisms
from app.text.apostrophe import straight
from app.text.lengths import tells_length
from app.text.marks import AGE, RATIO as _RATIO, TALLY as _TALLY, VOTE_TALLY  # noqa: F401  (AGE: re-exported)
from app.text.terms import per_text, stem, term_set, terms



_WORDS = re.compile(r"[\w’'-]+")  # a sentence's words, as the element and recipient checks read them


def speaker_match(links: Sequence[Link], speakers: frozenset[str], hit: Hit | None = None) -> bool:
    """A link names the source asked about (a name word, or the acronym of the name: "ACLU"); given the quote's
    passage, not a namesake its article tells apart ("Duncan Hunter" where "Margaret Hunter" is asked and named)."""
    return any(name_keys(name) & speakers and not (hit is not None and named_apart(name, speakers, hit, tuple(people)))
               for link in links for people in (people_of(link.name),) for name in people)  # each of people together


@per_text(maxsize=1 << 12)  # the names of chains: a few per passage, asked of every sentence
def name_keys(name: str) -> frozenset[str]:
    """What names a source: its name words (longer than two letters) and its acronyms, lower case."""
    return frozenset(straight(w.casefold()) for w in name.split() if len(w) > 2) | initialisms(name)


def is_headline(text: str) -> bool:
    """A line that does not end as a sentence does (no closing punctuation): a headline or caption."""
    return not text.rstrip().endswith((".", "!", "?", ":", "”", '"', "’", "'", ")", "…"))


def names_element(ask: Asked, text: str) -> bool:
    """The sentence holds the noun the question asks for ("ceremony" for "At what ceremony…")."""
    return bool(ask.element) and any(stem(w.casefold()) == ask.element for w in _WORDS.findall(text))


def spelled_out(ask: Asked, text: str, stored: frozenset[str] | None = None) -> str:
    """The question's acronyms that `text` spells out ("American Civil Liberties Union" for "ACLU"),
    as words to count with the text's own: BM25 and MiniLM do not connect the two. `stored`: the
    text's `initialisms` as ingest stored them (None: worked out here)."""
    if not ask.acronyms:
        return ""
    return " ".join(sorted(ask.acronyms & (stored if stored is not None else initialisms(text))))


def spelled_terms(ask: Asked) -> frozenset[str]:
    """The terms of all the question's acronyms: what `spelled_out` may add to any sentence's own terms (its words
    are those of the acronyms it spells out, a subset), so a bound on a sentence's coverage of the question."""
    return frozenset(terms(" ".join(sorted(ask.acronyms)))) if ask.acronyms else frozenset()


def names_recipient(ask: Asked, text: str) -> bool:
    """The sentence names whom the question says the source told (all of the name's words)."""
    return bool(ask.recipients) and ask.recipients <= {w.casefold() for w in _WORDS.findall(text)}


def _same_word(a: str, b: str) -> bool:
    n = min(4, len(a), len(b))
    return n >= 3 and a[:n] == b[:n]


def gives_tally(text: str) -> bool:
    """The sentence gives a tally ("passed 234-193", "a 5-4 ruling", "voted 388 to 201")."""
    return _TALLY.search(text) is not None or VOTE_TALLY.search(text) is not None


# Verbs whose object is the measure itself ("costs $649", "weighs 40 tons", "totaled 1,100"): the figure answers
MEASURE_VERBS = frozenset("cost costs weigh weighs weighed total totals totaled totalled measure measures "
                          "measured".split())


def measure_act(acts: tuple[str, ...]) -> bool:
    """Every act asked is a verb of measure ("What does a V2 cost?"): a figure of what is asked answers it, whatever
    verb the sentence gives it with ("which retails for $649")."""
    return bool(acts) and all(a in MEASURE_VERBS for a in acts)


def figure_answers(ask: Asked, text: str, stored: bytes | None = None) -> bool:
    """The sentence has a figure whose unit or neighbouring words are what the question counts, a
    share in words ("one in seven"), a tally ("234-193") when the question asks for a vote, or a length
    of time in words ("for several minutes", `lengths.tells_length`) when it asks how long something
    lasted. `stored`: the text's figures as ingest stored them (`figure_codec`; None: worked out here).
    An age question ("How old is …") is answered by an age only: "indicted on 60 counts" is no age."""
    if ask.age:
        return AGE.search(text) is not None
    if _RATIO.search(text) or (ask.tally and gives_tally(text)):
        return True
    if ask.measured == TIME and tells_length(text) and ask.lasting <= term_set(text):  # "for several minutes", of
        return True  # the subject whose length is asked (`lasting`): not "in a matter of hours" of another act
    return any(counts_asked(ask, f) for f in (figures_from(stored) if stored is not None else figures(text)))


# Units that measure (a weight, a time, a distance, a sum, a share): a figure in one counts none of the things a
# "how many <noun>" question counts, unless the noun is that unit ("How many years …")
MEASURES = MASS_UNITS | TIME_UNITS | DISTANCE_UNITS | {"percent", "dollar"}
# ... and the units an amount of a liquid, a gas or land is given in: with MEASURES, what "how much <noun>" asks
AMOUNT_UNITS = MEASURES | frozenset(stem(w).rstrip("e") for w in (
    "gallon liter litre barrel acre hectare cubic square inch inches centimeter millimeter degree").split())


# Words of pay and price: what someone is paid, earns or is charged is told as a rate of time ("$310 a day", "$18 an
# hour", "$2.6 million a year"), so a sum per unit of time answers a question that asks for it with no unit of its own,
# as it answers one asking in the present tense how much is given or spent (`Asked.habitual`)
PAY_WORDS = frozenset(stem(w) for w in "pay paid pays paying earn earns earned earning wage wages salary salaries "
                      "charge charges charged charging fee fees rent rents".split())
TIME_RATES = frozenset("year month week day hour".split())


def pay_rate(ask: Asked, f: Figure) -> bool:
    """`f` is a sum of money per unit of time and the question asks, with no rate of its own, how much someone is paid,
    earns or is charged ("How much are substitutes getting paid?": "$310 a day"), or how much is given or spent in the
    present tense ("How much money does the city give the museum?": "$2.6 million a year")."""
    return f.unit == "dollar" and f.per in TIME_RATES and not ask.per and ask.money \
        and (ask.habitual or bool(ask.terms & PAY_WORDS))


def counts_asked(ask: Asked, f: Figure) -> bool:
    """The figure counts what the question asks for: its unit is a question word ("pages"), a word
    of the question's predicate stands next to it, or it is a sum of money a money question asks for.
    A number in words counts only what its unit says: small counts in words run through all prose ("two days
    after", "elephants killed in two African countries", "two standout changes on a long list"). A rate ("two
    trophies allowed per import") answers only a question asking for that rate ("with each import"), not a total.
    How long something lasted is counted in time ("two-year"), not in pages ("48-page"); how far, in miles. A money
    question asks a sum: a percentage answers only "How much of <a whole> …"."""
    if f.per and f.per != ask.per and not pay_rate(ask, f):
        return False
    if ask.money and f.unit == "percent" and not ask.part:  # a sum is asked, not "10 percent of their income" (which
        return False  # answers "How much of their income …")
    if ask.measured:  # how long it lasted: "two-year" answers, "48-page" does not; how far: "55 miles"
        return unit_kind(f.unit) == ask.measured
    if ask.many and f.unit in AMOUNT_UNITS and not any(_same_word(t, f.unit) for t in ask.terms - ask.timed):
        return False  # "How many arrests …": "3,690 pounds" measures pot, "1,200 gallons" solvent, counting no arrest;
        # "for 15 years" counts no baby born "last year" (a unit only placing the question in time, `time_qualifier`)
    if ask.much and not ask.money and f.unit and f.unit not in AMOUNT_UNITS \
            and not any(_same_word(t, f.unit) for t in ask.terms):
        return False  # "How much solvent leaked …": "2,000 fish" counts fish, it measures no amount of solvent
    return bool(f.unit and any(_same_word(t, f.unit) for t in ask.terms)
                or (f.context & ask.predicate and not f.text[:1].isalpha()) or (ask.money and f.unit == "dollar"))
