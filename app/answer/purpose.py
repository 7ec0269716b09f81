"""A purpose infinitive: "to <verb>" that tells what an act already told was for, not an act still to come.

Most "to <verb>" in news frame an event as not (yet) done: "plans to run", "was urged to resign", "is due to be
arraigned" (`outcome.PROSPECT`). Two forms are not prospects:
  - after a completed act of contact or motion, it tells why the act was done and that its aim was met: "called to
    congratulate him" congratulates him, "flew to Kabul to meet the troops" meets them; so does a superlative before
    the infinitive, which tells of someone who did it ("one of the first to call", "the only senator to vote no");
  - after the whole premise of a why-question, restated, it is the reason asked for: "Mr. Clinton was at the White
    House on Thursday to have lunch with Mr. Obama" for "Why was Bill Clinton at the White House on Thursday?".
Pure functions over a clause's lower-case words or a quote's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.terms import term_set

# Completed acts of contact or motion, past tense: what the infinitive after them was for, they did
CONTACT_PAST = frozenset("called phoned telephoned came went flew traveled travelled returned stopped met wrote "
                         "visited arrived gathered rushed drove headed".split())
CONTACT_BASE = frozenset("call phone telephone come go fly travel return stop meet write visit arrive".split())
SUPERLATIVE = frozenset("first last only".split())
# Heads whose infinitive is a complement that is not (yet) done, or a destination: never a purpose
_IRREALIS = frozenset("want wants wanted plan plans planned hope hopes hoped try tries tried decide decides decided "
                      "agree agrees agreed offer offers offered promise promises promised seek seeks sought expect "
                      "expects expected fail fails failed vow vows vowed pledge pledges pledged threaten threatens "
                      "threatened trying refuse refuses refused decline declines declined due scheduled set able "
                      "likely unlikely going has have had need needs needed used ready poised about intend intends "
                      "intended ask asks asked urge urges urged order orders ordered allow allows allowed".split())
_NOT_VERB = frozenset("the a an his her their its this that these those our my your him them us me it "
                      "all any some each every no one two three".split())


def purpose_start(words: Sequence[str], i: int) -> int:
    """Where the frame of word i (an event's verb) starts, when it is the infinitive of a purpose that was met: "to"
    before it follows, within ACT_REACH words, a past act of contact or motion ("called to congratulate", "flew to
    Kabul to thank", "phoned him to apologize"; not a request, "called on him to resign") or a superlative's doer
    ("the only senator to vote", "one of the first to call to congratulate"); a cue of prospect is then looked for
    only before that act (`outcome.mentions`). Otherwise i."""
    if i < 2 or words[i - 1] != "to":
        return i
    for j in range(i - 2, max(i - 2 - ACT_REACH, -1), -1):
        if words[j] in SUPERLATIVE or (words[j] in CONTACT_PAST and words[j + 1] not in _REQUEST_PARTICLES):
            return j
        if words[j] in CONTACT_BASE and j >= 2 and words[j - 1] == "to" and words[j - 2] in SUPERLATIVE:
            return j - 2
        if words[j] in _IRREALIS:
            break
    return i


ACT_REACH = 3  # words between the act and the "to" of its purpose ("flew to Kabul to", "phoned him to")
_REQUEST_PARTICLES = frozenset("on for upon".split())  # "called on / for": a request, what it asks not done
_TO_VERB = re.compile(r"\b(?P<head>[\w’'-]+)\s+to\s+(?P<verb>[a-z][a-z’'-]*)\b")
PREMISE_REACH = 3  # words from the premise's last term to the "to" of its purpose ("on Thursday to have lunch")
_WORD = re.compile(r"[\w’'.-]+$")
_TAIL = re.compile(r"[\w’'.-]+|[^\w\s]")  # words and marks of punctuation


def purpose_reason(question: str, text: str) -> bool:
    """`text` gives the purpose a why-question asks for: a "to <verb>" right after the premise it restates (every one
    of the question's terms the text holds, two at least, before it, the last within PREMISE_REACH words and no
    punctuation of the "to"), the infinitive not a complement of wanting, planning, refusing or the like ("refused to
    discuss the job offer", "trying to bribe" tell no why)."""
    asked = term_set(question)
    for m in _TO_VERB.finditer(text):
        if m.group("head").casefold() in _IRREALIS or m.group("verb") in _NOT_VERB:
            continue
        before, after = term_set(text[: m.start("verb")]) & asked, term_set(text[m.start("verb"):]) & asked
        tail = _TAIL.findall(text[: m.end("head")])[-PREMISE_REACH:]
        adjacent = all(_WORD.match(w) for w in tail) and any(term_set(w) & asked for w in tail)
        if len(before) >= 2 and not after - before and adjacent:
            return True
    return False
