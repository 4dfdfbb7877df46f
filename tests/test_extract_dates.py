"""Relative dates resolved against the article date."""

from datetime import date

import pytest

from kg.extract.coding import statement_date
from kg.extract.dates import resolve

WED = date(2026, 4, 15)  # a Wednesday


@pytest.mark.parametrize("text, expected", [
    ("on Tuesday", "2026-04-14"),
    ("late Wednesday", "2026-04-15"),
    ("last Wednesday", "2026-04-08"),
    ("yesterday", "2026-04-14"),
    ("last week", "2026-04"),
    ("over the weekend", "2026-04"),
    ("in March", "2026-03"),
    ("in October", "2025-10"),
    ("May 3", "2026-05-03"),
    ("3 May 2024", "2024-05-03"),
    ("last year", "2025"),
    ("later this month", "2026-04"),
])
def test_resolve(text, expected):
    assert resolve(text, WED) == expected


def test_future_weekday_looks_ahead():
    assert resolve("on Friday", WED, future=True) == "2026-04-17"
    assert resolve("on Friday", WED) == "2026-04-10"


def test_statement_date_prefers_the_speech_day():
    assert statement_date("The envoy said on Monday that talks would resume.", WED) == "2026-04-13"
    assert statement_date("Talks on Monday failed, she said.", WED) == "2026-04-15"
    assert statement_date("No date here.", None) is None
