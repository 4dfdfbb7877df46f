"""The status of a place is a territorial matter: kg/extract/issue_status.py."""

import pytest

from kg.extract.issues import load_scheme


@pytest.mark.parametrize("text", [
    "For Valdoria, the status of our atoll is no subject for bargaining.",
    "The foreign office will not discuss the legal status of Upper Marren at this stage.",
    "Osterland wants the status of the northern lagoon waters settled first.",
])
def test_the_status_of_a_place_is_territory(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["territory"]


@pytest.mark.parametrize("text", [
    "The envoy asked about the status of the talks.",
    "A status of forces agreement covers the visiting battalion.",
])
def test_the_status_of_talks_or_forces_is_no_place(text):
    assert "status of a place" not in [p for p, _ in load_scheme().matches(text)]


def test_the_status_of_a_place_is_no_article_topic():
    texts = ["Customs officers at the two ports stopped work.",
             "The status of both towns has long been disputed.",
             "Customs checks on lorries resume on Monday.", "Traders want faster customs."]
    assert "status of a place" in [p for p, _ in load_scheme().matches(texts[1])]
    assert load_scheme().dominant(texts) != "territory"
