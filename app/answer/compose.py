"""Answer stage: compose an extractive answer from retrieved passages.

Every claim from the corpus sits inside a verbatim quote labelled with its outlet and source chain ("Rasa News Agency,
relaying Al Jazeera, quoting Hassan Heyrani"). The assistant's own voice only introduces the quotes, says that the
sources disagree (when they contradict each other on what was asked, see `app/answer/sides.py`), says when outlets
repeat one original source, or abstains. It never gives a one-word verdict.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np

from app.answer.about import about_lines
from app.answer.reported_case import case_unflagged
from app.answer.article_look import answered_ranking, not_there
from app.answer.carried_back import carried_back
from app.answer.carried_on import carried_on
from app.answer.counterpart import counterpart
from app.answer.described import described_look
from app.answer.dimension_look import dimension_look
from app.answer.disputed import answered_back, pushback, statement_rebutted
from app.answer.every_side import articles_of_group as group_articles, claim_test, every_side
from app.answer.figure_grown import figure_grown
from app.answer.figure_look import figure_look
from app.answer.holder_asked import holder_disputed, polar_holder_disputed
from app.answer.looks import looks
from app.answer.proposition import on_proposition
from app.answer.rebuttal import claim_look, day_look, other_sides_look, second_look
from app.answer.retrieve import Hit
from app.answer.roles import rest_of, role_asked, voiced
from app.answer.scoring import Coverage, sentence_vectors
from app.answer.select import Asked, Quote, asked, floor_reach, rank_quotes
from app.answer.side_order import answer_first
from app.answer.sides import CLOSE, MAX_CANDIDATES, WIDE_POOL, Picked, pick
from app.answer.two_voices import reported_here
from app.answer.speaks import on_topic
from app.answer.story import on_story, story_picked
from app.answer.venue_look import venue_carried, venue_first, venue_relayed
from app.answer.verdict_look import verdict_look
from app.attribution.repetition import Repetition, Voice, repetitions
from app.attribution.links import NARRATES, label, source_links
from app.attribution.quotemarks import dangling
from app.models import Answer, Citation, Perspective
from app.registry import Registry
from app.store.lexical import LexicalIndex

ABSTAIN_TEXT = "The indexed sources don't answer this."
INTRO = "Here is what the indexed sources say, each quoted verbatim under the outlet that published it:"
INTRO_SIDES = ("The sources disagree on this, so byline takes neither side: "
               "each side is quoted verbatim under the outlet that published it.")
NO_VERDICT = "byline won't reduce a disputed question to a one-word verdict; read each side in its own words."
INTRO_PERSPECTIVES = "What each indexed outlet says about this, by stance group, quoted verbatim:"
NOT_ADDRESSED = "this outlet does not address it"
VERDICT_ASKED = re.compile(r"\b(yes or no|yes/no|true or false|one word|just tell me|pick one)\b", re.IGNORECASE)

Embed = Callable[[Sequence[str]], np.ndarray]
Carried = Callable[[str], str]  # doc_id -> ' (also carried by X)' for outlets that ran a copy, or ''


def abstain(question: str) -> Answer:
    return Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, contested=False, citations=[])


# -- composition --------------------------------------------------------------------------
def _voices(quotes: Sequence[Quote]) -> list[Voice]:
    return [Voice(q.text, q.outlet, q.stance, tuple(link.name for link in q.voiced if link.role != NARRATES))
            for q in quotes]  # a narrated source's words are the outlet's: not one source repeated


class Writer:
    """Numbers citations in the order their lines are written."""

    def __init__(self, registry: Registry, carried: Carried | None = None) -> None:
        self.registry, self.carried, self.lines, self.citations = registry, carried, [], []

    def cite(self, q: Quote) -> Citation:
        """The citation of a quote as shown: without a quote mark whose other half lies outside it."""
        meta = q.hit.chunk.meta
        cut_start, cut_end = dangling(q.text)
        self.citations.append(Citation(
            id=str(len(self.citations) + 1), outlet=q.outlet, stance=q.stance, doc_id=q.hit.chunk.doc_id,
            title=meta.get("title"), url=meta.get("url"), date=meta.get("date"),
            quote=q.text[cut_start : len(q.text) - cut_end], start=q.start + cut_start, end=q.end - cut_end,
            chain=[link.name for link in source_links(q.links)], links=source_links(q.links),
        ))
        return self.citations[-1]

    def quote_line(self, q: Quote, side: bool) -> str:
        c = self.cite(q)
        head = f"{self.stance_label(q.stance)} — " if side else "- "
        note = self.carried(q.hit.chunk.doc_id) if self.carried else ""
        return f"{head}{label(q.outlet, q.links)}: \u201c{c.quote}\u201d [{c.id}]{note}"

    def stance_label(self, stance: str | None) -> str:
        return self.registry.stance_label(stance) or stance or "Stance not recorded"

    def stance_order(self, stance: str | None) -> int:
        ids = [g.id for g in self.registry.stance_groups]
        return ids.index(stance) if stance in ids else len(ids)


OtherSide = Callable[[str | None], list[Hit]]  # stance of the best quote -> passages of the other stance groups
Article = Callable[[str, Callable[[str], bool]], list[Hit]]  # a document id, a text test -> its passages passing
                                                            # it that the first retrieval did not return


@dataclass(frozen=True)
class Selection:
    """The answer view's choice, which the perspectives view starts from: the question as parsed, every candidate
    quote best first, and the quotes picked (with the contested label)."""
    ask: Asked
    ranked: list[Quote]
    picked: Picked
    covered: bool = True  # False: the passages are about the question, but no quote answers it (`ranked`: related ones)
    untold: tuple[str, ...] = ()  # the parts of a two-part question no quote answers (`two_parts`)

    @property
    def best(self) -> float:
        """The best candidate's score: a quote answers the question within CLOSE of it (`answers_question`)."""
        return self.ranked[0].score


def coverage_of(lexical: LexicalIndex | None) -> Coverage:
    return lexical.coverage if lexical else (lambda _terms, _text: 0.0)


def select_answer(question: str, hits: list[Hit], qvec: np.ndarray, embed: Embed, lexical: LexicalIndex | None,
                  other_side: OtherSide | None = None, article: Article | None = None) -> Selection | None:
    """Rank the passages' sentences against the question; None (abstain) when none answers it, else pick the quotes (and
    decide whether the sources disagree, looking again at the other stance groups' passages `other_side` retrieves)."""
    coverage, parsed, words = coverage_of(lexical), asked(question), getattr(lexical, "words", None)  # word table
    ranked = rank_quotes(ask := role_asked(parsed, hits, rest_of(article)), hits, qvec, embed, coverage)
    other_side = _once(other_side) if other_side is not None else None
    if other_side is not None and (ask.said or ask.role) and ranked and ranked[0].stance is not None \
            and not voiced(ask, ranked[:MAX_CANDIDATES]):
        wider = _speaker_elsewhere(question, parsed, hits, other_side(ranked[0].stance), qvec, embed, coverage)
        if wider is not None:
            (ask, ranked), other_side = wider, None  # the other stance groups' passages are in the ranking now
    quotes_of = _article_quotes(ask, article, qvec, embed, coverage) if article is not None else None
    ranked = figure_grown(ask, on_story(question, looks(ask, question, ranked, CLOSE, quotes_of)), CLOSE)  # the doer
    dates = [h.chunk.meta.get("date") for h in hits]  # / venue asked; no other story's quote; the figure in a neighbour
    if (got := answered_ranking(ask, question, ranked, dates, qvec, embed, parsed, quotes_of, coverage, words)) is None:
        return Selection(ask, ranked, Picked([], False), covered=False) if ranked else None
    ranked, top, vectors = got
    picked = holder_disputed(question, pick(ask, question, top, vectors))  # X's stance: disputed on X's side only
    if not picked.contested and other_side is not None and picked.quotes[0].stance is not None:
        def others_of(stance: str | None) -> list[Quote]:  # only quotes the looks can use (rebuttal.WIDE_POOL), of
            return on_story(question, rank_quotes(ask, other_side(stance), qvec, embed, coverage,  # the story asked
                                                  floor=top[0].score - WIDE_POOL), ranked)
        picked = second_look(ask, question, picked, others_of(picked.quotes[0].stance), embed)
        picked = other_sides_look(ask, question, picked, top, others_of, embed)
    if not picked.contested and picked.quotes and picked.quotes[0].stance is not None:  # passages at hand, re-ranked
        picked = counterpart(ask, question, claim_look(ask, question, picked, lambda text, stance: on_story(
            question, rank_quotes(ask, [*hits, *(other_side(stance) if other_side is not None else ())],
            sentence_vectors([text], embed)[0], embed, coverage), ranked), embed), top, embed)  # + asked word negated
    picked = answered_back(ask, question, reported_here(ask, question, picked, top, vectors), ranked, embed)
    if quotes_of is not None:  # the best quote's source, or X's statement, rebutted further on in its own article
        picked = statement_rebutted(ask, pushback(ask, picked, quotes_of, embed), ranked, quotes_of, embed, question)
        picked = _uncued_looks(ask, question, picked, top, partial(quotes_of, cued=False), embed)  # not a rebuttal cue
    picked = described_look(ask, question, picked, top, vectors)  # two groups one article describes: last, any
    if article is not None:  # other rule's pair first
        picked = every_side(picked, ranked, partial(group_articles, hits, quotes_of), claim_test(embed), ask, question)
    picked = on_proposition(ask, question, polar_holder_disputed(question, story_picked(question, picked, ranked)))
    if not_there(ask, question, picked.quotes, top, embed, words):  # X's words (to the venue asked), the doer, the sum
        return Selection(ask, ranked, Picked([], False), covered=False)
    picked = case_unflagged(question, carried_back(venue_first(ask, question, answer_first(ask, question, picked)),
                                                   hits, article, partial(venue_carried, ask, question)))
    return Selection(ask, ranked, venue_relayed(ask, question, carried_on(ask, picked, hits, article)))


def _uncued_looks(ask: Asked, question: str, picked: Picked, top: Sequence[Quote], uncued: Callable[..., list[Quote]],
                  embed: Embed) -> Picked:
    """The looks at the candidates' articles by a text test that is no rebuttal cue: a weekday of the asked event
    (`day_look`), a figure of what is asked (`figure_look`), a side of a dimension the question names
    (`dimension_look`), praise and blame of the subject a verdict question asks about (`verdict_look`)."""
    floored = partial(uncued, floor=top[0].score - WIDE_POOL)  # figure_look keeps no quote below: none is made
    picked = figure_look(ask, question, day_look(ask, question, picked, top, uncued, embed), top, floored, embed)
    return verdict_look(ask, question, dimension_look(ask, question, picked, top, uncued, embed), top, uncued)


def _article_quotes(ask: Asked, article: Article, qvec: np.ndarray, embed: Embed, coverage: Coverage
                    ) -> Callable[..., list[Quote]]:
    """A document's quotes from its passages the first retrieval did not return that pass a text test (`article`),
    best first; with a floor, only those scoring that (and only the passages that may: `floor_reach`, cut)."""
    def quotes_of(doc_id: str, keep: Callable[[str], bool], cued: bool = True,
                  floor: float | None = None) -> list[Quote]:
        reach = floor_reach(ask, qvec, coverage, floor)  # the article's passages are cut by it: not tested again
        return rank_quotes(ask, article(doc_id, keep, cued=cued, reach=reach), qvec, embed, coverage, floor=floor,
                           reached=reach is not None)
    return quotes_of


def answer_from(question: str, hits: list[Hit], qvec: np.ndarray, embed: Embed, lexical: LexicalIndex | None,
                registry: Registry, carried: Carried | None = None, other_side: OtherSide | None = None) -> Answer:
    """The answer view: `select_answer`'s quotes written out, or an abstention."""
    chosen = select_answer(question, hits, qvec, embed, lexical, other_side)
    return (compose_answer(question, chosen.picked, registry, carried) if chosen and chosen.covered
            else abstain(question))


def _speaker_elsewhere(question: str, parsed: Asked, hits: list[Hit], extra: list[Hit], qvec: np.ndarray,
                       embed: Embed, coverage: Coverage) -> tuple[Asked, list[Quote]] | None:
    """A question about what a source said (or someone's spokesman), when none of the first passages holds that
    source's words: the other stance groups' passages ranked with them, if the source speaks there, in a passage about
    what the question asks (`speaks.on_topic`: not X's words in another story) (the retrieval the second look makes
    anyway); else None. `parsed`: the question as parsed, before a role is resolved over the first passages."""
    if not extra:
        return None
    wider = role_asked(parsed, hits + extra)
    ranked = rank_quotes(wider, hits + extra, qvec, embed, coverage)  # ranked once: the check reads its extra quotes
    added = {id(h) for h in extra}
    return (wider, ranked) if voiced(wider, [q for q in ranked if id(q.hit) in added
                                             and on_topic(wider, question, q.hit.chunk.text)]) else None


def _once(other_side: OtherSide) -> OtherSide:
    """`other_side` retrieving once per stance (the speaker check and the second look share it)."""
    found: dict[str | None, list[Hit]] = {}
    def look(stance: str | None) -> list[Hit]:
        if stance not in found:
            found[stance] = other_side(stance)
        return found[stance]
    return look


def compose_answer(question: str, picked: Picked, registry: Registry, carried: Carried | None = None) -> Answer:
    """The picked quotes, best first. When the sources disagree, the answer says so and what about, and each side
    stands under its stance group, the best quote's side first."""
    if not picked.quotes:
        return abstain(question)
    w = Writer(registry, carried)
    w.lines.append(INTRO_SIDES if picked.contested else INTRO)
    if picked.contested:
        w.lines.extend(about_lines(question, picked))  # what they disagree on, in neutral words
        if VERDICT_ASKED.search(question):
            w.lines.append(NO_VERDICT)
    w.lines.extend(w.quote_line(q, side=picked.contested) for q in picked.quotes)
    w.lines.extend(repetition_notes(repetitions(_voices(picked.quotes))))
    return Answer(question=question, answer="\n".join(w.lines), abstained=False, contested=picked.contested,
                  citations=w.citations)


def repetition_notes(found: list[Repetition]) -> list[str]:
    """'Rasa News Agency and Nejat Society both relay Al Jazeera (quoting Hassan Shahbaz): one
    original source repeated, not independent confirmation.'"""
    notes = []
    for rep in found:
        names = " and ".join([", ".join(rep.outlets[:-1]), rep.outlets[-1]]) if len(rep.outlets) > 1 else rep.outlets[0]
        both = "both" if len(rep.outlets) == 2 else "all"
        via = f" (quoting {', '.join(rep.via)})" if rep.via else ""
        notes.append(f"{names} {both} relay {rep.origin}{via}: one original source repeated, "
                     "not independent confirmation.")
    return notes


@dataclass(frozen=True)
class OutletView:
    outlet: str
    stance: str | None
    quotes: list[Quote]


def compose_perspectives(question: str, views: list[OutletView], registry: Registry,
                         chosen: Selection | None = None, carried: Carried | None = None) -> Answer:
    """Per stance group, per outlet: its labelled quotes or 'this outlet does not address it'. The
    sources disagree here exactly when they do in the answer view (`chosen.picked`)."""
    w = Writer(registry, carried)
    picked = chosen.picked if chosen else None
    contested = bool(picked and picked.contested)
    w.lines.append(INTRO_SIDES if contested else INTRO_PERSPECTIVES)
    if contested:
        w.lines.extend(about_lines(question, picked))  # the answer view's line: what they disagree on
        if VERDICT_ASKED.search(question):
            w.lines.append(NO_VERDICT)
    perspectives: list[Perspective] = []
    current: object = object()
    for view in sorted(views, key=lambda v: (w.stance_order(v.stance), v.outlet)):
        if view.stance != current:
            w.lines.append(f"{w.stance_label(view.stance)}:")
            current = view.stance
        first = len(w.citations)
        lines = [w.quote_line(q, side=False) for q in view.quotes] or [f"- {view.outlet}: {NOT_ADDRESSED}."]
        w.lines.extend(lines)
        summary = "\n".join(line[2:] for line in lines) if view.quotes else NOT_ADDRESSED
        perspectives.append(Perspective(outlet=view.outlet, stance=view.stance,
                                        stance_label=registry.stance_label(view.stance),
                                        addresses=bool(view.quotes), citations=[c.id for c in w.citations[first:]],
                                        summary=summary))
    quotes = [q for v in views for q in v.quotes]
    w.lines.extend(repetition_notes(repetitions(_voices(quotes))))
    if not quotes:
        return Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, perspectives=perspectives)
    return Answer(question=question, answer="\n".join(w.lines), abstained=False, contested=contested,
                  citations=w.citations, perspectives=perspectives)
