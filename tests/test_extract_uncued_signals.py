"""The value rule of uncued statements toward what they name (kg.extract.uncued_signals):
the main predicate's refusal governs, and the valence of its object or of a later clause
is no attitude of the holder."""

from __future__ import annotations

import pytest

from kg.extract.learn.uncued import valence_lexicon
from kg.extract.uncued_signals import main_clause, refusal, signals, value_of

needs_vader = pytest.mark.skipif(not valence_lexicon(), reason="vaderSentiment not installed")


def _value(content: str) -> str:
    return value_of(content, "say", signals(content, "say"))


@needs_vader
@pytest.mark.parametrize(("content", "value"), [
    # a refused act opposes it, whatever the valence of what is refused
    ("the dockers will not join the boycott", "oppose"),
    ("said the treasury had no intention of raising the levy, which funds hospitals and schools",
     "oppose"),
    ("said Lisbon could not go beyond the grant it promised, citing a generous surplus", "oppose"),
    # a refused harm supports
    ("we will not harm the fishing communities", "support"),
    # the rejected half of a correction is not the holder's own clause
    ("the choice was for the islanders to make, and not for a distant ministry", "support"),
    ("the reform should pay workers faster, not less", "support"),
])
def test_the_main_predicate_decides_toward_what_it_names(content: str, value: str) -> None:
    assert _value(content) == value, content


def test_a_relative_clause_on_the_subject_does_not_end_the_main_clause() -> None:
    low = "states that have armed one side cannot now act as referees"
    assert main_clause(low) == low
    assert refusal(low) == "oppose"


def test_a_refused_request_is_no_refusal_of_the_speakers_own() -> None:
    assert refusal("we cannot ask our growers to carry the whole cost") is None


@needs_vader
@pytest.mark.parametrize("content", [
    # an imperative or a stated want supports its object, whatever its words
    '"Stop the attacks on the villages now!" wrote on her blog.',
    '"Our advice is plain: end the war and the suffering first," said.',
    "What they want is clear: the prisoners held without trial should go home.",
    # something declared beyond negotiation is held
    '"The river border is not up for discussion, now or later," said.',
    "said the quota could not be reopened.",
    # a step that costs nothing, a harm denied, a walking away denied
    '"A truce costs neither army anything," said.',
    '"No pupil in a mountain school will be left without a teacher," said.',
    'said that "nobody is thinking of walking away from the table."',
])
def test_supporting_constructions(content: str) -> None:
    assert _value(content) == "support", content


@needs_vader
@pytest.mark.parametrize("content", [
    'said only that "such matters are for the ministers."',
    'said the cabinet was "looking very carefully" at the offer.',
    '"Every offer on the table will be studied," she said.',
])
def test_a_report_of_procedure_or_study_is_neutral(content: str) -> None:
    assert _value(content) == "neutral", content


@needs_vader
@pytest.mark.parametrize("content", [
    'said the party would fight it "in every court and at every ballot."',
    "said the new government would repeal any accord that made the islands a taker of rules.",
])
def test_an_intention_to_act_against_something_opposes_it(content: str) -> None:
    assert _value(content) == "oppose", content


@needs_vader
@pytest.mark.parametrize("content", [
    "a ban on night flights would wreck the airline's recovery",
    'the new duty would put "hundreds of bakeries" at risk',
    "the proposed cap would drive the smaller ferries out of business",
    "scrapping the subsidy now would be a costly mistake for everyone",
])
def test_a_predicted_harm_opposes_what_would_cause_it(content: str) -> None:
    assert _value(content) == "oppose", content


@needs_vader
def test_a_refused_burden_supports_sparing_those_who_would_bear_it() -> None:
    assert _value("the island's growers cannot be asked to pay for the drought relief") == "support"


@needs_vader
def test_calling_a_target_names_it_and_requests_nothing() -> None:
    named = 'called the toll plan "a cruel attack on commuters."'
    assert value_of(named, "call", signals(named, "call")) == "oppose"
    asked = "called for a fair deal for the growers"
    assert value_of(asked, "call", signals(asked, "call")) == "support"


@needs_vader
@pytest.mark.parametrize(("content", "value"), [
    # what is set aside is the real thing the subject falls short of
    ('"Six weeks of quiet is a breather, not a truce," said.', "oppose"),
    ("the harbour question belongs in a court, not in a trade pact", "oppose"),
    # what is set aside is a lesser thing: the subject is raised above it
    ("said the annual grant was an entitlement, not a favour", "support"),
])
def test_a_correction_is_valued_by_what_it_sets_aside(content: str, value: str) -> None:
    assert _value(content) == value, content


@needs_vader
@pytest.mark.parametrize("content", [
    # a clause opening on "without", with no comma after what is lacked
    '"Without quotas our trawlers rust in port,"',
    "the toll stays, since without that money nobody repaves the pass",
    # a subject judged by what it lacks
    '"A truce without monitors is worth little,"',
    '"Every month without a wage deal costs dockers dearly,"',
])
def test_what_lacks_a_thing_is_judged_by_its_lack_and_needs_it(content: str) -> None:
    assert _value(content) == "support", content


@needs_vader
@pytest.mark.parametrize("content", [
    '"A halt without talks is never peace."',  # the negated predicate judges the halt
    "the rangers quit the valley without saying goodbye",  # a manner, no lack judged
])
def test_a_lack_that_judges_nothing_needs_nothing(content: str) -> None:
    assert _value(content) == "oppose", content
