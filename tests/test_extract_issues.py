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
