"""The benchmark's synthetic corpus: seed sentences shuffled into short chunks across synthetic
outlets, embedded once with the real MiniLM (vectors cached on disk in shards), then loaded
straight into an index through the real Store and LexicalIndex code — no re-embedding.

Distractor chunks never contain a sentence that overlaps a benchmark question's expected
snippet, so hit@5 measures whether retrieval finds the real source among look-alikes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.documents.chunk import Chunk, chunk_id
from app.documents.clean import clean
from app.store.sentences import Sentences
from app.text.sentences import Span, split_sentences

log = logging.getLogger(__name__)

SHARD = 2000  # chunks per cached vector file
DOC_CHUNKS = 50  # chunks per synthetic document
OUTLETS = 24
SEED = 9
VERSION = 1  # bump when the generator changes: it keys the cache


@dataclass(frozen=True)
class Question:
    question: str
    file: str
    snippet: str


def load_questions(path: Path) -> list[Question]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Question(q["question"], q["file"], q["snippet"]) for q in data["questions"]]


def distractor_pool(corpus: Path, questions: list[Question]) -> list[str]:
    """Seed sentences (cleaned, 6+ words), minus any that overlap an expected snippet."""
    pool: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        text = clean(path.read_text(encoding="utf-8"))
        banned = []
        for q in questions:
            at = text.find(q.snippet) if q.file == path.name else -1
            if at >= 0:
                banned.append((at, at + len(q.snippet)))
        for s in split_sentences(text):
            sentence = text[s.start : s.end]
            if len(sentence.split()) >= 6 and not any(s.start < e and b < s.end for b, e in banned):
                pool.append(sentence)
    return list(dict.fromkeys(pool))


class SyntheticCorpus:
    """`n` chunk texts of 1–3 shuffled seed sentences, grouped into documents of DOC_CHUNKS."""

    def __init__(self, pool: list[str], cache_dir: Path) -> None:
        if len(pool) < 10:
            raise ValueError(f"only {len(pool)} seed sentences: the synthetic corpus needs at least 10")
        self.pool = pool
        key = hashlib.sha256(json.dumps([VERSION, SEED, pool]).encode()).hexdigest()[:12]
        self.dir = cache_dir / f"synthetic-{key}"

    def picks(self, n: int) -> list[list[int]]:
        rng = random.Random(SEED)
        return [rng.sample(range(len(self.pool)), rng.randint(1, 3)) for _ in range(n)]

    def texts(self, n: int) -> list[str]:
        return [" ".join(self.pool[i] for i in pick) for pick in self.picks(n)]

    def vectors(self, n: int, encode, embed_upto: int) -> tuple[np.ndarray, int]:
        """Vectors for the first n chunks and how many of them are real chunk embeddings.

        A cached shard is used as is; a missing shard is embedded with `encode` (and cached) when
        it lies within `embed_upto` chunks, else approximated as the normalised mean of its
        sentences' real vectors — embedding 100k chunks with MiniLM takes hours on a busy box.
        """
        self.dir.mkdir(parents=True, exist_ok=True)
        shards = -(-n // SHARD)
        picks = self.picks(shards * SHARD)
        out, real, sentences = [], 0, None
        for i in range(shards):
            path = self.dir / f"vectors-{i:04d}.npy"
            rows = picks[i * SHARD : (i + 1) * SHARD]
            if not path.is_file() and (i + 1) * SHARD <= embed_upto:
                t0 = time.perf_counter()
                vecs = np.asarray(encode([" ".join(self.pool[j] for j in r) for r in rows]), dtype=np.float32)
                tmp = path.with_suffix(".tmp.npy")
                np.save(tmp, vecs)
                tmp.replace(path)
                self._log_time(i, time.perf_counter() - t0)
                log.info("embedded shard %d/%d", i + 1, shards)
            if path.is_file():
                out.append(np.load(path))
                real += min(SHARD, n - i * SHARD)
                continue
            if sentences is None:
                sentences = self.sentence_vectors(encode)
            mean = np.stack([sentences[r].mean(0) for r in rows])
            out.append((mean / np.linalg.norm(mean, axis=1, keepdims=True)).astype(np.float32))
        return np.concatenate(out)[:n], real

    def sentence_vectors(self, encode) -> np.ndarray:
        path = self.dir / "sentences.npy"
        if not path.is_file():
            np.save(path, np.asarray(encode(self.pool), dtype=np.float32))
        return np.load(path)

    def _log_time(self, shard: int, seconds: float) -> None:
        path = self.dir / "embed_seconds.json"
        times = json.loads(path.read_text()) if path.is_file() else {}
        times[str(shard)] = seconds
        path.write_text(json.dumps(times))

    def embed_seconds(self, n: int) -> tuple[float, int]:
        """Measured seconds spent embedding the shards covering n chunks, and how many chunks."""
        path = self.dir / "embed_seconds.json"
        times = json.loads(path.read_text()) if path.is_file() else {}
        shards = [str(i) for i in range(-(-n // SHARD))]
        known = [times[s] for s in shards if s in times]
        return sum(known), len(known) * SHARD

    def documents(self, n: int, stances: list[str]):
        """(doc_id, text, record, chunks, chunk_meta, sentences) for the first n chunks, DOC_CHUNKS
        per doc; sentences are (span, seed sentence index) pairs, for the stored sentence vectors."""
        picks = self.picks(n)
        texts = [" ".join(self.pool[i] for i in pick) for pick in picks]
        for d, first in enumerate(range(0, n, DOC_CHUNKS)):
            parts = texts[first : first + DOC_CHUNKS]
            body = "\n\n".join(parts)
            doc_id = "syn" + hashlib.sha256(body.encode()).hexdigest()[:13]
            outlet = f"Synthetic Wire {d % OUTLETS + 1:02d}"
            meta = {"outlet": outlet, "stance": stances[d % len(stances)] if stances else None,
                    "title": f"Synthetic article {d + 1}", "url": None, "date": None, "author": None}
            chunks, sentences, at = [], [], 0
            for text, pick in zip(parts, picks[first : first + DOC_CHUNKS]):
                chunks.append(Chunk(chunk_id(doc_id, at, text), doc_id, at, at + len(text), text))
                for i in pick:
                    sentences.append((Span(at, at + len(self.pool[i])), i))
                    at += len(self.pool[i]) + 1
                at += 1
            record = {"sources": [f"synthetic/{d:06d}.txt"], "meta": meta, "chars": len(body)}
            chunk_meta = [{**meta, "doc_id": doc_id, "start": c.start, "end": c.end} for c in chunks]
            yield doc_id, body, record, chunks, chunk_meta, sentences


def build_index(index_dir: Path, corpus: Path, syn: SyntheticCorpus, n: int, vectors: np.ndarray, real: int,
                embedder) -> dict:
    """The seed corpus (real ingest) plus n synthetic chunks with precomputed vectors, written
    through Store.put; BM25 built by the Assistant's own path. Reused when already complete."""
    from app.api import Assistant
    from app.config import Config

    marker = index_dir / "bench-complete.json"
    if marker.is_file():
        return {**json.loads(marker.read_text()), "cached": True}
    import shutil

    shutil.rmtree(index_dir, ignore_errors=True)
    t0 = time.perf_counter()
    a = Assistant(config=Config(index_dir=index_dir, corpus_dir=corpus), embedder=embedder)
    a.ingest([corpus])
    store = a._open()
    stances = [g.id for g in a.registry.stance_groups]
    row = 0
    pool = syn.sentence_vectors(embedder.embed)
    for doc_id, body, record, chunks, chunk_meta, sentences in syn.documents(n, stances):
        stored = Sentences.of([span for span, _ in sentences], pool[[i for _, i in sentences]], body)
        store.put(doc_id, body, record, chunks, vectors[row : row + len(chunks)], chunk_meta, stored)
        row += len(chunks)
    store.commit()
    a._lexical_index(store)  # builds and saves BM25, as the first question would
    info = {"build_s": time.perf_counter() - t0, "chunks": store.count(), "real": real}
    marker.write_text(json.dumps(info))
    return {**info, "cached": False}
