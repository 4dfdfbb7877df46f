"""Media named as the audience or source of a statement (invented text)."""

import pytest

from kg.extract.actors import ActorTable
from kg.extract.clean import clean
from kg.extract.gazetteer import load_gazetteer
from kg.extract.nlp import spacy_available
from kg.extract.segment import segment

needs_spacy = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


def _table(text: str) -> ActorTable:
    from kg.extract.mentions import find_mentions
    from kg.extract.nlp import load_model

    table = ActorTable(load_gazetteer(), excluded=set(), dateline=None)
    find_mentions(segment(clean(text), load_model()), table)
    return table


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
