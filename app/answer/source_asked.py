"""Whom a question asks about as a source: "What did X say / tell / post …", "What has X said …", "According to X,
…", "Did X call Y Z?" (pure regexes over the question; `asked` reads them)."""

from __future__ import annotations

import re

from app.attribution.speech import runs
from app.text.apostrophe import straight
from app.text.terms import STOPWORDS, per_text, term_set
from app.text.function_words import DETERMINERS

# A speaker is not a bare determiner: in "What did the report say", "What did the Post report" the word after "the" is
# the noun, not the verb asked about
# nor a possessive: in "What did Trump's tweet … say" the word after "Trump's" is the noun ("tweet"), not the verb
_NOT_A_DETERMINER = "".join(rf"(?<!\b{d})" for d in sorted(DETERMINERS)) + r"(?<!['’]s)"
# The verb asked about is written in lower case: a capitalised one is a name word ("What did the Listening Post report",
# not "the Listening" posting)
_VERB = "(?=(?-i:[a-z]))"
# "What did X say", "What has / had X said", "What is / was X saying" (not "What was the reporting period": a
# determiner and an -ing noun)
_SAID_ASKED = re.compile(
    rf"\b(?:what|how)\s+(?:(?:did|does|do)\s+(?P<who>.+?){_NOT_A_DETERMINER}\s+{_VERB}(?:say|tell|announce|report|"
    r"write|claim|describe|warn|reveal|argue|explain|conclude|call|post|tweet|state|testify|insist|admit|allege|"
    r"promise)|"
    rf"(?:has|have|had)\s+(?P<who_has>.+?){_NOT_A_DETERMINER}\s+{_VERB}(?:said|told|announced|reported|written|"
    r"claimed|described|warned|revealed|argued|explained|concluded|called|posted|tweeted|stated|testified|insisted|"
    r"admitted|alleged|promised)|(?:is|are|was|were)\s+"
    rf"(?P<who_ing>(?!(?:the|a|an|this|that|its|his|her|their)\s+\w+ing\b).+?)\s+{_VERB}(?:saying|telling|announcing|"
    r"reporting|writing|claiming|describing|warning|revealing|arguing|explaining|calling|posting|tweeting|stating|"
    r"testifying|insisting|admitting|alleging|promising))\b", re.I)
# "Did X call the lawsuit meritless?": whether X said so (not "call on / for", an appeal; "Did X say that …" the
# narrative answers)
# "Has / Have X called Y Z?" asks the same in the perfect: a participle after "has / have"
_SAID_POLAR = re.compile(r"^\W*(?:(?:did|does|do)\s+(?P<who>\S.*?)\s+(?:call|describe|label|brand|dub)|(?:has|have)\s+"
                         r"(?P<who_has>\S.*?)\s+(?:called|described|label(?:l)?ed|branded|dubbed))\b"
                         r"(?!\s+(?:on|for|upon)\b)", re.I)
# "According to the Washington Post, what …": the question names the source it asks about.
_ACCORDING = re.compile(r"^\W*according to (?P<who>[^,?]+),", re.I)
# "Duncan Hunter's spokesman", "the senator's lawyer": a role of a named person or body
ROLE_OF = re.compile(r"(?P<owner>.*?)['’]s\s+(?P<role>[a-z]+(?:\s+[a-z]+){0,2})\s*$")
# "the Harvard economist", "the Microsoft spokesperson": a role after its owner's name as a modifier, no possessive
# (the articles name the holder with the role as a title or an apposition: "Harvard economist Jeff Miron", "Jane Roe, a
# Microsoft spokesperson,"); not "a Kansas City-area Tea Party activist" (an indefinite describes, `Asked.described`),
# nor "the Internet companies" (a plural names a group, `group_words`, no one role's holder)
TITLED_ROLE = re.compile(r"^\s*the\s+(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
                         r"(?P<role>[a-z]+(?:\s+[a-z]+){0,2})(?:(?<!s)|(?<=ss|us|is))\s*$")
# "the police chief", "the mayor", "the state senator": a singular definite title of lower-case words and no owner (the
# articles write it before the holder's name, "Police Chief Aaron Strick", `roles.resolve_role`); not a plural group
# ("the protesters", `group_words`), nor a function word ("the other", "the same")
_BARE_ROLE = re.compile(r"^\s*the\s+(?P<owner>)(?P<role>[a-z]+(?:\s+[a-z]+){0,2})(?:(?<!s)|(?<=ss|us|is))\s*$")


def bare_role(who: str) -> re.Match[str] | None:
    """The `_BARE_ROLE` match of a source named only by its title ("the police chief"), with an empty owner."""
    m = _BARE_ROLE.match(who)
    return m if m is not None and not set(m.group("role").split()) & STOPWORDS else None

# "Wal-Mart's lawyer Theodore Boutrous": a role followed by the name of the one who holds it
NAMED_ROLE = re.compile(r"['’]s\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s*$")


def source_match(question: str) -> re.Match[str] | None:
    """The match that names the source the question asks about, if any (`who`)."""
    return _SAID_ASKED.search(question) or _ACCORDING.search(question) or _labelled_by(question)


def polar(m: re.Match[str] | None) -> bool:
    """The match is a "Did X call Y Z?" one: whether X said so."""
    return m is not None and m.re is _SAID_POLAR


def who(m: re.Match[str]) -> str:
    """The speaker a `_SAID_ASKED`, `_ACCORDING` or `_SAID_POLAR` match names: "did X say", "has / had X said", "is /
    was X saying"."""
    groups = m.groupdict()
    return groups["who"] or groups.get("who_has") or groups.get("who_ing") or ""


# After "call <object>": a label follows ("meritless", "a disgrace", "without merit"); a phone call has none, or a time,
# place or topic ("Did Trump call Putin after the election?")
# (the question's end: not an abbreviation's full stop, "Did Republicans call H.R. 1 a power grab?")
_NO_LABEL = re.compile(r"^\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|\w+\b)"
                       r"(?:\s*(?:[?.!]\s*$|$)|"
                       r"\s+(?:after|before|on|in|at|about|during|to|from|with|for|over|last|this|yesterday|today|when|"
                       r"while|again)\b)")


def _labelled_by(question: str) -> re.Match[str] | None:
    """`_SAID_POLAR`'s match when its subject's head is a name ("Ed Royce") or a role ("Colorado's attorney
    general"): a source, not a thing named after one ("the NAACP resolution"); and a label follows the object."""
    m = _SAID_POLAR.match(question)
    if m is None or _NO_LABEL.match(question[m.end():]):
        return None
    subject = who(m)
    return m if subject.split()[-1][:1].isupper() or ROLE_OF.search(subject) else None


# A source named by a plural common noun, in lower case: "prosecutors", "legal scholars", "supporters of the women"
# (not "the announcer", a determiner's singular; not "its", "this": the head is a plural noun, not a stopword)
_GROUP = re.compile(r"(?P<head>(?:[a-z]+\s+){0,2}(?P<noun>[a-z]{3,}[^s\W]s))(?:\s+of(?:\s+[a-z]+){1,3})?")

_PRONOUNS = frozenset({"others", "ours", "yours", "theirs", "hers"})


def name_words(who: str) -> frozenset[str]:
    """The name words of a source `who`, read as a chain's name keys are (`signals.name_keys`): lower case, the
    apostrophe typed ("O’Halleran": o'halleran), a word in the possessive left out."""
    return frozenset(w.casefold().strip(".,") for r in runs(straight(who)) for w in r if w[-2:] != "'s")


def group_words(who: str) -> frozenset[str]:
    """The words of a source `who` names by a plural common noun ("legal scholars": legal, scholars), or none."""
    m = _GROUP.fullmatch(who.strip())
    if m is None or m.group("noun") in STOPWORDS | _PRONOUNS or set(m.group("head").split()) & STOPWORDS:
        return frozenset()
    return frozenset(w for w in who.split() if w not in STOPWORDS)


@per_text(maxsize=1 << 8)  # the question's: parsed on the BM25 worker (`pipeline.read_question`)
def said_by(question: str) -> str:
    """Whom a "What did X say / tell / announce …" question asks about, as written ("the ACLU"), or ''."""
    m = _SAID_ASKED.search(question)
    return who(m).strip() if m else ""


# "How did Google respond to the reports …", "How did Sarah Palin react to …": the question asks for X's response
# (`responder`: X as written), whatever it answers to; the response, not what it answers, is what was asked
_RESPONDER = re.compile(r"^\W*how\s+(?:did|does|do|has|have|had|will|would)\s+(?P<who>\S.*?)\s+(?:respond|react|reply|"
                        r"answer)(?:ed)?\b", re.I)
# … as does "What was Palin's response to …"
_RESPONSE_ASKED = re.compile(rf"{_RESPONDER.pattern}|\bwhat\s+(?:was|is|were|are)\s+\S.*?['’]s?\s+(?:response|"
                             r"reaction|reply|answer)\b", re.I)


@per_text(maxsize=1 << 8)  # the question's: asked of each pair of quotes an answer compares
def asks_response(question: str) -> bool:
    """The question asks how a source responded or reacted to something (`_RESPONSE_ASKED`)."""
    return _RESPONSE_ASKED.search(question) is not None


@per_text(maxsize=1 << 8)  # the question's, as `asks_response`
def responder(question: str) -> str:
    """Whom "How did X respond / react …" asks about, as written ("Tea Party organizers"), or ''."""
    m = _RESPONDER.match(question)
    return m.group("who") if m else ""


def reports_response(question: str, text: str) -> bool:
    """The text names the one a "How did X respond …" question asks about (every term of X: "Tea party organizers
    disputed claims of racism"): X's rebuttal there is the response asked for, the answer, not a dispute of it."""
    who = term_set(responder(question))
    return bool(who) and who <= term_set(text)
