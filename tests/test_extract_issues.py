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


def test_general_negotiation_vocabulary_of_each_kind_of_talks():
    scheme = load_scheme()
    cases = {
        "The cartel wants members to cut oil output by 500,000 barrels per day.":
            "economic_cooperation",
        "Exporters want the grain corridor reopened so that cargo ships can sail.":
            "economic_cooperation",
        "The envoy invited both leaders to an informal meeting next month.": "summit",
        "Nurses voted to reject the pay award and called for a pay rise above inflation.":
            "labour_wages",
        "The junior partner threatened to vote against the budget and topple the coalition.":
            "coalition_government",
        "The opposition still wants a bizonal federation rather than a two-state solution.":
            "peace_plan",
        "The guarantor powers discussed naval escorts and foreign forces on the island.":
            "security_guarantees",
        "Creditors offered a smaller haircut on the bonds and longer maturities.":
            "economic_cooperation",
        "Both sides want the release of detainees before the holiday.": "prisoners_humanitarian",
        "The downstream states want a guaranteed minimum flow from the reservoir in droughts.":
            "economic_cooperation",
        "The minority wants self-government for its municipalities.": "governance_elections",
        "Cambodia wants the border dispute settled by the court.": "territory",
    }
    for text, code in cases.items():
        assert scheme.classify(text) == [code], text


def test_an_ambiguous_cue_alone_loses_to_the_dominant_issue():
    scheme = load_scheme()
    # "strikes" is a labour word and a military word; "delegation" occurs in all talks
    assert scheme.classify("The strikes must stop.", "ceasefire") == ["ceasefire"]
    assert scheme.classify("The delegation left early.", "trade_tariffs") == ["trade_tariffs"]
    # but it decides when the article has no dominant issue
    assert scheme.classify("The strikes must stop.") == ["labour_wages"]
    # and a clear cue still beats the dominant issue
    assert scheme.classify("The tariffs must go.", "ceasefire") == ["trade_tariffs"]


def test_a_repeated_cue_counts_once():
    scheme = load_scheme()
    assert scheme.scores("pay, pay, pay") == scheme.scores("pay")
    assert scheme.classify("Those who can pay should pay.", "climate_emissions") == [
        "climate_emissions"]


def test_multiword_cue_wins_over_its_words():
    scheme = load_scheme()
    # "nuclear power plant" (nuclear) contains "power plant" (economic cooperation)
    assert scheme.classify("Shelling near the nuclear power plant worried the agency.") == [
        "nuclear_program"]
    assert scheme.classify("A solar power plant would supply both communities.") == [
        "economic_cooperation"]


def test_dominant_issue_counts_every_occurrence_of_ambiguous_cues():
    scheme = load_scheme()
    texts = ["Inspectors returned to the site.", "The inspectors want more access.",
             "Inspections resume on Monday.", "Sanctions stay in place."]
    assert scheme.dominant(texts) == "nuclear_program"


def test_dominant_issue_counts_occurrences_not_phrase_length():
    scheme = load_scheme()
    texts = ["The truce held.", "The truce was extended.", "A truce monitor arrived.",
             "Talks in Jeddah resume with the special envoy at the next round."]
    assert scheme.dominant(texts) == "ceasefire"


def test_words_of_the_negotiating_process_do_not_make_the_topic():
    scheme = load_scheme()
    texts = ["The delegation met the envoy.", "The mediators hosted a second round.",
             "The delegations meet again next week.", "Both sides agreed to swap detainees.",
             "The prisoners will be flown home.", "Families of the hostages waited."]
    assert scheme.dominant(texts) == "prisoners_humanitarian"
    # alone in a statement, a process word loses to the article's topic
    assert scheme.classify("The delegation walked out.", "trade_tariffs") == ["trade_tariffs"]


def test_withdrawal_from_a_place_is_territory_against_the_article_topic():
    scheme = load_scheme()
    text = "Any deal must include the withdrawal of the militia from every town it holds."
    assert scheme.classify(text, "prisoners_humanitarian") == ["territory"]
    assert scheme.classify("They want the army to pull back from Eastport.", "ceasefire") == [
        "territory"]
    assert scheme.classify("The party may withdraw the offer.", "labour_wages") == [
        "labour_wages"]


def test_words_of_a_proper_name_are_no_topic():
    scheme = load_scheme()
    assert scheme.classify("The Harbour Workers Federation urged ministers to sign it.",
                           "climate_emissions") == ["climate_emissions"]
    assert scheme.classify("The Institute for Nuclear Studies backed the levy.",
                           "trade_tariffs") == ["trade_tariffs"]
    assert scheme.classify("Nuclear inspections must resume.") == ["nuclear_program"]


def test_shifting_a_burden_is_no_labour_issue():
    scheme = load_scheme()
    assert scheme.classify("We will not accept any attempt to shift the burden.",
                           "climate_emissions") == ["climate_emissions"]


def test_general_vocabulary_for_stakes_and_foreign_forces():
    scheme = load_scheme()
    assert scheme.classify("The minister ruled out a state stake in the shipyard.",
                           "labour_wages") == ["economic_cooperation"]
    assert scheme.classify("We will not accept foreign military contingents on our territory.",
                           "territory") == ["security_guarantees"]
    assert scheme.classify("They let the rule take effect by default.", "nuclear_program") == [
        "nuclear_program"]


def test_an_issue_named_once_or_twice_is_not_the_article_topic():
    scheme = load_scheme()
    texts = ["Lawmakers rejected the spending bill on Tuesday.", "The vote was close.",
             "Workers at the agency may be sent home.", "The speaker said talks would go on."]
    assert scheme.dominant(texts) is None
    assert scheme.classify("The speaker rejected it.", scheme.dominant(texts)) == ["other"]


def test_a_place_after_a_locative_preposition_says_where_not_what():
    scheme = load_scheme()
    assert scheme.classify("They agreed to a truce along the disputed border.") == ["ceasefire"]
    assert scheme.classify("Both sides are ready for a ceasefire along the front line.",
                           "territory") == ["ceasefire"]
    assert scheme.classify("The talks on the border dispute resumed.") == ["territory"]
