"""Event detection in one sentence: type, status and date (coding guide section 4)."""

from datetime import date

import pytest

from kg.extract.events import Event, detect, resolve_horizon, same_event

MON = date(2026, 6, 22)  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("The two presidents spoke by phone on Sunday.", ("call", "held", "2026-06-21")),
    ("Negotiators will meet again in Vienna on Thursday.", ("meeting", "scheduled", "2026-06-25")),
    ("The next round is scheduled to take place in Cairo in July.",
     ("meeting", "scheduled", "2026-07")),
    ("The export ban takes effect on July 1.", ("deadline", "scheduled", "2026-07-01")),
    ("The summit planned for May was called off.", ("summit", "cancelled", "2026-05")),
    ("Leaders agreed to hold a summit before the end of the year.",
     ("summit", "scheduled", "2026")),
    ("The minister visited Ankara last week.", ("visit", "held", "2026-06")),
])
def test_detect(text, expected):
    assert detect(text, MON) == expected


@pytest.mark.parametrize("text", [
    "The ministry favoured holding the meeting in a neutral country.",
    "A visit to the capital is not under consideration.",
    "The two sides remain far apart in the negotiations.",
    "The port handles nine million containers a year.",
])
def test_no_event(text):
    assert detect(text, MON) is None


def test_horizon_needs_an_article_date():
    assert resolve_horizon("by the end of the month", MON) == "2026-06"
    assert resolve_horizon("by the end of the month", None) is None


def test_same_event_mentioned_twice():
    first = Event("meeting", "held", "2026-06-22", "Vienna", ["iran"], ["Iran"], ["summit"], 0, 10,
                  0.6)
    again = Event("meeting", "held", "2026-06-22", None, ["iran", "oman"], ["Iran", "Oman"],
                  ["summit"], 50, 80, 0.6)
    other_day = Event("meeting", "held", "2026-06-23", "Vienna", ["iran"], ["Iran"], ["summit"],
                      90, 99, 0.6)
    assert same_event(first, again)
    assert not same_event(first, other_day)
    assert first.id == "2026-06-22-meeting-iran-vienna"
    assert again.label == "Meeting involving Iran, Oman"


def test_the_tense_of_the_event_clause_decides_not_a_later_clause():
    ref = date(2026, 9, 25)  # a Friday
    found = detect("Leaders met in Lisbon on Thursday to plan a force that would be deployed "
                   "after a truce.", ref)
    assert found == ("meeting", "held", "2026-09-24")
    found = detect("Talks on a new cabinet stalled on Wednesday after the Greens said they "
                   "would only join if the plan changed.", ref)
    assert found == ("meeting", "held", "2026-09-23")
    assert detect("The three parties are due to meet again on Monday.", ref) == (
        "meeting", "scheduled", "2026-09-28")


def test_the_date_in_the_event_clause_wins():
    found = detect("The draft went out on Monday to the council, which meets on July 21.",
                   date(2026, 6, 17))
    assert found == ("meeting", "scheduled", "2026-07-21")


def test_a_deadline_ahead_stays_ahead():
    found = detect("The offer comes before a July 1 deadline, when new duties are due to take "
                   "effect.", date(2026, 3, 4))
    assert found == ("deadline", "scheduled", "2026-07-01")


@pytest.mark.parametrize("text, kind", [
    ("Overnight, the army launched forty drones at the port.", "military"),
    ("Clashes between the militia and the army killed nine people at the weekend.", "military"),
    ("Delegates voted on Friday to postpone the levy.", "announcement"),
])
def test_strikes_clashes_and_votes_are_events(text, kind):
    found = detect(text, MON)
    assert found is not None and found[0] == kind


def test_an_invitation_to_talks_is_scheduled():
    found = detect("The mediation service said it had invited both sides to talks on Friday.",
                   MON)
    assert found == ("meeting", "scheduled", "2026-06-26")


def test_a_meeting_naming_nobody_takes_the_parties_of_the_first_gathering():
    from kg.extract.events import inherited_participants

    call = Event("call", "held", "2026-06-20", None, ["chile"], ["Chile"], [], 0, 5, 0.6)
    talks = Event("meeting", "held", "2026-06-22", "Lima", ["peru", "chile"], ["Peru", "Chile"],
                  [], 10, 20, 0.6)
    side = Event("meeting", "held", "2026-06-22", "Quito", ["ecuador", "un"], ["Ecuador", "UN"],
                 [], 30, 40, 0.6)
    strike = Event("military", "held", "2026-06-21", None, ["peru", "bolivia"], [], [], 50, 60, 0.6)
    assert inherited_participants("meeting", "2026-07", [call, strike, talks, side]) == [
        "peru", "chile"]
    assert inherited_participants("meeting", None, [talks]) == []  # no date: no happening
    assert inherited_participants("deadline", "2026-07", [talks]) == []
    assert inherited_participants("meeting", "2026-07", [call, strike]) == []
