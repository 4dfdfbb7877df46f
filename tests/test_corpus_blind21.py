"""Checks of the twenty-first blind evaluation set (data/corpus/blind21), invented articles held back.

Written in the twentieth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 21, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind19 and blind20. Like them, the set was asked for domains no set
holds yet; its mix must hold nuclear programmes, economic cooperation, ceasefires and climate
emissions.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind20 as blind20_checks

BLIND21 = checks.sheets_of("blind21")
OTHERS = sorted([*blind20_checks.OTHERS, *blind20_checks.BLIND20])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind20_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND21, OTHERS, PUBLIC_FIGURES,
    ("nuclear_program", "economic_cooperation", "ceasefire", "climate_emissions"))
