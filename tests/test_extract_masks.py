"""Masks: spans whose cue words are not the holder's attitude (kg.extract.masks)."""

import pytest

from kg.extract.masks import mask, mask_question, mask_relatives
from kg.extract.no_attitude import no_attitude


@pytest.mark.parametrize("text", [
    "the ministry's position has not changed",
    "its stance on the levy will not shift",
    "our line has never moved an inch",
    "their view has not been altered by the vote",
])
def test_an_unchanged_position_is_blanked(text):
    masked = mask(text)
    assert len(masked) == len(text)
    assert "not" not in masked and "never" not in masked

def test_a_changed_position_is_not_blanked():
    assert mask("the position of the troops is not clear") == "the position of the troops is not clear"

@pytest.mark.parametrize("text", [
    "i want to be clear about the budget",
    "to be honest, the figures are tight",
    "nobody in the valley has the right to demand that",
    "nobody here wants the ferry levy back",
    "i see no SIGN that they will move",
])
def test_discourse_markers_generic_subjects_and_observations_are_blanked(text):
    masked = mask(text)
    assert "#" in masked and len(masked) == len(text)

def test_a_question_opening_the_statement_is_the_reporters():
    text = "Asked whether the navy would withdraw, said it was up to the cabinet"
    masked = mask_question(text, text.lower())
    assert masked.startswith("#" * len("Asked whether the navy would withdraw,"))
    assert masked.endswith("said it was up to the cabinet")

def test_a_lower_case_asked_for_is_no_question():
    text = "asked for a ceasefire, saying the city was starving"
    assert mask_question(text, text) == text

def test_relative_asides_are_blanked():
    low = "backed the fund, which was rejected by the board, on monday"
    assert "rejected" not in mask_relatives(low)


def test_an_open_question_as_subject_is_blanked_whole():
    text = "Whether the board agrees will depend on the audit"
    assert set(mask_question(text, text.lower())) == {"#"}


@pytest.mark.parametrize("text, blanked", [
    ("rail freight has grown since the two states signed the corridor deal", True),
    ("the blockade ended when both unions agreed to the new rota", True),
    ("the council will vote when it is signed", False),
    ("they met in june, when they agreed to a rota", False),
])
def test_a_past_agreement_dating_another_event_is_blanked(text, blanked):
    masked = mask(text)
    assert len(masked) == len(text)
    assert ("agreed" not in masked and "signed" not in masked) == blanked


@pytest.mark.parametrize("text, blanked", [
    ("the harbour pilots will meet again in march to agree on a rota", True),
    ("the mayor has a month to agree how the depot is run", True),
    ("the plan lapses if the two councils fail to agree on the depot", True),
    ("the guild will not agree to a longer rota", False),
    ("both councils agree not to close the depot", False),
])
def test_an_agreement_planned_or_missed_is_blanked(text, blanked):
    masked = mask(text)
    assert len(masked) == len(text)
    assert ("agree" not in masked) == blanked


@pytest.mark.parametrize("text, blanked", [
    ("must approve any amendment to the harbour fee before it takes effect", True),
    ("can block the ferry contract under the 1994 statute", True),
    ("has to ratify the river treaty first", True),
    ("said the assembly must approve the ferry contract", False),
    ("will block the ferry contract", False),
])
def test_a_bodys_power_in_the_procedure_is_blanked(text, blanked):
    masked = mask(text)
    assert len(masked) == len(text)
    assert all(w not in masked for w in ("approve", "block", "ratify")) == blanked
    assert no_attitude(text) == blanked


@pytest.mark.parametrize("text, cue, blanked", [
    ("the toll was lifted in june after the province threatened fines", "threatened", True),
    ("when the mayor first floated a ferry levy, the council laughed", "floated", True),
    ("the walkout was called off after the board promised to review the rota", "promised", True),
    ("the guild has since backed the ferry levy", "backed", False),
    ("they met in june, when the board rejected the rota", "rejected", False),
])
def test_a_past_act_dating_another_event_is_blanked(text, cue, blanked):
    masked = mask(text)
    assert len(masked) == len(text)
    assert (cue not in masked) == blanked


@pytest.mark.parametrize("text, cue, blanked", [
    ("the two ports signed a ferry charter in march 2011", "signed", True),
    ("the guild vetoed the canal toll last year, citing its cost", "vetoed", True),
    ("both towns agreed in 2016 to pool their ferries", "agreed", True),
    ("both towns agreed to pool their ferries in 2041", "agreed", False),
    ("the guild backed last year's canal toll", "backed", False),
    ("the council signed the ferry charter on tuesday", "signed", False),
])
def test_a_past_act_dated_by_its_year_is_blanked(text, cue, blanked):
    masked = mask(text)
    assert len(masked) == len(text)
    assert (cue not in masked) == blanked


@pytest.mark.parametrize("text, cue", [
    ("the board refused any rebate for last year, saying the river was low", "refused"),
    ("the guild would sign, provided the port paid what it promised in 2019", "provided"),
    ("the mayor ruled out a levy before the lease lapses in 2040", "ruled out"),
    ("the toll was promised in 2018 and it still stands", "promised"),
])
def test_a_year_that_dates_something_else_keeps_the_cue(text, cue):
    assert cue in mask(text)


@pytest.mark.parametrize("text, cue, vague", [
    ("the league will respect whichever split the two guilds agree", "respect", True),
    ("the council backs \"any pact the two towns settle on\"", "backs", True),
    ("the trust will implement whatever is agreed", "implement", True),
    ("the board would honour any lease the harbour branch negotiated", "honour", True),
    ("the league would accept whatever the tribunal decides", "accept", False),
    ("the council would lend its surveyors to any zone the two towns agree on", "lend", False),
])
def test_deference_to_whatever_others_agree_is_a_vague_target(text, cue, vague):
    masked = mask(text)
    assert len(masked) == len(text)
    assert (cue not in masked) == vague
    assert no_attitude(text) == vague


def test_deference_beside_a_stance_of_its_own_keeps_that_stance():
    text = "the league will respect whichever split the two guilds agree, and it backs the toll"
    masked = mask(text)
    assert "respect" not in masked and "backs" in masked


@pytest.mark.parametrize("text, word, blanked", [
    ("scrapped the ferry levy in 2015, saying it opposed any toll on small boats", "opposed", True),
    ("shut the quay after the storm in june 2019, arguing that the pier needed repairs first",
     "needed", True),
    ("the guild vetoed the canal toll last year, insisting it wanted a lower rate", "wanted", True),
    ("agreed to open the canal in 2031, saying it welcomed the plan", "welcomed", False),
    ("has vetoed the canal toll since 2015, arguing that it opposes tolls", "opposes", False),
    ("refused any rebate for last year, saying it opposed rebates", "opposed", False),
    ("vetoed the toll in 2015, saying it opposed tolls, a view that still stands", "opposed", False),
])
def test_the_reason_given_for_a_past_act_dated_by_its_year_is_blanked(text, word, blanked):
    masked = mask(text)
    assert len(masked) == len(text)
    assert (word not in masked) == blanked
    assert no_attitude(text) == blanked


@pytest.mark.parametrize("text, cue", [
    ("we'd rather not go into the ferry deal before the ballot", "rather"),
    ("we'd prefer not to comment on the harbour levy", "prefer"),
    ("the ministry preferred not to speculate on the herring quota", "preferred"),
    ("she'd rather not promise any date for the canal toll", "promise"),
])
def test_a_question_declined_politely_is_a_non_answer(text, cue):
    """"would rather not say", "prefer not to comment": a non-answer (coding guide, session
    10), whose "rather" or "promise" is no attitude toward a target."""
    masked = mask(text)
    assert len(masked) == len(text)
    assert cue not in masked
    assert no_attitude(text)


def test_a_preference_against_a_target_is_no_non_answer():
    text = "we would rather not sign the ferry deal"
    assert mask(text) == text
    assert not no_attitude(text)


@pytest.mark.parametrize("text, none", [
    ("the rest is for the two guilds to work out", True),
    ("she said the price was for the millers and the port to sort out", True),
    ("the rest is for the two guilds to work out, but we want the toll gone", False),
])
def test_a_question_left_to_others_to_work_out_is_keeping_out(text, none):
    """"for the two guilds to work out" leaves the question to others, as "for them to
    decide" does (coding guide, staying out is no stance), unless a want is said beside it."""
    assert no_attitude(text) == none


@pytest.mark.parametrize("text, cue", [
    ("we hold no view on how high the toll should go, and we will not invent one", "should"),
    ("the guild has no position on which member should chair the ferry board", "should"),
    ("the envoy would not take any position about the island's status", "position"),
])
def test_a_view_disclaimed_blanks_the_question_it_names(text, cue):
    """"no view on how high the toll should go": keeping out of a question (coding guide,
    staying out is no stance); its "should" is no one's attitude."""
    masked = mask(text)
    assert len(masked) == len(text)
    assert cue not in masked
    assert no_attitude(text)


def test_a_position_put_off_until_later_is_not_a_view_disclaimed():
    text = "the ministry will not take a position before the harbour audit is done"
    assert mask(text) == text
    assert not no_attitude(text)


def test_a_view_disclaimed_leaves_a_refusal_after_but():
    masked = mask("we hold no view on the route, but we will not pay the toll")
    assert "will not pay the toll" in masked


@pytest.mark.parametrize("text", [
    "we wouldn't bet on that.",
    "a deal by june may happen, but we would not put any money on this",
    "we would not promise anything.",
    "the minister said he won't predict anything",
])
def test_a_forecast_or_commitment_declined_is_a_non_answer(text):
    """"we wouldn't bet on that", "we would not promise anything.": no forecast and no
    commitment given, and no target named (coding guide section 6; session 10)."""
    masked = mask(text)
    assert len(masked) == len(text)
    assert "not" not in masked and "n't" not in masked
    assert no_attitude(text)


@pytest.mark.parametrize("text", [
    "the mayor won't promise anything about the ferry allowance before the ballot",
    "we will not guarantee anything, and our side will not sign the toll deal",
])
def test_a_commitment_declined_toward_a_named_target_stays(text):
    assert not no_attitude(text)
