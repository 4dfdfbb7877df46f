"""Checks of the twentieth blind evaluation set (data/corpus/blind20), invented articles held back.

Written in the nineteenth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 20, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind18 and blind19. Like them, the set was asked for domains no set
holds yet; its mix must hold elections and legal change, trade, labour and security guarantees.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind19 as blind19_checks

BLIND20 = checks.sheets_of("blind20")
OTHERS = sorted([*blind19_checks.OTHERS, *blind19_checks.BLIND19])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind19_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND20, OTHERS, PUBLIC_FIGURES,
    ("governance_elections", "trade_tariffs", "labour_wages", "security_guarantees"))
