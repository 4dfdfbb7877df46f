"""Actor resolution on parsed sentences: names, metonyms, roles, speaks_for, places."""

import pytest

from kg.extract.actors import ActorTable, role_head_is_office
from kg.extract.clean import clean
from kg.extract.gazetteer import load_gazetteer
from kg.extract.nlp import spacy_available
from kg.extract.segment import segment

needs_spacy = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


def _actors(text: str, publisher: str = "The Harbour Gazette"):
    from kg.extract.mentions import find_mentions
    from kg.extract.nlp import load_model

    table = ActorTable(load_gazetteer(), excluded={publisher})
    mentions = find_mentions(segment(clean(text), load_model()), table)
    return table, mentions


def test_role_heads():
    assert role_head_is_office("Iranian Foreign Minister")
    assert role_head_is_office("chief negotiator")
    assert not role_head_is_office("senior analyst at the Oslo Institute")
    assert not role_head_is_office("former prime minister")


def test_title_resolution_prefers_matching_role():
    table = ActorTable(load_gazetteer())
    a = table.person("Mara Holm", 0, 9)
    table.set_role(a, "Danish Foreign Minister", table.collective(
        load_gazetteer().entries["denmark"], "Danish", 0, 6))
    b = table.person("Otto Lenz", 50, 59)
    table.set_role(b, "trade economist", None)
    assert table.resolve_title("the foreign minister", 100, None) is a
    assert table.resolve_title("the minister", 100, table.actors["denmark"]) is a
    assert table.resolve_title("the ambassador", 100, None) is None


@needs_spacy
def test_metonyms_and_roles():
    table, _ = _actors(
        "Kremlin spokesman Pavel Orlov said on Monday that Moscow wanted a pause. "
        "Tehran dismissed the idea. The White House did not comment.\n")
    assert {"russia", "iran", "united-states", "pavel-orlov"} <= set(table.actors)
    orlov = table.actors["pavel-orlov"]
    assert orlov.role == "Kremlin spokesman"
    assert orlov.speaks_for == "russia"
    assert "Moscow" in table.actors["russia"].aliases


@needs_spacy
def test_capital_as_place_is_not_an_actor():
    table, mentions = _actors("The two envoys met in Copenhagen on Friday for talks.\n")
    assert "denmark" not in table.actors
    assert [p[2] for p in mentions.places] == ["Copenhagen"]


@needs_spacy
def test_analyst_does_not_speak_for_her_institute():
    table, _ = _actors("Lea Brun, a senior analyst at the Nordic Policy Institute, said the "
                       "deal was fragile.\n")
    brun = table.actors["lea-brun"]
    assert brun.speaks_for is None
    assert brun.affiliation == "nordic-policy-institute"


@needs_spacy
def test_bare_surname_and_spelling_variant_are_one_person():
    table, _ = _actors("Foreign Minister Yuri Kolt of Ukraine spoke first. Kolt said little. "
                       "Yury Kolt left early.\n")
    persons = [a for a in table.actors.values() if a.type == "person"]
    assert len(persons) == 1 and persons[0].label == "Yuri Kolt"


@needs_spacy
def test_outlet_and_wire_agency_are_not_actors():
    table, _ = _actors("The Harbour Gazette reported that Reuters had seen the draft.\n")
    assert not [a for a in table.actors.values() if a.type == "organization"]
