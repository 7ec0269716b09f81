"""X speaks when a time adverbial ("Mr. Obama on Thursday said") or a second name joined by "and" ("Mr. Udall and Mr.
Wyden released a joint statement") stands between X and the verb of saying; not when the verb is no verb of saying."""

from __future__ import annotations

from app.answer.speaks import speaks_in


def test_a_time_adverbial_between_speaker_and_verb_keeps_the_speaker():
    names = frozenset({"obama", "udall"})
    assert speaks_in("Mr. Obama on Thursday said, “Nothing improper took place.”", names)
    assert speaks_in("Senator Udall last week told reporters the law was secret.", names)
    assert speaks_in("Mr. Obama on May 3 wrote that it was fine.", names)
    assert not speaks_in("Mr. Obama on Thursday met the visiting premier.", names)
    assert not speaks_in("Mr. Obama on Thursday signed the bill, and aides said it was fine.", names)


def test_a_speaker_joined_by_and_to_another_name_speaks():
    udall = frozenset({"udall"})
    assert speaks_in("On Friday, Mr. Udall and Mr. Wyden released a joint statement saying it was secret.", udall)
    assert speaks_in("Sen. Udall (D-Colo.) and Sen. Ron Wyden (D-Ore.) warned of it.", udall)
    assert not speaks_in("Mr. Udall and the White House met on Friday.", udall)


def test_a_speaker_opening_the_sentence_speaks_in_its_adjuncts_verb_of_saying():
    """"X did A before / after / while saying …": the adjunct's -ing verb has the main clause's subject, X; not a
    person named after the sentence's subject, nor an adjunct of another act."""
    names = frozenset({"gibbs"})
    assert speaks_in("Press Secretary Robert Gibbs declined to comment before relaying to reporters that it was "
                     "legal.", names)
    assert speaks_in("Mr. Gibbs paused for a long moment after telling the room the talks were over.", names)
    assert not speaks_in("The president met Mr. Gibbs before telling reporters that it was legal.", names)
    assert not speaks_in("Mr. Gibbs declined to comment before leaving the room.", names)


def test_relaying_is_saying():
    assert speaks_in("Mr. Gibbs relayed to reporters that the lawyers had found it legal.", frozenset({"gibbs"}))
