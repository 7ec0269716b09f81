"""Multi-turn eval cases: a case's `history` reaches a system that can converse; others get the
follow-up as it stands."""

from pathlib import Path

from app.evaluation.baselines import System, answers_for
from app.evaluation.cases import load_cases
from app.models import Answer

ROOT = Path(__file__).resolve().parents[2]


def test_followup_cases_carry_their_history():
    cases = load_cases([ROOT / "evals/cases/followup.yaml"])
    assert len(cases) >= 5 and all(c.history for c in cases)


def test_a_system_that_converses_gets_the_history_and_one_that_cannot_gets_the_bare_question():
    def plain(qs):
        return [Answer(question=q, answer="plain", abstained=True) for q in qs]

    def converse(q, history):
        return Answer(question=q, answer=f"after {' / '.join(history)}", abstained=True)

    questions, histories = ["first?", "and the other side?"], [[], ["first?"]]
    talking = answers_for(System("t", plain, converse=converse), questions, histories)
    assert [a.answer for a in talking] == ["plain", "after first?"]
    mute = answers_for(System("m", plain), questions, histories)
    assert [a.answer for a in mute] == ["plain", "plain"]
