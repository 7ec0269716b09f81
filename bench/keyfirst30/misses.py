"""Key-first misses on the invented corpora: for each plain-answer case whose first quote carries no expected passage,
the first quote, the key's rank in the selection's ranking and both scores (dense, cover, lift).
usage (worktree root): python bench/keyfirst30/misses.py SET [SET ...] > out.txt  (SET: novel28 novel29 check27)"""
import json, os, sys
from dataclasses import replace
from pathlib import Path
sys.path.insert(0, os.getcwd())
import app.evaluation.runner as R
from app.api import Assistant
from app.answer import compose
from app.config import Config
from app.evaluation import metrics as m
from app.evaluation.cases import load_cases, NO_ANSWER_KINDS
from app.store.embed import MiniLMEmbedder

ROOT = Path(os.getcwd())
emb = MiniLMEmbedder()
last = {}
orig = compose.select_answer
def rec(*a, **k):
    s = orig(*a, **k)
    last["sel"] = s
    return s
compose.select_answer = rec
import app.answer.pipeline as P
P.answer_stage.select_answer = rec

for name in sys.argv[1:]:
    cfg = R.corpus_config(Config(), ROOT / "evals" / "corpora" / name, cache=ROOT / ".cache" / f"inv-{name}")
    R.ingest_corpus(cfg, emb)
    ast = Assistant(config=replace(cfg, llm_base_url=None, llm_model=None), embedder=emb)
    corpus = R.corpus_of(ast)
    for case in load_cases([ROOT / "evals" / name / f"{name}.yaml"]):
        if case.kind in NO_ANSWER_KINDS or not case.expected_passages:
            continue
        last.clear()
        a = ast.ask(case.question)
        exp = [s for p in case.expected_passages if (s := corpus.passage_span(p))]
        if a.abstained or not a.citations:
            print(f"## {case.id} ABSTAINED  {case.question}\n"); continue
        spans = m.cited_spans(a, corpus)
        if any(m.overlaps(spans[0], e) for e in exp):
            continue
        sel = last.get("sel")
        rows = []
        key_at = None
        if sel is not None:
            for i, q in enumerate(sel.ranked[:15]):
                doc = next((d for d in corpus.docs.values() if d.doc_id == q.hit.chunk.doc_id), None)
                sp = (q.hit.chunk.doc_id, q.start, q.end)
                iskey = sp is not None and any(m.overlaps(sp, e) for e in exp)
                if iskey and key_at is None: key_at = i
                rows.append(f"   {'*' if iskey else ' '}{i:2d} s={q.score:.3f} d={q.dense:.3f} c={q.cover:.3f} l={q.lift:.3f} {q.text[:150]!r}")
        print(f"## {case.id} [{case.kind}{' contested' if case.contested else ''}] key_at={key_at}  {case.question}")
        print(f"   FIRST: {a.citations[0].quote[:200]!r}")
        print("\n".join(rows)); print()
