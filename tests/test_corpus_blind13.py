"""Checks of the thirteenth blind evaluation set (data/corpus/blind13), invented articles held back.

The set is written in the twelfth session by two writers (B: slugs a-m, B2: slugs n-z) and
scored once, in the thirteenth, against machine extraction, so the checks are structural only.
The sheet checks of the earlier blind sets (offsets and sha256, references and issue codes from
the SKOS scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the
sheet, 600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names
that occur in the text, the "invented" mark, 6-22 stances, dates not after the article) and
blind3's set-level checks (every stance value, furniture and both kinds of quotes, no run of
eight words shared with another article of any set or with the seed article, consistent global
ids, a SHACL-validated build) are run on this set, compared with every other set including
blind11 and blind12; so is the check that no invented person recurs from another set (held-out
included). Unlike the earlier sets, blind13 was asked for domains no set holds yet, so blind3's
four Russia-Ukraine-U.S. articles and its fixed domain list are replaced by a check of the
set's own mix (labour, coalition and prisoners among its codes). The set's own promise is its
kinds of piece, one of each per writer: an interview transcript ("Q:" questions, answers under
the interviewee's surname), a live blog with time stamps, a datelined wire story, and at least
one long analysis and one feature with long paragraphs. The tests are the two-writer sets'
shared ones, from ``tests/corpus_set_checks.py``.
"""

from __future__ import annotations

import corpus_set_checks as checks
import test_corpus_blind12 as blind12_checks

BLIND13 = checks.sheets_of("blind13")
OTHERS = sorted([*blind12_checks.OTHERS, *blind12_checks.BLIND12])
PUBLIC_FIGURES = blind12_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND13, OTHERS, PUBLIC_FIGURES, ("labour_wages", "coalition_government", "prisoners_humanitarian"))
