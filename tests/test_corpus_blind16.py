"""Checks of the sixteenth blind evaluation set (data/corpus/blind16), invented articles held back.

Written in the fifteenth session by two writers (B: slugs a-m, B2: slugs n-z) and scored once, in
the sixteenth, against machine extraction, so the checks are structural only. They are the
two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets' sheet checks,
blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no invented person
from another set, ten articles five per writer, the kinds of piece), compared with every other set
including blind14 and blind15. Like them, the set was asked for domains no set holds yet; its mix
must hold labour, trade, economic cooperation and elections or constitutional change.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind15 as blind15_checks

BLIND16 = checks.sheets_of("blind16")
OTHERS = sorted([*blind15_checks.OTHERS, *blind15_checks.BLIND15])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind15_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND16, OTHERS, PUBLIC_FIGURES,
    ("labour_wages", "trade_tariffs", "economic_cooperation", "governance_elections"))
