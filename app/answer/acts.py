"""The act a question asks about, and whether a sentence names it (pure functions, no model).

A sentence that restates a question's topic (its names: "the NAACP", "the Constitution", "the
House") is close to it in MiniLM space and shares its rarest terms, yet may not answer it; the
sentence that answers usually names the act the question asks about ("Who came up with the idea…"
→ "…who came up with the idea for the live reading"; "Was the Israeli government consulted…" →
"…the government was not consulted"; "When was PRISM launched?" → "a program launched in 2007").
The act is read from the question's shape, without a parser: a word after a modal or auxiliary and
its subject ("Did the House approve…", "did the justices recuse…"), a participle or -ing form
("Was anyone removed…", "Are federal authorities investigating…"), a word after "to" ("going to
join…"), or the word right after "Who" / "Which <noun>" ("Which group paid…"). Speech verbs and
light verbs ("say", "make", "do") name no act of their own. A sentence names the act when it holds
a verb form of it (the same stem, an irregular past), not only a noun of its family.
A plain answer opens with a close quote that names the act (`sides.pick`): only its order changes,
not the scores that decide abstention and disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from app.answer.asked_events import LIGHT, SUPPORT, support_object
from app.answer.outcome import FRAME_WORDS, wrongly
from app.answer.verb_forms import IRREGULAR, PASTS, earns, family, paid_to
from app.text.plurals import plural
from app.text.terms import STOPWORDS, per_text, stem
from app.text.titles import ROLES
from app.text.word_runs import WORD, Runs, word_runs
from app.text.function_words import BE, DETERMINERS, DO, HAVE, MODALS, WH_WORDS

_AUX = DO | MODALS | BE | HAVE
_MODAL = DO | MODALS
_DETERMINERS = DETERMINERS | {"these", "those", "any", "some"}  # plural and quantifying ones too
_PRONOUNS = frozenset("themselves himself herself itself anyone anybody someone everyone".split())
# What a source said is asked by these; they name no act of the answer's own ("What did X say…")
_SPEECH = frozenset("say says said tell told ask asked call called describe think mean give get go going "
                    "happen happened come appear appears appeared seem seems seemed".split())
# "Did X say <clause>": the clause's act
_REPORTING = frozenset("say says said think believe claim claims argue".split())
_MODAL_BEFORE = frozenset("will would could should might may".split())
_PROSPECT_ASKED = re.compile(r"\b(?:will|would|could|can|going to|expected to|plan(?:s|ning)? to|likely to)\b", re.I)
_SUBORDINATE = frozenset("after before when while since until because if whether".split())
# Adverbs not ending in "-ly" (those are known by their ending): "did the House read aloud …" asks about reading
_ADVERBS = frozenset("first also ever still just finally really even already aloud again together alone abroad "
                     "ahead apart".split())
# An -ing form after a preposition is a gerund, a noun ("the ban on importing trophies", "about getting
# involved"): not the verb of the question's clause
_PREPOSITIONS = frozenset("about of for on in by from with without against at into over through upon toward towards "
                          "despite instead".split())
NOUN_WORDS = 3  # lower-case words of a subject's noun phrase
# Endings of nouns, not verbs: "the Obama administration | defend", "the NAACP resolution | brand"
_NOUN_END = re.compile(r"(?:tion|sion|ment|ity|ness|ance|ence|ship|ist|ism|er|or|ee)s?$")


def _usable(word: str) -> bool:
    w = word.casefold()
    return (word[:1].islower() and len(w) > 2 and w not in STOPWORDS and w not in _AUX and w not in LIGHT
            and w not in _SPEECH and w not in _PRONOUNS and w not in _ADVERBS and not w.endswith("ly"))


def _after_subject(words: list[str], i: int) -> str | None:
    """The verb after the modal at i and its subject. The subject's determiner, names ("Duncan Hunter",
    "Nebraska and Oklahoma") and possessives are skipped, then its lower-case words are read up to a
    function word or a name. After a bare name the first is the verb ("did Duncan Hunter win
    re-election"); after "the <Name>", of two words the last ("did the Obama administration defend |
    the", "did the PRISM program begin"), of more the first that does not end as a noun ("does the Tea
    Party welcome white supremacists"); with no name, the last ("did the federal agencies spend | on").
    One word alone is the verb only after a name ("did the House approve | H.R. 1"; in "does the government | have …"
    it is the subject). A plural noun is no verb, nor a subject a copula ends ("would the case | be the largest …")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if words[i].casefold() in MODALS and nxt[:1].islower() and _usable(nxt) and not nxt.endswith("s"):
        return nxt  # "should leave", "could bring": no subject between (a question's inner clause)
    j, det, named, run = i + 1, False, False, []
    while j < len(words):
        w, low = words[j], words[j].casefold()
        if low in _REPORTING:
            return w  # "Does the company say …": the caller reads the clause said
        if run and w[:1].isupper() and run[-1].casefold().rstrip("s") in ROLES:  # "Tea Party founder | Phillip Dennis"
            run = []
        elif run and (w[:1].isupper() or low in _DETERMINERS or low in STOPWORDS or low in _PRONOUNS
                    or len(run) > NOUN_WORDS):
            break
        if low in _DETERMINERS or (w[:1].islower() and _possessive(low) and not run):  # "the women's case"
            det = True
        elif w[:1].isupper():
            named = not _possessive(w)  # after a possessive name, its noun follows
        elif low in STOPWORDS and not (low in ("and", "of") and named):
            break
        elif low not in ("and", "of") and low not in _ADVERBS and not _sequence(words, j):  # "read aloud": the verb
            run.append(w)
        j += 1
    if j < len(words) and words[j].casefold() in MODALS:  # "say allowing elephant trophies would help"
        return _after_subject(words, j)
    plain = [w for w in run if not plural(w)] or run
    if not plain or words[j : j + 1] == ["be"] or (len(run) == 1 and not named and j < len(words)):
        return None
    if named and not det:
        return plain[0]
    if named and len(run) > 2:
        return next((w for w in plain if not _NOUN_END.search(w.casefold())), None)
    after_plural = next((run[k + 1] for k, w in enumerate(run[:-1]) if plural(w)), None)
    return after_plural or plain[-1]  # "its policies bar discrimination": a plural subject's verb follows it


_TIME_NOUNS = frozenset("year years month months week weeks night day time term season decade century".split())
_TIME_ANCHORS = frozenset("last next this each every past".split())


def _sequence(words: list[str], j: int) -> bool:
    """Word j is "last" or "next" before a verb, an adverb of sequence like "first" ("did teachers last go on strike",
    "do voters next choose"; not at the clause's end: "How long did the strike last?"), or a word of a time adverbial
    ("did the mayor speak last week": neither "last" nor "week" is the act)."""
    low, after = words[j].casefold(), (words[j + 1] if j + 1 < len(words) else "")
    before = words[j - 1].casefold() if j else ""
    return (low in ("last", "next") and after[:1].islower()) or (low in _TIME_NOUNS and before in _TIME_ANCHORS)


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


# Support verbs whose object is the event itself ("hold a convention", "give a speech", "take a vote"); not "file",
# whose object is the thing filed ("file a lawsuit": the filing is the event, the lawsuit is not)
_EVENT_SUPPORT = SUPPORT - {"file", "filed", "files"}


@per_text(maxsize=1 << 8)
def question_acts(question: str) -> tuple[str, ...]:
    """The word of the act `question` asks about, lower case, and the verb it governs through "to"
    ("agree to hear", "going to join"); empty when none is found. Only the main clause is read: a
    clause after "after / when / while …" ("What did Paul Ryan do after Hunter was indicted?") and a
    participle after the act ("the job offer made to …") are not what is asked."""
    words = _without_companion(WORD.findall(question))
    head = next((i for i, w in enumerate(words) if w.casefold() in WH_WORDS or w.casefold() in _AUX), 0)
    return _acts(words, head, gerunds=False) or _acts(words, head, gerunds=True)


def _acts(words: list[str], head: int, gerunds: bool) -> tuple[str, ...]:
    """`question_acts` of the question's words (`head`: its first wh-word or auxiliary). An -ing word
    that reads as a gerund (`_gerund`) is the act only when `gerunds`: the clause names no other act
    ("What reason did he give for not meeting Obama?": meeting; but "What has he said about getting
    involved …": involved)."""
    for i, w in enumerate(words):
        low = w.casefold()
        if i > head and low in _SUBORDINATE:
            return ()
        if i < head:  # "Elephants killed in which years are covered …": a fronted noun's participle
            continue
        verb = _after_subject(words, i) if low in _MODAL else w if i and _verb_form(words, i, gerunds) else None
        # "Does Wal-Mart say its policies bar …": the act is said
        if verb is not None and verb.casefold() in _REPORTING:
            verb = _after_subject(words, words.index(verb, i))
        if verb is None or not _usable(verb):
            continue
        at = words.index(verb, i)
        governed = words[at + 2] if at + 2 < len(words) and words[at + 1].casefold() == "to" else ""
        # "hold its convention", "give the speech": the noun names the event as well ("at its annual convention in …")
        event = support_object(" ".join(words[at + 1:])) if verb.casefold() in _EVENT_SUPPORT else ""
        return tuple(dict.fromkeys(a.casefold() for a in (verb, governed, event) if a and _usable(a)))
    return ()


def _without_companion(words: list[str]) -> list[str]:
    """The words without a possessive companion of a name ("Duncan Hunter and his wife spent …": the
    subject is one, the verb follows it)."""
    out, k = [], 0
    while k < len(words):
        if words[k] == "and" and k and words[k - 1][:1].isupper() and k + 2 < len(words) \
                and words[k + 1].casefold() in ("his", "her", "their"):
            k += 3
            continue
        out.append(words[k])
        k += 1
    return out


def _gerund(words: list[str], i: int) -> bool:
    """The -ing word i reads as a noun: after a preposition ("not" between: "for not meeting him") or
    before "of" ("the House reading of the Constitution"). (After a determiner it is never a verb.)"""
    before = words[i - 2 if i > 1 and words[i - 1].casefold() == "not" else i - 1].casefold()
    after = words[i + 1].casefold() if i + 1 < len(words) else ""
    return before in _PREPOSITIONS or after == "of"


_GRADE = frozenset("most more least less".split())


def _determined(words: list[str], i: int) -> bool:
    """Word i follows a determiner or a possessive, which a noun phrase follows ("the reading", "Bill Clinton's
    speaking fee"), graded adjectives between ("Clinton's most lucrative speaking fee"): a noun's word, no verb."""
    j = i - 1
    if j >= 2 and words[j - 1].casefold() in _GRADE:
        j -= 2
    before = words[j].casefold()
    return before in _DETERMINERS or _possessive(before)


def _verb_form(words: list[str], i: int, gerunds: bool = False) -> bool:
    """Word i reads as a verb: a participle or -ing form (not a gerund, `_gerund`), an irregular past, or
    the word after "to", "been", "who (first)", or "Which <noun>". (After a determiner or a possessive an -ing word
    is never a verb, `_determined`.)"""
    low, before = words[i].casefold(), words[i - 1].casefold()
    return (low.endswith("ed") or low in PASTS or (low.endswith("ing") and not _determined(words, i)
                                                    and not _set_phrase(words, i)
                                                    and (gerunds or not _gerund(words, i)))
            or before in ("to", "who", "been") or (before in _ADVERBS and i > 1 and words[i - 2].casefold() == "who")
            or _after_which_noun(words, i))


def _after_which_noun(words: list[str], i: int) -> bool:
    """Word i follows "Which <noun>": its modifiers (names, possessives: "Which Republican leader",
    "Which state's senator") and one lower-case head noun come first, then the verb ("Which group | paid",
    "Which Republican leader | called"; "leader" is the noun asked about, no act)."""
    head = words[i - 1] if i >= 2 else ""
    return (words[0].casefold() == "which" and head[:1].islower() and not _possessive(head)
            and all(w[:1].isupper() or _possessive(w) for w in words[1 : i - 1]))


def _set_phrase(words: list[str], i: int) -> bool:
    """The -ing word i closes a set phrase of manner or state after "in", with no object of its own ("asked in
    writing for …", "said in passing", "was in hiding"): a noun, never the act."""
    after = words[i + 1].casefold() if i + 1 < len(words) else ""
    return words[i - 1].casefold() == "in" and (not after or after in _PREPOSITIONS or after in _SUBORDINATE
                                                or after == "during")


def names_act(acts: tuple[str, ...], text: str, prospect: bool = False, kin: bool = False,
              runs: Runs | None = None) -> bool:
    """`text` holds a verb form of one of the question's act words: the same stem, an irregular past or a
    verb of its family when `kin` ("removed" / "remove", "won" / "win"; "spoke" / "talk", `verb_forms`; a
    noun of the word's family, "response" for "respond", only restates the question). Unless the question
    itself asks about a prospect (`prospect`), a form right after a modal ("will be announced next week" for
    "On what day did Trump announce …") names another event, and a capitalised word inside the text is a
    name ("Meet the Press" names no meeting). `runs`: the text's `word_runs` as ingest stored them (None: read
    from the text)."""
    return next(_act_at(acts, text, prospect, kin, runs), None) is not None


def around_act(acts: tuple[str, ...], text: str, prospect: bool = False, width: int = 0,
               kin: bool = False, runs: Runs | None = None) -> list[str]:
    """The words within `width` of each place `text` names the act (`names_act`), as text."""
    raw = text.split() if acts else ()
    return [" ".join(raw[max(0, i - width) : i + width + 1]) for i in _act_at(acts, text, prospect, kin, runs)]


def _act_at(acts: tuple[str, ...], text: str, prospect: bool, kin: bool, runs: Runs | None = None) -> Iterator[int]:
    """The positions of the words of `text` that name the act (`names_act`), first to last."""
    if not acts:
        return
    # only a "mis-" act has `_wrongly`
    stems, mis = _act_stems(acts, kin), tuple(a for a in acts if a.startswith("mis"))
    words, lower, stemmed = _words(text) if runs is None else runs
    paid = earns(acts)  # else no word is tested for "was paid" (`paid_to`), nor, with no "mis-" act, but by its stem
    at = range(len(words)) if mis or paid else [i for i, s in enumerate(stemmed) if s in stems]
    yield from (i for i in at
                if words[i] and (stemmed[i] in stems or (mis and _wrongly(mis, words, i))
                                 or (paid and paid_to(acts, words, i)))
                and (i == 0 or lower[i])  # "Meet the Press": a capitalised word inside the text is a name
                and (prospect or not _framed(words, i)))


def _framed(words: Sequence[str], i: int) -> bool:
    """A modal within FRAME_WORDS before word i frames it as a prospect ("will be announced next week"), save
    "would not": a refusal or a decision against the act, told of the past ("it was decided that any portion
    superseded would not be read", "he would not say"), which answers whether it was done."""
    start = max(0, i - FRAME_WORDS)
    return any(w in _MODAL_BEFORE and not (w == "would" and k + 1 < i and words[k + 1] == "not")
               for k, w in enumerate(words[start:i], start))


# a quote's text: most texts an answer asks about are asked several times (by_kin, act_first, …)
_words = per_text(maxsize=1 << 10)(word_runs)


@per_text(maxsize=1 << 8)  # the question's acts: asked of every candidate quote's text
def _act_stems(acts: tuple[str, ...], kin: bool) -> frozenset[str]:
    """The stems that name the acts: their own, their irregular pasts', the bases of those of them that are
    irregular pasts, and with `kin` the stems of their verb families (`verb_forms`)."""
    return frozenset({stem(a) for a in acts} | {stem(IRREGULAR[a]) for a in acts if a in IRREGULAR}
                     | {stem(base) for base, past in IRREGULAR.items() if past in acts}
                     | {s for a in acts if kin for s in family(a)})


def _wrongly(acts: tuple[str, ...], words: Sequence[str], i: int) -> bool:
    """A "mis-" act told as its base after a word of wrong manner ("improperly using" for "misuse",
    `outcome.wrongly`), the base by its stem alone."""
    return any(wrongly(a, words, i, lambda base, w: stem(w) == stem(base)) for a in acts)


@per_text(maxsize=1 << 8)  # the question's: asked per candidate quote's look; parsed on the BM25 worker
def asks_prospect(question: str) -> bool:
    """The question asks about what may happen ("Will …", "going to join", "expected to pass")."""
    return _PROSPECT_ASKED.search(question) is not None
