"""Government bodies named by their portfolio, and the roles in them (no parse needed);
the statements they carry are tested in ``test_extract_constructions``."""

import doctest

import pytest

from kg.extract import statebodies
from kg.extract.officetitles import government_office
from kg.extract.statebodies import in_state_body, without_relative


@pytest.mark.parametrize(("role", "expected"), [
    ("deputy head of the presidential office", True),
    ("an official at the defence ministry", True),
    ("spokeswoman for the foreign ministry", True),
    ("adviser in the prime minister's office", True),
    ("head of the regional government", False),
    ("chair of the shadow cabinet", False),
    ("head of the union", False),
])
def test_roles_in_a_state_body(role, expected):
    assert in_state_body(role) is expected


def test_relative_clause_is_not_part_of_the_role():
    assert without_relative("head of the office who sits on the panel") == "head of the office"


@pytest.mark.parametrize(("role", "expected"), [
    ("deputy head of the presidential office who sits on the legal working group", True),
    ("analyst at the finance ministry", False),
    ("the party's official at the foreign ministry", False),
])
def test_an_office_in_a_state_body_is_a_government_office(role, expected):
    assert government_office(role) is expected


def test_doctests() -> None:
    assert doctest.testmod(statebodies).failed == 0


@pytest.mark.parametrize(("label", "expected"), [
    ("Verkhovna Rada", True), ("European Parliament", True), ("State Duma", True),
    ("Workers' Party", False),
])
def test_legislature_names(label, expected):
    from kg.extract.statebodies import legislature

    assert legislature(label) is expected
