"""Outlet detection: each rule in its place in the order, and the rule that decided is recorded."""

import pytest

from app.documents.detect import describe, detect_outlet
from app.documents.load.raw import RawDocument
from app.registry import Registry

REGISTRY = Registry.model_validate({
    "stance_groups": [{"id": "left", "label": "Left-leaning"}, {"id": "right", "label": "Right-leaning"}],
    "outlets": [
        {"name": "Harbour Herald", "aliases": ["HH", "harbourherald"], "domains": ["harbourherald.com"],
         "stance": "left", "signatures": ["HH/"]},
        {"name": "City Courier", "aliases": ["Courier", "citycourier.net"], "domains": ["courier.example"],
         "stance": "right", "signatures": ["(CC) -"]},
    ],
    "documents": [{"file": "filed.txt", "outlet": "City Courier", "title": "Filed"}],
})
TEXT = "The council voted to close the bridge on Tuesday. (CC) - reporting."


def doc(source="a.html", text=TEXT, **meta):
    return RawDocument(source=source, text=text, meta=meta)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (doc("corpus/filed.txt", outlet="Harbour Herald"), ("City Courier", "registry")),
        (doc(outlet="HH", site_name="City Courier"), ("Harbour Herald", "metadata")),
        (doc(outlet="Some Blog"), ("Some Blog", "metadata")),
        (doc(site_name="Courier", url="https://harbourherald.com/x"), ("City Courier", "site_name")),
        (doc(url="https://news.harbourherald.com/2021/x"), ("Harbour Herald", "domain")),
        (doc(url="https://www.citycourier.net/a"), ("City Courier", "domain")),
        (doc(url="https://harbourherald.co.uk/a", text="No marks."), ("Harbour Herald", "domain")),
        (doc(site_name="Unknown Gazette", url="https://courier.example/a"), ("City Courier", "domain")),
        (doc(url="https://elsewhere.org/a"), ("City Courier", "signature")),
        (doc(site_name="Unknown Gazette", text="No marks."), ("Unknown Gazette", "site_name")),
        (doc(text="Nothing to go by here."), ("unknown", "unknown")),
    ],
)
def test_outlet_detection_follows_the_rule_order(raw, expected):
    assert detect_outlet(raw, REGISTRY) == expected


def test_signature_in_the_middle_of_a_long_article_does_not_count():
    text = "Filler sentence here. " * 300 + "HH/ in the middle. " + "Filler sentence here. " * 300
    assert detect_outlet(doc(text=text), REGISTRY) == ("unknown", "unknown")


def test_described_metadata_takes_the_stance_from_the_registry_or_maps_a_label_to_its_id():
    from_registry = describe(doc(url="https://harbourherald.com/x"), TEXT, REGISTRY)
    assert (from_registry.outlet_source, from_registry.stance) == ("domain", "left")
    given = describe(doc(outlet="Some Blog", stance="Right-leaning"), TEXT, REGISTRY)
    assert (given.outlet, given.stance) == ("Some Blog", "right")
