"""Negotiation frames: kg/extract/issue_frames.py."""

from collections import Counter

import pytest

from kg.extract.issue_frames import Frames, read_frames
from kg.extract.issue_lexicon import IssueSchemeError
from kg.extract.issues import load_scheme

CODES = {"climate_emissions", "economic_cooperation", "coalition_government", "labour_wages"}


def test_a_frame_named_nearly_as_often_as_what_it_absorbs_is_the_topic():
    frames = Frames({"coalition_government": frozenset({"labour_wages"})})
    assert frames.topic(Counter({"labour_wages": 8, "coalition_government": 6}),
                        "labour_wages") == "coalition_government"
    assert frames.topic(Counter({"labour_wages": 8, "coalition_government": 5}),
                        "labour_wages") == "labour_wages"
    assert frames.topic(Counter({"economic_cooperation": 8, "coalition_government": 8}),
                        "economic_cooperation") == "economic_cooperation"


def test_a_prior_only_frame_absorbs_nothing_in_a_statement():
    frames = Frames({"coalition_government": frozenset({"labour_wages"}),
                     "climate_emissions": frozenset({"economic_cooperation"})},
                    frozenset({"coalition_government"}))
    assert frames.statement("labour_wages", "coalition_government") == "labour_wages"
    assert frames.statement("economic_cooperation", "climate_emissions") == "climate_emissions"
    assert frames.statement("economic_cooperation", None) == "economic_cooperation"


def test_a_malformed_frame_is_one_clear_error():
    codes = CODES
    with pytest.raises(IssueSchemeError, match=r"frames: climate_emissions: unknown issue code"):
        read_frames({"frames": {"climate_emissions": ["pay"]}}, codes, IssueSchemeError, "x")
    with pytest.raises(IssueSchemeError, match=r"frame_prior_only: 'pay' is no frame"):
        read_frames({"frames": {}, "frame_prior_only": ["pay"]}, codes, IssueSchemeError, "x")


def test_a_prior_only_frame_gives_way_to_a_matter_it_does_not_absorb():
    frames = Frames({"coalition_government": frozenset({"labour_wages"})},
                    frozenset({"coalition_government"}))
    counts = Counter({"coalition_government": 12, "climate_emissions": 9, "labour_wages": 11})
    assert frames.topic(counts, "coalition_government") == "climate_emissions"
    counts = Counter({"coalition_government": 12, "climate_emissions": 8, "labour_wages": 11})
    assert frames.topic(counts, "coalition_government") == "coalition_government"


def test_meetings_and_mediation_in_a_wage_dispute_stay_labour():
    article = ["Dockworkers and the port operators remain far apart on wages.",
               "The union wants a pay rise of nine percent for its members.",
               "The operators offered four percent and a one-off bonus.",
               "The union said it would attend any mediation meeting the ministry set up."]
    scheme = load_scheme().for_article(article)
    topic = scheme.dominant(article)
    assert topic == "labour_wages"
    clause = "it would attend any mediation meeting the ministry set up"
    assert scheme.classify_in(clause, article[3], topic) == ["labour_wages"]
