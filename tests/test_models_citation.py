"""The public Citation carries its source chain with roles, and the label every surface shows."""

import json

from app.answer.verify import verify
from app.models import Answer, Citation, SourceLink

QUOTE = "Al-Jazeera English claimed that the group had no support, which is not true."


def cite(**fields) -> Citation:
    return Citation(id="1", outlet="Iran News Update", doc_id="d", quote=QUOTE, start=0, end=len(QUOTE), **fields)


def test_a_citation_gets_the_label_its_links_give():
    c = cite(chain=["Al Jazeera"], links=[SourceLink(name="Al Jazeera", role="disputing")])
    assert c.label == "Iran News Update, disputing Al Jazeera"
    relayed = cite(links=[SourceLink(name="Al Jazeera", role="relaying"), SourceLink(name="Hassan Heyrani", role="quoting")])
    assert relayed.label == "Iran News Update, relaying Al Jazeera, quoting Hassan Heyrani"


def test_an_older_record_without_links_or_label_still_loads_under_its_outlet():
    old = {"id": "1", "outlet": "Iran News Update", "doc_id": "d", "quote": QUOTE, "start": 0, "end": len(QUOTE),
           "chain": ["Al Jazeera"]}
    c = Citation.model_validate(old)
    assert c.label == "Iran News Update" and c.links == [] and c.chain == ["Al Jazeera"]


def test_a_citation_survives_a_json_round_trip_with_its_roles():
    c = cite(chain=["Al Jazeera"], links=[SourceLink(name="Al Jazeera", role="disputing")])
    data = json.loads(c.model_dump_json())
    assert data["links"] == [{"name": "Al Jazeera", "role": "disputing"}]
    assert data["label"] == "Iran News Update, disputing Al Jazeera"
    assert Citation.model_validate(data) == c


def answer_under(label: str, c: Citation) -> Answer:
    return Answer(question="q", answer=f"Here is what the sources say:\n- {label}: \u201c{QUOTE}\u201d [1]",
                  abstained=False, citations=[c])


def test_verify_wants_the_line_to_show_the_citations_own_role():
    c = cite(chain=["Al Jazeera"], links=[SourceLink(name="Al Jazeera", role="disputing")])
    check = lambda a: verify(a, lambda d: QUOTE, lambda d: "Iran News Update")  # noqa: E731
    assert check(answer_under("Iran News Update, disputing Al Jazeera", c)) == []
    assert any("shown under 'Iran News Update, relaying Al Jazeera'" in p
               for p in check(answer_under("Iran News Update, relaying Al Jazeera", c)))


def test_a_quote_without_a_chain_keeps_the_old_json_keys_and_reads_back_the_same():
    c = cite()
    data = json.loads(c.model_dump_json())
    assert set(data) == {"id", "outlet", "stance", "doc_id", "title", "url", "date", "quote", "start", "end", "chain"}
    assert Citation.model_validate(data) == c and c.label == "Iran News Update"
