"""The perspectives-view check (app/evaluation/perspectives_eval.py) on hand-made answers: a right one
has no problems, and each way of breaking what a reader sees is found."""

from __future__ import annotations

import pytest

from app.evaluation import metrics as m
from app.evaluation.cases import Case
from app.evaluation.perspectives_eval import score_perspectives, summarize_perspectives
from app.models import Answer, Citation, Perspective
from app.registry import Registry

CRITIC = "The group is a cult. Defectors describe abuse in its camps."
SITE = "The group is a democratic opposition. Its rallies draw thousands."
NOT = "this outlet does not address it"


def registry() -> Registry:
    return Registry.model_validate({
        "stance_groups": [{"id": "against", "label": "Against"}, {"id": "for", "label": "For"}],
        "outlets": [
            {"name": "Daily Critic", "stance": "against"},
            {"name": "Group Site", "stance": "for"},
            {"name": "Third Paper", "stance": "for"},
        ],
    })


def corpus() -> m.Corpus:
    return m.Corpus([m.Doc("d1", "critic.txt", "Daily Critic", "against", CRITIC),
                     m.Doc("d2", "site.txt", "Group Site", "for", SITE),
                     m.Doc("d3", "third.txt", "Third Paper", "for", "Weather report.")], registry())


def cite(id: str, doc: str, text: str, quote: str, outlet: str, stance: str) -> Citation:
    start = text.index(quote)
    return Citation(id=id, outlet=outlet, stance=stance, doc_id=doc, quote=quote, start=start, end=start + len(quote))


CASE = Case(id="c1", kind="contested", question="Is the group a cult?", contested=True,
            forbidden_own_voice=["is a cult"])
C1 = cite("1", "d1", CRITIC, "The group is a cult.", "Daily Critic", "against")
C2 = cite("2", "d2", SITE, "The group is a democratic opposition.", "Group Site", "for")
LINES = ["The sources disagree:", "Against:", f"- Daily Critic: \u201c{C1.quote}\u201d [1]", "For:",
         f"- Group Site: \u201c{C2.quote}\u201d [2]", f"- Third Paper: {NOT}."]


def persp(outlet: str, stance: str, label: str, ids: list[str], summary: str = "quotes") -> Perspective:
    return Perspective(outlet=outlet, stance=stance, stance_label=label, addresses=bool(ids), citations=ids,
                       summary=summary if ids else NOT)


PERSPECTIVES = [persp("Daily Critic", "against", "Against", ["1"]), persp("Group Site", "for", "For", ["2"]),
                persp("Third Paper", "for", "For", [])]


def view(lines=LINES, citations=(C1, C2), perspectives=PERSPECTIVES) -> Answer:
    return Answer(question=CASE.question, answer="\n".join(lines), abstained=False, contested=True,
                  citations=list(citations), perspectives=list(perspectives))


ANSWER = Answer(question=CASE.question, answer="x", abstained=False, contested=True, citations=[C1, C2])


def test_a_right_perspectives_view_has_no_problems_and_agrees_with_the_answer_view():
    r = score_perspectives(CASE, view(), ANSWER, corpus(), registry())
    assert (r.problems, r.own_voice, r.agreement) == ([], [], m.Ratio(2, 2))
    values, _ = summarize_perspectives([r])
    assert values == {"perspectives_problems": 0, "perspectives_own_voice": 0, "perspectives_agreement": 1.0}


@pytest.mark.parametrize("broken", [
    pytest.param(view(lines=[ln.replace("- Daily Critic: ", "- ") for ln in LINES]), id="outlet label dropped"),
    pytest.param(view(lines=[LINES[0], "For:", LINES[2], "Against:", *LINES[4:]]), id="stance headings swapped"),
    pytest.param(view(perspectives=[persp("Daily Critic", "for", "For", ["1"]), *PERSPECTIVES[1:]]), id="wrong stance group"),
    pytest.param(view(perspectives=[persp("Group Site", "against", "Against", ["1"]), *PERSPECTIVES[1:]]), id="quote under another outlet"),
    pytest.param(view(citations=[C1.model_copy(update={"quote": "The group is a cult!"}), C2]), id="not verbatim"),
    pytest.param(view(lines=[*LINES[:-1], f"- Group Site: {NOT}."]), id="addressing outlet shown as not addressing"),
    pytest.param(view(lines=LINES[:-1]), id="not-addressing line missing"),
    pytest.param(view(perspectives=[*PERSPECTIVES[:2], persp("Third Paper", "for", "Against", [])]), id="wrong stance label"),
])
def test_each_way_of_breaking_the_perspectives_view_is_a_problem(broken):
    assert score_perspectives(CASE, broken, ANSWER, corpus(), registry()).problems


def test_own_voice_in_the_perspectives_text_and_no_perspectives_are_counted():
    r = score_perspectives(CASE, view(lines=["The group is a cult.", *LINES]), ANSWER, corpus(), registry())
    assert r.own_voice
    assert score_perspectives(CASE, view(perspectives=[]).model_copy(update={"perspectives": None}),
                              ANSWER, corpus(), registry()).problems


def test_an_outlet_the_answer_view_quotes_but_the_perspectives_view_leaves_out_lowers_agreement():
    lines = [*LINES[:4], f"- Group Site: {NOT}.", f"- Third Paper: {NOT}."]
    perspectives = [PERSPECTIVES[0], persp("Group Site", "for", "For", []), PERSPECTIVES[2]]
    r = score_perspectives(CASE, view(lines=lines, citations=[C1], perspectives=perspectives), ANSWER, corpus(), registry())
    assert r.problems == [] and r.agreement == m.Ratio(1, 2)


def test_an_abstaining_view_must_list_no_outlet_as_addressing_it():
    quiet = [persp(o, st, lab, []) for o, st, lab in (("Daily Critic", "against", "Against"), ("Group Site", "for", "For"))]
    abstained = Answer(question=CASE.question, answer="The indexed sources don't answer this.", abstained=True,
                       perspectives=quiet)
    silent = Answer(question=CASE.question, answer=abstained.answer, abstained=True)
    assert score_perspectives(CASE, abstained, silent, corpus(), registry()).problems == []
    wrong = abstained.model_copy(update={"perspectives": [quiet[0], PERSPECTIVES[1]]})
    assert score_perspectives(CASE, wrong, silent, corpus(), registry()).problems


def test_views_that_contradict_each_other_on_abstaining_or_disagreeing_are_problems():
    """A reader switching views must not see one abstain, or say "the sources disagree", alone."""
    quiet = [persp(o, st, lab, []) for o, st, lab in (("Daily Critic", "against", "Against"), ("Group Site", "for", "For"))]
    abstained = Answer(question=CASE.question, answer="The indexed sources don't answer this.", abstained=True,
                       perspectives=quiet)
    assert score_perspectives(CASE, abstained, ANSWER, corpus(), registry()).problems
    plain = ANSWER.model_copy(update={"contested": False})
    assert score_perspectives(CASE, view(), plain, corpus(), registry()).problems


def test_an_outlet_shown_without_the_quote_the_answer_view_gives_it_lowers_agreement():
    other = cite("2", "d2", SITE, "Its rallies draw thousands.", "Group Site", "for")
    lines = [*LINES[:4], f"- Group Site: \u201c{other.quote}\u201d [2]", LINES[5]]
    r = score_perspectives(CASE, view(lines=lines, citations=[C1, other]), ANSWER, corpus(), registry())
    assert r.problems == [] and r.agreement == m.Ratio(1, 2)
