"""Checks of the thirty-third blind evaluation set (data/corpus/blind33), invented articles held back.

Written in the thirty-second session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 33, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind31 and blind32. Like them, the set was asked for domains no set
holds yet; its mix must hold sanctions, peace plans, territory and labour and wages.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind32 as blind32_checks

BLIND33 = checks.sheets_of("blind33")
OTHERS = sorted([*blind32_checks.OTHERS, *blind32_checks.BLIND32])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind32_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND33, OTHERS, PUBLIC_FIGURES, ("sanctions", "peace_plan", "territory", "labour_wages"))
