"""Checks of the twenty-eighth blind evaluation set (data/corpus/blind28), invented articles held back.

Written in the twenty-seventh session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 28, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind26 and blind27. Like them, the set was asked for domains no set
holds yet; its mix must hold sanctions, prisoners and humanitarian matters, climate and emissions
and governance and elections.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind27 as blind27_checks

BLIND28 = checks.sheets_of("blind28")
OTHERS = sorted([*blind27_checks.OTHERS, *blind27_checks.BLIND27])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind27_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND28, OTHERS, PUBLIC_FIGURES,
    ("sanctions", "prisoners_humanitarian", "climate_emissions", "governance_elections"))
