"""Checks of the fourteenth blind evaluation set (data/corpus/blind14), invented articles held back.

The set is written in the thirteenth session by two writers (B: slugs a-m, B2: slugs n-z) and
scored once, in the fourteenth, against machine extraction, so the checks are structural only.
The sheet checks of the earlier blind sets (offsets and sha256, references and issue codes from
the SKOS scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the
sheet, 600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names
that occur in the text, the "invented" mark, 6-22 stances (up to 30 since its first coding was
resolved against the second in session 13), dates not after the article) and
blind3's set-level checks (every stance value, furniture and both kinds of quotes, no run of
eight words shared with another article of any set or with the seed article, consistent global
ids, a SHACL-validated build) are run on this set, compared with every other set including
blind12 and blind13; so is the check that no invented person recurs from another set (held-out
included). Like blind13, the set was asked for domains no set holds yet, so blind3's four
Russia-Ukraine-U.S. articles and its fixed domain list are replaced by a check of the set's own
mix (labour and territory among its codes), and blind13's promise of the kinds of piece (one
interview transcript, live blog and datelined wire story per writer, a long analysis and a
long-paragraph feature in the set) is run on this set. The tests are the two-writer sets'
shared ones, from ``tests/corpus_set_checks.py``.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind13 as blind13_checks

BLIND14 = checks.sheets_of("blind14")
OTHERS = sorted([*blind13_checks.OTHERS, *blind13_checks.BLIND13])
PUBLIC_FIGURES = blind13_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND14, OTHERS, PUBLIC_FIGURES, ("labour_wages", "territory"))
