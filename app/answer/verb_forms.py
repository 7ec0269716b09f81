"""Which words report a verb: its irregular past ("won" reports "win"), the verbs of its family ("spoke" reports
"talk", "adopted" reports "pass") and the nouns news writing names its event by ("lawsuit" reports "sue"). Data shared
by the checks that read an event in a quote (`outcome.py`, `other_doers.py`, `targets.py`) and the choice of the quote
that names the act asked about (`acts.py`). A noun's plural look is `app.text.plurals`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.terms import stem
from app.text.function_words import BE

# Event verbs and the nouns news writing names their event by (general English, not a corpus's words)
EVENT_NOUNS = {
    "sue": ("suit", "suits", "lawsuit", "lawsuits"), "vote": ("vote", "votes"), "rule": ("ruling", "rulings"),
    "decide": ("decision", "decisions"), "arrest": ("arrest", "arrests"), "appeal": ("appeal", "appeals"),
    "indict": ("indictment", "indictments"), "charge": ("charge", "charges"), "approve": ("approval",),
    "endorse": ("endorsement", "endorsements"), "investigate": ("investigation", "investigations", "probe"),
    "complain": ("complaint", "complaints"), "propose": ("proposal", "proposals"), "veto": ("veto", "vetoes"),
    "challenge": ("challenge", "challenges"), "petition": ("petition", "petitions"), "ask": ("request", "requests"),
}

# Irregular past forms of common English verbs: "won" reports "win".
IRREGULAR = {"win": "won", "pay": "paid", "give": "gave", "take": "took", "make": "made", "find": "found",
             "lose": "lost", "leave": "left", "bring": "brought", "buy": "bought", "hold": "held", "keep": "kept",
             "run": "ran", "get": "got", "see": "saw", "begin": "began", "choose": "chose", "send": "sent",
             "spend": "spent", "lead": "led", "sell": "sold", "fight": "fought", "seek": "sought", "meet": "met",
             "rise": "rose", "fall": "fell", "steal": "stole", "hide": "hid", "break": "broke", "strike": "struck",
             "go": "went", "come": "came", "know": "knew", "grow": "grew", "draw": "drew", "throw": "threw",
             # more of the common ones ("Did the lake freeze" is answered by "froze"); not pasts that are common other
             # words in news ("fed", "bit", "lit", "bore", "hung"), nor verbs of saying or thinking ("told", "thought")
             "freeze": "froze", "write": "wrote", "drive": "drove", "fly": "flew", "eat": "ate", "feel": "felt",
             "hear": "heard", "build": "built", "teach": "taught", "catch": "caught", "stand": "stood",
             "understand": "understood", "sit": "sat", "sink": "sank", "swim": "swam", "sing": "sang", "ring": "rang",
             "shake": "shook", "wear": "wore", "swear": "swore", "wake": "woke", "ride": "rode", "shoot": "shot",
             "flee": "fled", "lend": "lent", "bend": "bent", "deal": "dealt", "dig": "dug", "stick": "stuck",
             "withdraw": "withdrew", "forgive": "forgave", "forget": "forgot", "forbid": "forbade", "uphold": "upheld",
             "withhold": "withheld", "mislead": "misled", "oversee": "oversaw", "undertake": "undertook",
             "become": "became", "blow": "blew", "slide": "slid", "spin": "spun", "sweep": "swept", "sleep": "slept",
             "drink": "drank", "tear": "tore", "overcome": "overcame", "arise": "arose", "lay": "laid"}
# Irregular past participles that differ from the past (`IRREGULAR` holds that one): "no laws were broken" reports
# "break", "the money was hidden" reports "hide". Not "bear" / "born": in news it is another word.
PARTICIPLES = {"break": "broken", "hide": "hidden", "take": "taken", "give": "given", "choose": "chosen",
               "steal": "stolen", "write": "written", "drive": "driven", "know": "known", "grow": "grown",
               "draw": "drawn", "throw": "thrown", "begin": "begun", "rise": "risen", "fall": "fallen", "eat": "eaten",
               "fly": "flown", "freeze": "frozen", "shake": "shaken", "wear": "worn", "swear": "sworn",
               "ride": "ridden", "forgive": "forgiven", "forget": "forgotten", "forbid": "forbidden", "see": "seen",
               "oversee": "overseen", "undertake": "undertaken", "withdraw": "withdrawn", "go": "gone",
               "blow": "blown", "tear": "torn", "arise": "arisen", "sink": "sunk", "drink": "drunk", "sing": "sung",
               "ring": "rung", "swim": "swum", "wake": "woken", "speak": "spoken", "beat": "beaten", "show": "shown"}
# "re-" before one of these keeps its irregular past: "repay" / "repaid", "rebuild" / "rebuilt", "retell" / "retold".
# Not where "re-" and the past spell a word of their own: "resent" is no past of "resend", "relent" none of "relend".
_RE_OWN = frozenset(("resent", "relent", "refound"))
IRREGULAR = {**IRREGULAR, **{f"re{v}": f"re{p}" for v, p in IRREGULAR.items() if f"re{p}" not in _RE_OWN}}
PASTS = frozenset(IRREGULAR.values())  # the irregular past forms ("won", "paid", "repaid")
# Every irregular form a past participle takes: the irregular pasts (most are the participle too: "paid", "held"), the
# participles that differ ("broken", "shown") and two the tables leave out: "done" (of a light verb), "read" (spelt as
# its base form)
IRREGULAR_PARTICIPLES = PASTS | frozenset(PARTICIPLES.values()) | frozenset(("done", "read"))


def past_participle(word: str) -> bool:
    """`word` has a past participle's form: regular "-ed", "-en" ("taken", "proven") or an irregular one ("paid",
    "shown", "done"). The form only: "open" or "even" look like one too, so read it where a verb stands."""
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


def participle(word: str) -> bool:
    """`word` has a past or a present participle's form ("dropped", "struck", "collecting")."""
    return past_participle(word) or word.endswith("ing")


# Verbs that report one another: talking with someone is reported in many words ("called him last
# summer", "the conversation moved on", "spoke with officials"), and a body's vote on a measure is
# "passed", "adopted" or "approved" ("The NAACP adopted a resolution", "approved by voters in 2012"); an
# offer's fate is told by "accepted", "declined" or "refused", each of which answers "Did X accept …?"
# (as "did not pass" answers "Did X pass …?": a report either way). What a buyer spent is what the thing
# cost: "The ad … is costing Secure America $1 million" answers "How much did Secure America spend on the ad?".
# A start is told by any verb of beginning: "a program launched in 2007" answers "In what year did the PRISM
# program start?". Public blame is told by any verb of it: "Clapper issued a statement decrying the leak" and "after
# denouncing the leak" answer "Did Clapper condemn the leak?". Working a thing one holds is told by any verb of
# operating it: "several thousand accounts are managed by …" and "the MKO uses thousands of fake Twitter accounts" both
# answer "Does the MEK run fake accounts?" (not the light "have", `asked_events.LIGHT`, in every article). Undoing a
# decision is told by either verb: "Trump … reversed the government's decision" answers "Did Trump overturn the
# decision?".
# What someone noticed or realised is told by any verb of perception or cognition: "I could see the men going forth"
# answers "What did Dukes notice …?" (`perceived.py` reads "could see" and "it became clear to him"). Not "find" or
# "learn": in news they are a study's finding and a reporter's source ("found", "learned" of another's act).
_PERCEIVED = ("notice see saw seen observe perceive realize realise realized realised recognize "
              "recognise recognized recognised discover")
FAMILIES = tuple(frozenset(stem(w) for w in words.split()) for words in (
    "talk speak spoke spoken call phone discuss conversation chat", "pass adopt approve", "accept",
    "decline refuse reject", "spend spent cost", "begin began start launch", "win won defeat beat", "lose lost",
    "support endorse", "oppose", "confirm", "deny denied", "sue sued",
    "condemn denounce decry decried criticize criticise criticized criticised", "run operate manage maintain use",
    "reverse overturn", _PERCEIVED))
# A yes/no question is answered as often by the act's opposite as by the act: "Did X accept the offer?" by "X
# rejected the overture"; "Did the House reject the bill?" by "The House approved the plan"; "Did Specter beat
# Sestak?" by "Sestak went on to defeat Specter"; "Did X support the measure?" by "X had opposed it"; "Did the firms
# confirm …?" by "the firms have denied …" ("sued" stems apart from "sue": one family). Not "veto": another body's
# act on the same bill, not the fate of the asked one. A "Why did X reject …" question presumes the rejection: an
# opposite is no report of it (`presumed.py`).
_OPPOSED = (("pass", "reject"), ("accept", "reject"), ("win", "lose"), ("support", "oppose"), ("confirm", "deny"))
PERCEPTION = frozenset(stem(w) for w in _PERCEIVED.split())
OPPOSITES = tuple((next(f for f in FAMILIES if stem(a) in f), next(f for f in FAMILIES if stem(b) in f))
                  for a, b in _OPPOSED)


# "take / took / bring X to court" is to sue X ("Did Nebraska take Colorado to the Supreme Court?" is told by "filed a
# federal lawsuit in the U.S. Supreme Court"): an idiom of English, whatever court is named
_TO_COURT = re.compile(r"\b(?P<verb>take|took|taken|taking|bring|brought|bringing)\s+(?:[\w.’'-]+\s+){1,6}?to\s+"
                       r"(?:the\s+)?(?:[\w.’'-]+\s+){0,3}?courts?\b", re.I)


def idiom_nouns(question: str, verb: str) -> tuple[str, ...]:
    """The nouns of the act an idiom of the question's verb stands for ("take X to court": a suit, a lawsuit)."""
    m = _TO_COURT.search(question)
    return EVENT_NOUNS["sue"] if m and m.group("verb").casefold() in (verb.casefold(), IRREGULAR.get(verb.casefold())) \
        else ()


# The act a support verb's noun names (`asked_events.SUPPORT`): "Did X file a lawsuit?" is answered by "X sued".
ACT_NOUNS = {"lawsuit": "sue", "suit": "sue"}


def act_of(noun: str) -> str | None:
    """The act a noun names (`ACT_NOUNS`), of its plural too ("lawsuits": sue); None: none."""
    return ACT_NOUNS.get(noun) or (ACT_NOUNS.get(noun[:-1]) if noun.endswith("s") else None)


def family(word: str, opposites: bool = True) -> frozenset[str]:
    """The stems of the verbs that report `word` besides its own forms, and (when `opposites`) of the verbs of
    its opposite (empty: none)."""
    s = stem(word)
    same = frozenset().union(*(f for f in FAMILIES if s in f))
    if not opposites:
        return same
    return same.union(*(b if s in a else a for a, b in OPPOSITES if s in a or s in b))


def opposite(word: str) -> frozenset[str]:
    """The stems of the verbs of `word`'s opposite ("accept": declin, refus, reject; empty: none)."""
    return family(word) - family(word, opposites=False)


# Verbs whose irregular past counts as the verb when a sentence's coverage of the question is
# measured ("How much tax did the Clintons pay?" is covered by "paid"): verbs that say what was
# done. Not light verbs (made, took, gave, went, came, got, kept, held), whose forms are in every
# article, nor pasts that are other words too (won, led, left, found, saw, rose, fell, lost, met).
_COVERED = "pay bring buy begin choose send spend sell fight seek know grow throw steal".split()
_PAIRS = tuple((stem(v), stem(IRREGULAR[v])) for v in _COVERED)
SAME_VERB = {a: b for pair in _PAIRS for a, b in (pair, pair[::-1])}  # stem -> the other form's stem


def other_forms(asked_terms: frozenset[str] | set[str]) -> dict[str, str]:
    """The question's terms that have another form of their verb, each with that form's stem."""
    return {t: SAME_VERB[t] for t in asked_terms if t in SAME_VERB}


def with_forms(sentence_terms: frozenset[str], forms: dict[str, str]) -> frozenset[str]:
    """`sentence_terms` plus each question term whose other verb form the sentence holds."""
    extra = [t for t, other in forms.items() if other in sentence_terms and t not in sentence_terms]
    return sentence_terms | frozenset(extra) if extra else sentence_terms


# What was paid to someone is what they earned: "She gave three speeches … and was paid a total of $675,000" answers
# "How much did Clinton earn from the speeches?". Only the passive ("was paid", "had been paid"): "X paid" is X's
# money going out, the payer's act.
_EARNED = frozenset(stem(w) for w in ("earn", "receive", "make"))


def paid_to(acts: Sequence[str], words: Sequence[str], i: int) -> bool:
    """Word i is a passive "paid" and one of `acts` is the payee's ("earn", "receive", "make")."""
    return words[i].casefold() == "paid" and i > 0 and words[i - 1].casefold() in BE and earns(acts)


def earns(acts: Sequence[str]) -> bool:
    """One of `acts` is the payee's ("earn", "receive", "make"): only then may a passive "paid" tell it."""
    return any(stem(a) in _EARNED for a in acts)
