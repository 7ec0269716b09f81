"""When two quotes that look opposed agree on what was asked (issue 14 point 1): each predicate
takes the question and the two quotes a contradiction rule paired, and says the rule's cue does not
bear on the asked claim, so the pair is no disagreement. A flag must be earned on the question's
own claim: the same quantity, the same event, a rebuttal of what the other side says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.answer.asked import Asked
from app.answer.asked_act import REBUTTING
from app.answer.asked_events import SUPPORT
from app.answer.asked_figure import answering_figure
from app.answer.counted_head import other_counted
from app.answer.rejected_object import rejects_other_object
from app.answer.dates import years as years_in
from app.answer.money import flows_otherwise, not_money
from app.answer.select import Quote
from app.answer.signals import counts_asked
from app.answer import subject_sides  # both sides about the question's subject
from app.answer.exception import told_exception  # an exception its own outlet tells after the same negation
from app.answer.scope import whole_only_denied  # a denial of the whole, the question asking of no whole
from app.answer.told_set import counts_told_set
from app.attribution import contradict as cx
from app.attribution import verdicts
from app.attribution.negated_heads import negated_heads
from app.text.terms import STOPWORDS, per_text, stem, term_set, terms

_NEGATIVE_PREFIXES = ("non", "un", "il", "im", "in", "ir", "dis")
BASE_MIN = 4  # letters of a prefixed word's base for it to count as the word's positive ("paid" of "unpaid")



def other_quantities(ask: Asked, question: str, a: Quote, b: Quote, measures: frozenset[str] = frozenset()) -> bool:
    """The figures two quotes answer with are not what the question counts ("$139 million" / "$141 million" earned, for
    how many years of tax returns were released), or a quote names none of the question's years ("$30 million … in
    2014" for 2013). `measures`: on one claim, a measure in these units counts for both ("3,500" / "1,200 gallons")."""
    fa, fb = (answering_figure(ask, question, q.text) for q in (a, b))
    counted = [f is not None and counts_asked(ask, f) for f in (fa, fb)]
    if not all(counted) and not (any(counted) and fa and fb and fa.unit in measures and fa.unit == fb.unit):
        return True
    if any(flows_otherwise(ask, f) or not_money(ask, f) for f in (fa, fb)) \
            or counts_told_set(ask, (fa, a.text), (fb, b.text)) \
            or other_counted(question, a.text, b.text):  # "3,400 stores" for "How many store managers …"
        return True
    years = years_in(question)  # "in 2013": a figure of a quote naming none of the question's years is another year's
    if len(years) > 1 and _SPAN.search(question):  # "between 2011 and 2014": a quote naming one end counts another span
        return not all(years <= years_in(q.text) for q in (a, b))
    return bool(years) and not all(years & years_in(q.text) for q in (a, b))


# a span of years the question asks a figure for: "between 2011 and 2014", "from 2007 to 2014", "2007 through 2014"
# (both ends years: "between January and 2014" is no span of years)
_SPAN = re.compile(r"\b(?:between\s+\d{4}\s+and|from\s+\d{4}\s+(?:to|through|until)|\d{4}\s*(?:-|–|to|"
                   r"through)\s*)\s*\d{4}\b", re.IGNORECASE)


RESTATED_MIN = 2  # terms of the question's predicate a rebutter must state outside the claim it rejects


def rebutter_agrees(ask: Asked, r: Quote, target: Quote) -> bool:
    """r spells out the claim it rejects, yet outside that span states the asked claim itself (RESTATED_MIN
    of the question's predicate terms, not negated), and target states none of what the rejected claim
    predicates beyond the question (its lower-case words: names are participants, not the claim): "Batting
    down allegations that the White House dangled the secretary of Navy position in front of Sestak, the
    report said that Sestak was offered … positions on advisory boards that were uncompensated" rejects a
    dangled Navy post, not "… if given a prominent, but unpaid, advisory position, the White House said"."""
    claim = cx.rebutted_claim(r.text)
    if claim is None:
        return False
    asked = ask.predicate or ask.terms
    rest = r.text.replace(claim, " ")
    restated = term_set(rest) & asked
    if len(restated) < RESTATED_MIN or cx.negated(rest, asked):
        return False
    particulars = term_set(" ".join(w for w in claim.split() if w[:1].islower())) - ask.terms
    return bool(particulars) and not particulars & term_set(target.text)


def act_granted(ask: Asked, r: Quote) -> bool:
    """A "Did X <verb> …" question, and r names X and a word of what X is asked to have done outside the
    claim it rejects, not negated: "Tea party organizers disputed claims of racism and called on the NAACP to
    withdraw the resolution" disputes what the resolution says, and so takes for granted that the NAACP
    passed it ("Did the NAACP pass a resolution condemning racism …?")."""
    claim = cx.rebutted_claim(r.text)
    if claim is None or not (ask.doer and ask.verb):
        return False
    rest = r.text.replace(claim, " ")
    held = term_set(rest)
    return bool(held & ask.doer) and bool(held & ((ask.predicate or ask.terms) - ask.doer)) \
        and not cx.negated(rest, ask.predicate or ask.terms)


def affirms_negative(ask: Asked, a: Quote, b: Quote) -> bool:
    """The question's claim is itself negative ("an unpaid one", "illegal"), and the negated quote
    negates its positive ("did not offer … a full-time paid position"): that agrees with the claim,
    it does not deny it, unless the other quote asserts the positive word itself."""
    bases = {stem(t[len(p):]) for t in ask.predicate or ask.terms for p in _NEGATIVE_PREFIXES
             if t.startswith(p) and len(t) - len(p) >= BASE_MIN}
    if not bases:
        return False
    for n, o in ((a, b), (b, a)):
        if _negates(n.text, bases) and not bases & term_set(o.text):
            return True
    return False


SCOPE_WORDS = 16  # a negation's scope: the words after it, up to the end of its clause (at most this many)
_CLAUSE_END = re.compile(r"[,;:!?]|\b(?:because|but|so|while|although|which)\b", re.IGNORECASE)


def _clauses_negated(text: str) -> Iterator[str]:
    """The rest of the clause after each negation in `text` (its scope, before SCOPE_WORDS are counted)."""
    for m in cx.NEGATION.finditer(text):
        rest = text[m.end():]
        end = _CLAUSE_END.search(rest)
        yield rest[: end.start()] if end else rest


def _negates(text: str, words: set[str]) -> bool:
    """A negation in `text` whose scope (the rest of its clause) holds one of `words` (stems)."""
    return any(term_set(" ".join(clause.split()[:SCOPE_WORDS])) & words for clause in _clauses_negated(text))


# "not more than one year", "no later than Friday": a bound on a quantity, not a denial of a claim
_BOUND = re.compile(r"\b(?:not|no)\s+(?:more|less|fewer|later|earlier|longer|greater|higher|lower)\s+than\b",
                    re.IGNORECASE)


def bound_only(ask: Asked, a: Quote, b: Quote) -> bool:
    """The two quotes are of opposite polarity only through a bound ("shall be … imprisoned not more than
    one year" in a statute a critic cites): without it, neither denies what the other asserts."""
    ta, tb = _BOUND.sub(" ", a.text), _BOUND.sub(" ", b.text)
    if ta == a.text and tb == b.text:
        return False
    return not cx.opposite_polarity(ta, tb, denied_words(ask), ask.terms)


_SUPPORT_STEMS = frozenset(terms(" ".join(SUPPORT)))


def denied_words(ask: Asked) -> frozenset[str]:
    """What a denial must negate: the act asked about, or when the question names none, or a yes/no question names it
    by a support verb whose object carries the claim ("Are Internet companies giving the government a back door …":
    "Google does not have a 'back door'" denies it), the question's predicate. A who / where / when question's act
    stays: "Where did the Hunters take the vacations" is not denied by a negation near "vacations"."""
    light = not ask.identity and ask.verb <= _SUPPORT_STEMS
    return (not light and ask.verb) or ask.predicate or ask.terms


def both_deny(ask: Asked, a: Quote, b: Quote) -> bool:
    """Each quote denies something the question asks about, within its negation's clause ("Batting down
    allegations that the White House dangled the secretary of Navy position …" and "insisting that the
    White House never offered Sestak the job of Secretary of the Navy"): one denial does not deny the
    other, they agree."""
    asked = set(ask.terms)
    return _negates(a.text, asked) and _negates(b.text, asked)


def polarity_agrees(ask: Asked, question: str, a: Quote, b: Quote) -> bool:
    """A pair of opposite polarity agrees on the asked claim after all: the question asks whether a
    statement was made or a claim denied ("Did the Tea Party organizers dispute the claims of racism?": "disputed
    claims of racism" and "defend themselves against charges of racism" both say yes, as a rebuttal answers
    it, `REBUTTING`), or a negation is not aimed at the claim, negates the positive of a negative
    claim, is a bound, denies only a qualifier the other quote does not state, both quotes deny, the
    question itself is negative and the other quote does not state its positive, or the other quote says the
    negated word's opposite ("wasn't a fair comparison" / "would be unfair", `contradict.agrees_by_prefix`), or the
    asserting quote is an exception its own outlet tells after the same negation (`exception.told_exception`), or
    one denies only a whole the question does not ask of (`scope.whole_only_denied`), or rejects an object the question
    does not ask of (`rejected_object`)."""
    return statement_asked(question) or bool(ask.verb & REBUTTING) or not_aimed(ask, a, b) \
        or affirms_negative(ask, a, b) or bound_only(ask, a, b) or both_deny(ask, a, b) \
        or qualifier_denied(ask, a, b) or negative_question(ask, question, a, b) \
        or any(cx.agrees_by_prefix(n.text, o.text, denied_words(ask)) for n, o in ((a, b), (b, a))) \
        or other_act_denied(ask, question, a, b) or subject_sides.off_subject(question, ask.acts, a, b) \
        or told_exception(a, b) or whole_only_denied(question, a.text, b.text) \
        or rejects_other_object(denied_words(ask), a.text, b.text)  # "refute the claims at a trial": not the trial


def other_act_denied(ask: Asked, question: str, a: Quote, b: Quote) -> bool:
    """A question asking for a thing, a reason or a manner (what / why / how / which) is answered, not denied, by a
    quote whose negations deny another act than the one asked (`negated_heads`: "What did Hunter spend his campaign
    funds on?" and "since they did not otherwise have sufficient personal funds"; the thing "What raise has GRT
    offered?" asks for is no act: "drivers have not had a raise"): only a negation of the act asked ("did not
    spend") disputes the other quote's answer. A negative question ("Why could he not …?"): `negative_question`."""
    if _WH_OPEN.search(question) is None or cx.negated(question):
        return False
    act = denied_words(ask)
    negated = [q for q in (a, b) if cx.negated(q.text, act)]
    heads = act - {ask.element} if ask.element and ask.acts and act - {ask.element} else act  # the thing asked for
    return bool(negated) and not any(negated_heads(q.text) & heads for q in negated)  # under another verb: another act


QUALIFIER_WORDS = 3  # words before the asked noun a negation's qualifier may take ("a full-time paid position")


def qualifier_denied(ask: Asked, a: Quote, b: Quote) -> bool:
    """The negated quote denies only a qualifier of what is asked, and the other quote does not state it:
    "did not offer Mr. Sestak a full-time paid position" denies the full-time paid post, not "was offered
    a prominent but uncompensated, advisory position". Each negation bearing on the question must end on
    an asked noun with such a qualifier (lower-case words right before it that the question does not hold)."""
    for n, o in ((a, b), (b, a)):
        found = _qualifiers(n.text, ask.predicate or ask.terms)
        if found and not found & term_set(o.text) and not cx.negated(o.text, ask.predicate or ask.terms):
            return True
    return False


def _qualifiers(text: str, asked: frozenset[str]) -> frozenset[str]:
    """The qualifier terms of the last asked word in each negation's clause (a head noun), or nothing when one
    negation bearing on the question qualifies nothing."""
    found: set[str] = set()
    for clause in _clauses_negated(text):
        words = re.findall(r"[\w’'-]+", clause)[:SCOPE_WORDS]
        hits = [i for i, w in enumerate(words) if term_set(w) & asked]
        if not hits:
            continue
        after = words[hits[-1] + 1: hits[-1] + 2]
        if after and after[0][:1].islower() and after[0].casefold() not in STOPWORDS:
            return frozenset()  # the asked word qualifies another ("sufficient personal funds"): it is no head noun
        before = []
        for w in reversed(words[max(0, hits[-1] - QUALIFIER_WORDS): hits[-1]]):
            if not w[:1].islower() or w.casefold() in STOPWORDS:
                break
            if not term_set(w) & asked:  # an asked qualifier ("paid" of "a paid one") is what is asked, not denied
                before.append(w)
        mods = term_set(" ".join(before))
        if not mods:
            return frozenset()
        found |= mods
    return frozenset(found)


# "Did Joe Sestak say he had been offered a job?", "Does Wal-Mart say …": whether a statement was made
_STATEMENT_ASKED = re.compile(r"^\W*(?:did|does|do|has|have)\s+(?:\S+\s+){1,6}?(?:say|said|tell|told|claim|claimed|"
                              r"announce|announced|acknowledge|acknowledged|write|written|report|reported)\b",
                              re.IGNORECASE)


@per_text(maxsize=1 << 8)  # the question's: parsed on the BM25 worker (`pipeline.read_question`)
def statement_asked(question: str) -> bool:
    """The question asks whether someone said something: as for "What did X say", another quote's
    negation of the statement's content does not dispute that it was said (only a rebuttal or another
    figure does)."""
    return _STATEMENT_ASKED.search(question) is not None


def not_aimed(ask: Asked, a: Quote, b: Quote) -> bool:
    """The negated quote's negations all bear on something after them that the question does not ask:
    "he had been offered a job but provided no details" (a question term before "no" is not what it
    negates), "may soon be dismissed, considering …". A denial by a pronoun of what came before ("that was
    never the case") is aimed backwards, so it counts."""
    negated = [q for q in (a, b) if cx.negated(q.text, denied_words(ask))]
    aimed = set(ask.verb | ask.predicate) or set(ask.terms)  # what a negation may bear on: the question's claim
    return bool(negated) and not any(_negates(q.text, aimed) or cx.denies_before(q.text) for q in negated)


_WH_OPEN = re.compile(r"^\W*(?:why|how|what|which)\b", re.IGNORECASE)


def other_verdict(ask: Asked, question: str, words: tuple[str, str] | None) -> bool:
    """The quotes' opposite verdicts are not the one asked: the question names another ("Is the law
    unconstitutional?" and "legalizing" / "illegal under federal law"), or it is a why / how / what
    question naming none, which asks a reason or an account, not a verdict ("Why did Nebraska and
    Oklahoma sue Colorado?": the measure "that legalized marijuana" and Pruitt's "illegal products"). A question
    naming "the Constitution" names no verdict (`verdicts.verdict_text`): "What new rule ties House bills to the
    Constitution?" is not asking whether anything is constitutional; nor does one naming a kind of thing by
    a verdict word ("Is legal marijuana from Colorado flooding Nebraska?": "legally purchased marijuana" and
    "illegal under federal law" tell what the thing is, not whether it floods), nor one asking whether a statement
    was made that names no verdict ("Does the lawsuit say …?": what it says, not whether the law is legal)."""
    if words is None:
        return False
    named, said = ask.terms & verdicts.asked_verdicts(question), frozenset(t for w in words for t in terms(w))
    if not named:
        return bool(verdicts.described_kinds(question) & said) or _WH_OPEN.search(question) is not None \
            or statement_asked(question)
    return not named & said



ASSERTED_TERMS = 3  # the question's predicate terms (or all, when fewer) a quote must hold to assert what a negative
# question negates: "alluded to a job offer" names the offer in passing, it does not assert "offered a salaried
# government job" (calibration half: kpf34-cal-sestak-unpaid; 2 -> 3 changes no other labelled question's flag)


def negative_question(ask: Asked, question: str, a: Quote, b: Quote) -> bool:
    """The question is itself negative ("Why could Sestak not sit on the advisory board?"): the quote that
    negates states the question's own claim, and the other one disputes it only by asserting its positive,
    holding ASSERTED_TERMS of the question's predicate ("It would have allowed Sestak to remain in the House
    while advising the president" holds one: it tells another matter; "he alluded to a job offer" holds two of
    "offered a salaried government job")."""
    asked = ask.predicate or ask.terms
    if not _negates(question, set(asked)):
        return False
    for n, o in ((a, b), (b, a)):
        if cx.negated(n.text, asked) and not cx.negated(o.text, asked):
            return len(term_set(o.text) & asked) < min(ASSERTED_TERMS, len(asked))
    return False
