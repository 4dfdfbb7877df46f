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


@needs_spacy
def test_title_after_by_in_a_passive_is_the_role():
    table = _table(
        "Chile's government defended the pension reform on Monday. The plan was praised in "
        "warm words by the labour minister, Pablo Serrano, who said it would protect "
        "savers.\n")
    assert table.actors["pablo-serrano"].speaks_for == "chile"


@needs_spacy
def test_ambassador_to_a_body_named_in_the_gazetteer_speaks_for_the_sender():
    table = _table(
        "The United States wants its own inspections recognised. Its ambassador to the EU, "
        "John Carter, said the rules were unfair to exporters.\n")
    assert table.actors["john-carter"].speaks_for == "united-states"


@needs_spacy
def test_its_refers_to_the_body_noun_subject_of_the_same_sentence():
    table = _table(
        "The tolls put the Farmers Party in an awkward spot. The party has opposed road tolls "
        "for a decade, and its deputy leader, Eva Lund, said on Monday that this had not "
        "changed.\n")
    assert table.actors["eva-lund"].speaks_for == "farmers-party"


def test_lower_case_portfolio_is_a_bare_government_title():
    assert government_office("minister of regional development and housing")
    assert government_office("Minister of Energy")
    assert not government_office("secretary of the union")
