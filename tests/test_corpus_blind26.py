"""Checks of the twenty-sixth blind evaluation set (data/corpus/blind26), invented articles held back.

Written in the twenty-fifth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 26, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind24 and blind25. Like them, the set was asked for domains no set
holds yet; its mix must hold territory, military operations, trade and tariffs and coalition
government.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind25 as blind25_checks

BLIND26 = checks.sheets_of("blind26")
OTHERS = sorted([*blind25_checks.OTHERS, *blind25_checks.BLIND25])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind25_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND26, OTHERS, PUBLIC_FIGURES,
    ("territory", "military_operations", "trade_tariffs", "coalition_government"))
