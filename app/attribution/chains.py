"""Source chains: for every sentence of a document, who the publishing outlet relays or quotes.

`find_chains(text, outlet, names)` returns one `SentenceChain` per sentence span of
`app.documents.chunk.split_sentences`. Two passes:

1. Each sentence alone (rules of `app/attribution/speech.py`): trailing relays ("…, PressTV reported"),
   "according to …", a speaker before a speech verb, attributions before or after quotation
   marks, pronouns and role nouns resolved to the last named person or publication. Quotation
   marks spanning several sentences give all of them the run's speaker; an unattributed quote
   right after a speaker's sentence keeps that speaker.
2. A relay stated at the top of the article ("…, the Al-Jazeera satellite TV network reported")
   carries over to following sentences, but only across gaps of at most `window` sentences
   between sentences that show the relay is still speaking (a quoted speaker, "the report adds").

spaCy is optional (`nlp`): used only when a speech verb's subject phrase gives no name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from app.attribution import disputing, documents, heard, narrated, phrases, pronoun_quote, relayed, speech, turns
from app.attribution.links import RELAYS, Link, Names, carried
from app.attribution.referents import described_only, named_bodies
from app.attribution.quotemarks import continues_quote, has_quotes, mask_quotes, open_after, quoted
from app.attribution.speaker_state import Entity, State, known_named, register
from app.attribution.speakers import Resolver
from app.text.sentences import Span, split_sentences

RELAY_WINDOW = 3  # sentences a top-of-article relay may bridge without evidence
TOP_SENTENCES = 3  # a relay counts as document-level when stated in the first body sentences


@dataclass(frozen=True)
class SentenceChain:
    start: int
    end: int
    links: tuple[Link, ...]


@dataclass
class _Sent:
    span: Span
    text: str
    para: int
    quote: bool = False  # starts with or inside quotation marks
    run: int | None = None  # id of a multi-sentence quotation
    links: tuple[Link, ...] = ()
    nested: tuple[Link, ...] = ()
    opens_relay: Entity | None = None
    subject: Entity | None = None
    unnamed: bool = False  # its speaker is a description that names no one ('“…,” the official said')
    narrative: bool = False  # its speaker only in a participle clause, none of their words (`narrated.narrates`)


class ChainFinder:
    def __init__(self, names: Names, nlp: Callable | None = None, window: int = RELAY_WINDOW) -> None:
        self.names, self.window = names, window
        self.resolver = Resolver(names, nlp)

    # -- public -------------------------------------------------------------------------
    def find(self, text: str, outlet: str) -> list[SentenceChain]:
        sents = _sentences(text)
        state, publisher = State(), outlet.casefold()
        body = 0
        for i, s in enumerate(sents):
            self._sentence(i, s, sents, state, publisher)
            if s.text.rstrip().endswith((".", "!", "?", "”", '"')):
                body += 1
            if s.opens_relay and body <= TOP_SENTENCES and state.top_relay is None:
                state.top_relay = s.opens_relay
            elif s.opens_relay and state.top_relay is None:
                s.opens_relay = None
        self._carry_relay(sents, state, publisher)
        return [SentenceChain(s.span.start, s.span.end, _dedupe(narrated.narrated(s.links) if s.narrative else s.links))
                for s in sents]

    # -- pass 1: one sentence -------------------------------------------------------------
    def _sentence(self, i: int, s: _Sent, sents: list[_Sent], state: State, publisher: str) -> None:
        outside = mask_quotes(s.text, _open_at_start(s))
        inside = quoted(s.text, _open_at_start(s))
        tag = turns.split_tag(i, sents)
        own, trail, main = self._own(i, s.text, outside, state, publisher, tag,
                                     lambda verb: turns.leads_in(i, sents, verb), _open_at_start(s))
        s.unnamed = not own and main is not None and described_only(main.phrase)
        s.narrative = bool(own) and s.run is None and not speech.according(outside) and narrated.narrates(s.text)
        said = [] if turns.introduces(i, sents, main, own) else heard.carry(own, state.heard, state)
        nested: list[Entity] = []
        for m in speech.according(inside):
            nested += self.resolver.resolve(m, i, state, publisher)
        lead = speech.leading(inside) if s.quote else None
        if lead and lead.kind == "subject" and speech.quotes_words(inside, lead):  # 'The world tells Israel, …'
            nested += self.resolver.resolve(replace(lead, medium=None), i, state, publisher)
        s.links = _dedupe(tuple(e.link() for e in [*said, *nested]))
        s.links = s.links or pronoun_quote.quoting(i, sents, state.people)  # 'He pointed to … “…”' after his quote
        s.nested = tuple(link for link in _dedupe(tuple(e.link() for e in nested))
                         if link in s.links[len(s.links) - len(nested):])
        if own and own[0].kind == "outlet" and not own[0].disputed and not s.quote \
                and (trail or main is None or main.verb.startswith("report")):
            s.opens_relay = own[0]
        if own or s.run is None or i + 1 == len(sents) or sents[i + 1].run != s.run:  # a run's speaker may come later
            state.heard = heard.heard(said, outside, lambda p: self.resolver.medium(p, i, state), publisher)
        chain: list[Link] = []
        for e in [*said, *nested]:
            if e.kind == "outlet":
                state.outlets.append((i, Entity(e.name, e.kind, tuple(chain), e.described)))
            chain.append(e.link())
        self._quotes(i, s, sents)
        if tag and s.links:  # '“…?” | Justice Ginsburg asked.': the quote split off before its attribution
            for x in sents[:i]:
                if x is sents[i - 1] or sents[i - 1].run is not None and x.run == sents[i - 1].run:
                    x.links = s.links
        self._remember(i, s, [*own, *nested], state)

    def _own(self, i: int, text: str, outside: str, state: State, publisher: str, tag: bool = False,
             leads_in: Callable[[str], bool] = lambda verb: False, inside: bool = False):
        """The sentence's own speakers (trailing relay, then the speaker of its speech verb or quote,
        else 'according to' sources), with the trailing and main mentions found. `inside`: the sentence
        starts inside a quotation, so its first quote mark closes it and no speech verb comes before it
        ('…answer the 911 calls," Chief Daniel Ortiz said.': 'calls' is quoted, Ortiz speaks)."""
        main = (None if inside else speech.pre_quote(text)) or speech.post_quote(text) if has_quotes(text) else None
        if tag:
            main = speech.post_quote(speech.CLOSE_Q + " " + text)
        quoting, trail = relayed.unquoted(outside) if main is None else (None, speech.trailing(outside))
        own: list[Entity] = self.resolver.resolve(trail, i, state, publisher) if trail else []
        main = main or (quoting[0] if quoting else speech.leading(outside[: _trail_start(outside, trail)]))
        main, cited = relayed.split_cited(main, quoting)
        speaker = self.resolver.resolve(main, i, state, publisher) if main else []
        if main and main.kind == "weak" and not (speaker and speaker[-1].kind == "outlet") and not leads_in(main.verb):
            speaker = []
        if main and not speaker and main.kind == "subject" and self.resolver.nlp is not None \
                and narrated.parser_may_name(main):  # not 'A former NSA official told', nor '…, insisting that'
            speaker = self.resolver.spacy_speaker(text, main.verb, i, state, publisher)
        if speaker and main and not speech.according(main.phrase) and disputing.disputes(outside, main.verb):
            # 'X claimed that P, which is not true'; not 'According to X, …'
            speaker[-1] = replace(speaker[-1], disputed=True)
        own += speaker
        own = relayed.chain(own, outside, main if speaker else trail, cited, lambda m: self.resolver.resolve(
            m, i, state, publisher))  # 'According to X, Y said', 'X, citing Y, reported': both links
        if not speaker:
            for m in speech.according(outside):
                own += self.resolver.resolve(m, i, state, publisher)
        return own, trail, main

    def _quotes(self, i: int, s: _Sent, sents: list[_Sent]) -> None:
        """Quotation runs share their speaker; an unattributed quote inherits the previous speaker."""
        if not s.quote and s.run is None:
            return
        if s.run is not None and open_after(s.text, s.quote) and i + 1 < len(sents) and sents[i + 1].run == s.run:
            return  # the run's speaker may still come at its end
        group = [x for x in sents[: i + 1] if x.run == s.run] if s.run is not None else [s]
        outer = next((_outer(x) for x in group if _outer(x)), ())
        if not outer and not any(x.unnamed for x in group):  # '“…,” the official said': no one named speaks
            outer = self._inherit(sents, i - len(group) + 1)
        # a publication relayed at the quotation's start ('“According to the Iran News Update website, …')
        # frames the whole quotation; a person it names ('“The problem, Mr. Sellers says, …') only that sentence
        carried = tuple(link for link in group[0].nested if link.role == RELAYS)
        for x in group:
            x.links = _dedupe((*outer, *carried, *x.nested))

    def _inherit(self, sents: list[_Sent], first: int) -> tuple[Link, ...]:
        if first == 0:
            return ()
        prev = sents[first - 1]
        if (prev.text.rstrip().endswith(":") or prev.text.lstrip().startswith("According to")) and prev.links:
            return prev.links  # 'Politico reports:' / 'According to X at Vanity Fair, …' and a block quote below it
        if prev.quote and prev.links:
            return _outer(prev) or prev.links
        if mask_quotes(prev.text, _open_at_start(prev)).rstrip().endswith("?"):
            return _answerer(sents, first - 1)  # 'Governor Pence? “Solid as a rock.”': the interviewee answers
        if prev.para == sents[first].para and prev.subject is not None and prev.subject.kind == "person":
            return (*carried(prev.links), prev.subject.link())  # a disputed subject's next quote is their own
        return ()

    def _remember(self, i: int, s: _Sent, found: list[Entity], state: State) -> None:
        masked = mask_quotes(s.text, _open_at_start(s))
        named = set()
        found_runs = phrases.runs_after(masked)
        for k, (_, tokens) in enumerate(found_runs):
            full = self.names.strip_titles(" ".join(tokens))
            if phrases.is_personal(full.split()) and not self.names.lookup(full):
                prev, key = found_runs[k - 1][1] if k else [], self.names.surname(full)
                if found_runs[k][0] == "and" and len(prev) == 1 and len(full.split()) == 2:
                    register(f"{prev[0]} {key}", key, state)  # 'Hillary and Bill Clinton'
                register(full, key, state)
                named.add(full)
            elif self.names.titled(" ".join(tokens)) and phrases.is_named([full]) and full not in state.surnames:
                state.surnames[full] = full  # 'President Trump … Trump said': a titled surname is a person's
        persons = [e for e in found if e.kind == "person"]
        subject = persons[-1] if persons else None
        if masked.rstrip().endswith("?"):
            subject = None  # 'Governor Christie?': an interviewer's question names a topic, not a speaker
        elif subject is None and not phrases.opens_with_reference(masked):
            subject = self.resolver.first_person(masked, state)  # not when 'He …', 'The senator …' leads
        if subject is not None and persons:
            links = [e.link() for e in found]
            subject = Entity(subject.name, "person", tuple(links[: links.index(subject.link())]))
        s.subject = subject
        if subject is None and not phrases.opens_with_reference(masked):  # 'he' may be a person only named
            for name in sorted(named, key=masked.rfind):
                state.people.mention(name, state.people.recent.get(name) or Entity(name, "person"))
        if subject is not None:
            state.last_person = subject
            state.people.mention(subject.name, subject)
            alone = not (named | known_named(masked, state)) - {subject.name}
            state.people.learn(subject.name, masked, alone, subject.described)
        self.resolver.note_roles(masked, found, i, state)
        state.bodies += named_bodies(masked, found, self.names, state)  # 'the agency' may refer back
        state.documents += documents.noted(masked, found, lambda p: self.resolver.phrase(p, i, state))

    # -- pass 2: a relay at the top of the article carries over -----------------------------
    def _carry_relay(self, sents: list[_Sent], state: State, publisher: str = "") -> None:
        relay = state.top_relay
        start = next((i for i, s in enumerate(sents) if relay is not None and s.opens_relay is relay), None)
        if start is None or sents[start].text.rstrip().endswith(":"):  # 'Politico reports:' relays its block quote
            return
        last = start
        for i in range(start + 1, len(sents)):
            if i - last > self.window + 1 or publisher and publisher in sents[i].text.casefold():
                break  # 'Nova Ilmor was unable to reach her', 'told Nova Ilmor': the outlet's own reporting resumes
            if sents[i].links:
                for j in range(last + 1, i + 1):
                    if all(l.name != relay.name for l in sents[j].links):
                        sents[j].links = (relay.link(), *sents[j].links)
                last = i


def find_chains(text: str, outlet: str, names: Names, nlp: Callable | None = None) -> list[SentenceChain]:
    return ChainFinder(names, nlp).find(text, outlet)


# -- helpers --------------------------------------------------------------------------------
def _sentences(text: str) -> list[_Sent]:
    out: list[_Sent] = []
    para, prev_end, open_run, run_id = 0, 0, False, 0
    for span in split_sentences(text):
        if "\n" in text[prev_end : span.start]:
            para += 1
            open_run = open_run and continues_quote(text, span.start)
        sentence = text[span.start : span.end]
        starts_quoted = open_run or sentence.lstrip()[:1] in ("“", '"')
        s = _Sent(span, sentence, para, quote=starts_quoted)
        still_open = open_after(sentence, open_run)
        if open_run or (still_open and not open_run):
            if not open_run:
                run_id += 1
            s.run = run_id
        open_run = still_open
        out.append(s)
        prev_end = span.end
    return out


def _answerer(sents: list[_Sent], question: int, reach: int = 4) -> tuple[Link, ...]:
    """After an interviewer's question, the speaker of the last quotation before it (within `reach`
    sentences); a question names its topic, never the one who answers."""
    for k in range(question - 1, max(question - 1 - reach, -1), -1):
        if sents[k].quote and sents[k].links:
            return _outer(sents[k]) or sents[k].links
    return ()


def _open_at_start(s: _Sent) -> bool:
    """Inside a quotation when the sentence starts: a leading straight quote mark opens one itself."""
    return s.quote and not s.text.lstrip().startswith('"')


def _outer(s: _Sent) -> tuple[Link, ...]:
    return tuple(link for link in s.links if link not in s.nested)


def _trail_start(text: str, trail) -> int:
    if trail is None:
        return len(text)
    return text.rfind(",", 0, text.rfind(trail.phrase) + 1) if trail.phrase in text else len(text)


def _dedupe(links: tuple[Link, ...]) -> tuple[Link, ...]:
    out: list[Link] = []
    for link in links:
        if all(link.name != o.name for o in out):
            out.append(link)
    return tuple(out)
