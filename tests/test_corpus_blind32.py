"""Checks of the thirty-second blind evaluation set (data/corpus/blind32), invented articles held back.

Written in the thirty-first session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 32, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind30 and blind31. Like them, the set was asked for domains no set
holds yet; its mix must hold climate and emissions, nuclear programmes, coalition government and
military operations.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind31 as blind31_checks

BLIND32 = checks.sheets_of("blind32")
OTHERS = sorted([*blind31_checks.OTHERS, *blind31_checks.BLIND31])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind31_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND32, OTHERS, PUBLIC_FIGURES,
    ("climate_emissions", "nuclear_program", "coalition_government", "military_operations"))
