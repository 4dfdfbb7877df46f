"""Sending people back is a handover of people: kg/extract/issue_returns.py."""

import pytest

from kg.extract.issues import load_scheme


@pytest.mark.parametrize("text", [
    "Valdoria wants speedier returns of rejected asylum seekers before it signs.",
    "The ministry proposed 300 returns a month during the trial.",
    "Osterland said it would take back its own nationals once their papers were checked.",
    "The envoy asked for the repatriation of the displaced families by spring.",
])
def test_returning_people_is_a_humanitarian_handover(text):
    assert load_scheme().classify(text, "trade_tariffs") == ["prisoners_humanitarian"]


@pytest.mark.parametrize("text", [
    "Investors expect higher returns from the new terminal.",
    "The union demanded the return of the confiscated trucks.",
    "Both delegations called for a return to talks.",
])
def test_returns_of_money_goods_or_talks_are_no_handover(text):
    assert "return of people" not in [p for p, _ in load_scheme().matches(text)]
