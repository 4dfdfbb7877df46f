"""Checks of the thirty-first blind evaluation set (data/corpus/blind31), invented articles held back.

Written in the thirtieth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 31, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind29 and blind30. Like them, the set was asked for domains no set
holds yet; its mix must hold ceasefire, prisoners and humanitarian matters, trade and tariffs, and
governance and elections.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind30 as blind30_checks

BLIND31 = checks.sheets_of("blind31")
OTHERS = sorted([*blind30_checks.OTHERS, *blind30_checks.BLIND30])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind30_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND31, OTHERS, PUBLIC_FIGURES,
    ("ceasefire", "prisoners_humanitarian", "trade_tariffs", "governance_elections"))
