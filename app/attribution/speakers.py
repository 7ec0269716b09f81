"""Speakers: turn a speaker phrase into a named source (outlet, person or body).

"former MKO member, Hassan Heyrani," → Hassan Heyrani (person); "the Al-Jazeera satellite TV network" → Al Jazeera
(outlet, via the alias table); "Bolton" → John Bolton (a surname seen earlier); "he", "the commander" → the last named
person; "the paper", "this outlet" → the publication named most recently (or described with that noun). Used by
`app/attribution/chains.py`; what the article has named so far is `speaker_state.State`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.attribution import documents, phrases, referents, relative, speech, unnamed
from app.attribution.lexicon import PREPOSITIONS, PUBLICATION_NOUNS, SUBJECT_PRONOUNS
from app.attribution.media import determined, kind_named, titled_name, writer_at
from app.attribution.links import RELAYS, Names
from app.attribution.officer import owns_title
from app.attribution.speaker_state import Entity, State, after_name, apposition, by_surname, role_words


PAIR_REACH = 2  # sentences after a pair of subjects that 'they said' may still name both
_NAME = r"(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*"
_PAIR = re.compile(rf"^\s*({_NAME})\s+and\s+({_NAME})\s+(?:[a-z]+ly\s+)?[a-z]")  # 'Mr. Udall and Mr. Wyden released'


class Resolver:
    """Turns a speaker phrase into the source it names, reading what the article has named so far (`State`)."""

    def __init__(self, names: Names, nlp: Callable | None = None) -> None:
        self.names, self.nlp = names, nlp

    def first_person(self, text: str, state: State) -> Entity | None:
        runs = [t for t in phrases.subject_runs(text) if not t[-1].endswith(("’s", "'s"))]  # 'Lind's office'
        for tokens in [t for t in runs if not owns_title(text, t, self.names.titles)]:  # 'Port Ellery mayor Ana Berg'
            name = self.names.strip_titles(" ".join(tokens))
            if phrases.is_personal(name.split()) and not self.names.lookup(name):
                return Entity(name, "person")
            if name in state.surnames or self.names.titled(" ".join(tokens)) and phrases.is_named([name]):
                return Entity(by_surname(" ".join(tokens), name, state), "person")  # 'Mr. Hunter was …'
        return None

    def resolve(self, m: speech.Mention, i: int, state: State, publisher: str) -> list[Entity]:
        out: list[Entity] = []
        medium = self.medium(m.medium, i, state) if m.medium else None
        at = writer_at(m.phrase) if m.kind == "according" or m.verb.startswith("report") else None
        if at:  # 'According to Peter Keating at Vanity Fair': relaying the publication, quoting its writer
            medium, m = Entity(at[1], "outlet"), replace(m, phrase=at[0])
        if medium is not None:
            out.append(medium)
        who = self.pair(m.phrase, i, state) or self.phrase(m.phrase, i, state)
        if m.verb.startswith("report") and (who is None or who.kind == "person" and determined(m.phrase)):
            who = self._reporter(m.phrase) or who
        if who is not None and who.kind == "body" and m.verb.startswith("report"):
            who = Entity(who.name, "outlet", who.prefix, who.described)
        if who is not None:
            before = [Entity(l.name, "outlet" if l.role == RELAYS else "person") for l in who.prefix]
            out = [*before, *out, who]
        return [e for e in out if e.name.casefold() != publisher and not _is_publisher(e, publisher, self.names)]

    def phrase(self, phrase: str, i: int, state: State) -> Entity | None:
        phrase = relative.head_only(phrase.strip(" ,"))
        exact = self.names.exact(phrase)
        if exact:
            return Entity(exact[0], exact[1], described=phrase)
        joint = self._joint(phrase, state) or self._subject_pair(phrase, state)
        if joint is not None:
            return joint
        author = phrases.author_of(phrase)  # 'the statement …, from Dr. Lisa Bardack,': the author speaks
        if author:
            return self.phrase(author, i, state)
        decided, found = self._opening(phrase, state)  # then 'the University of Denver law professor' (described so)
        if decided or (found := referents.described_person(phrase, state)):
            return found
        segs = [seg for seg in phrases.segments(phrase) if not phrases.description(seg)]
        if not segs:  # 'the Illinois Democrat': whom the article described so, not a name
            return self._referred(phrase, i, state)
        found = self._segment_name(segs, phrase, state)
        if found:
            return found
        known = self.names.lookup(phrase)
        if known:
            return Entity(known[0], known[1], described=phrase)
        if office := referents.institution(phrase):  # 'the U.S. Attorney’s Office', not a person 'Southern District'
            return office
        personal = [t for seg in phrases.named_in(phrase, self.names.titles) for t in phrases.subject_runs(seg, True)
                    if phrases.is_personal(t) or phrases.is_personal(self.names.strip_titles(" ".join(t)).split())]
        if personal:
            name = self.names.strip_titles(" ".join(personal[-1]))
            if len(name.split()) >= 2 or self.names.titled(" ".join(personal[-1])):  # 'Mr. Bush', 'Sen. Toomey'
                return Entity(by_surname(" ".join(personal[-1]), name, state), "person", described=phrase)
        for tokens in phrases.runs(phrase):
            if len(tokens) == 1 and tokens[0] in state.surnames:
                return Entity(state.surnames[tokens[0]], "person", described=phrase)
        if phrases.spokesperson_of(phrase):  # 'a spokesperson for Google', 'a Microsoft spokesperson': the owner in it
            return unnamed.speaker(phrase, state)
        outlets = [t for t in phrases.runs(phrase) if len(t) >= 2 and phrases.guess_kind(t) == "outlet"]
        if outlets:  # 'slides … obtained by the Washington Post', 'The Washington Post’s editorial board'
            return Entity(re.sub(r"[’']s$", "", " ".join(outlets[-1])), "outlet", described=phrase)
        return referents.named_body(phrase, state) or self._referred(phrase, i, state)  # 'Wal-Mart', a retailer

    def _segment_name(self, segs: list[str], phrase: str, state: State) -> Entity | None:
        """The last segment that is wholly a name ('Senate Minority Whip Dick Durbin'), or a body's name with 'and'."""
        for seg in reversed(segs):
            r = phrases.subject_runs(seg, after_article=True)  # never 'Speaking in the Rose Garden'
            if len(r) == 1 and len(r[0]) == len([w for w in seg.split() if w.casefold() not in phrases.STOP_WORDS]):
                found = self._name(r[0], state, phrase)
                if found:
                    return found
            elif body := phrases.body_name(seg):
                return Entity(body, "body", described=phrase)
        return None

    def _opening(self, phrase: str, state: State) -> tuple[bool, Entity | None]:
        """(decided, source) from how the phrase opens: a pronoun subject ('He was considered …, and
        told'), a first-person one inside a quote ('…, I would say'), a name before a verb ('Hunter
        echoed President Donald Trump and')."""
        lead = phrases.words_of(phrase)[:1]
        if lead and lead[0].casefold() in phrases.PRONOUNS:
            return True, state.people.antecedent(lead[0])
        segs = phrases.segments(phrase)
        last = phrases.words_of(segs[-1] if segs else phrase)[:1]
        if last and last[0].casefold() in ("i", "we", "you", "they", "it"):
            return True, None  # 'And if Trump v. Clinton arises in the fall, I would say': no name here speaks
        opener = phrases.runs_after(segs[-1]) if segs else []
        if opener and not opener[0][0] and len(phrases.runs(phrase)) > 1 \
                and not owns_title(segs[-1], opener[0][1], self.names.titles):  # not 'Brightwell Foods' spokeswoman
            raw = " ".join(opener[0][1])
            name = self.names.strip_titles(raw)
            if name in state.surnames or phrases.is_personal(name.split()) and not self.names.lookup(name):
                return True, Entity(by_surname(raw, name, state), "person", described=phrase)
        return False, None

    def _referred(self, phrase: str, i: int, state: State) -> Entity | None:
        """A role noun or pronoun ('the chief justice', 'she', 'the paper'), a document, or an unnamed source."""
        if author := documents.referred(phrase, state):  # 'the statement said': who the article said issued it
            return author
        if owned := referents.owned_role(phrase):  # 'her doctor said': whom the article described as a doctor
            return state.by_role(owned)
        if body := referents.spokes_body(phrase, state):  # 'an agency spokesperson told HuffPost'
            return body
        role = phrases.role_of(phrase)
        if role == "person":
            pronoun = phrases.pronoun_of(phrase)
            if pronoun:
                return state.people.antecedent(pronoun)
            words, generic = phrases.role_words(phrase), referents.generic_head(phrase)
            found = state.by_role(words) or (referents.generic_referent(generic, words, state) if generic
                                             else state.last_person)
            return found
        noun = referents.body_noun(phrase)  # 'the agency said': the body named with that noun or its kind
        body = referents.body_referent(noun, state) if noun else None
        if body is not None or noun and role != "publication":
            return body
        if described := unnamed.speaker(phrase, state):  # 'a senior administration official', 'the source'
            return described
        if role == "publication":
            return referents.publication(phrase, i, state)
        return None

    def pair(self, phrase: str, i: int, state: State) -> Entity | None:
        """'they said' right after a sentence whose subject is two named people: both speak (one link naming
        both, kind 'pair': no later 'he' or 'she' refers to it)."""
        lead = [w.casefold() for w in phrases.words_of(phrase)[:1]]
        if lead != ["they"] or state.pair is None or not 0 < i - state.pair_at <= PAIR_REACH:
            return None
        state.pair_at = i
        return state.pair

    def _joint(self, phrase: str, state: State) -> Entity | None:
        """'Sen. Ann Marsh and Sen. Paul Lind', 'Reps. John Loft, Andy Carr and Emma Cole': people who speak together,
        one link naming them all (kind 'pair', as `pair`); None unless every part is a person's name."""
        parts = [p for p in phrases.listed(phrase.strip(" ,"))
                 if phrases.words_of(p)[:1] not in (["a"], ["an"], ["the"])]  # 'Ann Marsh, a Democrat, and …'
        if len(parts) < 2 or " and " not in phrase:
            return None
        named = [self._name(found[0], state, part) if len(found := phrases.runs(part)) == 1
                 and len(found[0]) == len(part.split()) else None for part in parts]
        if not all(e is not None and e.kind == "person" for e in named):
            return None
        names = [e.name for e in named]
        return Entity(", ".join(names[:-1]) + " and " + names[-1], "pair")  # no role noun refers to a group

    def _subject_pair(self, phrase: str, state: State) -> Entity | None:
        """'On Friday, Mr. Udall and Mr. Wyden released a joint statement' (before 'saying', 'repeating that'): both
        speak (one 'pair' link, as `_joint`); not when a later subject takes over ('… met reporters, and he said')."""
        clause = phrases.undated((phrases.segments(phrase) or [""])[-1])
        m = _PAIR.match(clause)
        later = phrases.words_of(clause[m.end(2):]) if m else []
        return None if m is None or any(w.casefold() in SUBJECT_PRONOUNS or w[:1].isupper() for w in later) \
            else self._pair_of(m, state)

    def _pair_of(self, m: re.Match, state: State) -> Entity | None:
        """The two people `_PAIR` matched, as one 'pair' entity; None unless both are named people."""
        named = [self._name(phrases.runs(n)[0], state, n) for n in m.groups()]
        ok = all(e is not None and e.kind == "person" for e in named)
        return Entity(f"{named[0].name} and {named[1].name}", "pair") if ok else None

    def note_pair(self, masked: str, found: list[Entity], i: int, state: State) -> None:
        """Remember two people named as sentence i's subject ('On Friday, Mr. Udall and Mr. Wyden released a
        joint statement'); another person speaking or named as the subject ends the pair."""
        clause = next((p for p in masked.split(",") if phrases.words_of(p)[:1]
                       and phrases.words_of(p)[0].casefold() not in PREPOSITIONS), "")
        m = _PAIR.match(phrases.undated(clause))
        pair = self._pair_of(m, state) if m else None
        if pair is not None:
            state.pair, state.pair_at = pair, i
        elif any(e.kind == "pair" for e in found):  # 'Ms. Marsh and Mr. Lind said …': 'they' may follow
            state.pair, state.pair_at = next(e for e in found if e.kind == "pair"), i
        elif any(e.kind == "person" for e in found):
            state.pair = None

    def note_roles(self, masked: str, found: list[Entity], i: int, state: State) -> None:
        """Notes how the sentence describes each source ('Chief Justice John Roberts', 'a spokesperson for Google')."""
        self.note_pair(masked, found, i, state)
        for e in found:
            if e.described and not e.name.endswith(("’s", "'s")):
                state.describe(role_words(e.described, e.name), e)
        for _, tokens in phrases.runs_after(masked):
            name = self.names.strip_titles(" ".join(tokens))
            if name.endswith(("’s", "'s")):
                continue
            recent = state.people.recent
            person = recent.get(by_surname(" ".join(tokens), name, state)) or recent.get(name)
            if person is None:
                continue
            described = f"{' '.join(tokens)} {apposition(masked, tokens[-1])} {after_name(masked, tokens[-1])}"
            state.describe(role_words(described, name), person)

    def _name(self, tokens: list[str], state: State, phrase: str) -> Entity | None:
        name = " ".join(tokens)
        known = self.names.lookup(name)
        if known:
            return Entity(known[0], known[1], described=phrase)
        stripped = self.names.strip_titles(name)  # 'Senate Minority Whip Dick Durbin' → 'Dick Durbin'
        if phrases.is_personal(stripped.split()):
            return Entity(stripped, "person", described=phrase)
        titled = self.names.titled(name) and len(stripped.split()) == 1
        if stripped in state.surnames or titled and phrases.is_named(stripped.split()):
            return Entity(by_surname(name, stripped, state), "person", described=phrase)
        kind = phrases.guess_kind(tokens)
        if kind == "body" and phrases.runs(phrase) != [tokens]:
            return None  # an acronym is a speaker only when it is the whole phrase ("the BBC")
        return Entity(re.sub(r"[’']s$", "", name), kind, described=phrase) if kind else None  # not 'Commission's'

    def _reporter(self, phrase: str) -> Entity | None:
        """'Politico reports', 'the Washington Examiner reported', 'Hollo FM, a radio station, reported': a name (no
        person, no institution) that reports is an outlet."""
        parts = phrases.segments(phrase)
        last = parts[-1] if parts else ""
        if len(parts) == 2 and last.split()[0].casefold() in ("a", "an"):
            last = parts[0]  # 'Hollo FM, a local radio station, reported': the name its apposition describes
        titled = _PUBLICATION_NAMED.search(last)
        if titled:  # 'state broadcaster KRT reported', 'according to the newsletter PharmaWatch, which quoted'
            return Entity(titled.group(1).strip(), "outlet", described=phrase)
        found = phrases.runs(last)
        content = [w for w in last.split() if w.casefold() not in phrases.STOP_WORDS]
        if len(found) == 1 and len(found[0]) == len(content) and phrases.is_named(found[0]) \
                and (not phrases.is_personal(found[0]) or determined(phrase)):
            return Entity(titled_name(found[0], phrase), "outlet", described=phrase)
        return None

    def medium(self, phrase: str, i: int, state: State) -> Entity | None:
        """The outlet in 'told Politico', 'told the outlet' (the one named just before), 'in an
        op-ed for The Hill': a known outlet, or a capitalised name that is no person or institution."""
        known = self.names.lookup(phrase)
        if known:
            return Entity(known[0], "outlet", described=phrase) if known[1] == "outlet" else None
        if phrases.role_of(phrase) == "publication":
            return referents.publication(phrase, i, state)
        found = phrases.runs(phrase)
        if not found or phrases.guess_kind(found[0]) == "body" or found[0][-1] in state.surnames \
                or found[0][-1].endswith(("’s", "'s")):  # told Israel’s parliament
            return None
        word = found[0][0].casefold()
        named = [e for _, e in state.outlets if len(found[0]) == 1 and phrases.guess_kind(found[0]) == "outlet"
                 and word in e.name.casefold().split()]
        if named:  # 'to the Post' after 'The Washington Post reported'
            return named[-1]
        if phrases.guess_kind(found[0]) == "outlet" or kind_named(phrase, found[0]) \
                or not phrases.is_personal(found[0]) and phrases.is_named(found[0]):
            return Entity(titled_name(found[0], phrase), "outlet", described=phrase)
        return None

    def spacy_speaker(self, text: str, verb: str, i: int, state: State, publisher: str) -> list[Entity]:
        from app.attribution.parse import subject_phrases

        for phrase in subject_phrases(self.nlp, text, verb):
            found = self.phrase(phrase, i, state)
            if found is not None and found.name.casefold() != publisher:
                return [*[Entity(l.name, "outlet") for l in found.prefix], found]
        return []


_PUBLICATION_NAMED = re.compile(rf"\b(?i:{'|'.join(sorted(PUBLICATION_NOUNS))})\s+((?:[A-Z][\w’'&\-]*\s*){{1,4}})$")


def _is_publisher(e: Entity, publisher: str, names: Names) -> bool:
    return (known := names.lookup(publisher)) is not None and known[0].casefold() == e.name.casefold()
