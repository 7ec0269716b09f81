"""A voice with no speaker link: the subject of a report verb opening the sentence ("Voltra said only 14 of the
reported fires …", "The district said 140 teachers …", "According to GRT, only 850 workers …").

Ingest links a sentence to a named person or a known body; an organisation or a group the article describes ("the
district", "Voltra", "the hospital") saying something gets no link, so two such sentences in one article look like
one account, the outlet's own. A sentence whose report verb has its own subject is that subject's voice, not the
outlet's narration; two of them with other subjects are two voices (issue 14.1: the two sides of a figure dispute one
article tells). A pronoun ("It has received 41 …", "They said …") names no voice of its own: it may point back at
either. The outlet's narration (no report verb with a subject of its own) is no voice either.
"""

from __future__ import annotations

from app.answer.two_voices import source_of

PRONOUNS = frozenset("i we you he she it they this that these those who one".split())
ARTICLES = frozenset("the a an".split())


def spoken_by(text: str) -> str | None:
    """The folded name of the sentence's own speaker when a report verb's subject (or "according to X") names one,
    without a leading article ("the district"); None for a pronoun or no speaker at all."""
    who = source_of(text)
    words = [w for w in (who or "").casefold().split() if w not in ARTICLES]
    if not words or words[0] in PRONOUNS or len(words) > 6 or any(c.isdigit() for c in who):  # "It has received 41"
        return None
    return " ".join(words)


def other_speakers(a: str, b: str) -> bool:
    """a and b are spoken by two named voices that share no word ("voltra" / "fire officials in brenton"): a word in
    common ("voltra" / "voltra mobility", "the company" / "the company's lawyers") may be one voice."""
    sa, sb = spoken_by(a), spoken_by(b)
    return sa is not None and sb is not None and not set(sa.split()) & set(sb.split())
