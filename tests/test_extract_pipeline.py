"""Tests of kg.extract.pipeline's own steps (the stages have their own test files)."""

from __future__ import annotations

import doctest

import kg.extract.pipeline as pipeline
from kg.extract.events import Event


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
