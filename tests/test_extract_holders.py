"""Whom a person speaker speaks for: one invented sentence per construction of news
writing that links a person to a state or organisation (coding guide section 2)."""

from test_extract_roles import _table, needs_spacy

from kg.extract.officetitles import government_office


@needs_spacy
def test_copular_role_names_the_office():
    table = _table(
        "Hanna Koval is Ukraine's deputy minister for veterans and runs the office that "
        "registers returning soldiers. The Harbour Gazette reached her in Lviv.\n")
    assert table.actors["hanna-koval"].speaks_for == "ukraine"


@needs_spacy
def test_copular_predicate_that_is_no_role_gives_none():
    table = _table("Hanna Koval is confident that Ukraine will win the vote.\n")
    assert table.actors["hanna-koval"].speaks_for is None


def test_plural_possessive_owns_the_title():
    assert not government_office("Greens' parliamentary spokesman")
    assert not government_office("the Liberals\u2019 chief negotiator")
    assert government_office("parliamentary spokesman")
