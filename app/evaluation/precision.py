"""Precision metrics: what a reader sees in an answer, scored against one case.

- the "sources disagree" flag against the case's `contested` label (precision and recall);
- key passage first: the first quote overlaps an expected passage (precision@1);
- quotes and quoted characters per answer (plain questions reported separately);
- on-point rate: the share of cited quotes that carry an expected passage;
- speaker accuracy: on chain cases, the quote carrying the expected passage names the expected chain;
- labelled lines: every quote's answer line shows its outlet and chain ("Fox News, quoting X: “…” [2]");
- verdict refusal: a contested answer to a question that asks for a one-word verdict says it gives none;
- disagreement named: a contested answer says, before its quotes, what the sources disagree on;
- sides on point: a flagged answer to a contested case shows every other side with a quote that speaks to the
  dispute (an expected passage, or one of the case's disputed values), not just any passage of that outlet.

Pure functions over an `Answer`, a `Case` and a `Corpus`; no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.evaluation import metrics as m
from app.evaluation.cases import NO_ANSWER_KINDS, Case
from app.models import Answer, Citation

PLAIN_KINDS = ("single", "chain")  # with contested: false, a plain question: one answer, no sides
# Questions that ask for a verdict (independent of the answer stage's own pattern, so a change there shows).
VERDICT_ASKED = re.compile(r"\b(yes or no|yes/no|true or false|one word|just tell me|pick one)\b", re.IGNORECASE)
# A line refusing the verdict, read as a reader reads it (not the answer stage's constant, so emptying it shows).
VERDICT_REFUSED = re.compile(r"\b(?:won['\u2019]t|will not|does not|doesn['\u2019]t)\b[^\n]*\bverdict", re.IGNORECASE)
_CITED = re.compile(r"\[\d+\]")


@dataclass(frozen=True)
class Precision:
    contested_expected: bool | None  # None: the case expects no answer
    contested_given: bool | None  # None: the system abstained or gave nothing
    key_first: bool | None  # None: no expected passages, or no answer expected
    quotes: int | None  # None: abstained
    quoted_chars: int | None
    plain: bool
    on_point: m.Ratio
    speaker_right: bool | None  # chain cases with an expected chain only
    labelled: m.Ratio
    verdict_refused: bool | None  # contested answers to verdict-seeking questions only
    disagreement_named: bool | None  # contested answers only
    sides_on_point: bool | None = None  # flagged answers to contested cases with a side besides the first quote's


def case_precision(case: Case, answer: Answer, corpus: m.Corpus) -> Precision:
    wants_answer = case.kind not in NO_ANSWER_KINDS
    gave = not answer.abstained and bool(answer.citations)
    expected = [s for p in case.expected_passages if (s := corpus.passage_span(p))]
    spans = m.cited_spans(answer, corpus)
    scored = wants_answer and bool(expected)
    return Precision(
        contested_expected=case.contested if wants_answer else None,
        contested_given=answer.contested if gave else None,
        key_first=(gave and _hits(spans[0], expected)) if scored else None,
        quotes=len(answer.citations) if gave else None,
        quoted_chars=sum(len(c.quote) for c in answer.citations) if gave else None,
        plain=case.kind in PLAIN_KINDS and not case.contested,
        on_point=m.Ratio(sum(_hits(s, expected) for s in spans), len(spans)) if scored and gave else m.Ratio(),
        speaker_right=speaker_right(case, answer, corpus, expected) if case.expected_chain and case.kind == "chain"
            else None,
        labelled=labelled_lines(answer),
        verdict_refused=bool(VERDICT_REFUSED.search(answer.answer)) if gave and answer.contested
            and VERDICT_ASKED.search(case.question) else None,
        disagreement_named=names_disagreement(answer) if gave and answer.contested else None,
        sides_on_point=sides_on_point(case, answer, corpus, expected) if gave and answer.contested
            and case.contested and wants_answer else None,
    )


def _hits(span: m.Span, expected: Sequence[m.Span]) -> bool:
    return any(m.overlaps(span, e) for e in expected)


def speaker_right(case: Case, answer: Answer, corpus: m.Corpus, expected: Sequence[m.Span]) -> bool:
    """The first quote that carries an expected passage is labelled with the expected chain
    (another quote naming the right people does not count: the reader sees this one)."""
    for c, span in zip(answer.citations, m.cited_spans(answer, corpus)):
        if _hits(span, expected):
            return m.chain_matches(answer.model_copy(update={"citations": [c]}), case.expected_chain,
                                   corpus.same_source)
    return False


def sides_on_point(case: Case, answer: Answer, corpus: m.Corpus, expected: Sequence[m.Span]) -> bool | None:
    """Every quote of a stance group other than the first quote's (a side the reader sees under its label)
    carries an expected passage or one of the case's disputed values; None when the answer shows no other
    side or the case gives nothing to judge by (no expected passage, no disputed value)."""
    if not expected and not case.disputed_values:
        return None
    groups = [_stance(c, corpus) for c in answer.citations]
    sides = [(c, s) for c, s, g in zip(answer.citations, m.cited_spans(answer, corpus), groups) if g != groups[0]]
    if not sides:
        return None
    values = [v.casefold() for v in case.disputed_values if v.strip()]
    return all(_hits(span, expected) or any(v in c.quote.casefold() for v in values) for c, span in sides)


def _stance(c: Citation, corpus: m.Corpus) -> str:
    """The stance group of the quoted document's outlet (the label's, then the outlet itself when unknown)."""
    doc = corpus.doc(c.doc_id)
    outlet = doc.outlet if doc else c.outlet
    return corpus.stance(outlet) or c.stance or outlet.casefold()


def names_disagreement(answer: Answer) -> bool:
    """Between the opening line and the first quote, a line of its own says what the sources disagree
    on (the verdict refusal does not count: it says what byline won't do, not what is in dispute)."""
    return any(ln and not VERDICT_REFUSED.search(ln) for ln in framing_lines(answer))


def framing_lines(answer: Answer) -> list[str]:
    """The lines between the opening line and the first quote: what byline says about the sources."""
    lines = [ln.strip() for ln in answer.answer.splitlines()]
    first_quote = next((i for i, ln in enumerate(lines) if _CITED.search(ln)), len(lines))
    return lines[1:first_quote]


def labelled_lines(answer: Answer) -> m.Ratio:
    """Citations whose answer line shows, before the quote, the outlet and every chain link in order."""
    lines = answer.answer.splitlines()
    ok = sum(_labelled(c, lines) for c in answer.citations)
    return m.Ratio(ok, len(answer.citations))


def _labelled(c: Citation, lines: Sequence[str]) -> bool:
    line = next((ln for ln in lines if re.search(rf"\[{re.escape(c.id)}\]", ln)), None)
    if line is None:
        return False
    head, pos = line.split("\u201c", 1)[0], 0
    for name in (c.outlet, *c.chain):
        pos = head.find(name, pos)
        if pos < 0:
            return False
        pos += len(name)
    return True
