"""Refused variants: "would not support any X that Y" (kg.extract.variants, coding guide 3,
session-8 clarifications)."""

import pytest

from kg.extract.stance import classify, paired
from kg.extract.variants import REFUSED_VARIANT, refused_variant


@pytest.mark.parametrize("text, restriction", [
    ("The growers' union said it would not back any tariff deal that opened the market "
     "to subsidised grain.", "opened the market to subsidised grain"),
    ("We cannot accept a treaty which leaves the islands under foreign control.",
     "leaves the islands under foreign control"),
    ("The Greens won't vote for a budget that cuts rail funding \"by a single euro.\"",
     "cuts rail funding \"by a single euro."),
    ("A reform that raises the pension age is a reform we will never support, she said.",
     "raises the pension age"),
])
def test_a_refused_variant_accepts_the_target_on_a_condition(text, restriction):
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert REFUSED_VARIANT in result.cues
    assert paired(result) == (restriction.strip(" \"."), "oppose")


@pytest.mark.parametrize("text", [
    "They would not sign the deal that was agreed in May.",          # one definite target
    "The party did not back a plan that was dead on arrival.",       # a report, no refusal to come
    "We cannot accept a situation in which the port stays closed.",  # a state of affairs
    "We will not sign this text.",                                   # no restriction
])
def test_plain_refusals_and_reports_are_no_refused_variant(text):
    assert refused_variant(text.lower()) is None, text


@pytest.mark.parametrize("text, restriction", [
    ("The dockers said they would not accept any contract that left the night-shift bonus "
     "untouched.", "left the night-shift bonus untouched"),
    ("Our members will never ratify a treaty that fails to protect the coastal villages.",
     "fails to protect the coastal villages"),
    ("The mayor said she could not support any plan that does not include a new bridge.",
     "does not include a new bridge"),
])
def test_a_refused_omission_supports_what_it_leaves_out(text, restriction):
    """Coding guide 3, session-9 clarifications: "would not vote for a budget that leaves X
    untouched / fails to do X" names the omission of X: support toward X."""
    result = classify(text)
    assert result is not None and result.value == "conditional", (text, result)
    assert paired(result) == (restriction, "support")
