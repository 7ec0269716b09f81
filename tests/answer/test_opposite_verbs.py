"""A yes/no question is answered by a sentence that reports the act in another verb of its family or in its
opposite ("Did X accept the offer?": "X rejected the overture") where that sentence names who acts and the name
asked after the verb; a why-question's presumed act is not reported by its opposite (pure functions)."""

from __future__ import annotations

from app.answer.asked_events import supported
from app.answer.event_actors import acts
from app.answer.outcome import unreported
from app.answer.presumed import unreported_presumed
from app.answer.verb_forms import family
from tests.answer.test_presumed import quote


def test_an_opposite_verb_reports_a_yes_no_questions_act():
    assert unreported("Did Sestak accept the job offer?", ["Sestak ultimately rejected the overture."]) == []
    assert unreported("Did the House reject the bill?", ["The House approved the plan 234-193."]) == []
    assert unreported("Did Hunter lose the primary?", ["Mr. Hunter easily won the nonpartisan primary."]) == []
    assert unreported("Did Suthers support the amendment?", ["Mr. Suthers had opposed the amendment."]) == []
    assert unreported("Did the firms confirm it?", ["Those firms have denied it."]) == []


def test_another_verb_reports_the_act_only_where_the_subject_acts():
    assert unreported("Did the Senate reject the bill?", ["The House approved the plan 234-193."]) == ["reject"]
    assert unreported("Did the Senate reject the bill?", ["The Senate had been asked to approve it."]) == ["reject"]


def test_another_verb_reports_the_act_only_against_the_name_asked_after_the_verb():
    won = ["Sestak went on to defeat Sen. Arlen Specter in the primary."]
    assert unreported("Did Sestak beat Arlen Specter?", won) == []
    assert unreported("Did Sestak beat Pat Toomey in the general election?", won) == ["beat"]
    # its own verb, against a person named in full: only where the text names them (event_actors.party, near32)
    assert unreported("Did Sestak beat Pat Toomey?", ["Sestak beat Specter."]) == ["beat"]
    assert unreported("Did Sestak beat Arlen Specter?", ["Sestak beat Specter."]) == []
    assert unreported("Did Sestak beat Toomey?", ["Sestak beat Specter."]) == []  # one word: no party read, as before


def test_a_lawsuit_is_filed_and_filing_one_is_suing():
    assert supported("Did Safari Club file a lawsuit over the ban?") == {"lawsuit": "file"}
    assert unreported("Did Safari Club file a lawsuit over the ban?", ["Safari Club sued to block the ban."]) == []
    assert family("sue") >= {"sue", "su"} and "lawsuit" not in family("sue")  # a noun is no report of the verb


def test_a_why_question_is_not_answered_by_the_acts_opposite():
    assert unreported_presumed("Why did the Supreme Court reject the lawsuit?",
                               [quote("Colorado voters approved the amendment in 2012.")]) == ["reject"]
    assert unreported_presumed("Why did the Supreme Court reject the lawsuit?",
                               [quote("The justices declined to hear the lawsuit.")]) == []  # the same family


def test_a_name_after_a_comma_is_the_one_who_acts():
    assert acts(frozenset({"suther"}), "Like officials in Colorado, Mr. Suthers had opposed the amendment.")
    assert not acts(frozenset({"suther"}), "The letter was sent to Mr. Suthers on Friday.")


def test_the_best_quote_that_reports_the_acts_opposite_keeps_the_opening():
    import numpy as np
    from app.answer.asked import asked
    from app.answer.sides import pick
    from tests.answer.test_acts import quote as ranked_quote
    q = "Did the technology companies confirm that they give the government a back door?"
    denied = ranked_quote("Those firms have denied they give the government a back door to their systems.", "Times", 0.82)
    other = ranked_quote("A former senior official confirmed that the program was started in 2007.", "Post", 0.49)
    assert pick(asked(q), q, [denied, other], np.eye(2, dtype=np.float32)).quotes[0] is denied
    talks = ranked_quote("Those firms have talked about a back door to their systems.", "Times", 0.82)
    assert pick(asked(q), q, [talks, other], np.eye(2, dtype=np.float32)).quotes[0] is other  # the act named opens


def test_a_verb_of_public_blame_reports_condemning():
    asked = "Did James Clapper condemn the leak of the surveillance programs?"
    assert unreported(asked, ["Director James Clapper issued a statement late Thursday decrying the leak."]) == []
    assert unreported(asked, ["After denouncing the leak of the data, Mr. Clapper insisted it was lawful."]) == []
    assert unreported("Did the senator condemn the raid?", ["The senator criticized the raid as reckless."]) == []
    assert unreported(asked, ["Senator Wyden issued a statement decrying the leak."]) == ["condemn"]  # another doer


def test_taking_someone_to_court_is_told_by_a_lawsuit_filed():
    asked = "Did Nebraska and Oklahoma take Colorado to the US Supreme Court?"
    filed = ["Nebraska and Oklahoma filed a federal lawsuit in the U.S. Supreme Court Thursday against Colorado."]
    assert unreported(asked, filed) == []
    assert unreported("Did Nebraska and Oklahoma take Colorado to dinner?", filed) == ["dinner"]  # no court: no suit
