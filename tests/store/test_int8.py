"""The int8 MiniLM (app/store/int8.py): made once from our own export, vectors close to fp32's,
and an index of the fp32 embedder is never read with int8 vectors (nor the other way round)."""

from __future__ import annotations

import numpy as np
import pytest

from app.errors import IndexMismatchError
from app.store.embed import FP32_NAME, INT8_NAME, MiniLMEmbedder, make_embedder
from app.store.local import Store

SENTENCES = [
    "What did the foreign minister ask social media companies to do?",
    "The NAACP passed a resolution asking the Tea Party to repudiate racist elements in its ranks.",
    "\"They no longer prioritize civil rights,\" she told Fox News on Wednesday.",
    "Critics say the bridge will cost more than 90 million dollars, twice the council's estimate.",
    "ok",
    "The senator, who has opposed the bill since January, said he would vote against it again. " * 12,
]


@pytest.fixture(scope="module")
def fresh_int8(tmp_path_factory):
    """A clean model cache: the int8 file is made on first use, from a plain export made for it."""
    from app.store import int8, onnx

    made = []
    mp = pytest.MonkeyPatch()
    mp.setenv("BYLINE_MODEL_CACHE", str(tmp_path_factory.mktemp("model-cache")))
    real = int8.make_int8
    mp.setattr(int8, "make_int8", lambda target, export: made.append(target) or real(target, export))
    try:
        first = onnx.int8_model_file()
        yield first, onnx.int8_model_file(), made
    finally:
        mp.undo()


@pytest.mark.model
def test_int8_file_is_made_once_and_quantized(fresh_int8):
    import onnx as onnx_format

    first, second, made = fresh_int8
    assert first == second and first.is_file() and made == [first]  # the second call reuses the file
    assert not [p for p in first.parent.iterdir() if p.name.startswith(".")]  # no plain export or temp left
    ops = [n.op_type for n in onnx_format.load(str(first), load_external_data=False).graph.node]
    assert ops.count("DynamicQuantizeMatMul") + ops.count("MatMulInteger") >= 36  # 6 per layer: int8 weights
    assert first.stat().st_size < 30e6  # a quarter of the fp32 file's 90 MB


@pytest.mark.model
def test_int8_vectors_are_close_to_fp32(fresh_int8):
    from app.store.onnx import OnnxEncoder, model_file, weights_dir

    fp32 = OnnxEncoder(model_file(), weights_dir()).encode(SENTENCES)
    int8 = OnnxEncoder(fresh_int8[0], weights_dir()).encode(SENTENCES)
    cosines = (fp32 * int8).sum(axis=1)
    # measured: 0.973 ("ok") to 0.996 here, min 0.956 / mean 0.992 over the seed and basil-dev texts;
    # per-tensor weights give 0.84 here
    assert cosines.min() >= 0.95 and cosines.mean() >= 0.985, cosines
    assert not np.allclose(fp32, int8, atol=1e-4)  # really the int8 model, not the fp32 one again


def test_the_two_minilm_embedders_have_their_own_names():
    assert make_embedder(INT8_NAME).name == INT8_NAME and make_embedder(INT8_NAME).int8
    assert make_embedder(FP32_NAME).name == FP32_NAME and not make_embedder("minilm").int8
    assert MiniLMEmbedder().name != MiniLMEmbedder(int8=True).name


def test_an_index_of_the_fp32_embedder_is_refused_by_the_int8_one_with_the_rebuild_command(tmp_path):
    chunking = {"words": 110, "overlap": 1}
    Store.open(tmp_path / "index", embedder=FP32_NAME, dim=384, chunking=chunking, create=True).commit()
    with pytest.raises(IndexMismatchError, match="rebuild it with: rm -rf .* && byline ingest"):
        Store.open(tmp_path / "index", embedder=INT8_NAME, dim=384, chunking=chunking)


def test_the_eval_cache_index_of_another_embedder_is_rebuilt_not_refused(tmp_path):
    from chromadb.api.client import SharedSystemClient

    from app.config import Config
    from app.evaluation.runner import corpus_config, ingest_corpus
    from app.store.embed import HashEmbedder

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pier.txt").write_text("The harbour authority said on Tuesday that the new pier would open in June.")
    config = corpus_config(Config(), corpus, cache=tmp_path / "cache")
    ingest_corpus(config, HashEmbedder(64))
    SharedSystemClient.clear_system_cache()  # a new eval process, after a change of the default embedder
    ingest_corpus(config, HashEmbedder(32))
    manifest = (config.index_dir / "manifest.json").read_text()
    assert '"embedder": "hash-32"' in manifest and '"dim": 32' in manifest


def test_the_eval_refuses_a_corpus_whose_documents_fail_to_ingest(tmp_path):
    """A document that fails to ingest keeps its old version in the cache index (the write rolls back): the eval
    must stop with a one-line error naming it, not score a stale or partial corpus."""
    from app.config import Config
    from app.errors import CorpusError
    from app.evaluation.runner import corpus_config, ingest_corpus
    from app.store.embed import HashEmbedder

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pier.txt").write_text("The harbour authority said on Tuesday that the new pier would open in June.")
    (corpus / "broken.md").write_bytes(b"\x00\x01\x02 not text")
    config = corpus_config(Config(), corpus, cache=tmp_path / "cache")
    with pytest.raises(CorpusError, match=r"1 document\(s\) of .* failed to ingest.*broken\.md"):
        ingest_corpus(config, HashEmbedder(64))
