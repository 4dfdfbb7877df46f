"""Checks of the twenty-second blind evaluation set (data/corpus/blind22), invented articles held back.

Written in the twenty-first session by two writers (W1: slugs a-m, W2: slugs n-z) and to be scored
once, at the end of session 22, against machine extraction, so the checks are structural only.
They are the two-writer sets' shared tests from ``tests/corpus_set_checks.py`` (the earlier sets'
sheet checks, blind3's set checks without the Russia-Ukraine-U.S. and fixed-domain ones, no
invented person from another set, ten articles five per writer, the kinds of piece), compared with
every other set including blind20 and blind21. Like them, the set was asked for domains no set
holds yet; its mix must hold summits, security guarantees, prisoners and humanitarian matters, and
trade and tariffs.

After its one score, in session 22, the first coding was resolved against the second coding by the
guide (``data/corpus/second-coding/README.md``, "Resolution (session 22, blind22)"). The set's two
``mixed`` stances went: the Okavango minister's "would sign the conclusions, but called them 'a
timetable, not a solution'" became a ``support`` (an acceptance with a verdict that names no part
rejected; rule 8), and Civic Harmony's welcome of the roads money with "three years was too short"
two stances toward the two parts (rule 8; session 10, parts with a verb each), so the shared check
that every stance value occurs is replaced here by one that asks for the other four values.
"""

from __future__ import annotations

from collections import Counter

import corpus_set_checks as checks
import test_corpus_blind21 as blind21_checks

BLIND22 = checks.sheets_of("blind22")
OTHERS = sorted([*blind21_checks.OTHERS, *blind21_checks.BLIND21])
# Real public figures may recur across sets, as in the news.
PUBLIC_FIGURES = blind21_checks.PUBLIC_FIGURES

(test_set_size_and_writers, test_sheet_checks, test_set_checks, test_people_and_shared_actors,
 test_domain_mix, test_the_promised_kinds_of_piece) = checks.set_tests(
    BLIND22, OTHERS, PUBLIC_FIGURES,
    ("summit", "security_guarantees", "prisoners_humanitarian", "trade_tariffs"),
    without=("test_all_stance_values_occur",))


def test_stance_values_after_resolution() -> None:
    """Every stance value but ``mixed`` occurs (the resolution removed the set's two mixed stances)."""
    values = Counter(s["value"] for p in BLIND22 for s in checks._load(p)["stances"])
    assert all(values[v] > 0 for v in ("support", "oppose", "conditional", "neutral")), values
    assert values["mixed"] == 0, values
