"""A mediator named as the source or channel of a statement: kg/extract/issue_channels.py."""

import pytest

from kg.extract.issues import load_scheme


@pytest.mark.parametrize("text", [
    "Both sides will free twelve of the men this week, according to the Norwegian mediators.",
    "Osterland said the names would go through the mediators as before.",
    "The ministry said it stayed in touch with the facilitators every day.",
])
def test_a_mediator_as_source_or_channel_is_no_summit_cue(text):
    assert load_scheme().classify(text, "prisoners_humanitarian") == ["prisoners_humanitarian"]


@pytest.mark.parametrize("text", [
    "Valdoria says a mediator is not needed.",
    "The rebels want the mediators replaced before the next session.",
])
def test_a_mediator_the_statement_is_about_stays_a_summit_cue(text):
    assert load_scheme().classify(text, "prisoners_humanitarian") == ["summit"]
