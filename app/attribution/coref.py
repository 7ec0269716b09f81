"""Pronoun coreference within an article: which named person 'he' or 'she' refers to.

Rules, no model (coreferee needs a model that only downloads from GitHub; see README): the
antecedent is the most recent person named as a subject or speaker whose gender agrees with the
pronoun. Gender comes from evidence in the text only, never from first names: an honorific
('Mr.', 'Ms.'), a gendered role noun ('congresswoman'), a pronoun in a sentence whose subject is
that person alone ('Ginsburg … as she …'), or 'himself'/'herself'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MALE, FEMALE = "m", "f"
_PRONOUN_GENDER = {"he": MALE, "him": MALE, "his": MALE, "himself": MALE,
                   "she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE}
HONORIFIC_GENDER = {"mr": MALE, "mrs": FEMALE, "ms": FEMALE, "miss": FEMALE}
_ROLE_GENDER = {"congressman": MALE, "congresswoman": FEMALE, "spokesman": MALE, "spokeswoman": FEMALE,
                "chairwoman": FEMALE, "businessman": MALE, "businesswoman": FEMALE}
RECENT = 8  # people remembered for pronouns
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss)\.?\s")  # what a title before a surname needs: most sentences have none


@dataclass
class People:
    """Persons named so far (most recent last) and the gender the text shows for each."""

    recent: dict[str, Any] = field(default_factory=dict)  # name -> what the caller keeps (an Entity)
    gender: dict[str, str] = field(default_factory=dict)
    guessed: set[str] = field(default_factory=set)  # genders read from pronouns only: a title or role noun wins

    def mention(self, name: str, value: Any) -> None:
        self.recent.pop(name, None)
        self.recent[name] = value
        while len(self.recent) > RECENT:
            self.recent.pop(next(iter(self.recent)))

    def antecedent(self, pronoun: str) -> Any | None:
        """The most recent person whose known gender does not contradict `pronoun`."""
        want = _PRONOUN_GENDER.get(pronoun.casefold())
        for name in reversed(self.recent):
            if want is None or self.gender.get(name, want) == want:
                return self.recent[name]
        return None

    def learn(self, name: str, sentence: str, alone: bool, described: str = "") -> None:
        """Gender evidence for `name`, the subject or speaker of `sentence` (quotes masked). A title or a gendered
        role noun decides, and corrects what pronouns suggested before ('his' in a sentence about someone else);
        pronouns count only when no other person is named in the sentence (`alone`) and nothing better is known."""
        if name in self.gender and name not in self.guessed:
            return
        surname = re.escape([w for w in name.split() if w.rstrip(".") not in ("Jr", "Sr")][-1])
        title = _HONORIFIC.search(sentence) and re.search(
            rf"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w.\-’']*\s+)*?{surname}\b", sentence)
        found = {HONORIFIC_GENDER[title.group(1).casefold()]} if title else set()
        words = [w.casefold() for w in re.findall(r"[A-Za-z]+", f"{described} {sentence}")]
        found |= {_ROLE_GENDER[w] for w in words if w in _ROLE_GENDER}
        if len(found) == 1:
            self.gender[name] = found.pop()
            self.guessed.discard(name)
            return
        if name in self.gender or found or not alone:
            return
        found = {_PRONOUN_GENDER[w] for w in words if w in _PRONOUN_GENDER}
        if len(found) == 1:
            self.gender[name] = found.pop()
            self.guessed.add(name)
