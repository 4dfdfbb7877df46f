"""The shared corpus-set checks' own patterns (``tests/corpus_set_checks.py``)."""

from __future__ import annotations

import corpus_set_checks as checks
import pytest


@pytest.mark.parametrize("text", [
    "LIMA, Dec 3 (Agency) \u2014 Talks resumed.",
    "PORT LOUIS (Wire Service) \u2014 Talks resumed.",
    "NAIROBI \u2014 Talks resumed.",
    "ST. JOHN'S, Antigua - Talks resumed.",
])
def test_a_dateline_with_or_without_date_and_agency_is_read(text: str) -> None:
    assert checks.DATELINE.search(text)


@pytest.mark.parametrize("text", [
    "The minister said \u2014 twice \u2014 that talks resumed.",
    "Talks resumed on Dec 3.",
])
def test_an_ordinary_opening_is_no_dateline(text: str) -> None:
    assert not checks.DATELINE.search(text)
