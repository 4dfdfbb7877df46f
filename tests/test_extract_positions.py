"""Targets of machine stances: short position labels and stable ids."""

from kg.extract.positions import MAX_WORDS, Positions, label_for, position_id


def test_label_drops_speech_verb_connective_and_quotes():
    assert label_for('said that the EU would "never" accept a levy') == "EU would never accept a levy"
    assert label_for("and that it backed the truce") == "it backed the truce"
    assert label_for("but rejected the fee") == "the fee"


def test_label_is_short_and_never_empty():
    long = " ".join(f"word{i}" for i in range(30))
    assert len(label_for(long).split()) == MAX_WORDS
    assert label_for(" , ; ") == "unspecified position"


def test_position_ids_are_slugs():
    assert position_id("EU cuts tariffs on U.S. cars to zero!") == "eu-cuts-tariffs-on-u-s-cars-to-zero"
    assert len(position_id("x " * 80)) <= 60


def test_the_same_content_is_one_position_and_different_content_two():
    positions = Positions()
    first = positions.get("said the fleet cap should apply to all vessels", ["trade_tariffs"])
    again = positions.get("The fleet cap should apply to all vessels.", ["trade_tariffs"])
    other = positions.get("said the fund must be real money", ["economic_cooperation",
                                                               "trade_tariffs"])
    assert first == again != other
    assert positions.items[first]["issue"] == "trade_tariffs"
    assert positions.items[other]["issue"] == ["economic_cooperation", "trade_tariffs"]


def test_label_is_the_outcome_not_the_act_of_taking_a_stance():
    assert label_for("also welcomed the section on adaptation finance") == (
        "the section on adaptation finance")
    assert label_for("called for a tax on windfall profits") == "a tax on windfall profits"
    assert label_for("for its part, wants the army disbanded") == "wants the army disbanded"
    assert label_for("said in a statement that the deal was dead") == "the deal was dead"
    # a stance verb later in the clause stays: it is part of the content
    assert label_for("said the union rejected the offer") == "union rejected the offer"


def test_a_pronoun_or_definite_description_refers_to_an_earlier_target():
    positions = Positions()
    plan = positions.get("proposed a five-point plan for the harbour", ["economic_cooperation"])
    levy = positions.get("wants a levy on cargo", ["trade_tariffs"])
    assert positions.get("rejected it", ["trade_tariffs"]) == levy
    assert positions.get("welcomed the plan", ["economic_cooperation"]) == plan
    assert positions.get("dismissed the revised plan", ["economic_cooperation"]) == plan
    # no earlier target with that head noun: a target of its own
    fund = positions.get("backed the fund", ["economic_cooperation"])
    assert fund not in (plan, levy)
    assert positions.items[fund]["label"] == "the fund"


def test_a_pronoun_with_no_earlier_target_is_a_target_of_its_own():
    positions = Positions()
    first = positions.get("rejected it", ["other"])
    assert positions.items[first]["label"] == "it"
