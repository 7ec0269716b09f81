"""A sentence's figures (`figures.figures`) as bytes, so ingest can store them with its sentences.

What a sentence counts does not depend on the question: worked out once per sentence at ingest,
each question reads it back instead of parsing the sentence's numbers again. The bytes are JSON
(floats written by `repr`, so they read back as the very same floats); no figures: no bytes.
"""

from __future__ import annotations

import json

from app.attribution.figures import Figure, figures

# Bump when `figures` or `app.text.acronyms.initialisms` change what they give: stored signals of
# another version are not used (app/store/sentence_file.py).
SIGNALS_VERSION = 7  # 7: a number with a thousands comma ('2,000 fish') is a count, never a year


def figure_bytes(text: str) -> bytes:
    """`figures(text)` as bytes (b"" when it has none)."""
    found = figures(text)
    if not found:
        return b""
    return json.dumps([[f.value, f.unit, f.step, sorted(f.context), f.bound, f.approx, f.text, sorted(f.referent),
                       f.per]
                       for f in found], ensure_ascii=False).encode()


def units_from(data: bytes) -> frozenset[str]:
    """The units of the figures `figure_bytes` wrote (`units.figure_units` of the text it was given), none else
    read back."""
    return frozenset(f[1] for f in json.loads(data)) if data else frozenset()


def figures_from(data: bytes) -> tuple[Figure, ...]:
    """The figures `figure_bytes` wrote."""
    if not data:
        return ()
    return tuple(Figure(float(value), unit, float(step), frozenset(context), int(bound), bool(approx), text,
                        frozenset(referent), per)
                 for value, unit, step, context, bound, approx, text, referent, per in json.loads(data))
