"""One question over one index: retrieve, choose quotes, compose (or the perspectives view), or abstain."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from app.answer import compose as answer_stage
from app.answer.acts import asks_prospect
from app.answer.agree import statement_asked
from app.answer.article_read import Keep, StoredTest, keep_any, passes
from app.answer.asked import asked, asks_day
from app.answer.source_asked import said_by
from app.answer.attribute_asked import attribute_asked
from app.answer.bracketed import asked_recipient
from app.answer.measure import measure_asked
from app.answer.named import designations, question_names
from app.answer.asked_events import events, instance_words, open_events, supported
from app.answer.gaps import gaps_asked, who_act
from app.answer.levels import asked_levels
from app.answer.months import asked_months
from app.answer.part_search import part_ranking
from app.answer.partial import not_covered, untold_parts
from app.answer.perspectives import perspectives
from app.answer.doers import asked_office, common_subject
from app.answer.namesakes import asked_person
from app.answer.opening import answering
from app.answer.qualifiers import closing_place, qualifiers
from app.answer.reach_named import names_subject, subject_words
from app.answer.retrieve import Filters, Hit, answerable, retrieve, stored_chunks
from app.answer.floor import repeats_question
from app.answer.said_about import owned_topic
from app.answer.shares import asks_share
from app.answer.source_asked import asks_response, responder
from app.answer.targets import asked_target
from app.answer.titled_kin import asked_sex
from app.answer.two_parts import parted
from app.answer.untold import detail_asked
from app.answer.venue import main_venue
from app.answer.when_long import long_when
from app.answer.which_person import asked_verb
from app.answer.vectors import stored_vectors
from app.answer.word_meaning import reworded_hits
from app.attribution.stated import stated_figures
from app.attribution.verdicts import asked_dimensions
from app.config import Config
from app.documents.dedup import carried_note
from app.errors import IndexMissingError
from app.models import Answer
from app.registry import Registry
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.text.terms import term_set, terms


def read_question(question: str) -> None:
    """Parse what quote choice reads of the question alone (each parse keeps its result per text): run on the
    BM25 worker while the question embeds (`retrieve.start`), so the answer finds the question parsed."""
    asked(question)
    question_names(question)
    qualifiers(question)
    events(question), open_events(question), asks_day(question), said_by(question)
    asks_prospect(question), measure_asked(question), statement_asked(question), stated_figures(question)
    closing_place(question), asked_person(question), asked_office(question), common_subject(question)  # `unpaired`'s
    supported(question), term_set(question)  # `asked_events`' and `answered`'s
    asked_dimensions(question), gaps_asked(question), detail_asked(question)  # `dimension_look`'s, `gaps`', `untold`'s
    responder(question), asks_share(question)  # `asks_response`'s, `opening`'s
    asks_response(question), asked_sex(question), designations(question), main_venue(question)  # the rules' that read
    asked_verb(question), attribute_asked(question), asked_target(question), asked_levels(question)  # the question
    instance_words(question), who_act(question), owned_topic(question), long_when(question)  # of the quotes ranked
    asked_recipient(question), asked_months(question), answering(question)  # `response_first`'s pattern


def answer_from_index(question: str, search: str, *, store: Store, lexical: LexicalIndex, config: Config,
                      filters: Filters, k: int | None, view: str, registry: Registry, embed: Callable,
                      spelled: str) -> Answer:
    """The answer to `question`; passages are found with `search` (the question without an
    "According to X," scope, which the filters already hold), the lexical index searched with `spelled` (`search`
    in the corpus's spelling, `app/text/spellings.py`; the embedding and quote choice read the reader's words)."""
    if not terms(question) and not store.count():
        return answer_stage.abstain(question)
    qvec = embed([search])[0]
    vectors_for = partial(stored_vectors, {search: qvec, question: qvec},  # quotes: stored sentence vectors
                          sentences_of=store.sentences, embed=embed)
    carried = partial(carried_note, documents=store.manifest.documents)
    hits = _cued(retrieve(spelled, qvec, store=store, lexical=lexical, config=config, filters=filters, k=k), lexical)
    floor = answerable(hits, config) or lexical is not None and repeats_question(search, hits, lexical.idf)
    hits, floor = (hits, floor) if floor else _reworded_floor(search, hits, lexical, config, embed)
    if not floor or not _as_asked(hits, search, spelled, lexical, config):
        return _view(question, None, view, qvec, store=store, lexical=lexical, config=config, filters=filters,
                     k=k, registry=registry, vectors_for=vectors_for, carried=carried)
    seen = {h.chunk.id for h in hits}

    def other_side(stance: str | None) -> list[Hit]:
        """Passages of the stance groups other than `stance` that the first retrieval did not return."""
        others = other_groups(stance, registry=registry, filters=filters, k=k, config=config)
        if others is None or lexical is None or not lexical.small:
            return []  # a large index: one dense search per question
        found = retrieve(spelled, qvec, store=store, lexical=lexical, config=config, filters=others, k=k)
        found = _cued([h for h in found if h.chunk.id not in seen], lexical)
        embed_quotes.chunks.extend(h.chunk for h in found)  # their quotes' vectors: stored sentences too
        return found

    embed_quotes = vectors_for([h.chunk for h in hits])
    article = partial(_article, store=store, lexical=lexical, seen=seen, quotes=embed_quotes)
    chosen = answer_stage.select_answer(question, hits, qvec, embed_quotes, lexical, other_side=other_side,
                                        article=article)
    own_search = partial(part_ranking, store=store, lexical=lexical, embed=embed, quotes=embed_quotes,  # each part
                         k=2 * (k or config.k), coverage=answer_stage.coverage_of(lexical), rrf_k=config.rrf_k)
    chosen = parted(question, chosen, [h.chunk.meta.get("date") for h in hits], own_search)  # two parts: a quote each
    if chosen is not None and not chosen.covered:  # related quotes of the story named, not another's
        chosen = _named_related(question, chosen, hits, qvec, article=article, quotes=embed_quotes,
                                lexical=lexical, config=config)
    return _view(question, chosen, view, qvec, store=store, lexical=lexical, config=config, filters=filters,
                 k=k, registry=registry, vectors_for=vectors_for, carried=carried)


def _article(doc_id: str, keep: Keep, *, store: Store, lexical: LexicalIndex, seen: set[str],
             quotes, cued: bool = True, reach: Callable | None = None) -> list[Hit]:
    """The passages of one document that the first retrieval did not return (the best quote's own article)
    and whose text passes `keep`, a test only a text with a rebuttal cue passes (tried on the whole text
    first: most articles are not read further; the cues the index found skip the texts that hold none),
    cut from the document by the chunk table (no store round trip: 2 ms of Chroma get per article);
    `quotes`: the answer's quote vectors, which learn their stored sentences; `reach`: which spans may make a quote
    the ranking keeps (`select.floor_reach`), the others not cut."""
    record = store.manifest.documents.get(doc_id) or {}
    ids = [cid for cid in record.get("chunk_ids", []) if cid not in seen]
    cues = lexical.cues if lexical is not None else None
    if cues is not None and cued:  # cued=False: `keep` is no rebuttal test (a weekday of the asked event, `day_look`)
        ids = [cid for cid, may in zip(ids, lexical.may_rebut(ids)) if may] if cues.doc_may_rebut(doc_id) else []
    if not ids:
        return []
    maybe = keep.stored if isinstance(keep, StoredTest) else None  # answered by stored signals first (a unit)
    sentences = store.sentences(doc_id) if maybe is not None else None
    if (maybe(sentences) is False) if maybe is not None else not keep(_text(store, doc_id)):
        return []
    sentences = sentences if maybe is not None else store.sentences(doc_id)
    if maybe is not None and lexical is not None and lexical.table is not None:  # spans the stored test rules out:
        table, at = lexical.table, lexical.rows(ids)  # no chunk built (the document's other 50 chunks, at 1k-100k
        rows = [r for r in at if r >= 0]  # bench chunks), all tested at once
        ruled = dict(zip(rows, keep.stored_spans(sentences, table.start[rows], table.end[rows])))
        ids = [cid for cid, r in zip(ids, at) if r < 0 or ruled[r] is not False]
    if reach is not None and sentences is not None and lexical is not None and lexical.table is not None:
        table, at = lexical.table, lexical.rows(ids)
        rows = [r for r in at if r >= 0]  # spans from the table's columns in one read each
        near = {r for r, ok in zip(rows, reach(sentences, list(zip(table.start[rows].tolist(),
                                                                    table.end[rows].tolist())))) if ok}
        ids = [cid for cid, r in zip(ids, at) if r < 0 or r in near]
    found = _cued([Hit(c, 0.0, 0.0, 0.0, 0.0, 0.0, sentences) for c in stored_chunks(ids, store, lexical).values()
                   if (maybe is None or maybe(sentences, c.start, c.end) is not False)
                   and passes(keep, c.text, sentences, c.start, c.end)], lexical)
    quotes.chunks.extend(h.chunk for h in found)
    return found


def _named_related(question: str, chosen: answer_stage.Selection, hits: list[Hit], qvec, *, article: Callable,
                   quotes, lexical: LexicalIndex | None, config: Config) -> answer_stage.Selection:
    """A "Not covered" selection whose related quotes are of the story the question names: when no retrieved article
    names its subject ("Is H.R. 1 constitutional?" retrieves only the House reading the Constitution), the passages
    of the first NAMED_ARTICLES articles naming it that a search for the subject's words finds (`reach_named`),
    ranked against the question (none: no related quote, the others are another story's); as it was when no article
    names it."""
    words = subject_words(question, hits)
    if words is None or lexical is None:
        return chosen
    docs = dict.fromkeys(lexical.documents([cid for cid, _ in lexical.search(words, config.candidates)]))
    passages: list[Hit] = []
    for doc_id in docs:
        passages += names_subject(question, article(doc_id, keep_any, cued=False))
        if len({h.chunk.doc_id for h in passages}) >= NAMED_ARTICLES:
            break
    if not passages:
        return chosen
    ranked = answer_stage.rank_quotes(chosen.ask, passages, qvec, quotes, answer_stage.coverage_of(lexical))
    return replace(chosen, ranked=ranked)


def _reworded_floor(search: str, hits: list[Hit], lexical: LexicalIndex | None, config: Config, embed: Callable
                    ) -> tuple[list[Hit], bool]:
    """The passages and the floor once a question word the corpus never uses counts as held where a passage says it
    in a word of the same meaning ("died": "found dead", `word_meaning`); the passages as they were when none does."""
    if lexical is None:
        return hits, False
    words = lexical.words
    reworded = reworded_hits(search, hits, lexical.coverage, embed, lambda term: not lexical.df.get(term),
                             lambda hits: answerable(hits, config), words.rows if words is not None else None)
    return (reworded, True) if reworded != hits and answerable(reworded, config) else (hits, False)


def _as_asked(hits: list[Hit], search: str, spelled: str, lexical: LexicalIndex | None, config: Config) -> bool:
    """Whether the passages answer the question in the reader's own words too: the corpus's spelling finds and
    orders passages, it does not lower the bar to answer ("Walmart" read as "Wal-Mart" gives every passage of the
    story two more of the question's terms, so a question the articles do not answer would pass `answerable`)."""
    if spelled == search or lexical is None:
        return True
    covers = lexical.coverages(set(terms(search, query=True)), [h.chunk.id for h in hits])
    return answerable([replace(h, coverage=c) for h, c in zip(hits, covers)], config)


NAMED_ARTICLES = 3  # a story is told by a few outlets: the articles read whole for a "Not covered" answer's quotes



def _text(store: Store, doc_id: str) -> str:
    """The document's text, or '' when a delete removed it while the question was answered (its passages already
    retrieved stay in the answer; its article is not read further)."""
    try:
        return store.text(doc_id)
    except IndexMissingError:
        return ""


def _cued(hits: list[Hit], lexical: LexicalIndex | None) -> list[Hit]:
    """`hits`, each marked when the index knows its passage holds no rebuttal cue (`Hit.cued`: its quotes' texts are
    then not searched for one, 40 us each)."""
    if lexical is None or lexical.cues is None:
        return hits
    return [h if may else h.uncued() for h, may in zip(hits, lexical.may_rebut([h.chunk.id for h in hits]))]


def other_groups(stance: str | None, *, registry: Registry, filters: Filters, k: int | None, config: Config
                 ) -> Filters | None:
    """The filter of the look at the stance groups other than `stance`; None when there is no such look."""
    others = frozenset(g.id for g in registry.stance_groups if g.id != stance)
    if filters.outlets or filters.stances or not others or (k or config.k) < 2:
        return None  # a question scoped to outlets or stance groups asks for those only; k = 1: one passage
    return Filters(frozenset(), others)


def other_looks(*, registry: Registry, filters: Filters, k: int | None, config: Config) -> list[Filters]:
    """The filters `other_groups` may give for this question: one per stance group the answer may be from."""
    looks = (other_groups(g.id, registry=registry, filters=filters, k=k, config=config) for g in registry.stance_groups)
    return list(dict.fromkeys(f for f in looks if f is not None))


def _view(question: str, chosen: answer_stage.Selection | None, view: str, qvec, *, registry: Registry,
          carried: Callable, **perspective_args) -> Answer:
    """The answer view of the selection (None: abstain; not covered: the partial answer, related quotes
    flagged as such), or the perspectives view built from it (which abstains on both)."""
    if view == "perspectives":
        return perspectives(question, qvec, chosen if chosen and chosen.covered else None, registry=registry,
                            carried=carried, **perspective_args)
    if chosen is None:
        return answer_stage.abstain(question)
    if not chosen.covered:
        return not_covered(question, chosen.ranked, registry, carried)
    answer = answer_stage.compose_answer(question, chosen.picked, registry, carried)
    if not chosen.untold:
        return answer
    parts = untold_parts(chosen.untold)
    return answer.model_copy(update={"answer": "\n".join([answer.answer, *(p.line for p in parts)]),
                                     "not_covered_parts": parts})
