"""Speech patterns in one sentence: who says it, through which medium, in what position.

Pure functions over a sentence string, no model: the rule layer of `app/attribution/chains.py`.
A `Mention` is a raw speaker phrase ("former MKO member, Hassan Heyrani,") found next to a
speech verb; `speakers.Resolver.resolve` turns it into the named source (a name, or the one a pronoun or a role
noun refers back to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.attribution.clauses import as_subject
from app.attribution.media import broadcaster, medium_of
from app.attribution.quotemarks import named_only
from app.attribution.speech_verbs import CHARACTERISE, STRONG, WEAK  # noqa: F401 (read by app/answer)
from app.attribution.unsaid import complemented, unsaid
from app.attribution.phrases import (  # noqa: F401 (runs: read by app/answer/select.py)
    clause_subject,
    guess_kind,
    runs,
    runs_after,
    segments,
    undated,
    words_of,
)
from app.attribution.opening_name import named_subject

_VERB = rf"(?:{STRONG}|{WEAK})"
_CHARACTERISE = re.compile(rf"^(?:{CHARACTERISE})$")
# … or an object and what it is called, ending the clause: 'Democrats called that a mischaracterization.', 'Wal-Mart
# calls that evidence unrepresentative and unreliable.' (not 'called the police', 'called on …', 'called it off')
_CALLED_SO = re.compile(r"\s+(?:that|this|it|them|him|her|those|these|(?:the|his|its|their)\s+[a-z]+)(?:\s+[a-z]+)?"
                        r"\s+(?:an?\s+[a-z\-]+|(?![a-z]+ly\b)(?:(?:un|in|im|ir|il|dis|non)[a-z]{4,}|"
                        r"[a-z]+(?:ble|ive|ous|ful|ical|less|ent|ant|ary)))(?:\s+(?:and|or)\s+[a-z\-]+)?\s*(?:[.;]|$)")
_WEAK = re.compile(rf"^(?:{WEAK})$")
OPEN_Q, CLOSE_Q, STRAIGHT_Q = "“", "”", '"'

MAX_SUBJECT_WORDS = 16
_CONJUNCTIONS = ("and", "but", "then", "and then")

_NAMES_ONLY = re.compile(r"\s*(?:[A-Z][\w.’'\-]*\s*)+")  # a run of capitalised words: a name that opens a sentence
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
# What a group or a study found, reported as its claim: 'Fix the Court found that …', 'the report concluded that …'
# (before a clause with 'that' only, and never a trailing attribution: '…, said he found those remarks unbefitting')
FINDING = "found|finds|concluded|concludes|estimated|estimates"
_LEADING = re.compile(rf"\b({_VERB}|asked|asks|{CHARACTERISE}|{FINDING})\b")
_FINDING = re.compile(rf"^(?:{FINDING})$")
# '…, but conservative activists said the lawmakers were lying.': a coordinate clause with its own speaker and words
_COORDINATE = re.compile(rf",\s*but\s+[^,;“”\"]{{2,60}}?\s+{_VERB}\b\s*[^\s.,;]")
_ASK = re.compile(r"^ask(?:ed|s)$")
# 'asked' reports speech only next to what was asked: 'asked Mr. Sellers “…”', 'asked whether …'
_ASKED_WHAT = re.compile(r"\s*(?:(?:[A-Z][\w.’'\-]*|him|her|them|the|a|an|[a-z]+’s|[a-z]+'s|"
                         r"[a-z]+),?\s+){0,4}?(?:[“\"]|whether\b|if\b)")
_NOT_ASKER = {"when", "if", "was", "were", "is", "are", "be", "been", "being", "get", "got", "gets", "once", "after",
              "before"}
# words between a subject and its verb: 'The chief justice also asked', 'he later said', 'has said'
_BETWEEN = re.compile(r"(?:\s+(?:[a-z]+ly|also|then|later|again|still|further|even|once|first|only|never|often|has|had|"
                      r"have|would|will|could|might))+\s*$")
# 'the reports', 'his claims': after a determiner, a verb's form is a noun
_DETERMINED = re.compile(r"\b(?:the|a|an|these|those|his|her|its|their|our)\s+$", re.IGNORECASE)
# 'was reported', 'has been told': a passive speech verb, its subject is what was said or whom it was said to
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s*$", re.IGNORECASE)
# an open relative clause: its passive's agent does not speak ('Ana Berg, whose note was shared by Tom Lind, said')
_OPEN_RELATIVE = re.compile(r",\s*(?:who|whose|which|whom)\b[^,;:]*$", re.IGNORECASE)
# its agent: up to a clause mark, or a full stop that ends the sentence (not 'Mr.', 'U.S.', an initial: 'Adam L.')
_AGENT = re.compile(r"\s+by\s+([^,;:“”\"]{2,80}?)\s*(?:[,;:“”\"]|\.[\W]*$|$)")
# 'Justice Antonin Scalia who said …': the person a relative clause hangs on speaks
_WHO = re.compile(r"((?:[A-Z][\w.’'\-]*\s+)*[A-Z][\w.’'\-]*),?\s+who\s*$")
# 'WKAL radio, which reported that …': a 'which' clause after a comma hangs on a named body (its kind may follow the
# name), which speaks; no name after a determiner ('The memo, which says'); only a plain verb of saying (`_SAYS`):
# 'including Vanity Fair magazine, which estimated it as costing …' is an aside, not the sentence's source
_SAYS = re.compile(r"(?:said|says|reported|reports|told|tells|announced|announces|stated|states|wrote|writes)")
_WHICH = re.compile(r"(?<![\w’'])((?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|It)\b)"
                    r"(?:[A-Z][\w.’'&\-]*\s+)*[A-Z][\w.’'&\-]*)(?:\s+[a-z]+){0,2},\s+which\s*$")


@dataclass(frozen=True)
class Mention:
    phrase: str  # the raw speaker phrase
    verb: str
    medium: str | None = None  # "The Listening Post" in "told The Listening Post"
    kind: str = "subject"  # subject | trailing | according | post_quote | pre_quote


_RELATIVES = ("which", "who")  # '…, which reported that …', '…, who said …': no trailing speaker


def trailing(sentence: str) -> Mention | None:
    """'…, PressTV reported.' / '…, the report adds.' — the whole sentence is relayed."""
    m = _TRAILING.search(sentence) or _WENT_ON_TAIL.match(sentence)
    if not m:
        inverted = _INVERTED_TAIL.search(sentence)
        return Mention(inverted.group(2), inverted.group(1), None, "trailing") if inverted else None
    if len(words_of(m.group(1))) > 8 or m.group(2) in ("read", "shared") or unsaid(m.group(1) + " ", *m.group(2, 3)):
        return None
    last = (_BETWEEN.sub("", " " + (head := m.group(1).strip())).split() or [""])[-1].casefold()  # 'a professor who'
    if head.casefold() in _CONJUNCTIONS or last in _RELATIVES or _BETWEEN.match(" " + head) \
            or _COORDINATE.match(sentence, m.start()):
        return None  # '…, and announced days later that …', 'Cleaver, D-Mo., also said': the sentence's subject speaks;
    # '…, but activists said they lied.': a clause of its own, not the sentence's attribution (`_COORDINATE`)
    if " and " in m.group(1) and _NAMES_ONLY.fullmatch(sentence[: m.start()]):
        return None  # 'Reps. John Loft, Andy Carr and Emma Cole said': the list is the subject
    return Mention(m.group(1), m.group(2), medium_of(m.group(2), m.group(3)), "trailing")


def according(text: str) -> list[Mention]:
    return [Mention(m.group(1).strip(), "according to", None, "according") for m in _ACCORDING.finditer(text)]


def leading(sentence: str) -> Mention | None:
    """'X, a …, said that …' / 'He then claimed …' — a subject before a speech verb. A weak verb with no complement
    gives way to a later verb that reports speech ('Gibbs declined repeated attempts for comment before relaying to
    reporters that …': 'repeated' is no speech; 'relaying … that' is)."""
    weakest = None
    for m in _LEADING.finditer(sentence):
        if weakest is not None and not m.group(1).endswith("ing"):
            return weakest  # only a participle of the same subject goes on from it, not a verb of its object clause
        before = _BETWEEN.sub(" ", sentence[: m.start()])
        after = sentence[m.end():]
        if _ASK.match(m.group(1)) and not _asks(before, after) or unsaid(sentence[: m.start()], m.group(1), after):
            continue
        if _CHARACTERISE.match(m.group(1)) and not re.match(r"[^;:.“”\"]{0,80}?[“\"]", after) \
                and not (m.group(1).startswith("call") and _CALLED_SO.match(after)):
            continue
        who = _WHO.search(before) or (_WHICH.search(before) if _SAYS.fullmatch(m.group(1)) else None)
        if who:
            return Mention(who.group(1), m.group(1), medium_of(m.group(1), after, before), "subject")
        if _PASSIVE.search(before):  # 'News of the call was first reported by Greg Sargent': its agent speaks, if named
            if agent := None if _OPEN_RELATIVE.search(before) else _AGENT.match(after):
                return Mention(agent.group(1), m.group(1), None, "subject")
            continue
        if re.search(r"\b(which|who|that|whom|whose)\s+$", before, re.IGNORECASE):
            continue
        if re.match(rf"\s+{_VERB}\b", after) or _DETERMINED.search(before):
            continue  # 'Media reports said …', 'but the reports reveal that …': a noun, not the verb
        if _COORDINATE.search(after):
            return weakest  # 'A lawmaker said …, but activists said …': two speakers, neither's the whole sentence
        if _FINDING.match(m.group(1)) and (not after.startswith(" that ") or _ACCORDING.search(sentence)):
            continue  # 'The agency concluded that …, according to a notice in the Federal Register': the notice's
        weak = _WEAK.match(m.group(1)) and not complemented(after)
        phrase = subject_phrase(before, m.group(1))
        if not phrase.strip(" ,\"“”"):
            continue
        found = Mention(phrase, m.group(1), medium_of(m.group(1), after, before), "weak" if weak else "subject")
        if not weak:
            return found
        weakest = weakest or found
    return weakest


# after a verb of saying, its words set off or reported with 'that': 'The problem, Mr. Sellers says, is …', '… tells
# Israel, “…”', 'FireEye announced that …' (not 'Then he says we are going to …', 'He says whatever comes into his
# head': a paraphrase in the quoted speaker's own words)
_SET_OFF = re.compile(r"\s*(?:[^\s,;:“”\"]+\s+){0,3}?[,:;“”\"‘—–]|\s*[.!?]?\s*$|\s+that\b")


def quotes_words(text: str, m: Mention) -> bool:
    """Whether the speaker a quotation names inside itself is quoted there, not paraphrased by the outer speaker."""
    at = text.find(m.phrase.strip())
    verb = re.compile(rf"\b{re.escape(m.verb)}\b").search(text, max(at, 0) + len(m.phrase.strip()))
    return verb is None or bool(_SET_OFF.match(text, verb.end()))


def _asks(before: str, after: str) -> bool:
    """'asked' is a speech verb when a subject asks something said: not 'When asked …', 'was asked'."""
    words = before.split()
    return bool(words) and words[-1].casefold().strip(",") not in _NOT_ASKER and bool(_ASKED_WHAT.match(after))


def subject_phrase(before: str, verb: str = "") -> str:
    """The words before a speech verb that name its subject: the comma-separated tail, except
    'Dmitry Bam, a professor … who has written on ethics, said' (a name and its apposition, however
    long) and '…, and told' (the clause's subject at the start of the sentence)."""
    parts = before.split(",")
    if _CHARACTERISE.match(verb):
        return named_subject(parts[:-1] if verb.endswith("ing") and before.rstrip().endswith(",") else parts)
    if len(parts) >= 3 and not parts[-1].strip() and len(words_of(parts[0])) <= 8:
        opener = words_of(parts[1])[:1]
        if opener and opener[0].casefold() in ("a", "an", "the", "who", "whose"):
            authored = len(parts) > 3 and words_of(parts[2])[:1] in (["from"], ["by"])  # 'the statement, from X, …'
            if len(parts) >= 5 and words_of(parts[2])[:1] == ["and"] and _described(parts[3]):
                return ",".join(parts[:4])  # 'Ann Marsh, a Democrat, and Paul Lind, a Republican, said': both
            return ",".join(parts[: 3 if authored else 2])
    tail = _last_segments(before)
    if verb.endswith("ing") and len(parts) > 1 and not parts[-1].strip() and not words_of(tail):
        # '[WASHINGTON --] President Barack Obama on Friday defended revelations that …, saying that …': a main
        # clause too long for the tail; the participle's speaker is that clause's subject
        return named_subject([undated(parts[0]), *parts[1:-1]])
    if not words_of(tail) and re.search(r"\band\s*$", before):
        # 'In a statement, Royce pointed to the unrest in Zimbabwe — … — and said': a second verb of a clause too long
        # for the tail; its speaker is the name or pronoun opening the clause (none when a common noun opens it)
        return named_subject(parts)
    first = words_of(parts[-1])[:1]
    if tail.strip().casefold() in _CONJUNCTIONS or first and first[0].endswith("ing") and len(parts) > 1:
        return clause_subject(parts)  # '…, accusing the agency of being “…” and said'
    return as_subject(tail) or tail


def _described(part: str) -> bool:
    """An apposition that describes the name before it: 'a Republican', 'the committee's chairman'."""
    return words_of(part)[:1] in (["a"], ["an"], ["the"])


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
    """'“…,” says journalist Azadeh Moaveni.' / '“…,” the commander added.' / '“…,” said Ann Lee, a lawyer, “but …”'
    (a quotation's attribution between its two parts, when nothing follows the second)."""
    close = max(sentence.rfind(CLOSE_Q), sentence.rfind(STRAIGHT_Q))
    if close < 0 or named_only(sentence, close):  # 'a drama like “Homeland” plays as the minister continues'
        return None
    marks = [k for k, c in enumerate(sentence) if c in (OPEN_Q, CLOSE_Q, STRAIGHT_Q)]
    # the sentence opens with the quotation, its first part ends with a comma and the attribution is set off by one
    split = len(marks) >= 4 and not sentence[: marks[0]].strip() and sentence[marks[1] - 1] == "," \
        and sentence[marks[1] + 1 : marks[2]].rstrip().endswith(",")
    return _after_quote(sentence[close + 1 :]) or (_after_quote(sentence[marks[1] + 1 : marks[2]]) if split else None)


def _after_quote(tail: str) -> Mention | None:
    """The speaker in the words after a quotation: 'says journalist Azadeh Moaveni', 'the commander added'."""
    tail = tail.strip().rstrip(".!?").strip(" ,")
    # '…, to the Post'
    to = re.search(r",?\s+to\s+((?:the\s+)?[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,3})$", tail)
    tail = re.split(r",\s*(?:who|whose|which|where)\b", tail[: to.start()] if to else tail)[0].strip(" ,")
    if not tail:
        return None
    inverted = re.match(rf"^({_VERB}|read|reads|asked|asks)\s+(.{{2,120}})$", tail)
    if inverted:
        return Mention(inverted.group(2), inverted.group(1), to.group(1) if to and broadcaster(to.group(1)) else None,
                       "post_quote")
    normal = re.match(rf"^(.{{2,200}}?)\s+(?:\w+ly\s+)?({_VERB}|reads|read|asked|asks)\b(.*)$", tail)
    if normal and normal.group(1).strip().casefold() in _CONJUNCTIONS:
        return None  # 'He called the disclosure “reprehensible” and said …': the clause's subject, before the quote
    if normal and len(words_of(normal.group(1))) <= 24:
        medium = medium_of(normal.group(2), normal.group(3) or (f" to {to.group(1)}" if to else ""))
        return Mention(as_subject(" " + normal.group(1)) or normal.group(1), normal.group(2), medium, "post_quote")
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
            return Mention(_last_segments(before), m.group(1), medium_of(m.group(1), rest, before), "pre_quote")
    return None
