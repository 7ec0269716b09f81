"""Is what the question asks paired with its event where the answer stands, not only somewhere in the article?

A near-topic question keeps a story's event and names one more thing the articles never pair with it: a
year ("What was the House vote on H.R. 1 in 2017?"), a recipient ("What job did the White House offer
Arlen Specter?"), a place that narrows what is asked ("In which Ohio cities will the ad air?"). The
article may name that thing elsewhere (Specter lost the primary; Ohio is where another group's ads run),
so a check over the whole article (`named.unnamed`) lets it through, and relevance answers with the
story's quotes. The question's FOCUS decides what must be paired:
  - its subject (the doer, between "did" and the verb) and a why/how question's whole event are taken
    for granted: the answer may name them as "he" or "the states", a sentence away;
  - a year it names (not one it asks for: "In what year …") locates the asked event in time;
  - a name right after its verb ("offer Arlen Specter", "suggest to Andrew Romanoff") is the event's
    object or recipient;
  - a name inside its wh-phrase ("which Ohio cities") narrows the element asked for: named near the answer,
    and not only as one item of a list of its peers ("in Florida, Nevada, Ohio and Pennsylvania" names states);
  - a body within a body as doer ("the House Administration Committee") is not its parent ("the House approved").
Each such qualifier must stand in a sentence that answers (within CLOSE of the best) or next to it, and a
recipient where the event's verb stands too; a year may also be the answering article's own year (the
House vote "on Friday" of a 2019 article is the 2019 vote), and for a how-many question it must stand with a
count (not "30 percent from 2007 to 2014" for "How many elephants were there in 2014?").
Pure functions over the stored sentence terms.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.answer.dates import DATE, YEAR, YEAR_ASKED
from app.answer.doers import office_unpaired, subject_unpaired
from app.answer.other_doers import subject_told_as_others
from app.answer.elements import element_missing
from app.answer.elsewhere import elsewhere
from app.answer.titled_kin import asked_sex, other_sex
from app.answer.gaps import ungiven
from app.answer.months import asked_months, in_relative, recent_months
from app.answer.namesakes import namesake
from app.answer.namesake_actor import namesake_acts
from app.answer.named import TITLES
from app.answer.places import outlets_out
from app.answer.presumed import forms
from app.answer.select import Quote
from app.answer.windows import before_text, window, window_text
from app.answer.asked_events import SPEECH, carrier
from app.attribution.phrases import guess_kind
from app.text.terms import STOPWORDS, per_text, stem, term_set, terms

# A whole name: not a possessive nor a modifier of a noun after it ("Rouhani's request", "the Obama administration")
_RUN = r"(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*"
_NAME_ENDS = r"over|to|about|for|in|on|at|with|from|into|after|before|during|and|as"  # words after a whole name
_NAME = rf"(?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w.-]*(?![\w.'’-])(?=\s*[?,.;:]|\s*$|\s+(?:{_NAME_ENDS})\b)"
# "What job did the White House offer Arlen Specter", "What did Jim Messina suggest to Andrew Romanoff"
# The subject is capitalised ("the White House", "Jim Messina"), the verb the next word; a speech verb's object is
# what was said about, not a recipient of the event
_RECIPIENT = re.compile(r"^\W*(?i:what|which|who|whom|how\s+much|how\s+many)\b[^?]*?\b(?:did|does|do)\s+(?:the\s+)?"
                        rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}(?P<verb>[a-z]+)\s+(?:to\s+)?(?P<name>{_NAME})")
# "Did the White House make Arlen Specter a job offer?": a name between a yes/no question's verb and a determiner is
# its first object, the recipient of the second ("offer Sestak a job"); a support verb's event is that object
_GIVEN_TO = re.compile(r"^\W*(?i:did)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?P<verb>[a-z]+)\s+"
                       r"(?P<name>(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.-]*)(?=\s+(?:a|an|the|any|his|her|their|its)\s)")
_NOT_EVENT = frozenset(stem(v) for v in SPEECH | {"ask", "post", "claim", "do", "mean"})
# "In which Ohio cities …", "What Florida cities …": a name narrowing the element asked for
_NARROWED = re.compile(rf"^\W*(?:(?i:in|on|at|to|from|by|for)\s+)?(?i:which|what)\s+(?P<name>{_RUN})\s+[a-z]+\b")
_YEAR_IS_ASKED = re.compile(r"\b(?:what|which)\s+year\b|\bsince\s+when\b", re.I)
_SPAN = re.compile(r"\s*(?:-|–|to|through|thru|and|until)\s*", re.I)  # "2007 through 2014", "2002-3" (one span)


def _name_key(name: str) -> frozenset[str]:
    """The word that must be held for a name: its last (a surname, or a body's head noun), titles left out."""
    words = [w for w in terms(name) if w not in TITLES]
    return frozenset(words[-1:])


def recipient(question: str) -> tuple[str, frozenset[str]] | None:
    """The question's event verb and the name that follows it as object or recipient, if it has one."""
    m = _RECIPIENT.match(question) or _GIVEN_TO.match(question)
    if m is None or stem(m.group("verb")) in _NOT_EVENT or m.group("verb") in STOPWORDS:
        return None
    key = _name_key(m.group("name"))
    return (carrier(question, m) if m.re is _GIVEN_TO else m.group("verb"), key) if key else None


def narrowing(question: str) -> frozenset[str]:
    """The name in the question's wh-phrase that narrows what is asked ("which Ohio cities": ohio)."""
    m = _NARROWED.match(question)
    return _name_key(m.group("name")) if m else frozenset()


def asked_years(question: str) -> list[frozenset[str]]:
    """The years the question names as a qualifier of its event (not a year it asks for, nor one in a relative
    clause), a span's ("from 2007 through 2014") together: one of them, paired, places the answer in the span."""
    if _YEAR_IS_ASKED.search(question):
        return []
    found = [m for m in YEAR_ASKED.finditer(question) if not in_relative(question, m.start())]
    groups: list[set[str]] = []
    for prev, m in zip([None, *found], found):
        if prev is None or not _SPAN.fullmatch(question[prev.end():m.start()]):
            groups.append(set())
        groups[-1].add(m.group("year"))
    return [frozenset(g) for g in groups]


# A body within a body acts on its own: "the House Administration Committee approved" is not "the House approved"
_PART_BODY = re.compile(r"\b(?:did|does|do|has|have|had|will|was|were)\s+(?:[\w.'’-]+\s+){0,4}?"
                        r"(?P<body>committee|subcommittee|panel|board|council|commission|caucus)s?\b", re.I)
# A count in digits or a scale word, not a share, a year or a rank: "about 400,000", "$1 million", "thousands"
# (not "30 percent", "2014", "5th"; nor "three": a number word is not read)
_COUNT = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d\b)\$?\d[\d,.]*(?![\d,.])(?!\s*(?:%|(?:percent|th|st|nd|rd)\b))"
                    r"|\b(?:hundred|thousand|million|billion)s?\b", re.I)
# "Which newspaper reported that the NSA was collecting credit card records": the report is given by what it says; a
# compound's first words pick the kind of thing ("credit card records", not "phone records")
_BREAK = r"(?:of|in|on|for|from|to|by|with|about|and|or|that|which)\b"
_COMPOUND = rf"[a-z]+(?:\s+(?!{_BREAK})[a-z]+){{1,3}}?"  # two to four words, none a function word
_REPORTED = re.compile(r"^\W*(?i:which|what|who)\b[^?]*?\b(?:reported|said|revealed|disclosed|announced|wrote)"
                       r"\s+that\s+"
                       rf"[^?]*?\b[a-z]+(?:ing|ed)\s+(?:(?:the|a|an)\s+)?(?P<phrase>{_COMPOUND})"
                       rf"(?=\s+{_BREAK}|\s*[?,.;]|\s*$)")
_COUNT_ASKED = re.compile(r"\bhow\s+(?:many|much)\b", re.I)


def reported_kind(question: str) -> frozenset[str]:
    """The words of a reported object's compound that pick its kind ("credit card records": credit, card)."""
    m = _REPORTED.match(question)
    return frozenset(terms(m.group("phrase").rsplit(" ", 1)[0])) if m else frozenset()


def part_body(question: str) -> frozenset[str]:
    """The body within a body that the question names as its doer ("the House Administration Committee")."""
    m = _PART_BODY.search(question)
    return frozenset(terms(m.group("body"))) if m else frozenset()


def _holds(held: frozenset[str], key: str) -> bool:
    """The terms hold the key, or a word it begins or that begins it: a demonym is named by its country
    ("Iranian" by "Iran's"), a country by its demonym."""
    return key in held or len(key) >= 4 and any(len(w) >= 4 and (key.startswith(w) or w.startswith(key)) for w in held)


_CAP = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_LIST = re.compile(rf"(?:{_CAP},\s+)+{_CAP},?\s+(?:and|or)\s+{_CAP}")  # "Florida, Nevada, Ohio and Pennsylvania"


def _listed(text: str, key: str) -> bool:
    """The text names the key only as one item of a list of three or more names: a place listed beside others of
    its rank ("in Florida, Nevada, Ohio and Pennsylvania") names no place within it ("which Nevada cities")."""
    return _holds(term_set(text), key) and not _holds(term_set(_LIST.sub(" ", text)), key)


# "… arraigned in San Diego?", "… say at his news conference in Lincoln?": a place closing the question, not a date.
# The word before "in / at" is read too: some words govern it, and their object is no place ("take part in PRISM",
# "a role in Watergate", "aimed at Obama", "angry at Congress")
_CLOSING = re.compile(r"(?:\b(?P<before>[a-z]+)\s+)?\b(?:in|at|from)\s+"
                      r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*\?\s*$")
_GOVERNS = frozenset("part role roles aim aimed aiming directed targeted look looked looking glance interest "
                     "interested invest invested investing involved participate participated participating believe "
                     "believed believes jab jabs swipe swipes shot shots hint hinted laugh laughed angry mad".split())
# A legislature meets somewhere but is no place ("said in Congress"); a person is named by a title ("aimed at
# President Obama"), the country's name aside ("U.S.", "United States")
_LEGISLATURES = frozenset("congress parliament senate house assembly legislature knesset".split())
_PERSON_TITLES = TITLES - frozenset(terms("u.s us united states general former"))
_PLACE_HEADS = frozenset("city county beach island islands tower park valley bay lake springs falls heights".split())


@per_text(maxsize=1 << 8)  # the question's: parsed on the BM25 worker while it embeds (`pipeline.read_question`)
def closing_place(question: str) -> frozenset[str]:
    """The name of the place that closes the question ("in San Diego": diego), not a month or day, a legislature,
    an outlet ("at Fox News"), a person by title, nor the object of a word that governs the "in / at"."""
    m = _CLOSING.search(question)
    if m is None or DATE.match(m.group("name")) or m.group("before") in _GOVERNS:
        return frozenset()
    words = m.group("name").split()
    if words[-1].casefold() in _LEGISLATURES or guess_kind(words) == "outlet" or set(terms(words[0])) & _PERSON_TITLES:
        return frozenset()
    proper = [w for w in words if w.casefold() not in _PLACE_HEADS]  # "Kansas City": kansas, not any city
    return _name_key(" ".join(proper or words))


def _placed(key: str, q: Quote, win: frozenset[str]) -> bool:
    """The answering sentence or its neighbour names the place, or its article's headline does (the story's
    place: "… ad airing in Florida"); the dateline ("WASHINGTON —") is where it was filed, not a pairing, nor a
    paper's name ("told The Denver Post": `places.outlets_out`) when its text is all the window holds of the key."""
    text = window_text(q)
    in_name = _holds(term_set(text), key) and not _holds(term_set(outlets_out(text)), key)
    return _holds(win, key) and not in_name or _holds(term_set(str(q.hit.chunk.meta.get("title") or "")), key)


def _recent(date: str) -> set[str]:
    """The years an article of this date may leave unsaid: its own and the one before ("in December", "last year")."""
    return {date[:4], str(int(date[:4]) - 1)} if re.match(r"\d{4}", date) else set()


@per_text(maxsize=1 << 8)  # parsed on the BM25 worker while the question embeds (`pipeline.read_question`)
def qualifiers(question: str) -> tuple[tuple[frozenset[str], ...], tuple[str, frozenset[str]] | None, frozenset[str],
                                       tuple[frozenset[str], frozenset[str]], bool]:
    """What `unpaired` reads of the question: `asked_years`, `recipient`, `narrowing`, (`part_body`,
    `reported_kind`) and whether it asks how many or how much."""
    return (tuple(asked_years(question)), recipient(question), narrowing(question),
            (part_body(question), reported_kind(question)), _COUNT_ASKED.search(question) is not None)


def unpaired(question: str, answering: Sequence[Quote], candidates: Sequence[Quote] = ()) -> list[str]:
    """The question's qualifiers (`asked_years`, `recipient`, `narrowing`, `closing_place`, `part_body`,
    `reported_kind`) that no answering quote pairs with its event: not in the quote nor a neighbouring sentence (a
    recipient, not with the event's verb there); a doer or subject of another kind, or a namesake (`doers`,
    `namesakes`; another of the surname acting, `namesake_actor`; a subject among `candidates`). A quote about the
    asked person's spouse (`titled_kin`) pairs nothing, and one that binds the event's noun to another place
    (`elsewhere`) no closing place."""
    if not answering:
        return []
    # counted: the year must stand with the figure that answers
    years, got, place, narrows, counted = qualifiers(question)
    closing = closing_place(question)  # the windows only when a qualifier is looked for in them
    months = asked_months(question) if counted else []  # a figure's month; "in November" may be ahead of the news
    wins = {id(q): window(q) for q in answering} if years or months or place or closing or any(narrows) else {}
    missing = _undated(years, counted, answering, wins) + _undated(months, counted, answering, wins, recent_months)
    if got is not None and not _with_verb(got, answering):
        missing.append(" ".join(sorted(got[1])))
    if place and not any(_holds(wins[id(q)], k) and not _listed(window_text(q), k) for q in answering for k in place):
        missing.append(" ".join(sorted(place)))
    # not the spouse's: "Mr. Clinton earned …" for "her speech"
    own = answering if asked_sex(question) is None else [  # the sentence before each quote only when a sex is asked
        q for q in answering if not other_sex(question, q.text, before_text(q))]
    if not own:
        missing.append(asked_sex(question)[0])
    missing += [k for k in closing if not any(_placed(k, q, wins[id(q)]) and not elsewhere(question, q.text)
                                              for q in own)]  # not another instance's place
    missing += (office_unpaired(question, answering)
                + (namesake(question, answering) or namesake_acts(question, answering))  # one reading of the name
                + subject_unpaired(question, candidates) + subject_told_as_others(question, answering))
    missing += ungiven(question, answering) + element_missing(question, answering)  # `gaps`, `elements`
    for narrow in narrows:
        if narrow and not any(_holds(w, k) for w in wins.values() for k in narrow):
            missing.append(" ".join(sorted(narrow)))
    return missing


# A sentence that dates its own statement: "the rate for 2014 was 35.7 percent", "voters approved it in 2012"
_OWN_YEAR = re.compile(r"\b(?:in|for|during)\s+(?:(?:fiscal|tax|calendar)\s+)?(?:19|20)\d\d\b"
                       r"(?!\s*(?:-|–|to|through|and))", re.I)  # not a span's start: "from 2007 through 2014"


def _undated(years: Sequence[frozenset[str]], counted: bool, answering: Sequence[Quote],
             wins: dict[int, frozenset[str]], recent_of: Callable[[str], set[str]] = _recent) -> list[str]:
    """The question's years (`asked_years`; or months, `months`, with `recent_of` their `recent_months`) that no
    answering quote's window holds, nor its article's recent ones; for a how-many / how-much question (`counted`),
    only a quote that gives a count may hold them."""

    def dated(span: frozenset[str], q: Quote) -> bool:
        recent = recent_of(str(q.hit.chunk.meta.get("date") or ""))
        if _OWN_YEAR.search(q.text) and not span & set(YEAR.findall(q.text)):
            return False  # dated to another year itself ("the rate for 2014"): a year nearby is another event's
        return bool(span & (recent | wins[id(q)])) and (not counted or _COUNT.search(q.text) is not None)
    return [" ".join(sorted(span)) for span in years if not any(dated(span, q) for q in answering)]


def _with_verb(got: tuple[str, frozenset[str]], answering: Sequence[Quote]) -> bool:
    """An answering quote names the recipient's key with a form of the event's verb."""
    verb, key = got
    return any(all(_holds(w, k) for k in key) and w & forms(verb) for w in (term_set(q.text) for q in answering))
