"""Checks of the twenty-seventh blind evaluation set (data/corpus/blind27), invented articles held back.

Written in the twenty-sixth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 27, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind25 and blind26. Like them, the set was asked for domains no set
holds yet; its mix must hold ceasefire, economic cooperation, nuclear programme and labour and
wages.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind26 as blind26_checks

BLIND27 = checks.sheets_of("blind27")
OTHERS = sorted([*blind26_checks.OTHERS, *blind26_checks.BLIND26])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind26_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND27, OTHERS, PUBLIC_FIGURES,
    ("ceasefire", "economic_cooperation", "nuclear_program", "labour_wages"))
