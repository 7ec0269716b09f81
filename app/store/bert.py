"""A numpy forward pass of a BERT sentence encoder (all-MiniLM-L6-v2), for short query batches.

Importing torch + sentence-transformers costs seconds; a question is a dozen tokens, so a one-shot
`byline ask` spends far longer importing than embedding. This reads the same safetensors weights
and tokenizer.json and computes the same thing (token embeddings → 6 encoder layers → mean pooling
→ L2 normalisation) with numpy and the `tokenizers` library only. Outputs match
sentence-transformers to float32 rounding (tested in tests/test_bert.py, model-marked).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # threadpoolctl comes with scikit-learn (a sentence-transformers dependency)
        yield
        return
    with threadpool_limits(1, user_api="blas"):
        yield


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, as torch computes it (scipy's vectorised erf)."""
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x * np.float32(1.0 / math.sqrt(2.0))))


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * w + b


class NumpyBert:
    """`encode(texts)` → unit-normalised float32 mean-pooled embeddings, like sentence-transformers."""

    def __init__(self, model_dir: str | Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        cfg = json.loads((model_dir / "config.json").read_text())
        st_cfg = model_dir / "sentence_bert_config.json"
        max_len = json.loads(st_cfg.read_text()).get("max_seq_length", 256) if st_cfg.is_file() else 256
        self.heads = int(cfg["num_attention_heads"])
        self.layers = int(cfg["num_hidden_layers"])
        self.eps = float(cfg.get("layer_norm_eps", 1e-12))
        if cfg.get("hidden_act", "gelu") != "gelu" or cfg.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"{model_dir}: only BERT with gelu and absolute positions is supported")
        weights = {k.removeprefix("bert."): v for k, v in load_file(str(model_dir / "model.safetensors")).items()}
        # dense weights pre-transposed to (in, out), contiguous: x @ w is one plain gemm
        self.w = {k: np.ascontiguousarray(v.T) if k.endswith("dense.weight") or k.split(".")[-2] in ("query", "key", "value")
                  else v for k, v in weights.items()}
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_len)
        self.tokenizer.enable_padding(pad_id=int(cfg.get("pad_token_id", 0)))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        with _one_blas_thread():  # tiny matrices: BLAS threads only contend (10x slower on a busy box)
            return self._encode(texts)

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        enc = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in enc], dtype=np.int64)
        mask = np.array([e.attention_mask for e in enc], dtype=np.float32)
        types = np.array([e.type_ids for e in enc], dtype=np.int64)
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][: ids.shape[1]]
             + w["embeddings.token_type_embeddings.weight"][types])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        bias = ((1.0 - mask) * -1e9).astype(np.float32)[:, None, None, :]
        for i in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{i}.")
        pooled = (x * mask[..., None]).sum(1) / np.clip(mask.sum(1, keepdims=True), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        w = self.w[name + ".weight"]
        return (x.reshape(-1, x.shape[-1]) @ w).reshape(*x.shape[:-1], w.shape[1]) + self.w[name + ".bias"]

    def _layer(self, x: np.ndarray, bias: np.ndarray, p: str) -> np.ndarray:
        b, n, d = x.shape
        h, hd = self.heads, d // self.heads

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(b, n, h, hd).transpose(0, 2, 1, 3)

        q, k, v = (split(self._dense(x, p + f"attention.self.{m}")) for m in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) * (1.0 / math.sqrt(hd)) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        ctx = (scores / scores.sum(-1, keepdims=True)) @ v
        ctx = ctx.transpose(0, 2, 1, 3).reshape(b, n, d)
        x = _layer_norm(self._dense(ctx, p + "attention.output.dense") + x,
                        self.w[p + "attention.output.LayerNorm.weight"], self.w[p + "attention.output.LayerNorm.bias"], self.eps)
        inner = _gelu(self._dense(x, p + "intermediate.dense"))
        return _layer_norm(self._dense(inner, p + "output.dense") + x,
                           self.w[p + "output.LayerNorm.weight"], self.w[p + "output.LayerNorm.bias"], self.eps)
