"""What a sentence says is not told or not known asserts nothing: "he refused to provide details, such as who
approached him and what position was dangled in front of him", "The White House did not disclose what those options
were", "it is unclear whether …". The indirect question after such words names what is missing, not a claim; a
quote holding a claim's words only there does not state the claim (pure regexes over one sentence)."""

from __future__ import annotations

import re

from app.text.terms import per_text

# Not telling or not knowing: a refusal, a negated verb, "without", "unclear"
_WITHHOLD = (r"(?:refus\w*|declin\w*|(?:did|does|do|would|will|could|has|have|had|is|was|were|are)\s+not|"
             r"(?:did|does|do|would|could|has|have|had|is|was|were|are)n[’']t|won[’']t|never|without)")
# … a verb or noun of telling or knowing after it, within a few words ("refused to provide details, such as")
_TELL = (r"(?:say|said|tell|told|disclos\w*|reveal\w*|provid\w*|specif\w*|explain\w*|details?|know|known|knew|"
         r"confirm\w*|identif\w*|discuss\w*|clear|certain|sure)")
_WH = r"(?:what|who|whom|which|whether|how|why|where|when|if)"
# … up to the sentence's end or a new clause (", but people briefed on the matter said …" asserts again)
# (a title's full stop is no sentence end: "where Mr. Bush got the figure"; a comma before a capital or a quote mark
# ends a fronted clause: "While declining to discuss what happened, Mr. Obama said, “…”")
_CLAUSE = (r"(?:(?!,\s*(?:(?:but|and|while|although|though|yet|so)\b|(?-i:[A-Z])|[“\"]))"
           r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sgt|Lt|Col|St)\.|[^.;:?!]))*")
_WITHHELD = re.compile(rf"\b{_WITHHOLD}(?:\s+[\w’'-]+){{0,4}}?\s+{_TELL}\b[^.;:?!]{{0,40}}?\b"
                       rf"(?P<clause>{_WH}\b{_CLAUSE})|"
                       rf"\b(?:unclear|unknown|uncertain)\b[,\s]+(?P<open>{_WH}\b{_CLAUSE})", re.I)


# Words one of which every match of _WITHHELD holds (its refusal or negation, or "unclear" …): a text with none is not
# searched (the search takes 40 us for 200 characters, a dozen candidate quotes a question), found in its lower case;
# a text with a letter IGNORECASE matches to an ASCII one that str.lower does not give ("ſ", "ı", "İ") is searched
_CUES = ("refus", "declin", "not", "n't", "n’t", "never", "without", "unclear", "unknown", "uncertain")
_FOLDED = frozenset("ſıİ")


def _cued(low: str) -> bool:
    """Whether the lower-cased text holds one of `_CUES` (a loop: `any` over a generator cost twice as much, most
    texts holding none)."""
    for cue in _CUES:
        if cue in low:
            return True
    return False


def _spans(text: str) -> list[tuple[int, int]]:
    """Where the indirect questions `text` says are not told or not known stand, each from its wh-word."""
    if _FOLDED.isdisjoint(text) and not _cued(text.lower()):
        return []
    return [(m.start("clause") if m.group("clause") is not None else m.start("open"), m.end())
            for m in _WITHHELD.finditer(text)]


def untold(text: str) -> list[str]:
    """The indirect questions `text` says are not told or not known ("who approached him and what position was
    dangled in front of him"), each from its wh-word."""
    return [text[start:end] for start, end in _spans(text)]


@per_text(maxsize=1 << 12)
def asserted(text: str) -> str:
    """`text` without the indirect questions it says are not told or not known (what it leaves unanswered)."""
    out, at = [], 0
    for start, end in _spans(text):
        out.append(text[at:start])
        at = end
    return "".join(out) + text[at:]
