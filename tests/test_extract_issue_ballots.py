"""The date of a vote is an electoral matter: kg/extract/issue_ballots.py."""

import pytest

from kg.extract.issues import load_scheme


@pytest.mark.parametrize("text", [
    "The smaller party insists that the vote be held by March 2029.",
    "The movement could live with a vote in late 2030, its leader said.",
    "Nobody in the cabinet expects a fresh vote in early 2032.",
    "The islanders want the vote to be held by October.",
])
def test_a_vote_given_a_date_is_the_timing_of_a_ballot(text):
    assert load_scheme().classify(text, "coalition_government") == ["governance_elections"]


@pytest.mark.parametrize("text", [
    "The finance minister wants a budget vote in April.",
    "The assembly plans to vote before May on the tax bill.",
])
def test_a_budget_vote_or_a_chamber_voting_is_no_ballot_date(text):
    assert "date of a vote" not in [p for p, _ in load_scheme().matches(text)]
