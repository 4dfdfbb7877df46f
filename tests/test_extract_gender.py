"""Gender of named persons for "he"/"she": role nouns and first names."""

import doctest

import pytest

from kg.extract import gender
from kg.extract.gender import person_gender


def test_doctests() -> None:
    assert doctest.testmod(gender).failed == 0


@pytest.mark.parametrize(("label", "role", "expected"), [
    ("Marta Kowalczyk", None, "f"),
    ("Tomasz Nowak", None, "m"),
    ("Kowalczyk", None, None),  # a surname alone tells nothing
    ("Tomasz Nowak", "the union's spokeswoman", "f"),  # the role noun is stronger
    ("Xqzv Nowak", None, None),  # a first name the list does not know
    ("Haruna Dogo", None, None),  # listed in one country only, and as rare there
    ("Haruna Dogo", "Mr", "m"),
])
def test_person_gender(label, role, expected):
    pytest.importorskip("gender_guesser")
    assert person_gender(label, role) == expected
