"""Media named as the audience or source of a statement (invented text)."""

import pytest
from test_extract_roles import _table, needs_spacy


@needs_spacy
@pytest.mark.parametrize("text, medium", [
    ("Ivan Petrov, the deputy minister, told the Vestnik newspaper that talks would go on.",
     "vestnik"),
    ("Speaking to the Zarya television channel, Ivan Petrov said talks would go on.", "zarya"),
    ("Ivan Petrov told the broadcaster Radio Lumen that talks would go on.", "radio-lumen"),
])
def test_a_named_medium_addressed_is_an_organisation(text: str, medium: str):
    actor = _table(text + "\n").actors[medium]
    assert actor.type == "organization"


@needs_spacy
def test_a_demonym_before_television_is_no_medium():
    table = _table("Ivan Petrov told Russian television that talks would go on.\n")
    assert all(a.type != "organization" for a in table.actors.values())


@needs_spacy
def test_a_medium_is_not_what_the_group_refers_to():
    table = _table("The Northern Front issued a statement on its Zarya television station. The "
                   "movement said talks would go on.\n")
    assert table.recent_collective("movement", 10**6).id == "northern-front"
