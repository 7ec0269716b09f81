"""Speech patterns in one sentence: who says it, through which medium, in what position.

Pure functions over a sentence string, no model: the rule layer of `app/attribution/chains.py`.
A `Mention` is a raw speaker phrase ("former MKO member, Hassan Heyrani,") found next to a
speech verb; `speakers.Resolver.resolve` turns it into the named source (a name, or the one a pronoun or a role
noun refers back to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.attribution.lexicon import NEWS_ACRONYMS, PREPOSITIONS, PRONOUNS, STOP_WORDS
# runs: read by app/answer/select.py
from app.attribution.phrases import guess_kind, runs, runs_after, segments, words_of  # noqa: F401

# Verbs that introduce what someone said. WEAK ones need a complement ("that", "how", ":", a quote).
STRONG = ("said|says|say|told|tells|telling|added|adds|adding|explained|explains|highlighted|stressed|warned|"
          "warns|continued|claimed|claims|reported|reports|wrote|writes|writing|urged|insisted|argued|"
          "asserted|declared|denied|denies|stressing|warning|saying|responded|replied|answered|tweeted|"
          "testified|acknowledged|admitted|conceded|countered|recalled|predicted|cautioned|contended|"
          "maintained|complained|joked|quipped|argues|arguing|"
          # 'Managers, he went on, “…”', '“…,” he went on' (a quote's tail ends there); not 'went on to
          # win', nor '…, and then he went on.' / 'The talks went on.' (nothing said follows: a full stop is no
          # speech)
          r"(?:went|goes)\s+on(?=\s*(?:[,:“\"]|$)|\s+to\s+(?:say|add|tell|note)\b)")
WEAK = ("disputed|disputes|announced|announces|revealed|reveals|disclosed|described|describing|stated|noted|shared|"
        "posted")
# Verbs that characterise in the speaker's own words: speech only when a quotation follows in their
# clause ('Dennis called the organization "irrelevant"', '…, calling him a “faker”'), not 'called the police'.
CHARACTERISE = ("called|calling|branded|branding|dubbed|dubbing|labeled|labeling|labelled|labelling|derided|"
                "deriding|accused|accusing|assailed|chimed in")
_VERB = rf"(?:{STRONG}|{WEAK})"
_CHARACTERISE = re.compile(rf"^(?:{CHARACTERISE})$")
_WEAK = re.compile(rf"^(?:{WEAK})$")
OPEN_Q, CLOSE_Q, STRAIGHT_Q = "“", "”", '"'

MAX_SUBJECT_WORDS = 16
_CONJUNCTIONS = ("and", "but", "then", "and then")

_TRAILING = re.compile(rf",\s*([^,;“”\"]{{2,80}}?)\s+({_VERB})\b([^,;“”\"]{{0,60}})[.!?]?\s*$")
# '…, he went on.' / '…, Baker goes on.' / '…, the minister went on.': "went on" closes a trailing attribution as
# "added" does, after a pronoun, a name or a role noun only ('…, the talks went on.' is an event: the resolver names
# no one for "the talks", only for a person's or a publication's role) and not after a subordinate clause ('As
# prices rose, he went on.': he carried on); a full stop after "went on" is no speech elsewhere (STRONG)
_WENT_ON_TAIL = re.compile(r"^(?!\W*(?i:as|when|while|after|before|if|although|though|because|since|once|"
                           r"until)\b)"
                           r"[^“”\"]*,\s*(he|she|they|we|I|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}|"
                           r"(?:the|this|that)\s+[a-z]+(?:\s+[a-z]+){0,2})\s+"
                           r"((?:went|goes)\s+on)()[.!?]?\s*$")
# '…, said Representative Robert W. Goodlatte, Republican of Virginia.' / '…, added the minister.': the verb before
# its speaker, at the sentence's end (a name, or "the" and a noun, then when or where and up to two appositions; not
# a day, '…, said Tuesday'); not "told" ('…, told Baker' names who heard it)
_INVERTED_TAIL = re.compile(
    r",\s*(said|says|added|adds|continued|explained|wrote|writes|insisted|argued|replied|responded|answered|warned|"
    r"noted|reported|reports)\s+((?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w.’'\-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w.’'\-]*){0,5}|the\s+[a-z]+(?:\s+[a-z]+)?)"
    r"(?:\s+(?:on|in|at|during|after|before|last|this|yesterday|today|earlier|later)\b[^,;“”\"]*)?"  # 'on Monday'
    r"\s*(?:,[^,;“”\"]*){0,2}[.!?]?\s*$")
_ACCORDING = re.compile(
    r"\baccording to\s+(?:(?:an?|the)\s+)?(?:(?:article|report|documents?|statement)s?\s+"
    r"(?:published|released|issued)\s+(?:in|by|on)\s+)?([^,;“”\"]{2,160})", re.IGNORECASE)
_LEADING = re.compile(rf"\b({_VERB}|asked|asks|{CHARACTERISE})\b")
_ASK = re.compile(r"^ask(?:ed|s)$")
# 'asked' reports speech only next to what was asked: 'asked Mr. Sellers “…”', 'asked whether …'
_ASKED_WHAT = re.compile(r"\s*(?:(?:[A-Z][\w.’'\-]*|him|her|them|the|a|an|[a-z]+’s|[a-z]+'s|"
                         r"[a-z]+),?\s+){0,4}?(?:[“\"]|whether\b|if\b)")
_NOT_ASKER = {"when", "if", "was", "were", "is", "are", "be", "been", "being", "get", "got", "gets", "once", "after",
              "before"}
# words between a subject and its verb: 'The chief justice also asked', 'he later said', 'has said'
_BETWEEN = re.compile(r"(?:\s+(?:[a-z]+ly|also|then|later|again|still|further|even|once|first|only|never|often|has|had|"
                      r"have|would|will|could|might))+\s*$")
# 'was reported', 'has been told': a passive speech verb, its subject is what was said or whom it was said to
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$", re.IGNORECASE)
# its agent: up to a clause mark, or a full stop that ends the sentence (not 'Mr.', 'U.S.', an initial: 'Adam L.
# Braverman')
_AGENT = re.compile(r"\s+by\s+([^,;:“”\"]{2,80}?)\s*(?:[,;:“”\"]|\.[\W]*$|$)")
# 'Justice Antonin Scalia who said …': the person a relative clause hangs on speaks
_WHO = re.compile(r"((?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w.’'\-]*),?\s+who\s*$")


# 'He left, said nothing, and returned.', '…, she said little about it.': the verb reports that nothing was said, when
# "nothing" / "little" ends its clause or a preposition or conjunction follows (not 'said nothing had changed', where
# "nothing" opens what was said)
_NOTHING_SAID = re.compile(r"\s+(?:nothing|little|not a word)(?:\s+(?:else|more|further|publicly))?"
                           r"(?=\s*(?:[,.;:!?()—–]|$)|\s+(?:about|of|to|regarding|in\s+(?:public|response|reply)|"
                           r"and|but|or|when|as|while|after|before|during|until|since|because|then|yet)\b)")
# 'declined to say whether …', 'would not say', 'didn’t say': a refusal to speak, not speech
_NOT_SAYING = re.compile(r"\b(?:(?:declined|declines|declining|refused|refuses|refusing)\s+to|"
                         r"(?:would|will|could|did|does|do)\s+not|(?:wouldn|won|couldn|didn|doesn|don)[’']t)\s+$",
                         re.IGNORECASE)


def _unsaid(before: str, verb: str, after: str) -> bool:
    """Whether a speech verb reports that its subject said nothing: 'said nothing', 'declined to say'."""
    return ((verb in ("said", "says", "say") and bool(_NOTHING_SAID.match(after)))
            or (verb == "say" and bool(_NOT_SAYING.search(before))))


@dataclass(frozen=True)
class Mention:
    phrase: str  # the raw speaker phrase
    verb: str
    medium: str | None = None  # "The Listening Post" in "told The Listening Post"
    kind: str = "subject"  # subject | trailing | according | post_quote | pre_quote


# "in an interview with Politico", "in an op-ed for The Hill", "in a column in the Post"
_MEDIUM_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\w\-]+\s+)?(?:interview|op-ed|oped|column|"
                        r"article|essay|piece|appearance|editorial)\s+(?:with|for|in|on|to)\s+"
                        r"((?:the\s+)?[A-Z][^,;:“”\".]{1,60})")
_TOLD = {"told", "telling", "tells", "tell"}


def _medium(verb: str, rest: str, before: str = "") -> str | None:
    """The outlet a speaker spoke to: 'told NBC', 'told the outlet', 'said in an interview with
    Aljazeera', 'wrote in an op-ed for The Hill' (after the verb, or earlier in its clause)."""
    rest = rest.strip()
    if verb in _TOLD:
        m = re.match(r"((?:the\s+)?(?:[A-Z][\w\-’'.]*\s*){1,5})", rest)
        if m:
            return m.group(1).strip()
        m = re.match(r"(the\s+(?:outlet|paper|newspaper|network|station|magazine|website|site|publication))\b", rest)
        return m.group(1) if m else None
    m = _MEDIUM_IN.search(rest) or _MEDIUM_IN.search(before.rstrip(" ,").split(",")[-1])
    if m:
        return m.group(1).strip()
    telling = re.match(r"[^,;“”\"]{0,40},\s*(telling|told)\s+(.*)$", rest)  # 'responded, telling the Times …'
    if telling:
        return _medium(telling.group(1), telling.group(2))
    to = re.match(r"to\s+((?:the\s+)?[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,3})", rest)  # 'said to the Post'
    if to and _broadcaster(to.group(1)):  # not 'posted to Twitter'
        return to.group(1)
    on = re.match(r"(?:\s*[a-z]+ly|\s*[A-Z][a-z]+day)?\s*on\s+((?:[A-Z][\w\-.]*(?:[’']s)?\s*){1,4})", rest)
    if on and _broadcaster(on.group(1)):  # 'said on ABC', 'said on NBC’s “Meet the Press”'
        return re.sub(r"[’']s$", "", on.group(1).strip())
    return None


def _broadcaster(phrase: str) -> bool:
    tokens = [re.sub(r"[’']s$", "", t) for t in phrase.split() if t.casefold() != "the"]
    return bool(tokens) and (tokens[0] in NEWS_ACRONYMS or guess_kind(tokens) == "outlet")


def trailing(sentence: str) -> Mention | None:
    """'…, PressTV reported.' / '…, the report adds.' — the whole sentence is relayed."""
    m = _TRAILING.search(sentence) or _WENT_ON_TAIL.match(sentence)
    if not m:
        inverted = _INVERTED_TAIL.search(sentence)
        return Mention(inverted.group(2), inverted.group(1), None, "trailing") if inverted else None
    if len(words_of(m.group(1))) > 8 or m.group(2) in ("read", "shared") or _unsaid(m.group(1) + " ", *m.group(2, 3)):
        return None
    if m.group(1).strip().casefold() in _CONJUNCTIONS:
        return None  # '…, and announced days later that …': a second verb of the sentence's subject
    return Mention(m.group(1), m.group(2), _medium(m.group(2), m.group(3)), "trailing")


def according(text: str) -> list[Mention]:
    return [Mention(m.group(1).strip(), "according to", None, "according") for m in _ACCORDING.finditer(text)]


def leading(sentence: str) -> Mention | None:
    """'X, a …, said that …' / 'He then claimed …' — a subject before a speech verb."""
    for m in _LEADING.finditer(sentence):
        before = _BETWEEN.sub(" ", sentence[: m.start()])
        after = sentence[m.end():]
        if _ASK.match(m.group(1)) and not _asks(before, after) or _unsaid(sentence[: m.start()], m.group(1), after):
            continue
        if _CHARACTERISE.match(m.group(1)) and not re.match(r"[^;:.“”\"]{0,80}?[“\"]", after):
            continue
        who = _WHO.search(before)
        if who:
            return Mention(who.group(1), m.group(1), _medium(m.group(1), after, before), "subject")
        if _PASSIVE.search(before):  # 'News of the call was first reported by Greg Sargent': its agent speaks, if named
            agent = _AGENT.match(after)
            if agent:
                return Mention(agent.group(1), m.group(1), None, "subject")
            continue
        if re.search(r"\b(which|who|that|whom|whose)\s+$", before, re.IGNORECASE):
            continue
        if re.match(rf"\s+{_VERB}\b", after):
            continue  # 'Media reports said …': a noun before the verb
        weak = _WEAK.match(m.group(1)) and not re.match(r"\s*(?:\S+\s+){0,3}?(that|how|as)\b|\s*[:“\"]", after)
        phrase = _subject_phrase(before, m.group(1))
        if not phrase.strip(" ,\"“”"):
            continue
        return Mention(phrase, m.group(1), _medium(m.group(1), after, before), "weak" if weak else "subject")
    return None


def _asks(before: str, after: str) -> bool:
    """'asked' is a speech verb when a subject asks something said: not 'When asked …', 'was asked'."""
    words = before.split()
    return bool(words) and words[-1].casefold().strip(",") not in _NOT_ASKER and bool(_ASKED_WHAT.match(after))


def _subject_phrase(before: str, verb: str = "") -> str:
    """The words before a speech verb that name its subject: the comma-separated tail, except
    'Dmitry Bam, a professor … who has written on ethics, said' (a name and its apposition, however
    long) and '…, and told' (the clause's subject at the start of the sentence)."""
    parts = before.split(",")
    if _CHARACTERISE.match(verb):
        return _named_subject(parts[:-1] if verb.endswith("ing") and before.rstrip().endswith(",") else parts)
    if len(parts) >= 3 and not parts[-1].strip() and len(words_of(parts[0])) <= 8:
        opener = words_of(parts[1])[:1]
        if opener and opener[0].casefold() in ("a", "an", "the", "who", "whose"):
            authored = len(parts) > 3 and words_of(parts[2])[:1] in (["from"], ["by"])  # 'the statement, from X, …'
            return ",".join(parts[: 3 if authored else 2])
    tail = _last_segments(before)
    first = words_of(parts[-1])[:1]
    if tail.strip().casefold() in _CONJUNCTIONS or first and first[0].endswith("ing") and len(parts) > 1:
        return _clause_subject(parts)  # '…, accusing the agency of being “…” and said'
    return tail


def _clause_subject(parts: list[str]) -> str:
    """The comma-separated part that opens the main clause: not 'In a speech earlier this month'."""
    for part in parts:
        first = words_of(part)[:1]
        if first and (first[0].casefold() in PRONOUNS or first[0][0].isupper()
                      and first[0].casefold() not in STOP_WORDS):
            return part
    return parts[0]


def _named_subject(parts: list[str]) -> str:
    """The name or pronoun opening the clause ('Dennis', 'Senator Mitch McConnell of Kentucky', 'she'),
    after introductory phrases ('In July,'); '' when a common noun opens it ('The lawsuit, which was
    brought by …, accused', 'the group released an ad …, accusing'): a characterising verb's
    speaker is the clause's subject, never a name further on."""
    for part in parts:
        words = words_of(part)
        if not words or words[0].casefold() in PREPOSITIONS:
            continue
        if words[0].casefold() in PRONOUNS:
            return words[0]
        found = runs_after(part)
        return " ".join(found[0][1]) if found and found[0][0].strip().casefold() in ("", "the") else ""
    return ""


def _last_segments(before: str) -> str:
    """The comma-separated tail of `before` that fits in MAX_SUBJECT_WORDS words."""
    parts = before.split(",")
    out: list[str] = []
    for part in reversed(parts):
        if len(words_of(",".join([part, *out]))) > MAX_SUBJECT_WORDS:
            break
        out.insert(0, part)
    return ",".join(out)


def post_quote(sentence: str) -> Mention | None:
    """'“…,” says journalist Azadeh Moaveni.' / '“…,” the commander added.'"""
    close = max(sentence.rfind(CLOSE_Q), sentence.rfind(STRAIGHT_Q))
    if close < 0:
        return None
    tail = sentence[close + 1 :].strip().rstrip(".!?").strip(" ,")
    # '…, to the Post'
    to = re.search(r",?\s+to\s+((?:the\s+)?[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,3})$", tail)
    tail = re.split(r",\s*(?:who|whose|which|where)\b", tail[: to.start()] if to else tail)[0].strip(" ,")
    if not tail:
        return None
    inverted = re.match(rf"^({_VERB}|read|reads|asked|asks)\s+(.{{2,120}})$", tail)
    if inverted:
        return Mention(inverted.group(2), inverted.group(1), to.group(1) if to and _broadcaster(to.group(1)) else None,
                       "post_quote")
    normal = re.match(rf"^(.{{2,200}}?)\s+(?:\w+ly\s+)?({_VERB}|reads|read|asked|asks)\b(.*)$", tail)
    if normal and len(words_of(normal.group(1))) <= 24:
        medium = _medium(normal.group(2), normal.group(3) or (f" to {to.group(1)}" if to else ""))
        return Mention(normal.group(1), normal.group(2), medium, "post_quote")
    return None


def pre_quote(sentence: str) -> Mention | None:
    """'Hassan Shahbaz, a defected MKO member said in an interview with Aljazeera: “…' — the
    speech verb nearest the quote ('When asked if …, Netanyahu responded, “…')."""
    opens = [i for i in (sentence.find(OPEN_Q), sentence.find(STRAIGHT_Q)) if i >= 0]
    if not opens:
        return None
    head = sentence[: min(opens)]
    if not re.search(r"[:,]\s*$", head):
        return None
    for m in reversed(list(_LEADING.finditer(head))):
        before = re.sub(r"\s+\w+ly\s*$", "", head[: m.start()])
        who = _WHO.search(before)
        if who:
            return Mention(who.group(1), m.group(1), None, "pre_quote")
        if re.search(r"\b(?:that|which|who)\s*$", before):
            continue  # 'the part of the U.S. code that says: “…': a text, not a speaker
        if before.strip():
            rest = head[m.end():]
            return Mention(_last_segments(before), m.group(1), _medium(m.group(1), rest, before), "pre_quote")
    return None
