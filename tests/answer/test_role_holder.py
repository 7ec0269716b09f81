""""Who is <Owner>'s <role>?" opens with the quote naming the person in that role of that owner, not the same role of
another owner (app/answer/role_holder.py, app/answer/opening.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import plain_order
from app.answer.role_holder import names_holder, role_asked, role_holder_first
from tests.answer.test_acts import quote


def test_questions_asking_who_holds_a_role():
    assert role_asked("Who is Oklahoma's attorney general?") == ("Oklahoma", "attorney general")
    assert role_asked("Who was the NAACP's president?") == ("NAACP", "president")
    assert role_asked("Who is Wal-Mart’s lawyer?") == ("Wal-Mart", "lawyer")
    for q in ("Who is the president?", "Who filed the lawsuit against Colorado?", "Who was the company's founder?",
              "What did Oklahoma's attorney general say?"):
        assert role_asked(q) is None, q


def test_the_ways_news_names_a_role_beside_its_holder():
    q = "Who is Nebraska's attorney general?"
    for text in ("The suit was brought by Nebraska’s attorney general, Jon Bruning, on Thursday.",
                 "Nebraska Attorney General Jon Bruning said at a news conference.",
                 "Jon Bruning, Nebraska's attorney general, said the suit was filed.",
                 "Jon Bruning, the attorney general of Nebraska, said the suit was filed."):
        assert names_holder(q, text), text
    assert names_holder("Who is Acme's lawyer?", "Theodore J. Boutrous Jr., a lawyer for Acme, said the claims fail.")
    for text in ("Colorado’s attorney general, John Suthers, said the suit was without merit.",  # another owner
                 "We support this action by the attorneys general of Oklahoma and Nebraska.",  # no person named
                 "Nebraska's attorney general filed the suit on Thursday."):
        assert not names_holder(q, text), text


def test_a_role_question_opens_with_the_holder_of_the_asked_owner():
    q = "Who is Oklahoma's attorney general?"
    other = quote("Colorado’s attorney general, John Suthers, said the challenge was without merit.", "A", 0.77)
    group = quote("We support this action by the attorneys general of Oklahoma and Nebraska, Sabet said.", "B", 0.76)
    holder = quote("The lawsuit was brought by Oklahoma’s attorney general, Scott Pruitt, last week.", "A", 0.65)
    assert role_holder_first(q, [other, group, holder]) == 2
    assert plain_order(asked(q), q, [other, group, holder], [1, 2], 2)[0] == 2


def test_a_best_quote_naming_the_holder_keeps_the_opening():
    q = "Who is Oklahoma's attorney general?"
    best = quote("Oklahoma Attorney General Scott Pruitt said the state was harmed.", "A", 0.8)
    other = quote("The lawsuit was brought by Oklahoma’s attorney general, Scott Pruitt.", "B", 0.7)
    assert role_holder_first(q, [best, other]) == 0
