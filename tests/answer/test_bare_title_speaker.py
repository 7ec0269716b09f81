"""A question naming its speaker by a bare title — "the police chief", "the mayor", "the state senator" — asks about
the person the passages name with that title bound to them by grammar ("Police Chief Ann Vole", "Ann Vole, the
mayor,"); no passage doing so leaves the question as if no role were named. A quote whose own words name X as the one
who says ("the plant manager, Ann Vole, told him, …" inside another's account) is in X's voice for "What did X tell …"
(invented sentences)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.roles import resolve_role, role_asked
from app.answer.quote import Quote
from app.answer.said import introduces_words, said_first
from tests.answer.test_role_named_speaker import hits_of
from tests.answer.test_role_referred_back import passage


def test_a_bare_definite_title_is_asked_about_as_a_role_without_an_owner():
    ask = asked("What did the police chief say about the ruling?")
    assert ask.role == {"polic", "chief"} and not ask.owner and not ask.said


def test_a_title_before_the_name_resolves_to_that_person():
    text = "Police Chief Ann Vole called the ruling a gift to the gangs."
    assert resolve_role(asked("What did the police chief say about the ruling?"),
                        passage(text, speaker="Ann Vole")).speakers == {"ann", "vole"}


def test_the_title_in_an_apposition_resolves_to_that_person():
    text = "Ann Vole, the mayor, said the bridge would open in May."
    assert resolve_role(asked("What did the mayor promise about the bridge?"),
                        passage(text, speaker="Ann Vole")).speakers == {"ann", "vole"}


def test_a_title_only_near_another_speaker_resolves_nothing():
    text = "Paul Lind, who sued the police chief last year, said the ruling was right."
    assert not resolve_role(asked("What did the police chief say about the ruling?"),
                            passage(text, speaker="Paul Lind")).said


def test_a_title_word_inside_the_quoted_words_does_not_describe_the_speaker():
    text = '"The judge has taken a tool away from parents and police," Ann Vole said.'
    assert not resolve_role(asked("What did the police chief say about the ruling?"),
                            passage(text, speaker="Ann Vole")).said


def test_an_unresolved_bare_title_is_dropped_so_the_question_reads_as_before():
    answering = hits_of("The station reported that the city had spent $310,000 on the case.", "d1", "Nobody")
    ask = role_asked(asked("What did the radio station say about the cost?"), answering)
    assert not ask.role and not ask.said


def test_a_plural_a_function_word_or_an_indefinite_is_no_bare_title():
    assert not asked("What did the protesters say about the ruling?").role
    assert not asked("What did the other say about the ruling?").role
    assert not asked("What did a police chief say about the ruling?").role


def _as_quote(s, score: float) -> Quote:
    """A quote of a passage sentence, as ranking makes one."""
    return Quote(s.hit, s.start, s.end, s.text, 0, s.links, score)


MANAGER = resolve_role(asked("What did the plant manager tell the activist?"),
                       passage("Plant manager Ann Vole said workers were sorry.", speaker="Ann Vole"))
RELAYED = passage('He said the plant manager, Ann Vole, told him, "It is just a little foam."', speaker="Paul Lind")[0]
OWN = passage('"We live here too," Vole said.', speaker="Ann Vole")[0]


def test_words_relayed_in_another_s_account_are_in_the_voice_of_the_one_named_saying_them():
    assert MANAGER.speakers == {"ann", "vole"} and RELAYED.links[-1].name == "Paul Lind"
    assert introduces_words(MANAGER, RELAYED.text)
    assert not introduces_words(MANAGER, "The Vole administration found a leak in the plant.")
    assert not introduces_words(MANAGER, '"It is foam," a worker told Ann Vole.')


def test_x_named_saying_inside_another_s_account_stays_first_for_what_did_x_tell():
    relayed, own = _as_quote(RELAYED, 0.74), _as_quote(OWN, 0.55)
    assert said_first(MANAGER, [relayed, own])[0] is relayed
