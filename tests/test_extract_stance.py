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
