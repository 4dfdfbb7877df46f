"""Checks of the fifteenth blind evaluation set (data/corpus/blind15), invented articles held back.

The set is written in the fourteenth session by two writers (B: slugs a-m, B2: slugs n-z) and
scored once, in the fifteenth, against machine extraction, so the checks are structural only.
The sheet checks of the earlier blind sets (offsets and sha256, references and issue codes from
the SKOS scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the
sheet, 600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names
that occur in the text, the "invented" mark, 6-22 stances, dates not after the article) and
blind3's set-level checks (every stance value, furniture and both kinds of quotes, no run of
eight words shared with another article of any set or with the seed article, consistent global
ids, a SHACL-validated build) are run on this set, compared with every other set including
blind13 and blind14; so is the check that no invented person recurs from another set (held-out
included). Like blind13 and blind14, the set was asked for domains no set holds yet, so its mix
is checked on its own (labour, territory, trade and economic cooperation among its codes), and
blind13's promise of the kinds of piece (one interview transcript, live blog and datelined wire
story per writer, a long analysis and a long-paragraph feature in the set) is run on this set.
The tests are the two-writer sets' shared ones, from ``tests/corpus_set_checks.py``.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind14 as blind14_checks

BLIND15 = checks.sheets_of("blind15")
OTHERS = sorted([*blind14_checks.OTHERS, *blind14_checks.BLIND14])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind14_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND15, OTHERS, PUBLIC_FIGURES,
    ("labour_wages", "territory", "trade_tariffs", "economic_cooperation"))
