"""Checks of the twenty-ninth blind evaluation set (data/corpus/blind29), invented articles held back.

Written in the twenty-eighth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 29, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind27 and blind28. Like them, the set was asked for domains no set
holds yet; its mix must hold a ceasefire, coalition government, a nuclear programme and trade
tariffs.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind28 as blind28_checks

BLIND29 = checks.sheets_of("blind29")
OTHERS = sorted([*blind28_checks.OTHERS, *blind28_checks.BLIND28])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind28_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND29, OTHERS, PUBLIC_FIGURES,
    ("ceasefire", "coalition_government", "nuclear_program", "trade_tariffs"))
