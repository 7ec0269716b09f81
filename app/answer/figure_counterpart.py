"""The other side's figure: a quote giving another figure of the very quantity the anchor's figure counts.

A figure dispute is often told by one outlet quoting two voices ("The district said 140 teachers worked on Monday."
/ "Marr said the real number was fewer than 30") or by two outlets whose sentences share few words; the first
window's pairing misses them. A counterpart of the anchor's figure (the answer figure of a how-many / how-much
question) is a sentence of another voice (another outlet, or another named speaker in one outlet) whose answer figure
has the anchor's unit and stands among the same words of the question as the anchor's ("will cost Dravenna's
economy 1.8 billion crowns" / "would cost Dravenna less than 400 million crowns": cost, Dravenna), besides the unit
itself: "around 3000 MKO members who have left Iraq" and "accounts managed by about 1,000-1,500 MEK members" count
members of two different things. The figures must then really differ as any two do (`sides.figures_disagree`: not
rounding, not a bound the other meets, not more than `figures.MAX_RATIO` apart). Widening that factor for any
counterpart (a claim and its rebuttal are often far apart: 1.8 billion / "less than 400 million crowns") flagged a
figure of another quantity on a real-news set, so the factor is lifted only where the text itself says the two
figures count one thing: a sentence that sets its figure against another's claim ("far fewer than the 4,000 the
mayor has promised", `figure_compared`: `compared_apart`), or one that gives its figure as "the number" the passage
just counted ("the real number was 'fewer than 30'", `elided_figure`: `elided_apart`).
"""

from __future__ import annotations

from app.answer.asked import Asked
from app.answer.asked_figure import asked_figure
from app.answer.elided_figure import elided, refers_to, unit_word, with_unit
from app.answer.figure_compared import compares_claim
from app.answer.org_voice import other_speakers
from app.attribution import figures as fg
from app.answer.quote import Quote
from app.answer.sides import different_sources, figures_disagree
from app.text.terms import stem, term_set

PREFIX_MIN = 5  # letters of a stem that another word starting with it shares its sense from


def asked_words(ask: Asked, unit: str, text: str) -> frozenset[str] | None:
    """The question's lower-case words (`Asked.predicate`: what is counted and what is done to it, not the names of
    those taking part) standing around the text's answer figure of `unit`, the unit's own word left out; None when
    the text gives no figure of a unit."""
    f = asked_figure(ask, text, unit)
    if f is None or not f.unit:
        return None
    return frozenset(t for t in f.context & ask.predicate if not (t.startswith(f.unit) or f.unit.startswith(t)))


def same_quantity(ask: Asked, unit: str, a: str, b: str) -> bool:
    """b's answer figure counts what a's does: one unit; some word of the question beside b's, each beside a's too (a
    word of the question beside one figure only tells another quantity: "$13.6 million in state taxes" is not what
    "$44 million in federal income taxes" counts); the question's act beside both or neither ("charged with converting
    $250,000" / "repaid the campaign about $60,000"; "Four states have legalized" / "23 states have enacted"); the
    question's words beside a's figure all said in b ("converting more than $250,000 in campaign funds" / "repaid the
    campaign about $60,000": converting); and neither sentence gives the other's figure, near enough, beside its own
    (it tells that quantity apart)."""
    found = _same_words(ask, unit, a, b)
    return found is not None and not any(fg.same_figure(f, g) or fg.roughly_same(f, g) for f, text in (
        (found[1], a), (found[0], b)) for g in fg.given_figures(text) if g.unit == f.unit)


def _same_words(ask: Asked, unit: str, a: str, b: str) -> tuple[fg.Figure, fg.Figure] | None:
    """a's and b's answer figures of `unit` when the question's words and act stand beside them as `same_quantity`
    asks (all but its last test), else None."""
    fa, fb = asked_figure(ask, a, unit), asked_figure(ask, b, unit)
    words_a, words_b = asked_words(ask, unit, a), asked_words(ask, unit, b)
    if fa is None or fb is None or fa.unit != fb.unit or not words_b or words_a is None or not words_b <= words_a:
        return None
    acts = frozenset(stem(w.casefold()) for w in ask.acts)
    if _acts_beside(acts, fa.context) != _acts_beside(acts, fb.context) or not _all_said(words_a, b):
        return None
    return fa, fb


def compared_apart(ask: Asked, unit: str, a: str, b: str) -> bool:
    """One of a and b sets its figure against another's claim (`figure_compared`), the two figures count one
    quantity and differ (not one rounded, hedged or bounded to the other), however far apart: the sentence says they
    differ. One quantity, read over the sentences (a comparison puts its figure far from the claim's words: "about
    2,000 gallons of a solvent mixture leaked" / "9,000 gallons leaked, more than four times the company's figure"):
    one unit, some word of the question beside b's figure, each said in a, and the question's act beside either
    figure said in the other sentence ("converting $250,000" / "repaid about $60,000, a fraction of what prosecutors
    claim": no)."""
    if not (compares_claim(a) or compares_claim(b)):
        return False
    fa, fb = asked_figure(ask, a, unit), asked_figure(ask, b, unit)
    words_b = asked_words(ask, unit, b)
    if fa is None or fb is None or fa.unit != fb.unit or not words_b or not _all_said(words_b, a):
        return False
    acts = frozenset(stem(w.casefold()) for w in ask.acts)
    if not (_acts_beside(acts, fa.context) <= _acts_beside(acts, term_set(b))
            and _acts_beside(acts, fb.context) <= _acts_beside(acts, term_set(a))):
        return False
    return not (fg.same_figure(fa, fb) or fg.roughly_same(fa, fb) or fg.within_bounds(fa, fb))


def _acts_beside(acts: frozenset[str], context: frozenset[str]) -> frozenset[str]:
    """The question's acts (stems) among a figure's words, also with a "re-" before them ("repaid" for "paid back")."""
    return frozenset(a for a in acts if a in context or "re" + a in context)


def _all_said(words: frozenset[str], text: str) -> bool:
    """Each of `words` (stems) is said in `text`, also as the start of a longer word ("economist" for "economy":
    stems of PREFIX_MIN letters or more)."""
    said = term_set(text)
    return all(w in said or len(w) >= PREFIX_MIN and any(t.startswith(w) or w.startswith(t) and len(t) >= PREFIX_MIN
                                                          for t in said) for w in words)


def other_voice(anchor: Quote, q: Quote) -> bool:
    """q speaks in another voice than the anchor: another outlet's, or another speaker named in the same outlet
    (`sides.different_sources`), or, with neither linked to a speaker, another subject of a report verb in the same
    outlet ("The district said 140 …" / "Voltra said only 14 …", `org_voice`)."""
    if different_sources(anchor, q):
        return True
    return anchor.outlet == q.outlet and not anchor.voiced and not q.voiced and other_speakers(anchor.text, q.text)


def counterpart(ask: Asked, question: str, unit: str, anchor: Quote, q: Quote, sim: float) -> bool:
    """q, in another voice, gives another figure of the quantity the anchor's figure of `unit` counts (`sim`: the
    two sentences' cosine)."""
    if q.text == anchor.text or not other_voice(anchor, q):
        return False
    return compared_apart(ask, unit, anchor.text, q.text) or elided_apart(ask, unit, anchor, q) \
        or same_quantity(ask, unit, anchor.text, q.text) and figures_disagree(ask, question, anchor, q, sim)


def elided_apart(ask: Asked, unit: str, anchor: Quote, q: Quote) -> bool:
    """q's bare figure given by a reference ("the real number was 'fewer than 30'", `elided_figure`) that refers back
    to a figure of the anchor's unit in q's passage, read as one of that unit, differs from the anchor's (not one
    rounded, hedged or bounded to the other), however far apart: the reference says they count one thing."""
    if elided(q.text) is None:  # no figure given by reference (the common case): the anchor's figures are not read
        return False
    word = unit_word(anchor.text, unit)
    text = with_unit(q.text, word) if word else None
    chunk = q.hit.chunk
    if text is None or not refers_to(chunk.text[: max(0, q.start - chunk.start)], unit):
        return False
    fa, fb = asked_figure(ask, anchor.text, unit), asked_figure(ask, text, unit)
    return fa is not None and fb is not None and fa.unit == fb.unit and not (
        fg.same_figure(fa, fb) or fg.roughly_same(fa, fb) or fg.within_bounds(fa, fb))

