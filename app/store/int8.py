"""The int8 MiniLM: onnxruntime's dynamic quantization of our own plain fp32 export.

Weights int8 per output channel, activations quantized per batch at run time (integer MatMul on
the CPU's VNNI instructions): 2.0-2.6x less CPU per ingest text than the fused fp32 graph. Its
vectors are NOT the fp32 ones: cosine to fp32 min 0.956 / p1 0.986 / mean 0.992 on the seed and
basil-dev ingest texts, mean 0.994 on the eval questions (per-tensor weights: 0.93-0.96), and that
moves enough rankings to change answers, so it is an option (embedder "all-MiniLM-L6-v2-int8"),
not the default. Made once per machine on first use and kept beside the fp32 export.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

INT8_NAME = "all-MiniLM-L6-v2-int8-pc1.onnx"  # a new name for each change to the quantization: no stale reuse


def int8_file(cache: Path, export_plain: Callable[[Path], Path]) -> Path:
    """The int8 model in the model cache folder, made now when it is missing."""
    path = cache / INT8_NAME
    if not path.is_file():
        make_int8(path, export_plain)
    return path


def make_int8(target: Path, export_plain: Callable[[Path], Path]) -> Path:
    """Export the plain fp32 graph beside `target` (`export_plain`, app/store/onnx.py: the fused
    graph's contrib ops quantize 10 % slower), quantize it, swap it in, drop the plain export."""
    log.warning("quantizing the MiniLM encoder to int8 once (%s)", target)
    target.parent.mkdir(parents=True, exist_ok=True)
    plain = target.with_name(f".{target.name}.{os.getpid()}.plain.onnx")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        quantize(export_plain(plain), tmp)
        os.replace(tmp, target)
    finally:
        for leftover in (plain, tmp):
            leftover.unlink(missing_ok=True)
    return target


def quantize(source: Path, target: Path) -> Path:
    """int8 weights per output channel (one scale per column: per-tensor scales lose the small
    columns), every MatMul with a constant weight; attention's activation products stay fp32."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True,
                     extra_options={"MatMulConstBOnly": True})
    return target
