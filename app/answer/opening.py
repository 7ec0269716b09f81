"""Which quote opens a plain answer, and which close ones follow it (pure functions of the ranking).

The best-scoring sentence often restates the question's topic: an article's lead names the story's subject and so
resembles every question about it. The sentence that answers names the act the question asks about (`acts.py`): "Was
anyone removed …" → "… the sergeant-at-arms was called to remove a protester". So a plain answer opens with the best
quote that names the act, with an answer of the type asked (a date as precise as "when / on what day" asks, a place
"where" does not already name, a figure of what "how many" counts, a person "who" does not name), when the best one does
not and it scores within ACT_MARGIN of it. Further quotes corroborate from other outlets and answer closely (within
CLOSE of the best); after a quote the act chose, only those that answer as it does (the act and the time or place
asked). A question about what X said ("According to X, …") opens with the close quote in X's voice when the best one is
not (`speaker_first`); "What did X ask Y to do?" with the close quote naming a request (`request_first`); a reported
question ("“Is it true …?” he asked") asserts nothing: it opens an answer only when no close quote asserts something
(`asserts_first`), and corroborates none. "Which <things> …" opens with the close quote that lists names ("from Zambia
and Zimbabwe", `names_first`), "How long ago / did … last" with the one that gives a span of time (`duration_first`), a
question repeating someone's label ("called H.R. 1 a massive federal government takeover") with the one that holds it
(`phrase_first`), when the best one, a lead restating the topic, does not. Only the plain answer's quotes change, not
the scores that decide abstention and disagreement: these rules sit after `sides.pick`'s pools, so they move no margin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import partial

from app.answer.acts import around_act, asks_prospect, names_act
from app.answer.aspect import drops_phase, phase_asked
from app.answer.changed import change_first, change_grown
from app.answer.asked import Asked
from app.answer.about_first import about_first
from app.answer.dates import gives_time
from app.answer.denied_first import YES_NO, denied_first
from app.answer.holders import holder_first
from app.answer.levels import asks_level, gives_level, level_first
from app.answer.listed import lists_names
from app.answer.openers import (ACT_MARGIN, REASON, asserts_first, charge_first, define_first, duration_first,
                                first_close, measure_first, names_first, reason_first, request_first, tally_first)
from app.answer.parts import added, part_first, part_grown
from app.answer.patient import other_object
from app.answer.persons import answers_who, asks_person, asks_speaker_of, others_act
from app.answer.supposed import act_supposed
from app.answer.phrases import label_asked, labelled_by, repeats_phrase
from app.answer.places import gives_place
from app.answer.price_first import price_first
from app.answer.role_holder import role_holder_first
from app.answer.shares import answers_share, share_first, share_given
from app.answer.select import Quote, speaker_match
from app.answer.source_asked import responder
from app.answer.speaks import ANSWER_BACK
from app.answer.signals import counts_asked, figure_answers
from app.answer.verb_forms import opposite
from app.answer.words_first import words_first
from app.answer.year_first import year_first
from app.attribution.contradict import negated, question_quote
from app.attribution.figures import figures, same_figure
from app.attribution.speech import STRONG, WEAK, leading
from app.text.terms import per_text, stem

# "Why …?" asks a reason: a quote naming the act opens the answer only when it gives one ("did not offer … because
# Mr. Emanuel wanted him to stay"), not when it only names the act ("justices must step aside from cases where …").
_WHY = re.compile(r"\W*why\b", re.I)
TYPE_WORDS = 12  # words between the act and the time or place that answers "when" / "where" about it


def act_first(ask: Asked, question: str, ranked: Sequence[Quote], kin: bool = False) -> int:
    """The position of the quote a plain answer opens with: 0 (the best), unless it does not name the
    act asked about with an answer of the type asked beside it, and one within ACT_MARGIN does (its score with the
    `lift` of what its anaphor stands for, `anaphora`), not only in a condition ("if they allowed …", `supposed`). When
    none gives the place asked, a quote naming the act still comes before one that does not (not so for a time: "it was
    first announced …" is another event than the one "on what day" asks about). A how-many question with no act parsed
    opens with the first quote within ACT_MARGIN whose figure answers, when the best one's does not. When the best quote
    answers a yes/no question no (`says_no`), only a quote that says no too opens before it; when it gives the
    proportion a "what share / what tax rate" question asks for the years asked (`shares.share_given`), none does."""
    prospect = asks_prospect(question)
    if asks_speaker_of(question):
        return 0  # "Who said …": the best quote of the words asked about, its label names who (not the act parsed)
    if not ask.acts and ask.figure and ranked and not figure_answers(ask, ranked[0].text):  # no act: the figure answers
        return first_close(ranked, lambda q: figure_answers(ask, q.text))
    if not ask.acts or not ranked or _answers(ask, question, ranked[0], prospect, figure=False, kin=kin) \
            or _says_otherwise(ask.acts, ranked[0].text) or share_given(question, ranked[0].text):
        return 0  # the best quote's figure (or proportion asked) is not second-guessed ("eight years" no rule reads)
    floor, why = ranked[0].score - ACT_MARGIN, _WHY.match(question) is not None
    no = says_no(ask, question, ranked[0].text)  # the best quote answers no: only a quote saying no too opens before it
    found = next((i for i, q in enumerate(ranked) if q.score + q.lift >= floor and (not why or REASON.search(q.text))
                  and not drops_phase(phase_asked(question), ranked[0].text, q.text)  # "stop delivering": `aspect`
                  and (not no or says_no(ask, question, q.text) or _says_otherwise(ask.acts, q.text))
                  and _answers(ask, question, q, prospect, kin=kin) and not others_act(question, ask.acts, q.text)
                  and not act_supposed(ask.acts, q.text)
                  and not other_object(question, ask.acts, ranked[0].text, q.text)), None)
    if found is None and asks_person(question):  # "Who paid for …": the agent of the act's passive names who
        found = next((i for i, q in enumerate(ranked) if q.score >= ranked[0].score - AGENT_MARGIN
                      and by_agent(ask.acts, q.text)), None)
    if found is not None or not ask.place:
        return found or measure_first(ask, ranked)  # "What does a V2 cost?": "which retails for $649"
    return next((i for i, q in enumerate(ranked) if q.score >= floor
                 and _answers(ask, question, q, prospect, typed=False, kin=kin)), 0)


# "… paid for by nonprofit conservative advocacy group Secure America Now": the act's participle, "by", a name within a
# few words (its description before it)
_BY_AGENT = r"(?:\s+(?:for|out|up|off|down))?,?\s+by\s+(?:[\w’'-]+\s+){0,6}?(?-i:[A-Z])"
AGENT_MARGIN = 2 * ACT_MARGIN  # a passive's agent answers "who" by its grammar: it opens from further down


def by_agent(acts: Sequence[str], text: str) -> bool:
    """`text` names who did an act asked about as the agent of its passive ("The ad, paid for by … Secure America
    Now" for "Who paid for the ad …?"), the question's past form being the participle."""
    return any(re.search(rf"\b{re.escape(a)}{_BY_AGENT}", text, re.I) for a in acts)


def _says_otherwise(acts: Sequence[str], text: str) -> bool:
    """`text` reports the opposite of an act asked about ("Those firms have denied …" for "Did the companies
    confirm …?", `verb_forms.opposite`): the answer is no, and the quote that says so keeps the opening."""
    held = {stem(w) for w in re.findall(r"[a-z]+", text)}
    return any(held & opposite(a) for a in acts)



def says_no(ask: Asked, question: str, text: str) -> bool:
    """A yes/no question's quote negates what it asks (a negation within a few words of a question term,
    `contradict.negated`: "the White House for three months had refused to discuss it" for "Was the White House
    willing to talk about the Sestak job offer?"): it answers no, and keeps the opening from a lower quote that
    names the act, most often of another event ("asked Bill Clinton to talk to Rep. Joe Sestak")."""
    return YES_NO.match(question) is not None and negated(text, ask.terms)


def by_kin(ask: Asked, question: str, ranked: Sequence[Quote]) -> bool:
    """No quote within ACT_MARGIN of the best names the act by the question's own verb, so a verb of its
    family names it ("When did Clinton talk to Sestak?": "Clinton called him last summer", `verb_forms`);
    when one does ("adopted" for "adopt"), the question's word decides, as before."""
    floor = ranked[0].score - ACT_MARGIN if ranked else 0.0
    prospect = asks_prospect(question)
    return not any(names_act(ask.acts, q.text, prospect, runs=q.runs) for q in ranked if q.score >= floor)


def _answers(ask: Asked, question: str, q: Quote, prospect: bool, figure: bool = True, typed: bool = True,
             kin: bool = False) -> bool:
    """The quote's text names the act (by a verb of its family too when `kin`) and, when the question asks "when / on
    what day", a time as precise as that within TYPE_WORDS of it ("passed … on Friday", not "which passed
    234-193, was … in the 2018 elections"); when it asks "where / in which city", a place it does not name
    ("adopted … in Kansas City", `places.py`); when it asks "how many / how much", a figure of what it
    counts; when it asks "who / whom", a person it does not name anywhere in it (`persons.py`: "… and his
    wife, Margaret Hunter, were indicted"); when it asks "what share / what tax rate", a proportion (`shares.py`).
    `typed` False: the act alone, whatever place or person is asked."""
    text = q.text
    near = around_act(ask.acts, text, prospect, TYPE_WORDS, kin=kin, runs=q.runs)
    return bool(near) and (not ask.date or any(gives_time(question, w) for w in near)) \
        and (not (typed and ask.place) or any(gives_place(question, w) for w in near)) \
        and (not (typed and asks_person(question)) or answers_who(question, ask.acts, text)) \
        and (not (figure and ask.figure) or figure_answers(ask, text)) \
        and (not typed or answers_share(question, text))


def grown(ask: Asked, question: str, ranked: Sequence[Quote]) -> list[Quote]:
    """`ranked` with a quote that does not answer a when / where / how many / who question (`_answers`) as its grown
    form (`Quote.grown`: joined with the neighbour sentence whose own quote it overlapped) when the sentence it adds
    answers: "The comment comes less than 48 hours after …" grows to "In a tweet on Friday night, Trump said … The
    comment comes …" for "When did Trump tweet …?", the sentence that dates the tweet no longer lost beside a better
    one. Scores stay: no margin moves, only the quote's words."""
    typed = ask.date or ask.place or ask.figure or asks_person(question)
    if all(q.grown is None for q in ranked):
        return list(ranked)
    ranked = change_grown(question, ranked)  # "How much has the habitat shrunk": the neighbour naming the habitat
    if not (ask.acts and typed):
        return part_grown(ask, question, ranked)  # "How many of …": the neighbour sentence that counts the part
    prospect = asks_prospect(question)
    return [q.grown if q.grown is not None and not _answers(ask, question, q, prospect)
            and _answers(ask, question, added(q, q.grown), prospect) else q for q in ranked]


def plain_order(ask: Asked, question: str, ranked: Sequence[Quote], close: Sequence[int], most: int) -> list[int]:
    """Positions of a plain answer's quotes: the opening one (`names_first`, …, `denied_first`, `about_first`,
    `act_first`, else `speaker_first`, …, `asserts_first`), then close ones from other outlets that assert something, up
    to `most`; after X's words for "What did X say", none another named source speaks. When the act chose the opening
    quote, or the best one gives the time, place or figure asked beside the act, a further one must answer as it does
    (`_answers`) or give the same count in other words (`_same_count`): a lead that only restates the topic adds no
    answer; after a list of names (`names_first`), only another list. A yes/no question's corroboration is kept."""
    kin = by_kin(ask, question, ranked)
    listed = names_first(question, ranked)
    own = partial(in_voice, ask)  # a quote in the voice of the source asked about
    first = listed or duration_first(question, ranked) or phrase_first(question, ranked, ask) \
        or charge_first(question, ranked) or define_first(question, ranked) or part_first(ask, question, ranked) \
        or change_first(question, ranked) or level_first(ask, question, ranked) or holder_first(ask, question, ranked) \
        or price_first(question, ranked) or year_first(ask, question, ranked) or share_first(question, ranked) \
        or tally_first(ask, question, ranked) or role_holder_first(question, ranked) \
        or denied_first(ask, question, ranked, close) or about_first(ask, question, ranked, close, own) \
        or act_first(ask, question, ranked, kin) or reason_first(question, ranked, ask.acts, own) \
        or speaker_first(ask, ranked) or response_first(question, ranked) or words_first(ask, question, ranked)
    kept, prospect = [first or request_first(question, ranked) or asserts_first(ranked)], asks_prospect(question)
    typed = ask.date or ask.place or ask.figure or asks_person(question)  # when/where/how many/who: not the act alone
    answered = bool(first) or (typed and bool(ask.acts) and bool(ranked)
                                and _answers(ask, question, ranked[0], prospect, kin=kin))
    voiced = ask.said and bool(ask.speakers) and bool(ranked) and in_voice(ask, ranked[kept[0]])
    speaker_asked = asks_speaker_of(question)
    leveled = asks_level(ask, question) and bool(ranked) and gives_level(ask, question, ranked[kept[0]].text)
    for j in close:
        if len(kept) >= most:
            break
        if voiced and not in_voice(ask, ranked[j]) and (ranked[j].links or not _names_asked(ask, ranked[j].text)):
            continue  # X's words asked and opening: another source's words, or narration not naming X, add none
        if listed and not lists_names(question, ranked[j].text):
            continue  # after a list of the names asked for, only another list answers as it does
        if leveled and not gives_level(ask, question, ranked[j].text):
            continue  # after the figure of the level asked ("state taxes"), only another such figure answers
        if speaker_asked and not ranked[j].links and leading(ranked[j].text) is None:
            continue  # "Who said …": a further quote answers only with a speaker, in its label or as its subject
        if not listed and answered and not _answers(ask, question, ranked[j], prospect, kin=kin) \
                and not _same_count(ask, ranked[first].text, ranked[j].text):
            continue
        if all(ranked[j].outlet != ranked[k].outlet for k in kept) and not question_quote(ranked[j].text):
            kept.append(j)
    return kept


# How a responder answers: a verb of saying, denying or defending with the responder as its subject's words. Narrower
# than `speaks._SAY` on purpose: that asks only whether X speaks at all ("praised", "vowed", "found" are no answer
# to a charge); "condemned" answers one and is no verb of saying there
_RESPONDS = re.compile(rf"\b(?:{STRONG}|{WEAK}|{ANSWER_BACK}|condemn\w*|call\w*\s+on)\b", re.I)


def response_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "How did X respond / react …" opens with: 0, unless the best quote
    does not have X answering (X's words, each in any ending, then at most two words, then a verb of answering) and one
    within ACT_MARGIN does ("Tea party organizers disputed claims of racism" for "How did Tea Party organizers respond
    to the charge …?", not the lead that tells the charge)."""
    pattern = answering(question)
    if not ranked or pattern is None:
        return 0
    if pattern.search(ranked[0].text):
        return 0
    return first_close(ranked, lambda q: pattern.search(q.text) is not None)


@per_text(maxsize=1 << 8)  # the question's: compiled on the BM25 worker while it embeds (`pipeline.read_question`)
def answering(question: str) -> re.Pattern[str] | None:
    """The responder answering, as `response_first` looks for it: X's words, each in any ending, then at most two
    words, then a verb of answering (`_RESPONDS`); None when the question names no responder."""
    who = [w for w in re.findall(r"[\w'’-]+", responder(question)) if w.casefold() not in ("the", "a", "an")]
    if not who:
        return None
    return re.compile(r"\b" + r"\s+".join(re.escape(w[:5]) + r"[\w'’-]*" for w in who)
                      + rf"(?:\s+[\w'’-]+){{0,2}}?\s+{_RESPONDS.pattern}", re.I)


def phrase_first(question: str, ranked: Sequence[Quote], ask: Asked | None = None) -> int:
    """The position of the quote a plain answer opens with when the question repeats a phrase word for word: 0,
    unless the best quote does not hold it and one within ACT_MARGIN does (`phrases.repeats_phrase`); the first in
    the voice of the one the question says used it ("Did Republicans call H.R. 1 a power grab?": "Republicans called
    the bill a Democratic power grab", not Pelosi turning their words), else the first."""
    label = label_asked(question)
    if not ranked or not label or repeats_phrase(label, ranked[0].text):
        return 0
    if ask is not None and ask.speakers:
        return first_close(ranked, lambda q: repeats_phrase(label, q.text) and (
            in_voice(ask, q) or labelled_by(ask.speakers, q.text))) \
            or first_close(ranked, lambda q: repeats_phrase(label, q.text))
    return first_close(ranked, lambda q: repeats_phrase(label, q.text))


def _same_count(ask: Asked, opening: str, text: str) -> bool:
    """For a how-many / how-much question: `text` gives a figure of what is counted that the opening
    quote gives too, in other words ("about 12,000 have fallen victim" / "assassinated over 12,000
    Iranians"): another source's word for the same answer."""
    if not ask.figure:
        return False
    given = figures(opening)
    return any(counts_asked(ask, f) and any(same_figure(f, g) for g in given) for f in figures(text))


# X's name, then (within SPEAKER_WORDS: "Fix the Court found", "Vanity Fair estimated") a verb of saying or finding
_REPORTS = re.compile(rf"^(?:{STRONG}|{WEAK}|found|finds|estimated|estimates|concluded|concludes|according)$", re.I)
_WORD = re.compile(r"[\w’'-]+")
SPEAKER_WORDS = 4  # words between the source's name and its verb of saying or finding


def speaker_first(ask: Asked, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What did X say / According to X, …" opens with: 0,
    unless the best quote is not in X's voice and one within ACT_MARGIN is, by its chain or by its own
    words naming X as the one who says or finds it ("Fix the Court found that the bulk of recent
    recusals were due to …" for "According to Fix the Court, why did the justices step aside …?"):
    the best one restates the topic, X's finding answers."""
    if not ask.said or not ranked or in_voice(ask, ranked[0]):
        return 0
    return first_close(ranked, lambda q: in_voice(ask, q))


def _names_asked(ask: Asked, text: str) -> bool:  # a word of X's name, or of the role X was asked by ("lawyers")
    return any(w.casefold() in ask.speakers or stem(w.casefold()) in ask.role for w in _WORD.findall(text))


def in_voice(ask: Asked, q: Quote) -> bool:
    """q's chain names the source asked about, or its text names it (every name word the question gives:
    "the court found" does not name Fix the Court) right before a verb of saying or finding."""
    if speaker_match(q.links, ask.speakers, q.hit):
        return True
    words = _WORD.findall(q.text)
    if not ask.speakers <= {w.casefold() for w in words}:
        return False
    named = [i for i, w in enumerate(words) if w.casefold() in ask.speakers]
    return any(_REPORTS.match(w) for i in named for w in words[i + 1 : i + 1 + SPEAKER_WORDS])
