"""Checks of the twenty-first blind evaluation set (data/corpus/blind21), invented articles held back.

Written in the twentieth session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 21, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind19 and blind20. Like them, the set was asked for domains no set
holds yet; its mix must hold nuclear programmes, economic cooperation, ceasefires and climate
emissions.

After its one score, in session 21, the first coding was resolved against the second coding by the
guide (``data/corpus/second-coding/README.md``, "Resolution (session 21, blind21)"). The set's only
``mixed`` stance, the Friendly Islands People's Party's "mixed welcome" of the Tonga draft, became
two stances toward the draft's two parts (rule 8; session 10, parts with a verb each), so the shared
check that every stance value occurs is replaced here by one that asks for the other four values.
"""

from __future__ import annotations

from collections import Counter

import corpus_set_checks as checks
import test_corpus_blind20 as blind20_checks

BLIND21 = checks.sheets_of("blind21")
OTHERS = sorted([*blind20_checks.OTHERS, *blind20_checks.BLIND20])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind20_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND21, OTHERS, PUBLIC_FIGURES,
    ("nuclear_program", "economic_cooperation", "ceasefire", "climate_emissions"),
    without=("test_all_stance_values_occur",))


def test_stance_values_after_resolution() -> None:
    """Every stance value but ``mixed`` occurs (the resolution split the set's one mixed stance)."""
    values = Counter(s["value"] for p in BLIND21 for s in checks._load(p)["stances"])
    assert all(values[v] > 0 for v in ("support", "oppose", "conditional", "neutral")), values
    assert values["mixed"] == 0, values
