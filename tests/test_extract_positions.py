"""Targets of machine stances: short position labels and stable ids."""

from kg.extract.positions import MAX_WORDS, Positions, label_for, position_id


def test_label_drops_speech_verb_connective_and_quotes():
    assert label_for('said that the EU would "never" accept a levy') == "EU would never accept a levy"
    assert label_for("and that it backed the truce") == "it backed the truce"
    assert label_for("but rejected the fee") == "rejected the fee"


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
