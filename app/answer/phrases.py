"""The words a question repeats from what someone wrote or said, and the sentence that holds them (pure, no model).

"Which Republican leader called H.R. 1 a massive federal government takeover?" repeats a phrase of the answer word
for word: "“This bill is a massive federal government takeover …,” Mr. McCarthy said". A sentence that only restates
the topic ("Republicans called the bill a Democratic power grab that amounts to a federal takeover of elections")
holds its words, not the phrase. A phrase is a run of consecutive words the question and the sentence share, counted
by its lower-case content words (names are shared by every sentence on the story, function words by any).
"""

from __future__ import annotations

import re

from app.text.terms import STOPWORDS

PHRASE_WORDS = 3  # lower-case content words in a run that repeats a phrase
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Verbs of naming besides "call" and "describe" (which take more around them below)
_NAMES = r"brand(?:s|ed)?|label(?:s|l?ed)?|dub(?:s|bed)?|term(?:s|ed)?"
# "… called H.R. 1 a massive federal government takeover?", "… described the ruling as a disgrace": the words after
# a verb of naming are someone's label, which the question repeats (not "call for / on": an appeal)
LABEL_ASKED = re.compile(rf"\b(?:call(?:s|ed)?(?!\s+(?:for|on|upon|off|in)\b)|{_NAMES}|"
                         r"describ(?:e|es|ed)\b.*?\bas)\s+(?P<label>.+)$", re.I)


def _weights(text: str) -> tuple[list[str], list[int]]:
    words = _WORD.findall(text)
    return [w.casefold() for w in words], [int(w[:1].islower() and w.casefold() not in STOPWORDS) for w in words]


def shared_run(question: str, text: str) -> int:
    """The lower-case content words of the longest run of consecutive words `text` shares with `question`."""
    return max(map(len, content_runs(question, text)), default=0)


def content_runs(question: str, text: str) -> list[list[str]]:
    """The lower-case content words of each maximal run of consecutive words `text` shares with `question`, where the
    run holds any."""
    qw, qk = _weights(question)
    tw, _ = _weights(text)
    found, prev = [], [0] * (len(tw) + 1)  # prev[j]: the length of the run ending at question word i-1, text word j-1
    for i, word in enumerate(qw):
        cur = [0] * (len(tw) + 1)
        for j, other in enumerate(tw):
            if word == other:
                cur[j + 1] = prev[j] + 1
                ends = i + 1 == len(qw) or j + 1 == len(tw) or qw[i + 1] != tw[j + 1]
                if ends and (run := [qw[n] for n in range(i + 1 - cur[j + 1], i + 1) if qk[n]]):
                    found.append(run)
        prev = cur
    return found


def label_asked(question: str) -> str:
    """The label the question says someone gave ("a massive federal government takeover"), or ''."""
    m = LABEL_ASKED.search(question)
    return m.group("label") if m else ""


def repeats_phrase(label: str, text: str) -> bool:
    """`text` holds a run of the label's words with PHRASE_WORDS lower-case content words or more, or all of a
    shorter label's ("a disgrace" for "Did Trump call Ginsburg a disgrace?": "I think it's a disgrace to the court")."""
    wanted = min(PHRASE_WORDS, sum(_weights(label)[1]))
    return wanted > 0 and shared_run(label, text) >= wanted


_NAMING = rf"(?:call(?:s|ed)?|{_NAMES}|describ(?:e|es|ed))"


def labelled_by(speakers: frozenset[str], text: str) -> bool:
    """One of the speakers' name words is the subject of a verb of naming in `text` ("Republicans called the bill
    a Democratic power grab"), at most two words before it."""
    names = "|".join(re.escape(w) for w in sorted(speakers))
    return bool(names) and re.search(rf"\b(?:{names})\w*(?:\s+[\w’'-]+){{0,2}}?\s+{_NAMING}\b", text, re.I) is not None

