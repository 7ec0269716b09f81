""""What did Netanyahu's ad / the NAACP's resolution / the lawsuit say?": the source asked about is a DOCUMENT or a
medium, not a person. Its words are what it says, features or calls for ("The ad features …", "“…,” the lawsuit
says", "passed a resolution … calling for …", "said in a statement that …"), not a person's comment about it (a
document named inside someone's quotation marks is that person's description: "“This ad highlights …”") and not its
owner's other words (pure regexes over the question's source phrase and the candidate quotes)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.answer.source_asked import polar, who
from app.attribution.speech import CHARACTERISE, STRONG, WEAK
from app.text.terms import STOPWORDS

# Nouns of a document or a medium that says something; the words a news report names one of them by
_NOUNS = {"ad": "ad ads advertisement advertisements commercial commercials", "letter": "letter letters",
          "report": "report reports", "statement": "statement statements", "resolution": "resolution resolutions",
          "lawsuit": "lawsuit lawsuits suit suits complaint", "memo": "memo memos memorandum",
          "tweet": "tweet tweets", "editorial": "editorial editorials", "filing": "filing filings",
          "indictment": "indictment indictments", "release": "release", "ruling": "ruling rulings",
          "order": "order orders", "bill": "bill bills", "video": "video videos",
          # a legal text's part says what it lays down ("The clause states that federal law takes precedence")
          "clause": "clause clauses provision provisions"}
_HEAD = "|".join(w for words in _NOUNS.values() for w in words.split())
# The source phrase of a said-question ("the NAACP's resolution", "the indictment of Duncan Hunter", "Nebraska and
# Oklahoma's lawsuit", "the letter from Hillary Clinton's doctor"): a document noun heads it, before any "of / from /
# to / on / about / against …" phrase (whose names are the document's maker or subject, not a speaker)
_SOURCE = re.compile(rf"^(?:\S+\s+){{0,6}}?(?P<noun>{_HEAD})\b(?:\s+(?:of|from|to|on|about|against|by|for|with|in|"
                     r"accompanying|announcing)\b.*)?$", re.I)
_SAYS = (rf"{STRONG}|{WEAK}|{CHARACTERISE}|features?|featured|featuring|shows?|showed|showing|depicts?|highlights?|"
         r"underscores?|details?|detailed|includes?|included|alleg\w+|accus\w+|condemn\w*|demand\w*|encourag\w+|"
         r"urg\w+|asks?|asked|asking|conclud\w+|f(?:ound|inds?)|reads?|charg\w+|recommend\w*|"
         # "the clause states that": the verb with its "that" ("the suit by two states" names no saying)
         r"stat(?:es|ed|ing)\s+that")


@dataclass(frozen=True)
class Document:
    """The document a said-question asks about: the words a report names it by, and the name words of its maker or
    subject the question names ("Netanyahu's ad": netanyahu; "the indictment of Duncan Hunter": duncan, hunter)."""

    nouns: frozenset[str]
    owner: frozenset[str] = frozenset()


def asked_document(source: str) -> Document | None:
    """The document a said-question's source phrase (`source_asked.said_by`) heads, or None when a person or body
    heads it ("the ACLU", "Hunter's spokesman")."""
    m = _SOURCE.match(source.strip())
    if m is None:
        return None
    noun = m.group("noun").casefold()
    key = next(k for k, words in _NOUNS.items() if noun in words.split())
    owner = (re.sub(r"[’']s?$", "", w).strip(".").casefold() for w in re.findall(r"[A-Z][\w.’'-]*", source))
    return Document(frozenset(_NOUNS[key].split()), frozenset(w for w in owner if w and w not in STOPWORDS))


# The question asks what the document says as a whole ("… say?", "… say about the cost?"), not one thing it says ("What
# did the indictment say they spent money on?", "What does the resolution call on them to do?": relevance finds that)
_WHOLE = re.compile(r"\s*(?:[?.!]|$|(?:about|regarding|concerning)\b)", re.I)


def person_or_document(m: re.Match[str] | None) -> tuple[str, Document | None]:
    """The source phrase of a said-question's match (`source_asked.source_match`) as a person's ("the ACLU", "Hunter's
    spokesman"), or "" and the document's words (`asked_document`) when a document heads it and the question asks
    what it says as a whole (`_WHOLE`). Not "Did X call Y Z?" (`source_asked.polar`): X is whom it asks about."""
    source = who(m) if m else ""
    document = None if m is None or polar(m) or not _WHOLE.match(m.string[m.end():]) else asked_document(source)
    return ("", document) if document else (source, None)


# A clause of its own between the document and a verb: the verb is another subject's ("The report comes one day after
# President Obama insisted …")
_SUBORDINATE = r"after|before|when|while|since|because|if|that|which|who|whom|where|as|than|until|unless"


@lru_cache(maxsize=len(_NOUNS))  # one pattern per kind of document (`_NOUNS`), built once: the re cache drops it
def _pattern(nouns: frozenset[str]) -> re.Pattern[str]:
    doc = "|".join(sorted(nouns))
    # the document the subject of a verb of saying in its clause ("The ad features", "A voice-over at the end of the ad
    # underscores", "the 47-page indictment says", "a resolution Tuesday calling for"), or the medium a speaker says
    # something in ("said in a statement on Twitter", "In a tweet on Friday night, Trump said")
    return re.compile(rf"\b(?:{doc})\b(?:[\s,]+(?!(?:{_SAYS}|{_SUBORDINATE})\b)[\w$.’'-]+){{0,6}}?[\s,]+(?:{_SAYS})\b|"
                      rf"\b(?:{_SAYS})\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:{doc})\b|"
                      rf"^\W*in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:{doc})\b[^.;]*?\b(?:{_SAYS})\b",
                      re.I)


def document_speaks(document: Document | None, text: str) -> bool:
    """`text` passes on what the document says (module docstring): outside any quotation marks, and not another
    document of the kind ("issued its own resolution") unless the text names the document's owner before it."""
    if document is None:
        return False
    return any(not _quoted_at(text[: m.start()]) and (not _OTHERS.search(text, max(0, m.start() - 12), m.end() + 12)
                                                      or _names(document.owner, _subject(text[: m.start()])))
               for m in _pattern(document.nouns).finditer(text))


def _subject(before: str) -> str:
    """The words opening the sentence: its subject, whose "own" document "its own resolution" is."""
    return " ".join(before.split()[:SUBJECT_WORDS])


SUBJECT_WORDS = 6


def someone_elses(document: Document, text: str, speakers: list[str]) -> bool:
    """The document the text passes on is another's: its chain names a speaker, and neither the speakers nor the text
    name the owner the question names ("What did the Fish and Wildlife Service's statement say?": "Ryan Zinke said in
    a statement …" is Zinke's)."""
    return bool(document.owner and speakers) and not _names(document.owner, " ".join([text, *speakers]))


def _names(owner: frozenset[str], text: str) -> bool:
    return bool(owner) and bool(owner & {w.casefold() for w in re.findall(r"[\w-]+", text.replace(".", ""))})


# Another document of the kind: "issued its own resolution", "drafted a resolution of its own" (the other side's reply)
_OTHERS = re.compile(r"\b(?:its|their|his|her)\s+own\s+\w+|\b\w+\s+of\s+(?:its|their|his|her)\s+own\b", re.I)


def _quoted_at(before: str) -> bool:
    """The text ending with `before` stands inside quotation marks (curly or straight)."""
    curly = before.rfind("“") > before.rfind("”")
    straight = before.count("\"") % 2 == 1
    return curly or straight

