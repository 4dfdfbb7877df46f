"""Checks of the eighteenth blind evaluation set (data/corpus/blind18), invented articles held back.

Written in the seventeenth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, in a later session, against machine extraction, so the checks are structural only. They are
the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets' sheet
checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no invented
person from another set, ten articles five per writer, the kinds of piece), compared with every
other set including blind16 and blind17. Like them, the set was asked for domains no set holds
yet; its mix must hold labour, trade, territory and elections or constitutional change.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind17 as blind17_checks

BLIND18 = checks.sheets_of("blind18")
OTHERS = sorted([*blind17_checks.OTHERS, *blind17_checks.BLIND17])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind17_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND18, OTHERS, PUBLIC_FIGURES,
    ("labour_wages", "trade_tariffs", "territory", "governance_elections"))
