"""Names given only in a relative clause on a role (invented text)."""

from test_extract_roles import _table, needs_spacy


@needs_spacy
def test_a_name_given_in_a_clause_is_the_person_of_the_role():
    table = _table("Talks resumed on Monday. A spokesman for the Northern Liberation Front, who "
                   "gave his name as Karim ag Bello, said the captives were well.\n")
    actor = table.actors["karim-ag-bello"]
    assert actor.type == "person"
    assert actor.speaks_for == "northern-liberation-front"


@needs_spacy
def test_a_nom_de_guerre_names_the_person():
    table = _table("Talks resumed on Monday. The rebels' chief negotiator, who uses the nom de "
                   "guerre Karim Bello, said the captives were well.\n")
    assert table.actors["karim-bello"].role == "rebels' chief negotiator"


@needs_spacy
def test_another_spelling_is_an_alias_of_the_person_named_before():
    table = _table("Talks resumed on Monday. The head of the army's delegation, General Omar "
                   "Sadiq, said the army would not accept a truce. The general, whose name is "
                   "also transliterated as Omer Seddig, left the session early.\n")
    assert "omer-seddig" not in table.actors
    assert "Omer Seddig" in table.actors["omar-sadiq"].aliases
