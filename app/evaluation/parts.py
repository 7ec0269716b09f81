"""A question of two parts: each part answered by a quote, or said plainly to be not covered.

"When are the Hunters due to be arraigned, and what sentence did the judge give them?" asks two things. A case lists
per part the passages one of which answers it (`Case.part_passages`); a part no article answers is marked by
`Case.part_not_covered`, and the answer then names it in `Answer.not_covered_parts` (its text says so in a line of
its own, "Not covered: …") while it quotes the rest.
"""

from __future__ import annotations

from app.evaluation import metrics as m
from app.evaluation.cases import Case
from app.models import Answer


def part_reasons(case: Case, answer: Answer, corpus: m.Corpus) -> list[str]:
    """Why the answer fails the case's parts: a part none of whose passages is quoted; no part named not covered
    (`Answer.not_covered_parts`; or one named although every part is covered); an abstention although one part is
    answered."""
    if not case.part_passages:
        return []
    cited = m.cited_spans(answer, corpus)
    reasons = [f"part {n} of the question is not answered by a quote" for n, part in enumerate(case.part_passages, 1)
               if not any(m.overlaps(c, s) for p in part if (s := corpus.passage_span(p)) for c in cited)]
    says = bool(answer.not_covered_parts)
    if answer.abstained:
        reasons.append("abstains although a part of the question is answered")
    elif case.part_not_covered and not says:
        reasons.append("does not say which part of the question is not covered")
    elif says and not case.part_not_covered:
        reasons.append("says a part is not covered although every part is")
    return reasons
