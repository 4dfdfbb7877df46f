"""Checks of the thirtieth blind evaluation set (data/corpus/blind30), invented articles held back.

Written in the twenty-ninth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 30, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind28 and blind29. Like them, the set was asked for domains no set
holds yet; its mix must hold territory, security guarantees, sanctions and labour and wages.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind29 as blind29_checks

BLIND30 = checks.sheets_of("blind30")
OTHERS = sorted([*blind29_checks.OTHERS, *blind29_checks.BLIND29])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind29_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND30, OTHERS, PUBLIC_FIGURES,
    ("territory", "security_guarantees", "sanctions", "labour_wages"))
