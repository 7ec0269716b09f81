"""One test of a participle's form (`verb_forms.past_participle`, `verb_forms.participle`), read the same by the
perfect / passive act (`asked_shapes`), the participle event (`asked_events`) and the "Was …" act test
(`missing_words`). Invented questions."""

from app.answer.asked_events import participles, there_events
from app.answer.asked_shapes import perfect_act
from app.answer.missing_words import missing
from app.answer.verb_forms import participle, past_participle


def test_a_past_participle_is_regular_or_an_irregular_form():
    assert all(map(past_participle, ("dropped", "taken", "paid", "shown", "worn", "begun", "done", "read")))
    assert not any(map(past_participle, ("drop", "collecting", "legal")))


def test_a_participle_is_past_or_present():
    assert participle("collecting") and participle("shown") and not past_participle("collecting")


def test_an_irregular_participle_not_in_en_is_the_passive_event():
    assert participles("Was Mayor Lind shown the audit?") == ["shown"]
    assert participles("Were any permits withdrawn?") == ["withdrawn"]


def test_the_perfect_and_the_passive_readers_agree_on_an_irregular_participle():
    assert perfect_act("Has Governor Ames withdrawn the nomination?") == "withdrawn"
    assert participles("Has Governor Ames withdrawn the nomination?") == ["withdrawn"]


def test_an_existential_question_stops_its_noun_at_an_irregular_participle():
    assert there_events("Were there any memos shown to reporters?") == ["memos"]


def test_was_done_asks_whether_it_happened():
    assert missing("Was the repair work done before the storm?") == "whether it happened"
    assert missing("Was the repair work legal?") == "whether it was so"
