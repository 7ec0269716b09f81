"""A rebuttal disputes the answer to a question only when it rejects what was asked: not when the question
asks about a rebuttal itself ("Did the companies deny …?"), and not when the rebutter takes the asked act
for granted and disputes its content ("… called on the council to withdraw the resolution")."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.rejected_claim import rebuts_asked
from app.store.chroma import StoredChunk


def quote(text: str, outlet: str = "HuffPost") -> Quote:
    chunk = StoredChunk(id=outlet, doc_id=outlet, start=0, end=len(text), text=text, meta={"outlet": outlet})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), 1.0)


def test_a_question_about_a_denial_is_answered_by_denials_not_disputed_by_them():
    denial = quote("Google does not have a back door, and people who allege it spread false claims about the servers.")
    assert rebuts_asked(asked("Did the government get access to the servers?"), denial)
    assert not rebuts_asked(asked("Did the Internet companies deny giving the government access to the servers?"), denial)


def test_a_rebutter_that_takes_the_asked_act_for_granted_disputes_only_its_content():
    q = asked("Did the NAACP pass a resolution condemning racism in the Tea Party?")
    granted = quote("Tea party organizers disputed claims of racism and called on the NAACP to withdraw the resolution.")
    assert not rebuts_asked(q, granted)
    content = quote("Tea party organizers disputed claims of racism in their ranks.")  # names neither the NAACP nor its act
    assert rebuts_asked(q, content)
