"""Tests of kg.extract.pipeline's own steps (the stages have their own test files)."""

from __future__ import annotations

import doctest

import pytest

import kg.extract.pipeline as pipeline
from kg.extract import Article, Extractor
from kg.extract.events import Event
from kg.extract.nlp import spacy_available


def test_doctests() -> None:
    assert doctest.testmod(pipeline).failed == 0


def test_settled_person_ids_reach_stances_and_events() -> None:
    stances = [{"holder": "haverkamp"}, {"holder": "union", "voiced_by": "haverkamp"}]
    event = Event("meeting", "held", None, None, ["haverkamp", "union"], ["Haverkamp", "Union"],
                  [], 0, 10, 0.5)
    pipeline._rename_references({"haverkamp": "lena-haverkamp"}, stances, [event])
    assert stances == [{"holder": "lena-haverkamp"},
                       {"holder": "union", "voiced_by": "lena-haverkamp"}]
    assert event.participants == ["lena-haverkamp", "union"]


@pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")
def test_person_ids_keep_letters_decomposition_drops() -> None:
    """Settling person ids re-slugs labels; "æ" must become "ae" there as when the actor
    was first minted, not vanish ("ingvild-sterhaug")."""
    text = ("OSLO (Wire) — Norway's chief negotiator, Ingvild Sæterhaug, said on Monday that "
            "the offer was fair. Sæterhaug added that Łukasz Żmuda of the Fishers' Council "
            "agreed.\n")
    sheet = Extractor(use_spacy=True).extract(Article(id="x", text=text))
    ids = {a["id"] for a in sheet["actors"]}
    assert "ingvild-saeterhaug" in ids and "lukasz-zmuda" in ids


@pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")
def test_a_bare_parliament_mentioned_without_a_stance_is_no_actor() -> None:
    text = ("Finance Minister Tove Arnesen said on Friday that she wanted the levy scrapped. "
            "She will ask Parliament to repeal it when its spring sitting opens.\n")
    sheet = Extractor(use_spacy=True).extract(Article(id="x", text=text))
    assert "parliament" not in {a["id"] for a in sheet["actors"]}
