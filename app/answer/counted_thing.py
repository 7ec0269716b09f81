"""A figure of the asked quantity, not of another one (issue 14.3): "How many SEATS will the new stadium have?" is
not answered by "the stadium would create about 900 permanent JOBS", nor "How much does a bus FARE cost?" by "About
1,200 Granmoor transit WORKERS went on strike". Both figures stand among the question's words (`signals.counts_asked`
reads them as answers), but each counts a thing of its own, named by the plural noun its noun phrase ends in.

`figure_heads(text, figure)`: the plural nouns a figure counts ("900 permanent jobs" -> "jobs"; none when its phrase
names none: "the 4,000 the mayor has promised", "$60 million in taxes").
`counts_other(ask, question, texts, embed, stored)`: every figure of the texts that `counts_asked` reads as an answer
has a plural head of its own, and the texts hold the asked thing nowhere: for "how many <noun>", no text says a form
of the noun or a word of the same meaning (`asked_word.unheld`: single-word MiniLM vectors, "firms" / "companies"; a
count of "citations" is a count of "tickets" too, 0.11, so a text that names the asked noun anywhere leaves the
question to the other checks); for a money question ("How much … cost / pay / fine"), no figure is a
sum (in dollars, or counted in a currency: `CURRENCIES`). A figure read as the answer with no such head may be the
answer, so one of them leaves the question answered; so do texts without a figure read as the answer (other checks
read those: `answer_type.figure_given`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from app.answer.asked import Asked
from app.answer.asked_figure import counted_run
from app.answer.signals import counts_asked
from app.answer.asked_word import unheld
from app.answer.word_meaning import Stored
from app.attribution.figures import Figure, figures
from app.text.plurals import plural
from app.text.terms import STOPWORDS

PHRASE_WORDS = 6  # words of a figure's noun phrase read for its heads ("13 classified hearings and briefings")
# the names of money: a sum counted in one of them is a sum, whatever its number is of (a lexical class of English)
CURRENCIES = frozenset(
    "dollars euros pounds crowns kronor kroner kronur krona krone marks francs yen yuan renminbi pesos rupees rupiah "
    "rubles roubles lire liras reais rand won zlotys zloty forints dinars dirhams riyals rials shekels baht ringgit "
    "shillings naira cents pence pennies guilders drachmas pesetas escudos koruna lei leva hryvnias taka kwacha "
    "cedis birr dong bucks grand".split())
# the plurals that count persons or things of any kind: "How many people were in the study?" is answered by "2,400
# patients", a count of persons of one kind (the general nouns of English for persons and things)
GENERAL = frozenset("people persons individuals things items ones".split())
_WORD = re.compile(r"[A-Za-z](?:\.[A-Za-z])+\.?|[A-Za-z][\w'’-]*|[^\sA-Za-z]")  # "U.S." is one word
_JOINS = frozenset({"and", "or"})  # "hearings and briefings": one figure, a count of both
_PART_OF = re.compile(r"^\s+of\s+(?:the|its|their|his|her|these|those|our)\s+", re.I)  # "two of the named plaintiffs"


def figure_heads(text: str, figure: Figure) -> tuple[str, ...]:
    """The plural nouns the figure's noun phrase ends in (lower case; more than one when joined: "hearings and
    briefings"), read within PHRASE_WORDS words after the figure (past "of the": "two of the plaintiffs"), up to
    punctuation or a function word; () when there is none ("the 4,000 the mayor has promised")."""
    at = text.find(figure.text)
    if at < 0:
        return ()
    rest = text[at + len(figure.text):]
    rest = rest[m.end() - 1:] if (m := _PART_OF.match(rest)) else rest
    heads: list[str] = []
    for w in _WORD.findall(rest)[:PHRASE_WORDS]:
        low = w.casefold()
        if low in _JOINS and heads:
            continue
        if not w[:1].isalpha() or low in STOPWORDS:
            break
        if plural(low):
            heads.append(low)
    return tuple(heads)


def _is_sum(figure: Figure, heads: tuple[str, ...]) -> bool:
    return figure.unit == "dollar" or bool(CURRENCIES.intersection(heads))


def counts_other(ask: Asked, question: str, texts: Sequence[str], embed: Callable[[Sequence[str]], np.ndarray],
                 stored: Stored | None = None) -> bool:
    """Every figure of `texts` read as an answer counts another thing than the one asked, and the texts hold no
    figure of the asked one (module docstring); False when no figure is read as an answer, or the question counts no
    named thing ("How many" without a plural noun, or a general one: "people")."""
    found = [(f, figure_heads(t, f), counts_asked(ask, f)) for t in texts for f in figures(t)]
    answers = [heads for _, heads, read in found if read]
    if not answers or not all(answers):  # a figure read as the answer with no head of its own may be it
        return False
    if ask.money and not ask.part:
        return not any(_is_sum(f, heads) for f, heads, _ in found)
    run = counted_run(question) if ask.many else ()
    if not run or not plural(run[-1]) or run[-1] in GENERAL:
        return False
    return bool(unheld(question, texts, embed, lambda _: (run[-1],), stored))  # said nowhere, in no word like it
