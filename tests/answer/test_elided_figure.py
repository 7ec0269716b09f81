"""A figure whose noun the sentence leaves to "the number" (`elided_figure`) is the other side's figure of the count
the passage gave just before; through `figure_look`, it is the anchor's counterpart however far apart."""

from __future__ import annotations

from app.answer.elided_figure import elided, elided_span, may_refer, refers_to, unit_word, with_unit
from app.answer.figure_look import figure_look
from app.answer.quote import Quote
from app.answer.retrieve import Hit
from app.answer.select import asked
from app.answer.sides import Picked
from app.attribution.links import Link
from app.store.chroma import StoredChunk
from tests.answer.test_day_look import articles
from tests.answer.test_rebuttal import embed_with

Q = "How many teachers went to work on Monday?"
CLAIM = "The district said 140 teachers worked on Monday."
REAL = 'Marr said the real number was "fewer than 30, and most were administrators."'


def _in_passage(passage: str, text: str, s: float, speaker: str | None = None, outlet: str = "A") -> Quote:
    """A quote of `text` inside `passage` (one stored chunk of an article of `outlet`)."""
    chunk = StoredChunk(id=f"{outlet}-{passage[:8]}", doc_id=outlet, start=0, end=len(passage), text=passage,
                        meta={"outlet": outlet, "stance": "x"})
    at = passage.index(text)
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), at, at + len(text), text, 0,
                 (Link(speaker, "quotes"),) if speaker else (), s)


def _look(anchor: Quote, other: Quote):
    embed = embed_with({anchor.text: (1, 0.2), other.text: (0.2, 1)})  # far apart in words
    return figure_look(asked(Q), Q, Picked([anchor], False), [anchor], articles({}), embed, [anchor, other])


def test_a_reference_gives_a_bare_figure_its_noun():
    assert elided(REAL) is not None and elided("The government insists the number is below 50,000.") is not None
    assert elided("Officials put the toll at closer to 40.") is not None
    assert elided("The number of teachers rose to 40.") is None  # "the number of …" names its noun
    assert elided("He said 30 teachers did.") is None  # a noun of its own
    assert with_unit("The number is below 50,000 and falling.", "voters") == \
        "The number is below 50,000 voters and falling."
    assert unit_word(CLAIM, "teacher") == "teachers"
    assert elided_span("Most are over 75. The number is below 50,000.") == (18, 45)


def test_the_reference_points_at_the_nearest_count_before_it():
    assert refers_to("The district said 140 teachers worked on Monday. ", "teacher")
    assert not refers_to("140 teachers worked. The union has 1,100 members. ", "teacher")  # members, nearer
    assert not refers_to("", "teacher")


def test_another_voice_giving_the_number_by_reference_is_the_other_side():
    passage = f"{CLAIM} {REAL}"
    anchor, real = _in_passage(passage, CLAIM, 1.0), _in_passage(passage, REAL, 0.3, "Marr")
    picked = _look(anchor, real)  # 140 and "fewer than 30": 4.7x apart, the reference tells one count
    assert picked.contested and picked.about == "figures" and picked.quotes == [anchor, real]


def test_a_reference_to_another_count_or_in_the_same_voice_is_no_side():
    passage = f"{CLAIM} The union has 1,100 members. {REAL}"
    anchor, real = _in_passage(passage, CLAIM, 1.0), _in_passage(passage, REAL, 0.3, "Marr")
    assert not _look(anchor, real).contested  # "the number" refers to the members
    passage = f"{CLAIM} {REAL}"
    anchor, same = _in_passage(passage, CLAIM, 1.0, "Marr"), _in_passage(passage, REAL, 0.3, "Marr")
    assert not _look(anchor, same).contested  # one voice
    within = REAL.replace("fewer than 30", "more than 100")
    passage = f"{CLAIM} {within}"
    anchor, bound = _in_passage(passage, CLAIM, 1.0), _in_passage(passage, within, 0.3, "Marr")
    assert not _look(anchor, bound).contested  # 140 is more than 100: they agree


def _elided_unfiltered(text: str):
    """`elided` as it read before the noun filter: every figure of the text tested whole."""
    from app.answer.elided_figure import _REFERENCE, LEAD
    from app.attribution.units import FIGURE, figure_unit, is_label, is_year

    for m in FIGURE.finditer(text):
        if is_year(m) or is_label(text, m) or m.group("dollar") or m.group("pct") or figure_unit(text, m):
            continue
        if _REFERENCE.search(text, max(0, m.start() - LEAD), m.start()):
            return m
    return None


def test_the_noun_filter_finds_what_reading_every_figure_finds():
    from pathlib import Path

    edges = ["the number is " + " " * n + "40." for n in range(0, 80)]  # the noun at the window's edge
    edges += ["The total stood at 12.", "x" * 65 + " the toll at 40", "the count 5 accounts 7 the tally is 9",
              "An account 40 and the number\tis 30", "THE NUMBER WAS 3",
              "The F\u0130GURE is 40.", "the f\u0131gure was 30.", "The Actual  Count\nis 7."]  # re.IGNORECASE's i
    texts = edges + [p.read_text(encoding="utf-8") for p in sorted(Path("corpus").glob("*.txt"))]
    for text in texts:
        got, want = elided(text), _elided_unfiltered(text)
        assert (got and got.span()) == (want and want.span()), text[:80]


def test_a_text_naming_no_reference_noun_reads_no_figure(monkeypatch):
    import app.answer.elided_figure as mod

    def unread(*_args):
        raise AssertionError("a figure was read")

    monkeypatch.setattr(mod, "figure_unit", unread)
    monkeypatch.setattr(mod, "is_label", unread)  # a figure with no reference before it: its unit is not read
    assert elided("He said 30 teachers and 40 nurses came in 2019, at $5 each.") is None
    assert elided("The number rose. " + "Then it fell. " * 5 + "40 nurses came.") is None  # the noun: too far before
    assert not may_refer("He said 30 teachers came.") and may_refer("THE TOTAL is 5") and may_refer("a f\u0131gure")


def test_an_article_naming_no_reference_is_not_scanned_for_figures(monkeypatch):
    import app.answer.elided_figure as mod

    class Unscanned:
        def finditer(self, _text):
            raise AssertionError("figures were scanned")

    monkeypatch.setattr(mod, "FIGURE", Unscanned())
    assert elided("The district said 140 teachers worked on Monday. " * 50) is None


def test_an_article_whose_reference_no_figure_follows_is_not_scanned(monkeypatch):
    import app.answer.elided_figure as mod

    class Unscanned:
        def finditer(self, _text):
            raise AssertionError("figures were scanned")

    far = "The number of teachers rose sharply over the last few years, officials of the district said. "
    assert not may_refer(far + "They worked 40 hours a week." * 20)  # 40: past the reference's LEAD
    assert may_refer("The number of teachers was 40.") and may_refer("The total is $5")
    monkeypatch.setattr(mod, "FIGURE", Unscanned())
    assert elided(far + "They worked 40 hours a week." * 20) is None
