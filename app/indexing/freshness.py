"""Whether a stored document was made by this byline: the version of every rule whose output ingest stores.

Takes a manifest's document records; gives `current` (ingest redoes a document that is not) and `staleness`: what
a reader cannot bring current from the stored text (the speaker chains), said in one line naming the fix.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.attribution.figure_codec import SIGNALS_VERSION
from app.text.antecedents import ANTECEDENTS_VERSION
from app.text.marks import MARKS_VERSION
from app.text.role_words import ROLES_VERSION
from app.text.terms import TERMS_VERSION
from app.text.word_runs import WORDS_VERSION

# bump when chain rules or stored sentences change (6: shared surnames, basil audit rules; 7: the disputing role; 8:
# figure units past names; 9: went on, passive agents, bodies with "and", hyphenated outlets; 10: refs, where a sentence
# points back to; 11: a passive agent's name runs past its initials' full stops; 12: 'went on.' with nothing said after
# it is no speech; 13: '…, he went on.' closes a trailing attribution; 14: '…, said Baker.', the verb before its
# speaker; 15: 'said nothing', 'declined to say' are no speech; 16: '…, the minister went on.', a possessive
# apposition describes a role: 'X, Iran's foreign minister,'; 17: sentences store their word runs, sentences file
# version 5; 23: 'the agency said' names the body named before with that kind of noun, 'the official' the one person
# described so, else no one; 24: 'the statement said' names who issued it, an office's own name is a body, 'X at
# <publication>' is relayed, '… “…” and said' is the clause subject's, 'her doctor', 'an agency spokesperson', a titled
# surname; 26: a speaker heard through a medium keeps it in their next sentence, 'in an interview with The Associated
# Press' | '“…,” Ginsburg said'; 27: a title in quotation marks attributes nothing ('a drama like “Homeland” plays as
# …'), nor a sentence whose weak verb only leads into the next quotation; 28: tried and reverted; 29: as 27; 30: a
# narrative sentence whose speech is only a participle clause narrates its speaker, no label shows them; 31: also
# when its only quotations are a few words inside the reporter’s clause, ‘calling him a “faker”’; 32: at most six;
# 33: tried, reverted; 34: a document noun ('the lawsuit', 'the suit', 'the resolution') names who the article said it
# was brought, filed, released or adopted BY, 'a statement released by X' is X's; 35: a long definite description
# ('the University of Denver law professor', 'the president of the Farmers Union') is the person the article
# described so, a speech verb's participle ('…, insisting that') speaks, and no parser guess names a participle's
# speaker; 36: as 35 without 'claiming' and 'urging' (tried in 35: they lose answers); 37: 'He
# pointed to … “…”' right after his quote is his (`pronoun_quote`); 38: 'echoed' / 'reiterated' with a complement
# speak ('X echoed Y's sentiments, adding that …'), without one they are no verb of saying): unchanged documents are
# redone; 40: a named body a non-restrictive 'which' clause hangs on speaks ('WKAL radio, which reported that …');
# 41: as 40, and a relative pronoun is no trailing speaker ('…, which reported that' / '…, who said')
# 42: a relayed source keeps both links (`relayed.py`): 'KRT, citing Major Ulvik, reported …' / 'KRT reported, citing
# Major Ulvik, that …' (KRT relays, quoting Ulvik), 'According to Vantage, Minister X said …' (Vantage relays X)
# 43: as 42, and 'X quoted Y as saying', 'X, which quoted Y as saying', 'as reported by X', '…, X reported, citing
# Y.', 'X reported that Y said' (Y inside X), 'X, a radio station, reported' (the name its apposition describes)
# 44: as 43, and a publication noun before a name makes it the reporting outlet ('state broadcaster KRT reported'),
# 'according to X, which quoted Y as saying' relays X, and a relay carried from the top stops at a sentence naming
# the publishing outlet itself ('Nova Ilmor could not reach her'); 45: as 44, 'X quoted Y as' before any participle
# ('as calling'), and an unnamed source inside a report ('WKTR reported that an officer … told it') stays the report's
# 46: as 45, 'X quoted Y, an apposition, as saying', a time phrase before 'citing' ('X reported on Tuesday, citing
# Y'), a name inside a described speaker's relative clause does not speak ('The manager of a café where Lask worked'),
# 'The CIS report says' is the CIS's, a possessor ('Sen. Lind's office …') is no sentence subject; 47: as 46, 'the
# lawsuit from Nebraska and Oklahoma' ties the lawsuit to them ('the suit says'), a singular occupation is an unnamed
# speaker's role ('a former Voltra engineer told …', 'the engineer said'), 'told Consumer Watch magazine' relays the
# magazine, a name ending in an institution word ('Safety Board', 'Federation') is a body, never a person; 48: a
# negation word opening a hyphenated compound ('the no-strike clause', 'a no-fly zone') negates nothing; 49/50/51:
# 'Its leader, Teodor Brask, accused' names Brask, a document 'brought by Nebraska's attorney general, Jon Bruning,'
# is his, no 'Commission's' body name, the verb of a relative clause in a trailing apposition is no second speaker
# ('…, wrote Ann Marsh, a professor who often writes about the court'); 52: a figure counts the plural noun its
# lower-case modifiers lead to ('230,000 registered voters': voters); 53: official titles and ranks ('City Auditor
# Priya Natarajan', 'Captain', 'Major') precede a name; 54: council members' titles ('City Councilman Arthur Blaine'),
# '<Company|Place> <role words> <Name>' names the officer ('Halvard Lines chief executive Paul Hadley'), a sentence
# opening inside a quotation has no speech verb before its first (closing) mark ('…calls," Chief Daniel Ortiz said.'),
# a passive's agent inside an open relative clause does not speak ('X, whose message was shared by the group Y, said'),
# a name in a clause of the words reported is no speaker ('…, sank the ferry Calder Rose, the head of its operator
# said'), a weak verb with no complement gives way to a later participle of saying ('repeated attempts … relaying that')
ATTRIBUTION_VERSION = 54


# The sentence columns of another terms, signals, marks, antecedents, word-runs or roles version are worked out again
# from the stored text by every process that reads them (`Sentences.completed`: the same answers, a few ms a document).
# The speaker chains are not: finding them again needs spaCy (9.5 s to load) and 131 ms a document on basil-dev
# (4.7 s for its 36), so an index with older chains answers with them until `byline ingest`, and says so.
COMPLETED_ON_READING = frozenset({"terms", "signals", "marks", "antecedents", "words", "roles"})
WHAT = {"attribution": "speaker labels"}  # what a stale version not completed on reading leaves old, in a user's words


def stamp() -> dict[str, int]:
    """Every version a stored document depends on, under its key in the document's manifest record."""
    return {"attribution": ATTRIBUTION_VERSION, "terms": TERMS_VERSION, "signals": SIGNALS_VERSION,
            "marks": MARKS_VERSION, "antecedents": ANTECEDENTS_VERSION, "words": WORDS_VERSION,
            "roles": ROLES_VERSION}  # roles 1: each sentence's role words (`app.text.role_words`), sentences file 7


def current(rec: Mapping[str, Any]) -> bool:
    """Whether a stored document's chains and sentence columns are what this code makes (every key of `stamp`; a
    record without one was written before that version was recorded). Ingest redoes a document that is not."""
    return all(rec.get(key) == version for key, version in stamp().items())


@dataclass(frozen=True)
class Staleness:
    """Of `documents` retrievable documents, how many carry another version, per `stamp` key."""

    documents: int
    stale: tuple[tuple[str, int], ...] = ()

    @property
    def unread(self) -> tuple[tuple[str, int], ...]:
        """The stale versions reading cannot bring current: answers differ from a fresh index's until ingest."""
        return tuple((key, n) for key, n in self.stale if key not in COMPLETED_ON_READING)

    def notice(self, command: str = "byline ingest") -> str | None:
        """One line for a user: what is stale, what it may do to an answer, and the command that fixes it."""
        if not self.unread:
            return None
        n = max(count for _, count in self.unread)
        what = ", ".join(WHAT.get(k, k) for k, _ in self.unread)
        return (f"This index was built by an older byline: the {what} of {n} of {self.documents} documents follow "
                f"older rules, so a quote may name the wrong speaker. Run `{command}` to rebuild them.")


def staleness(documents: Mapping[str, Mapping[str, Any]]) -> Staleness:
    """Which versions the records of the retrievable `documents` (copies are never quoted) are behind in."""
    records = [rec for rec in documents.values() if not rec.get("copy_of")]
    want = stamp()
    stale = tuple((key, n) for key, version in want.items()
                  if (n := sum(rec.get(key) != version for rec in records)))
    return Staleness(len(records), stale)
