"""Stance values from cue words (coding guide, section 3)."""

import pytest

from kg.extract.stance import classify


@pytest.mark.parametrize("text, value", [
    ("The council backed the proposal.", "support"),
    ("We want a deal before the summer.", "support"),
    ("The minister rejected the offer outright.", "oppose"),
    ("Lisbon will not accept any cap on fishing quotas.", "oppose"),
    ("They are not willing to cede the island.", "oppose"),
    ("Officials ruled out a second round.", "oppose"),
    ("The party would join only if the budget is balanced.", "conditional"),
    ("Support depends on the inspectors' report.", "conditional"),
    ("We are ready to sign, provided that the tariffs are cut.", "conditional"),
    ("We will retaliate if the controls take effect.", "oppose"),
    ("Some ideas look acceptable, but other wording doesn't work for us.", "mixed"),
    ("The cabinet could consider a shorter truce.", "neutral"),
    ("She would not rule out new measures.", "neutral"),
    ("The ministry declined to say whether it would sign.", "neutral"),
])
def test_values(text, value):
    result = classify(text)
    assert result is not None and result.value == value, (text, result)


def test_no_cue_no_stance():
    assert classify("The ferry carries nine hundred passengers a day.") is None


def test_condition_text_is_the_clause():
    result = classify("He would sign only if the troops leave, officials said.")
    assert result.condition == "only if the troops leave"


def test_hedge_lowers_confidence():
    firm = classify("The union rejected the plan.")
    hedged = classify("The union reportedly rejected the plan.")
    assert hedged.confidence < firm.confidence


def test_masked_noun_is_not_a_cue():
    assert classify("The OFFER shifted the burden.") is None
    assert classify("That is a fair offer.").value == "support"


@pytest.mark.parametrize("text, value", [
    ("we will not hand the harbour back", "oppose"),
    ("the fleet must leave the strait", "support"),
    ("we will keep the embassy open", "support"),
    ("the treaty is a start, but we will not ratify it yet", "mixed"),
])
def test_default_value_of_evaluative_statements(text, value):
    from kg.extract.stance import default_value

    result = default_value(text)
    assert result is not None and result.value == value, (text, result)
    assert result.confidence < 0.5  # defaulted values are less certain than cued ones


@pytest.mark.parametrize("text", [
    "the negotiations started in 2019",
    "the talks could drag on until the spring",
    "nobody wins from a long blockade",
    "the map of 1990 is not the map of today",
])
def test_default_value_skips_background_and_predictions(text):
    from kg.extract.stance import default_value

    assert default_value(text) is None


def test_accepting_clause_contrasted_with_a_rejecting_one_is_mixed():
    assert classify("We welcome the pledge, but it contains no money for repairs.").value == "mixed"
    # the negation is what is hoped for, not a rejection
    assert classify("Oslo welcomed the talks but hoped they would not drag on.").value == "support"


def test_contrast_opening_the_statement_joins_nothing():
    assert classify("But nobody will sign a blank cheque.").value == "oppose"


@pytest.mark.parametrize("text, value", [
    ("The premier praised the draft accord.", "support"),
    ("Lisbon spurned the offer within hours.", "oppose"),
    ("The union slammed the proposal as a stunt.", "oppose"),
    ("We have serious concerns about the inspection regime.", "oppose"),
    ("The cabinet has yet to decide on the levy.", "neutral"),
    ("She welcomed the timetable but has reservations about the funding.", "mixed"),
    ("A blast hit the depot overnight.", None),
])
def test_evaluative_verbs_and_phrases(text, value):
    result = classify(text)
    assert (result.value if result else None) == value, (text, result)
