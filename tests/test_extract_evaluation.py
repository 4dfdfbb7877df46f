"""Evaluative predicates without a stance verb (kg.extract.evaluation)."""

import pytest

from kg.extract.evaluation import evaluate
from kg.extract.stance import classify


@pytest.mark.parametrize("text, value", [
    ('the minister said the revised levy was "a genuine improvement"', "support"),
    ("this is the most robust treaty the region has seen", "support"),
    ('she said the framework was "a solid foundation" for the talks', "support"),
    ("this is a budget with no money for the valleys", "oppose"),
    ('he called the wording of the annex "too vague to mean anything"', "oppose"),
    ("the exemption is too narrow for coastal towns", "oppose"),
    ("a trade treaty is not the place to settle a border", "oppose"),
    ("a truce that allows shelling is not a truce", "support"),  # demands the real truce
    ("a pay rise that lags prices is no longer a pay rise", "support"),
    ("the new offer is not a real improvement", "oppose"),
    ("this plan is not bad at all", "support"),
    ("any scheme that keeps schools open deserves our support", "support"),
    ("the economist saw a compelling case for a pause", "support"),
    ("they described the package as a sham", "oppose"),
    # measures named by their act; decisions judged fit
    ("she said the tariff freeze was the right call for the valley's farms", "support"),
    ("a fuel levy would be the wrong kind of signal to send", "oppose"),
    ("he said the hostage swap was a smart one", "support"),
    ("a price floor is the best protection the growers have", "support"),
    # a choice singled out as the sole or best one
    ("she said the ferry subsidy was the only lever that ever moved the ministry", "support"),
    ('a joint audit is "the one step that would restore trust"', "support"),
    ("he said a phased cut was the least painful path for the mills", "support"),
    ("the buyback remains the single option that keeps the port open", "support"),
    # a thing judged harmful, unsound or unfair; a negotiated figure or payment
    ("the ferry guild called the landing levy a danger to every small operator", "oppose"),
    ('an economist termed the catch threshold "legally fragile"', "oppose"),
    ("the growers described the new payments as humiliating", "oppose"),
    ('she called the export limits "unjustified and heavy-handed"', "oppose"),
])
def test_appraisals_of_negotiated_things(text, value):
    found = evaluate(text)
    assert found is not None and found.value == value, (text, found)


@pytest.mark.parametrize("text", [
    "we are strong",                                   # the speaker, not a target
    "he is a good man",                                # a person
    "the winter was bad for the harbour",              # no negotiated thing
    "the city of 1990 is not the city of today",       # a contrast, not a tautology
    "we were told this was the best we would get",     # hearsay
    "the talks will resume in march",                  # no appraisal at all
    "the first chapter is good but the last is weak",  # both ways: no single value
    "we are the only party that voted twice",          # the speaker ranked, not a choice
    "the valley is the only place where wolves breed",  # a place
    "the harbour dispute is the most tedious chapter",  # a ranking, no choice
])
def test_no_appraisal_of_a_target(text):
    assert evaluate(text) is None, text


def test_an_appraisal_is_a_low_confidence_fallback():
    appraised = classify("The draft is a real improvement.")
    assert appraised is not None and appraised.value == "support"
    assert appraised.confidence < classify("The minister backed the draft.").confidence


def test_a_stance_cue_outranks_an_appraisal():
    # "too narrow" alone would oppose; the explicit call for an extension decides
    result = classify("said the exemption was too narrow and called for it to be extended")
    assert result is not None and result.value == "support"


@pytest.mark.parametrize("text", [
    'the mayor called the toll plan "austerity dressed up as clean air"',
    'she called the quota deal "protectionism with extra steps"',
    'the guild called the exemption "a gift for two big studios"',
    'he called the bill "a licence to pollute the estuary"',
    'the opposition called the deal "a mortgage on grandchildren yet unborn"',
    'the council called the draft "one blank cheque after another"',
])
def test_a_pejorative_figure_for_the_thing_opposes_it(text):
    appraisal = evaluate(text)
    assert appraisal is not None and appraisal.value == "oppose", text


def test_a_pejorative_figure_denied_supports():
    appraisal = evaluate('she insisted this offer was "no gift to landlords"')
    assert appraisal is not None and appraisal.value == "support"


@pytest.mark.parametrize("text", [
    'the mayor called the timetable "a useful outline with a poor ending"',
    'she said the ferry plan was a decent idea welded to a weak budget',
    'the guild called the offer "half a good contract"',
    'he said the bill was half of a sensible reform',
    'the council said the draft had "sound aims and a reckless schedule"',
])
def test_a_phrase_that_praises_one_part_and_faults_another_is_mixed(text):
    result = classify(text)
    assert result is not None and result.value == "mixed", text


@pytest.mark.parametrize("text, value", [
    ("she called the levy a good idea with strong safeguards", "support"),
    ("the mayor said the plan was reckless", "oppose"),
])
def test_a_phrase_judged_one_way_only_is_no_split(text, value):
    result = classify(text)
    assert result is not None and result.value == value, text
