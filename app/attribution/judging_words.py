"""The words that judge, in one frozen table: verdict words and their opposites ("legal" / "illegal"), the words a
question asks a verdict with ("fair", "worthwhile"), and a speaker's words of praise and blame ("defended",
"derided", "valuable", "a disgrace"). Read by `verdicts` (quotes saying opposite verdicts) and `answer.verdict_look`
(a verdict question the speakers answer in their own evaluative words). General English, no article's words."""

from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Opposite:
    """A verdict word and its opposite (`word`'s antonym), and whether the two stand before a noun as adjectives
    ("legal marijuana", "improper spending"), which then names a kind of thing, not a verdict on it."""
    word: str
    opposite: str
    adjective: bool


@dataclass(frozen=True)
class Judging:
    """One side's words, praise or blame, as space-separated words written out (not stems): `verbs`, finite verbs of
    judging (the speaker judges: "defended", "decried"; "forced to defend" judges nothing); `adjectives`, evaluative
    adjectives (they judge the noun after them, not the matter, when one follows); `others`, evaluative nouns and verbs
    ("benefit", "a disgrace", "nonsense")."""
    verbs: str
    adjectives: str
    others: str

    @functools.cached_property
    def words(self) -> str:
        """The evaluative words a named speaker judges with (all but the verbs of judging)."""
        return f"{self.others} {self.adjectives}"


@dataclass(frozen=True)
class Vocabulary:
    """Verdict opposites (`opposites`), the words a question asks a verdict with (`asked`), praise and blame."""
    opposites: tuple[Opposite, ...]
    asked: str
    praise: Judging
    blame: Judging

    @functools.cached_property
    def adjectives(self) -> frozenset[str]:
        """The evaluative adjectives, praise and blame."""
        return frozenset(f"{self.praise.adjectives} {self.blame.adjectives}".split())


JUDGING = Vocabulary(
    opposites=(Opposite("legal", "illegal", True), Opposite("proper", "improper", True),
               Opposite("guilty", "innocent", True), Opposite("true", "false", True),
               Opposite("increase", "decrease", False), Opposite("support", "oppose", False),
               Opposite("win", "lose", False), Opposite("constitutional", "unconstitutional", True),
               Opposite("safe", "dangerous", True), Opposite("success", "failure", False)),
    # whether a thing is good or bad, right or wrong, fair, worth it, a ploy
    asked=("fair unfair good bad right wrong worthwhile worth appropriate inappropriate proper improper justified "
           "unjustified legitimate illegitimate motivated reasonable unreasonable wise unwise harmful helpful "
           "beneficial ploy"),
    praise=Judging(verbs="defended defends praised praises hailed hails welcomed applauded commended",
                   adjectives="beneficial worthwhile valuable fair appropriate legitimate",
                   others="benefit benefits enhance enhances"),
    blame=Judging(verbs=("decried decries assailed assails castigated condemned condemns criticized criticizes "
                         "denounced denounces derided derides blasted slammed"),
                  adjectives="wrong inappropriate illegitimate unfair wasteful outrageous despicable shameful biased",
                  others="foul corruption waste ploy horror disgrace nonsense propaganda"),
)
