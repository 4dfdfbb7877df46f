"""Checks of the fifteenth blind evaluation set (data/corpus/blind15), invented articles held back.

Written in the fourteenth session by two writers (B: slugs a-m, B2: slugs n-z) and scored once, in
the fifteenth, against machine extraction, so the checks are structural only. They are the
two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets' sheet checks,
blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no invented person
from another set, ten articles five per writer, the kinds of piece), compared with every other set
including blind13 and blind14. Like them, the set was asked for domains no set holds yet; its mix
must hold labour, territory, trade and economic cooperation.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind14 as blind14_checks

BLIND15 = checks.sheets_of("blind15")
OTHERS = sorted([*blind14_checks.OTHERS, *blind14_checks.BLIND14])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind14_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND15, OTHERS, PUBLIC_FIGURES,
    ("labour_wages", "territory", "trade_tariffs", "economic_cooperation"))
