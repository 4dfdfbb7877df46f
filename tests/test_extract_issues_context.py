"""Issue classification from an article's context: its headline, the senses its topic gives
ambiguous words, and constructions whose words alone would name another issue (invented
sentences)."""

from kg.extract.issue_context import modified_senses
from kg.extract.issues import load_scheme


def test_a_limit_on_armed_forces_is_a_security_arrangement():
    scheme = load_scheme()
    for text in ("Kyiv will not sign any document fixing the size of its army.",
                 "Moscow wants a ceiling on the country's armed forces.",
                 "The draft sets caps on troop numbers in the border districts."):
        assert scheme.classify(text, "governance_elections") == ["security_guarantees"], text
    assert scheme.classify("The army shelled the village.") != ["security_guarantees"]


def test_a_loan_drawn_on_frozen_assets_is_about_sanctions():
    scheme = load_scheme()
    text = "The bloc should use immobilised central bank assets to fund a loan to Kyiv."
    assert scheme.classify(text, "economic_cooperation") == ["sanctions"]


def test_missile_defence_takes_the_sense_of_arms_control_talks():
    scheme = load_scheme()
    statement = "Any new treaty must include limits on missile defence."
    arms_control = ["The talks on nuclear warheads resumed.", "Both sides count nuclear warheads.",
                    "The nuclear arsenal of each side is capped by the treaty."]
    alliance = ["The alliance will send weapons.", "Peacekeepers may follow.",
                "A security guarantee is on the table."]
    assert scheme.for_article(arms_control).classify(statement) == ["nuclear_program"]
    assert scheme.for_article(alliance).classify(statement) == ["security_guarantees"]


def test_a_truce_in_a_trade_dispute_is_about_trade():
    scheme = load_scheme()
    statement = "Washington wants the truce extended by a year."
    trade = ["Tariffs on cars rose.", "The tariff on steel stays.", "Both sides cut tariffs.",
             "Exporters of soybeans want market access."]
    war = ["Shelling continued.", "The ceasefire was violated.", "Prisoners were exchanged."]
    assert scheme.for_article(trade).classify(statement) == ["trade_tariffs"]
    assert scheme.for_article(war).classify(statement) == ["ceasefire"]


def test_a_pause_of_attacks_at_sea_is_a_ceasefire():
    scheme = load_scheme()
    assert scheme.classify("Any pause at sea must cover the tankers too.",
                           "economic_cooperation") == ["ceasefire"]


def test_a_reference_back_takes_the_issue_of_the_phrase_that_introduced_its_target():
    article = ["The army and the rebels agreed to extend the truce by three months.",
               "They will also swap detainees held by each side.",
               "Neighbouring states welcomed the extension on Wednesday."]
    scheme = load_scheme().for_article(article)
    clause = "welcomed the extension on Wednesday"
    assert scheme.classify_in(clause, article[2], "prisoners_humanitarian") == ["ceasefire"]
    alone = load_scheme().for_article(article[1:])
    assert alone.classify_in(clause, article[2], "prisoners_humanitarian") == [
        "prisoners_humanitarian"]


def test_issue_words_in_the_clause_outrank_the_reference_back():
    article = ["Both sides agreed to extend the truce.", "Berlin welcomed the extension."]
    scheme = load_scheme().for_article(article)
    clause = "said the extension must include a prisoner exchange"
    assert scheme.classify_in(clause, clause, "ceasefire") == ["prisoners_humanitarian"]


def test_handing_a_place_back_is_territorial_handing_back_people_or_money_is_not():
    scheme = load_scheme()
    for text in ("The army will not halt air raids until the rebels hand the town back.",
                 "They would never give Hsinlong back.",
                 "The district must return to government control."):
        assert scheme.classify(text, "prisoners_humanitarian") == ["territory"], text
    for text in ("The rebels handed back the bodies of 20 soldiers.",
                 "They will give the money back."):
        assert "territory" not in scheme.scores(text), text


def test_the_head_of_a_compound_named_earlier_carries_its_issue():
    article = ["The governing parties are split over the coal exit and the budget.",
               "The farmers' party will not accept an exit before 2040, its leader said.",
               "The liberals said an exit was a matter for the next cabinet."]
    scheme = load_scheme().for_article(article)
    assert scheme.classify_in("will not accept an exit before 2040", article[1],
                              "coalition_government") == ["climate_emissions"]
    other = ["The governing parties are split over the budget.", article[1]]
    assert load_scheme().for_article(other).classify_in(
        "will not accept an exit before 2040", other[1], "coalition_government") == [
        "coalition_government"]


def test_a_head_shared_by_compounds_of_two_issues_or_a_generic_head_carries_none():
    article = ["The new power plant and two old coal plants were discussed in the trade talks.",
               "Both sides want the talks to go on."]
    scheme = load_scheme().for_article(article)
    assert "plant" not in scheme.heads
    assert "talk" not in scheme.heads
    assert load_scheme().for_article(article[:1][0].split(" and ")[:1]).heads == {
        "plant": (0, "economic_cooperation")}


def test_doctests_of_the_issue_context_module_pass():
    import doctest

    from kg.extract import issue_context

    result = doctest.testmod(issue_context)
    assert result.attempted > 0 and result.failed == 0


def test_a_halt_to_new_fossil_fuel_supply_is_a_climate_measure():
    scheme = load_scheme()
    for text in ("The Greens want a moratorium on new offshore drilling.",
                 "The party demands no new coal licences after 2027.",
                 "She called for an end to exploration in the Arctic."):
        assert scheme.classify(text, "coalition_government") == ["climate_emissions"], text
    assert scheme.classify("The firm won two exploration licences.",
                           "economic_cooperation") == ["economic_cooperation"]


def test_handing_over_land_or_a_town_in_the_hands_of_a_side_is_territory():
    scheme = load_scheme()
    for text in ("We will never hand over land our soldiers still hold.",
                 "The district remains in the hands of the rebels, and that is unacceptable."):
        assert scheme.classify(text, "ceasefire") == ["territory"], text
    assert scheme.classify("The decision is in the hands of the voters.",
                           "ceasefire") == ["ceasefire"]


def test_monitors_of_a_truce_are_a_ceasefire_matter():
    scheme = load_scheme()
    for text in ("Ankara offered to host the monitoring centre.",
                 "Kyiv would welcome international monitors along the line."):
        assert scheme.classify(text, "economic_cooperation") == ["ceasefire"], text


def test_stopping_attacks_or_a_cap_imposed_on_forces_name_their_issue():
    scheme = load_scheme()
    for text in ("The rebels want the drone strikes stopped everywhere.",
                 "Both sides agreed not to shell the dam."):
        assert scheme.classify(text, "prisoners_humanitarian") == ["ceasefire"], text
    assert scheme.classify("Paris rejects any cap imposed on the country's forces.",
                           "governance_elections") == ["security_guarantees"]
    assert scheme.classify("Rebel forces took the town.", "governance_elections") == [
        "governance_elections"]


def test_an_ambiguous_head_keeps_the_sense_its_compound_gave_it():
    article = ["The island asked Washington to renew the sanctions licence for its mine.",
               "Without a licence the mine cannot sell copper abroad, the minister said.",
               "A short licence would scare off investors.",
               "The licence expires in March.", "Investors want a ten-year licence."]
    scheme = load_scheme()
    assert modified_senses(scheme, article)["licence"] == "sanctions"
    bound = scheme.for_article(article)
    assert bound.dominant(article) == "sanctions"


def test_a_noun_after_a_label_in_a_clause_is_no_compound():
    article = ["Observers pressed the council to let refugees vote in the towns where they live."]
    assert "vote" not in modified_senses(load_scheme(), article)


def test_the_matter_the_lede_names_first_is_the_topic_when_named_nearly_as_often():
    article = ["The ministry and the investors failed again to agree on the loan for the new dam.",
               "The loan would run for twenty years.", "Investors want a state guarantee.",
               "Meanwhile the workers threatened a strike over pay.",
               "The union said wages had not risen in years.",
               "A strike would close the building site.", "The employers refused the pay claim.",
               "The joint venture would own the dam.", "The workers want a pay rise."]
    scheme = load_scheme()
    assert scheme.dominant(article) == "economic_cooperation"
    # named far less often than the most named matter, the lede's matter is not the topic
    assert scheme.dominant(article[:4] + article[4:7] * 3) == "labour_wages"


def test_an_ambiguous_noun_takes_the_sense_of_its_of_complement():
    article = ["The treaty offers an annual ballot of work visas to islanders.",
               "The island wants the ballot doubled."]
    scheme = load_scheme()
    assert modified_senses(scheme, article)["ballot"] == "other"
    assert "ballot" not in modified_senses(scheme, ["He called the ballot a gift for the next election."])


def test_a_utility_tariff_is_a_price_not_a_trade_duty():
    scheme = load_scheme()
    utility = ["The lender asked the cabinet to lift the household power tariff next spring.",
               "Ministers said the tariff would go up in two steps."]
    per_unit = ["Both governments still disagree over the tariff per kilowatt-hour of the plant.",
                "The smaller country wants the tariff kept as it is."]
    trade = ["Import tariffs on bicycles rose last week, as did the power tariff.",
             "Ministers said the tariff would go up in two steps."]
    for article in (utility, per_unit):
        bound = scheme.for_article(article)
        assert bound.classify(article[1]) == ["economic_cooperation"], article[0]
    assert scheme.for_article(trade).classify(trade[1]) == ["trade_tariffs"]
    levy = ["Energy prices fell, but the 10 percent tariff on bicycles stays.",
            "Ministers said the tariff would go up in two steps."]
    assert scheme.for_article(levy).classify(levy[1]) == ["trade_tariffs"]


def test_a_matter_named_only_by_ambiguous_words_is_the_topic_when_it_fills_the_article():
    """Talks that keep returning to one matter named only by ambiguous words ("customs") are
    about that matter when nothing else is named unambiguously half as often."""
    article = ["The customs post at the harbour stayed shut on Monday.",
               "Truck drivers waited two days for customs clearance.",
               "Both capitals blame each other for the customs backlog.",
               "Officials said the customs queue would shrink next week.",
               "Traders want the forms printed in both languages.",
               "The mayor called the queue a disgrace."]
    scheme = load_scheme()
    assert scheme.dominant(article) == "trade_tariffs"
    assert scheme.with_topics(article, [])[1] == "trade_tariffs"
    assert scheme.classify("The mayor said it was not enough.", scheme.dominant(article)) == [
        "trade_tariffs"]
    # an issue named unambiguously nearly as often is the topic instead
    truce = [*article, "A ceasefire on the island was signed.", "The armistice held.",
             "Both navies said the ceasefire was respected."]
    assert scheme.dominant(truce) == "ceasefire"
    # and a few ambiguous words across a long article are no topic
    filler = ["The committee sat until late in the evening."] * 30
    assert scheme.dominant([*article, *filler]) is None
