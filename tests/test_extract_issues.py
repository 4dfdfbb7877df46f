"""Issue classification against ontology/issues.ttl."""

from kg.extract.issues import load_scheme


def test_best_issue_from_scheme_labels():
    scheme = load_scheme()
    assert scheme.classify("They want a 30-day truce along the front.") == ["ceasefire"]
    assert scheme.classify("Brussels would lift sanctions on the bank.") == ["sanctions"]
    assert scheme.classify("The levy on imported steel is a tariff.") == ["trade_tariffs"]
    assert scheme.classify("Inspectors must return to the enrichment plant.") == [
        "nuclear_program"]


def test_fallback_is_the_article_issue_then_other():
    scheme = load_scheme()
    assert scheme.classify("That is a fair offer.") == ["other"]
    assert scheme.classify("That is a fair offer.", "labour_wages") == ["labour_wages"]


def test_dominant_issue_of_an_article():
    scheme = load_scheme()
    texts = ["The union called a strike over wages.", "Pay talks resume.",
             "A minister mentioned sanctions."]
    assert scheme.dominant(texts) == "labour_wages"


def test_clause_without_issue_cues_takes_the_issue_of_its_sentence():
    scheme = load_scheme()
    clause = "they would never accept it"
    sentence = "On the truce, they would never accept it, the envoy said."
    assert scheme.classify_in(clause, sentence, "trade_tariffs") == ["ceasefire"]
    assert scheme.classify_in(clause, "They would never accept it.", "trade_tariffs") == [
        "trade_tariffs"]


def test_condition_on_another_issue_adds_a_second_code():
    scheme = load_scheme()
    clause = "would ease the sanctions only if the truce holds"
    assert scheme.linked(clause, clause, "only if the truce holds") == ["sanctions", "ceasefire"]
    assert scheme.linked("would ease the sanctions", "would ease the sanctions", None) == [
        "sanctions"]
