"""Checks of the seventeenth blind evaluation set (data/corpus/blind17), invented articles held back.

Written in the sixteenth session by two writers (B: slugs a-m, B2: slugs n-z; three of B2's five,
too near earlier sets, were replaced before any score by three of a third writer, R, also n-z)
and scored once, in the seventeenth, against machine extraction, so the checks are structural
only. They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the
earlier sets' sheet checks,
blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no invented person
from another set, ten articles five per writer, the kinds of piece), compared with every other set
including blind15 and blind16. Like them, the set was asked for domains no set holds yet; its mix
must hold labour, trade, territory and elections or constitutional change.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind16 as blind16_checks

BLIND17 = checks.sheets_of("blind17")
OTHERS = sorted([*blind16_checks.OTHERS, *blind16_checks.BLIND16])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind16_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND17, OTHERS, PUBLIC_FIGURES,
    ("labour_wages", "trade_tariffs", "territory", "governance_elections"))
