""""What did X say": X's best quote, a paraphrase, grows to hold X's quotation after it, and X's later quotation
restating the paraphrased point comes first (app/answer/own_words.py, app/answer/said.py)."""

from __future__ import annotations

from dataclasses import replace

from app.answer.own_words import own_words, restates
from app.answer.select import asked, said_first
from tests.answer.test_sides import quote

PARA = "Coast guard commander Ilse Marek said the cause of the accident was under investigation."
WORDS = ' "We will not speculate until the hull is raised and the stability records are checked," Marek said.'


def _grown(first: str, after: str, score: float, speaker: str = "Ilse Marek"):
    """A quote of `first` alone, grown to hold `after` (one passage `first + after`, as `select.rank_quotes` makes)."""
    whole = quote(first + after, "Dispatch", "x", score, speaker)
    return replace(whole, end=len(first), text=first, grown=whole)


def test_x_s_paraphrase_grows_to_hold_x_s_quotation_after_it():
    q = _grown(PARA, WORDS, 1.0)
    other = quote("The coast guard said eleven people had died.", "Ledger", "y", 0.7)
    got = own_words(asked("What did Ilse Marek say about the cause of the accident?"), [q, other])
    assert got[0].text == PARA + WORDS and got[1] is other


def test_a_question_not_asking_what_x_said_keeps_the_paraphrase():
    q = _grown(PARA, WORDS, 1.0)
    assert own_words(asked("What caused the ferry accident?"), [q]) == [q]
    assert own_words(asked("What caused the ferry accident?"), [q])[0].text == PARA


def test_a_quote_holding_x_s_words_or_followed_by_narration_stays():
    quoted = _grown('Marek said the cause was "under investigation" for now.', WORDS, 1.0)
    narration = _grown(PARA, " Divers recovered the last of the bodies on Sunday morning.", 1.0)
    ask = asked("What did Ilse Marek say about the cause of the accident?")
    assert own_words(ask, [quoted])[0].text == quoted.text
    ended = _grown('And the ruling also shows the politics of the court," Marek said.', WORDS, 1.0)
    assert own_words(ask, [ended])[0].text == ended.text  # the end of a quotation: `goes_on` judges what follows
    assert own_words(ask, [narration])[0].text == PARA


def test_only_x_s_best_quote_grows():
    """A lower paraphrase on another point does not grow past X's best quote (it would come first as X's
    words)."""
    best = quote("On Tuesday, Marek walked out of the hearing saying she feels no anger.", "Dispatch", "x", 1.0,
                 "Ilse Marek")
    lower = _grown("A decade ago Marek said the crew was cut.", WORDS, 0.86)
    got = own_words(asked("What did Ilse Marek say as she walked out of the hearing?"), [best, lower])
    assert got == [best, lower] and got[1].text == lower.text


LEAD = "Calvera chief executive Grant Lowell said the mine would not take water from any farmer's well."
LATER = ("\"Not a drop will come out of a farmer's well. We have the hydrology to prove it,\" Lowell said after the "
         "vote.")
OTHER = "\"We have waited three years for this and the jobs will come to the valley,\" Lowell said after the vote."


def _two(later: str, lo: float = 0.47):
    text = f"{LEAD} The mine will draw from a deep aquifer.\n\n{later}"
    whole = quote(text, "Plainsman", "x", 0.73, "Grant Lowell")
    at = text.index(later)
    return (replace(whole, end=len(LEAD), text=LEAD),
            replace(whole, start=at, end=len(text), text=later, score=lo))


def test_x_s_later_quotation_restating_the_paraphrase_comes_first():
    lead, later = _two(LATER)
    assert restates(lead, later) and not restates(later, lead)
    assert said_first(asked("What did Grant Lowell say after the vote?"), [lead, later]) == [later, lead]


def test_a_later_quotation_on_another_point_keeps_its_place():
    lead, other = _two(OTHER)
    assert not restates(lead, other)
    assert said_first(asked("What did Grant Lowell say after the vote?"), [lead, other]) == [lead, other]


def test_x_s_words_on_the_point_asked_come_before_x_s_words_set_off_on_another():
    text = ('"We are acting out of an abundance of caution," said chief executive Victor Osei.\n\n'
            'He dismissed the lawsuit filed by a rider as "an attempt to cash in on a recall."')
    whole = quote(text, "Standard", "x", 0.61, "Victor Osei")
    cut = text.index("He ")
    set_off = replace(whole, end=text.index("\n"), text=text[: text.index("\n")], score=0.61)
    on_lawsuit = replace(whole, start=cut, text=text[cut:], score=0.6)
    assert said_first(asked("What did Victor Osei say about the lawsuit?"), [set_off, on_lawsuit]) == [on_lawsuit,
                                                                                                    set_off]
    # no point named (no about-phrase): the words set off keep their place
    assert said_first(asked("What did Victor Osei say?"), [set_off, on_lawsuit]) == [set_off, on_lawsuit]


def test_the_point_asked_is_the_about_phrase_less_the_source():
    assert asked("What did Voltra's chief executive say about the lawsuit?").about == {"lawsuit"}
    assert asked("What did the plant manager tell the river activist when he showed up?").about == frozenset()
