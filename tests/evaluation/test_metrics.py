"""Each grounding metric passes a good answer and fails a bad one (small literal corpus)."""

from __future__ import annotations

import pytest

from app.evaluation import metrics as m
from app.evaluation.cases import Case, ExpectedPassage
from app.models import Answer, Citation
from app.registry import Registry

HOSTILE = "The group runs thousands of fake accounts from its camp, the agency said."
ALIGNED = "The opposition is a dissident movement and the fake account story is a smear campaign."


def registry() -> Registry:
    return Registry.model_validate({
        "stance_groups": [{"id": "against", "label": "Against"}, {"id": "for", "label": "For"}],
        "outlets": [
            {"name": "Daily Critic", "aliases": ["Critic"], "stance": "against"},
            {"name": "Group Site", "aliases": ["GS"], "stance": "for"},
        ],
    })


@pytest.fixture
def corpus() -> m.Corpus:
    return m.Corpus([
        m.Doc("d1", "critic.txt", "Daily Critic", "against", HOSTILE),
        m.Doc("d2", "site.txt", "Group Site", "for", ALIGNED),
    ], registry())


def cite(id: str, doc: str, text: str, quote: str, outlet: str, chain: list[str] | None = None) -> Citation:
    start = text.index(quote)
    return Citation(id=id, outlet=outlet, doc_id=doc, quote=quote, start=start, end=start + len(quote), chain=chain or [])


def answer(*citations: Citation, text: str | None = None, abstained: bool = False) -> Answer:
    body = text if text is not None else "\n".join(f"- {c.outlet}: \u201c{c.quote}\u201d [{c.id}]" for c in citations)
    return Answer(question="q?", answer=body, abstained=abstained, citations=list(citations))


def case(**fields) -> Case:
    return Case.model_validate({"id": "c", "question": "what?", "kind": "single", "contested": fields.get("kind") == "contested", **fields})


GOOD_H = cite("1", "d1", HOSTILE, "The group runs thousands of fake accounts from its camp", "Daily Critic")
GOOD_A = cite("2", "d2", ALIGNED, "the fake account story is a smear campaign", "Group Site")


def test_verbatim_counts_only_quotes_equal_to_the_document_text(corpus):
    assert m.verbatim(answer(GOOD_H), corpus) == m.Ratio(1, 1)
    paraphrase = GOOD_H.model_copy(update={"quote": "The group operates thousands of fake accounts from its camp"})
    assert m.verbatim(answer(paraphrase), corpus) == m.Ratio(0, 1)
    shifted = GOOD_H.model_copy(update={"start": GOOD_H.start + 1, "end": GOOD_H.end + 1})
    assert m.verbatim(answer(shifted), corpus) == m.Ratio(0, 1)


def test_attribution_fails_a_quote_labelled_with_another_outlet(corpus):
    assert m.attribution(answer(GOOD_H, GOOD_A), corpus) == m.Ratio(2, 2)
    wrong = GOOD_H.model_copy(update={"outlet": "Group Site"})
    assert m.attribution(answer(wrong, GOOD_A), corpus) == m.Ratio(1, 2)


def test_outlet_requirements_report_missing_any_of_and_forbidden_outlets(corpus):
    assert m.outlet_requirements(answer(GOOD_H, GOOD_A), case(must_cite=["Daily Critic", "Group Site"]), corpus) == []
    assert m.outlet_requirements(answer(GOOD_H), case(must_cite=["Group Site"]), corpus) == ["does not cite Group Site"]
    assert m.outlet_requirements(answer(GOOD_A), case(any_of=["Daily Critic"]), corpus) == ["cites none of Daily Critic"]
    assert m.outlet_requirements(answer(GOOD_A), case(must_not_cite=["Group Site"]), corpus) == [
        "cites Group Site, which it must not"]


def test_a_mislabelled_quote_does_not_count_as_citing_the_outlet(corpus):
    fake = GOOD_A.model_copy(update={"outlet": "Daily Critic"})  # Group Site's words under Critic's name
    assert m.outlet_requirements(answer(fake), case(must_cite=["Daily Critic"]), corpus) == ["does not cite Daily Critic"]


def test_contested_coverage_needs_a_quote_from_every_side_that_speaks(corpus):
    both = case(kind="contested", must_cite=["Group Site"], any_of=["Daily Critic"])
    assert m.contested_coverage(answer(GOOD_H, GOOD_A), both, corpus) == []
    assert m.contested_coverage(answer(GOOD_H), both, corpus) == ["no quote from the side 'For'"]


def test_chain_matches_expected_names_in_order_ignoring_spelling():
    relayed = cite("1", "d1", HOSTILE, "fake accounts", "Daily Critic", ["Al-Jazeera", "Hassan Heyrani"])
    assert m.chain_matches(answer(relayed), ["Al Jazeera", "Hassan Heyrani"])
    assert m.chain_matches(answer(relayed), ["Aljazeera"])
    assert not m.chain_matches(answer(relayed), ["Hassan Heyrani", "Al Jazeera"])
    assert not m.chain_matches(answer(relayed), ["Al Hurra"])
    assert not m.chain_matches(answer(GOOD_H), ["Al Jazeera"])


def test_chain_matches_a_source_by_the_names_the_corpus_gives_it(corpus):
    """An expected 'GS' matches a link 'Group Site' (a registered alias), 'FAB' the name a text defines it for
    ('the Federal Aviation Board (FAB)'); no other name matches, and nothing without the corpus's names."""
    text = "The Federal Aviation Board (FAB) grounded the fleet, the board said."
    both = m.Corpus([*corpus.docs.values(), m.Doc("d3", "fab.txt", "Daily Critic", "against", text)], registry())
    relayed = cite("1", "d1", HOSTILE, "fake accounts", "Daily Critic", ["Group Site", "Federal Aviation Board"])
    assert m.chain_matches(answer(relayed), ["GS", "FAB"], both.same_source)
    assert not m.chain_matches(answer(relayed), ["GS"])
    assert not m.chain_matches(answer(relayed), ["Critic"], both.same_source)
    abbreviated = cite("2", "d1", HOSTILE, "fake accounts", "Daily Critic", ["FAB"])
    assert m.chain_matches(answer(abbreviated), ["Federal Aviation Board"], both.same_source)


def test_abstention_precision_and_recall():
    expected = [True, True, False, False]
    assert m.abstention(expected, [True, True, False, False]) == (m.Ratio(2, 2), m.Ratio(2, 2))
    precision, recall = m.abstention(expected, [True, False, True, True])
    assert (precision.value, recall.value) == (1 / 3, 1 / 2)


def test_retrieval_hits_only_overlapping_spans_of_the_same_document():
    expected = [("d1", 10, 20), ("d2", 0, 5)]
    perfect = m.retrieval([("d1", 15, 30), ("d2", 3, 9)], expected, k=2)
    assert perfect == m.Retrieval(True, 1.0, 1.0)
    late = m.retrieval([("d2", 50, 60), ("d1", 0, 10), ("d1", 19, 25)], expected, k=2)
    assert late == m.Retrieval(False, 0.0, 1 / 3)  # touching (0-10 vs 10-20) is not overlapping
    assert m.retrieval([("d3", 10, 20)], expected, k=5).reciprocal_rank == 0.0


def test_passage_span_finds_the_snippet_in_the_cleaned_text(corpus):
    assert corpus.passage_span(ExpectedPassage(doc="critic.txt", snippet="fake accounts")) == (
        "d1", HOSTILE.index("fake accounts"), HOSTILE.index("fake accounts") + len("fake accounts"))
    assert corpus.passage_span(ExpectedPassage(doc="critic.txt", snippet="not in the text")) is None


def test_citation_recall_fails_a_statement_its_quote_does_not_support(corpus):
    good = answer(GOOD_H)
    assert m.citation_support(good, corpus) == (m.Ratio(1, 1), m.Ratio(1, 1))
    unsupported = answer(GOOD_H, text="Daily Critic says the camp trains hackers for elections abroad. [1]")
    precision, recall = m.citation_support(unsupported, corpus)
    assert recall == m.Ratio(0, 1) and precision == m.Ratio(0, 1)


def test_citation_recall_counts_a_claim_with_no_citation(corpus):
    text = "- Daily Critic: \u201cThe group runs thousands of fake accounts from its camp\u201d [1]\nThe camp hosts hackers."
    assert m.citation_support(answer(GOOD_H, text=text), corpus)[1] == m.Ratio(1, 2)


def test_citation_precision_fails_a_citation_that_is_not_needed(corpus):
    text = "Daily Critic: \u201cThe group runs thousands of fake accounts from its camp\u201d [1] [2]"
    precision, recall = m.citation_support(answer(GOOD_H, GOOD_A, text=text), corpus)
    assert recall == m.Ratio(1, 1) and precision == m.Ratio(1, 2)


def test_framing_sentences_about_the_sources_need_no_citation(corpus):
    text = ("Outlets from opposing sides address this: each is quoted verbatim under the outlet that published it.\n"
            "For:\n- Group Site: \u201cthe fake account story is a smear campaign\u201d [2]")
    assert m.citation_support(answer(GOOD_A, text=text), corpus) == (m.Ratio(1, 1), m.Ratio(1, 1))


def test_the_line_saying_what_the_sources_disagree_about_needs_no_citation(corpus):
    from app.answer.sides import WHAT

    lines = "\n".join([WHAT["rebuttal"], "- Group Site: \u201cthe fake account story is a smear campaign\u201d [2]"])
    assert m.citation_support(answer(GOOD_A, text=lines), corpus)[1] == m.Ratio(1, 1)
    claim = "\n".join(["One source proves the camp hosts hackers.", lines.split("\n")[1]])
    assert m.citation_support(answer(GOOD_A, text=claim), corpus)[1] == m.Ratio(1, 2)  # any other own-voice claim counts


def test_the_line_naming_the_disputed_question_and_figures_needs_no_citation(corpus):
    point = ("The question they disagree on: \u201cDoes the group run fake accounts?\u201d The sources give different "
             "figures: \u201c3,000\u201d (Daily Critic) and \u201c300\u201d (Group Site).")
    lines = "\n".join([point, "- Group Site: \u201cthe fake account story is a smear campaign\u201d [2]"])
    assert m.citation_support(answer(GOOD_A, text=lines), corpus)[1] == m.Ratio(1, 1)
    claim = "\n".join(["The group runs three thousand fake accounts from its camp.", lines.split("\n")[1]])
    assert m.citation_support(answer(GOOD_A, text=claim), corpus)[1] == m.Ratio(1, 2)  # a claim in its place counts


def test_the_line_saying_a_part_is_not_covered_needs_no_citation(corpus):
    """A two-part answer's "Not covered: …" line is byline's word about the sources, like an abstention: it is not
    an unsupported claim (it once lowered seed citation recall by a case that answers rightly)."""
    quote_line = "- Group Site: \u201cthe fake account story is a smear campaign\u201d [2]"
    untold = "Not covered: none of the indexed sources reports the name asked for (\u201cWho funds the camp?\u201d)."
    assert m.citation_support(answer(GOOD_A, text="\n".join([quote_line, untold])), corpus)[1] == m.Ratio(1, 1)


def test_integrity_catches_unknown_documents_and_markers_without_citations(corpus):
    assert m.integrity(answer(GOOD_H), corpus) == []
    ghost = GOOD_H.model_copy(update={"doc_id": "nope"})
    assert any("unknown document" in p for p in m.integrity(answer(ghost), corpus))
    extra = answer(GOOD_H, text="- Daily Critic: \u201cThe group runs thousands of fake accounts from its camp\u201d [1] [7]")
    assert m.integrity(extra, corpus) == ["marker(s) [7] in the answer are not a citation's own line"]
