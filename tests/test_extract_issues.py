"""Issue classification against ontology/issues.ttl."""

import pytest

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


@pytest.mark.parametrize("sentence, clause, issue", [
    ("Marta Kowalski, who once argued a territorial dispute in The Hague, called the idea "
     "unworkable.", "called the idea unworkable.", "labour_wages"),
    ('"We cannot go on like this," said Olaf Brandt, the minister of territorial affairs.',
     '"We cannot go on like this," said .', "labour_wages"),
    ("In Lisbon, the territorial council called the idea unworkable.",
     "called the idea unworkable.", "territory"),
])
def test_what_a_sentence_says_of_the_speaker_is_not_the_statement_issue(sentence, clause, issue):
    """A clause without issue words takes its sentence's, but not from a "who" clause or an
    appositive on a person it names; a place that opens the sentence is no such person."""
    assert load_scheme().classify_in(clause, sentence, "labour_wages") == [issue]


@pytest.mark.parametrize("sentence, clause", [
    ("The Harbour Growers Union, which represents 4,000 owners of territorial waters leases, "
     "urged the state to drop the idea.", "urged the state to drop the idea."),
    ("The council asked Pablo Ruiz, who once argued a territorial dispute in The Hague, to look "
     "at the idea again.", "asked Pablo Ruiz, who once argued a territorial dispute in The "
     "Hague, to look at the idea again."),
])
def test_whom_a_body_stands_for_and_asides_in_the_clause_are_no_issue(sentence, clause):
    """Whom a body stands for (", which represents ...") is no issue of its statement, nor is
    an aside on a person the clause itself names."""
    assert load_scheme().classify_in(clause, sentence, "labour_wages") == ["labour_wages"]


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
        "Exporters want the grain deal renewed so that fertiliser prices fall.":
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
    # without a topic (an article about something outside the scheme) it is no issue alone
    assert scheme.classify("The strikes must stop.") == ["other"]
    assert scheme.classify("The strikes and the pay must stop.") == ["labour_wages"]
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
             "Inspections resume on Monday.", "Sanctions stay in place.",
             "Enrichment stays capped."]
    assert scheme.dominant(texts) == "nuclear_program"


def test_an_issue_named_only_by_ambiguous_words_is_no_topic():
    """"Inspectors" or "quota" may belong to several issues: an article that never names
    the issue by an unambiguous cue gets no topic from them, however often it uses them
    (one unambiguous cue anywhere lets every ambiguous occurrence count again)."""
    scheme = load_scheme()
    texts = ["Inspectors returned to the site.", "The inspectors want more access.",
             "Inspections resume on Monday.", "Sanctions stay in place."]
    assert scheme.dominant(texts) is None
    assert scheme.with_topics(texts, [])[1] is None
    assert scheme.dominant([*texts, "Enrichment stays capped."]) == "nuclear_program"


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
    # the statement text upper-cases "back" as an adverb (kg.extract.syntax.text_of)
    assert scheme.classify("The rebels will never hand the town BACK.", "labour_wages") == [
        "territory"]


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


def test_an_ambiguous_cue_takes_the_sense_of_its_article():
    scheme = load_scheme()
    trade = ["Farmers fear cheap beef imports under the trade deal.",
             "The tariffs on poultry fall to zero.", "Import quotas stay for sugar.",
             "Paris wants a stronger safeguard clause."]
    nuclear = ["Inspectors of the agency returned.", "Enrichment stays at 60 percent.",
               "The uranium stockpile grew.", "Tehran rejected the safeguards report."]
    statement = "The minister said the safeguard was not enough."
    assert scheme.for_article(trade).classify(statement) == ["trade_tariffs"]
    assert scheme.for_article(nuclear).classify(statement) == ["nuclear_program"]
    assert scheme.classify(statement) == ["nuclear_program"]  # no article: the first sense
    climate = ["Emissions must fall.", "Climate finance is short.", "Coal must go.",
               "Carbon markets are a distraction."]
    assert scheme.for_article(climate).classify("They want the roadmap to have dates.") == [
        "climate_emissions"]


def test_a_sense_needs_a_topic_of_the_article_not_a_passing_mention():
    scheme = load_scheme()
    texts = ["Lawmakers met on Tuesday.", "The tariffs came up once.",
             "The safeguard was discussed."]
    assert scheme.for_article(texts).classify("The safeguard must stay.") == [
        "nuclear_program"]


def test_a_halt_to_a_kind_of_attacks_is_a_ceasefire_not_what_is_attacked():
    scheme = load_scheme()
    assert scheme.classify("Moscow could accept a halt to strikes on energy facilities.",
                           "economic_cooperation") == ["ceasefire"]
    assert scheme.classify("We want a pause on refinery bombing for the winter.",
                           "economic_cooperation") == ["ceasefire"]
    assert scheme.classify("Kyiv condemned the drone strikes on power stations.") == [
        "military_operations"]


def test_convening_talks_is_about_the_talks_not_their_subject():
    scheme = load_scheme()
    text = "Oslo is ready to host technical talks on how a truce would be monitored."
    assert scheme.classify(text, "ceasefire") == ["summit"]
    assert scheme.classify("Both agreed to continue contacts at expert level.", "territory") == [
        "summit"]
    assert scheme.classify("The chair may call a special meeting of ministers.",
                           "trade_tariffs") == ["summit"]
    # calling for talks on something is about that thing
    assert scheme.classify("She called for talks on the tariffs.", "summit") == [
        "trade_tariffs"]


def test_idioms_and_organisation_references_name_no_issue():
    scheme = load_scheme()
    assert scheme.classify("Reform must not be held hostage to the budget row.",
                           "governance_elections") == ["governance_elections"]
    assert scheme.classify("The federation said the offer was an insult.", "labour_wages") == [
        "labour_wages"]
    assert scheme.classify("Towns on the front line of the drought need help.",
                           "climate_emissions") == ["climate_emissions"]


def test_a_cue_in_an_adjunct_clause_counts_less_than_the_stance_object():
    scheme = load_scheme()
    text = "They want the militia to give up its weapons before any withdrawal."
    assert scheme.scores(text)["territory"] < scheme.scores(text)["security_guarantees"]
    assert scheme.classify(text) == ["security_guarantees"]
    # before the statement's first cue, a subordinate clause is no adjunct of it
    assert scheme.classify("Once talks end, a withdrawal from the town follows.") == [
        "territory"]


@pytest.mark.parametrize(("body", "headline", "without", "with_headline"), [
    (["Rockets hit the power plants again.", "The gas pipeline was damaged.",
      "Both sides want a truce by spring.", "The refinery burned.",
      "The truce would be monitored.", "The truce must hold."],
     "Kyiv offers winter truce", "economic_cooperation", "ceasefire"),
    # the headline outweighs a topic the body mentions as often
    (["The retirement age would rise to 67.", "Pensions cost too much.",
      "The pension age is the sticking point.", "The pensions bill is stuck.",
      "Early retirement would end.", "The budget has a gap.",
      "The coalition partners met.", "The coalition may collapse."],
     "Budget row splits the coalition", "labour_wages", "coalition_government"),
])
def test_a_headline_names_the_topic_of_the_article(body, headline, without, with_headline):
    scheme = load_scheme()
    assert scheme.dominant(body) == without
    assert scheme.dominant(body, [headline]) == with_headline


def test_safety_of_aid_teams_is_humanitarian_not_a_security_guarantee():
    scheme = load_scheme()
    text = "The agency will deliver food provided that both sides give security guarantees for its staff."
    assert scheme.classify(text, "ceasefire") == ["prisoners_humanitarian"]
    assert scheme.classify("Kyiv wants security guarantees from its allies.") == [
        "security_guarantees"]


def test_leaders_who_could_meet_are_a_summit_but_meeting_a_target_is_not():
    scheme = load_scheme()
    assert scheme.classify("She said the two presidents could meet in the spring.",
                           "territory") == ["summit"]
    assert scheme.classify("They said the country would never meet the target.",
                           "climate_emissions") == ["climate_emissions"]


def test_disarmament_and_civil_administration_beat_the_article_topic():
    scheme = load_scheme()
    assert scheme.classify("He said personal weapons were not on the table.",
                           "prisoners_humanitarian") == ["security_guarantees"]
    assert scheme.classify("The group is ready to hand the civil administration to technocrats.",
                           "prisoners_humanitarian") == ["governance_elections"]


def test_the_head_of_a_compound_names_the_issue_not_its_modifier():
    scheme = load_scheme()
    assert scheme.matches("Both sides agreed to a border truce.") == [("truce", "ceasefire")]
    assert scheme.classify("Both sides agreed to a border truce.", "territory") == ["ceasefire"]
    # an ambiguous head word does not take the place of a clear modifier
    assert scheme.matches("the coal regions") == [("coal", "climate_emissions"),
                                                  ("regions", "territory")]


def test_what_a_statement_leaves_for_later_is_not_its_issue():
    scheme = load_scheme()
    text = "They should demand a truce first and leave the question of borders for later."
    assert scheme.classify(text, "territory") == ["ceasefire"]
    assert scheme.classify("They want the border dispute settled now.", "ceasefire") == [
        "territory"]


def test_meeting_again_or_at_a_named_place_is_a_meeting():
    scheme = load_scheme()
    assert scheme.classify("Both agreed to let their negotiators meet again in May.",
                           "governance_elections") == ["summit"]
    assert scheme.classify("We will meet in the middle on pay.", "labour_wages") == [
        "labour_wages"]


def test_powers_over_public_services_are_self_government():
    scheme = load_scheme()
    text = "They want the council created with powers over schools, hospitals and economic development."
    assert scheme.classify(text, "governance_elections") == ["governance_elections"]
    assert scheme.matches(text) == [("self-government", "governance_elections")]


def test_coordinated_outcomes_each_give_the_statement_an_issue():
    scheme = load_scheme()
    clause = "agreed to free all detainees and to set up a ceasefire monitoring team"
    assert scheme.linked(clause, clause, None, "prisoners_humanitarian") == [
        "prisoners_humanitarian", "ceasefire"]
    # one outcome with an ambiguous word in its second half keeps one issue
    clause = "agreed to free all detainees and to meet"
    assert scheme.linked(clause, clause, None, "prisoners_humanitarian") == [
        "prisoners_humanitarian"]


def test_foreign_troops_are_a_security_arrangement_not_the_fighting():
    scheme = load_scheme()
    assert scheme.classify("Troops from NATO countries in the country are unacceptable.",
                           "territory") == ["security_guarantees"]
    assert scheme.classify("Paris is ready to put European troops on the ground.",
                           "military_operations") == ["security_guarantees"]


def test_swift_the_adjective_is_no_sanctions_cue_and_a_region_no_nuclear_plant():
    scheme = load_scheme()
    assert scheme.matches("The reaction was swift.") == []
    assert scheme.matches("The bank must be reconnected to SWIFT.") == [
        ("reconnected", "sanctions"), ("swift", "sanctions")]
    assert scheme.classify("Russia demands all of the Zaporizhzhia region.", "territory") == [
        "territory"]


def test_doctests_of_the_issue_modules_pass():
    import doctest

    from kg.extract import issue_constructions, issues

    for module in (issues, issue_constructions):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_an_annex_of_a_document_is_no_annexation():
    scheme = load_scheme()
    assert scheme.classify("Delegates may read the technical annex before the vote.",
                           "nuclear_program") == ["nuclear_program"]
    assert scheme.matches("The confidential annex stays sealed.") == []
    assert scheme.classify("The junta wants to annex the coastal strip.") == ["territory"]


def test_a_relative_clause_on_the_first_cue_says_which_one_not_what():
    scheme = load_scheme()
    text = "They will not accept a truce that freezes the current line of contact."
    assert scheme.classify(text) == ["ceasefire"]
    assert scheme.classify("They will not accept a truce or a new line of contact.") == [
        "territory"]


def test_ships_barred_from_ports_are_a_sanction():
    scheme = load_scheme()
    default = "economic_cooperation"
    assert scheme.classify("Lisbon wants the freighters barred from all Atlantic ports.",
                           default) == ["sanctions"]
    assert scheme.classify("The ministry backs a port ban on the vessels.", default) == [
        "sanctions"]
    assert scheme.classify("Dockers said the shadow fleet keeps sailing.", default) == [
        "sanctions"]
    assert scheme.classify("The ferry will call at three new ports next year.", default) == [
        default]


def test_a_place_taken_as_a_border_is_territory():
    scheme = load_scheme()
    default = "economic_cooperation"
    assert scheme.classify("Quito will never accept the canal as a border.", default) == [
        "territory"]
    assert scheme.classify("They see the river as the only sensible line.", default) == [
        "territory"]
    assert scheme.classify("Nobody has endorsed any line on any map.", default) == ["territory"]
    assert scheme.classify("He spoke as the line went dead.", default) == [default]
    assert scheme.matches("Rome sends the treaty package to the senate as parties line up.") == []
    assert scheme.matches("The budget stalls as the Left draws a line.") == [
        ("budget", "coalition_government")]
    assert scheme.classify("They want to draw a new border.", default) == ["territory"]


def test_hosting_a_working_group_is_about_the_talks():
    scheme = load_scheme()
    assert scheme.classify("Oslo offered to host a technical working group on fisheries.",
                           "economic_cooperation") == ["summit"]


def test_seats_in_parliament_are_the_electoral_system():
    scheme = load_scheme()
    default = "coalition_government"
    assert scheme.classify("The bill cuts the number of parliamentary seats by a fifth.",
                           default) == ["governance_elections"]
    assert scheme.classify("Reducing proportional seats silences small parties.", default) == [
        "governance_elections"]
    assert scheme.classify("A fair reform of constituency boundaries is overdue.", default) == [
        "governance_elections"]
    assert scheme.classify("The party wants four cabinet seats.", default) == [default]
    assert scheme.matches("It holds the largest number of seats in the Senate.") == []


def test_one_that_restricts_the_first_cue():
    scheme = load_scheme()
    text = "A truce is welcome, but only one that covers strikes on the refineries."
    assert scheme.classify(text, "prisoners_humanitarian") == ["ceasefire"]
    assert scheme.classify("Strikes on the refineries must stop at once.",
                           "prisoners_humanitarian") == ["military_operations"]


def test_the_default_named_in_passing_gets_no_more_than_its_prior():
    scheme = load_scheme()
    default = "prisoners_humanitarian"
    text = "The sanctions on the regime will not be eased because of the releases."
    assert scheme.classify(text, default) == ["sanctions"]
    assert scheme.classify("The releases will go on; sanctions are a separate matter.",
                           default) == [default]


def test_where_a_speaker_spoke_is_no_issue():
    scheme = load_scheme()
    assert scheme.matches("She spoke as she arrived for a meeting of foreign ministers.") == []
    assert scheme.matches("He spoke on the sidelines of the climate summit.") == []
    assert scheme.classify("They want a summit in Rome next month.") == ["summit"]


def test_a_cap_on_the_strength_of_armed_forces_is_a_security_arrangement():
    scheme = load_scheme()
    text = "The draft puts a cap on the peacetime strength of Moldova's armed forces."
    assert scheme.classify(text, "governance_elections") == ["security_guarantees"]
    assert scheme.classify("The draft puts a cap on the strength of the currency.",
                           "governance_elections") == ["governance_elections"]


def test_to_stop_fighting_is_a_ceasefire():
    scheme = load_scheme()
    assert scheme.classify("The bishops asked both armies to stop fighting over the holidays.",
                           "prisoners_humanitarian") == ["ceasefire"]


def test_made_hostage_to_is_an_idiom_not_hostages():
    scheme = load_scheme()
    assert scheme.matches('They will not let the talks be made "hostage to" the dispute.') == []
    assert scheme.matches("The rebels still hold three hostages.") == [
        ("hostages", "prisoners_humanitarian")]


def test_a_condition_named_by_one_ambiguous_word_adds_no_second_issue():
    scheme = load_scheme()
    clause = "would accept foreign observers at the vote, provided that its own observers join"
    condition = "provided that its own observers join"
    assert scheme.linked(clause, clause, condition, "governance_elections") == [
        "governance_elections"]
    clause = "would accept the vote only if a ceasefire holds"
    assert scheme.linked(clause, clause, "only if a ceasefire holds", "governance_elections") == [
        "governance_elections", "ceasefire"]


def test_a_clause_without_cues_takes_the_topic_not_its_conditions_issue():
    scheme = load_scheme()
    clause = "We will renew the contract only if the sanctions are lifted."
    condition = "only if the sanctions are lifted"
    assert scheme.linked(clause, clause, condition, "nuclear_program") == [
        "nuclear_program", "sanctions"]
    clause = "The firm will keep the plant open as long as the tariffs stay low."
    assert scheme.linked(clause, clause, "as long as the tariffs stay low", "labour_wages") == [
        "labour_wages", "trade_tariffs"]
    # without a topic the sentence's words still name the issue
    clause = "We will renew the contract only if the sanctions are lifted."
    assert scheme.linked(clause, clause, condition) == ["sanctions"]


def test_the_document_a_demand_goes_into_is_not_its_issue():
    scheme = load_scheme()
    text = "Minsk insists that an amnesty is written into any peace agreement."
    assert scheme.classify(text, "territory") == ["governance_elections"]
    assert scheme.classify("Minsk insists on a peace agreement first.", "territory") == [
        "peace_plan"]


def test_a_settlement_as_the_moment_of_another_matter_is_not_its_issue():
    scheme = load_scheme()
    default = "territory"
    assert scheme.classify("The return of deported children cannot wait for a lasting peace deal.",
                           default) == ["prisoners_humanitarian"]
    assert scheme.classify("Refugees must be allowed home within six months of a truce.",
                           default) == ["prisoners_humanitarian"]
    assert scheme.classify("Joining the bloc stays our goal, with or without a ceasefire.",
                           default) == ["territory"]
    assert scheme.classify("Kyiv wants a peace deal within six months of the talks.",
                           default) == ["peace_plan"]


def test_an_election_as_the_moment_of_another_matter_is_not_its_issue():
    scheme = load_scheme()
    default = "coalition_government"
    assert scheme.classify("Weeks after the regional election, the three parties signed a pact.",
                           default) == ["coalition_government"]
    assert scheme.classify("Since last spring's vote, the two parties have shared ministries.",
                           default) == ["coalition_government"]
    assert scheme.classify("The party wants an early election in the spring.", default) == [
        "governance_elections"]


def test_a_leading_issue_named_by_several_phrases_is_a_long_articles_topic():
    scheme = load_scheme()
    filler = ["The two sides spoke again on Friday."] * 26
    varied = ["An amnesty was discussed.", "A referendum is planned.",
              "The amnesty law is contested.", "Elections will follow in May.",
              "A new fund was proposed.", *filler]
    assert scheme.dominant(varied) == "governance_elections"
    repeated = ["Prisoners were discussed.", "Prisoners came up again.",
                "More prisoners were named.", "Prisoners wait.", "A new fund was proposed.",
                "Biodiversity came up.", *filler]
    assert scheme.dominant(repeated) is None


def test_ending_imports_from_a_country_is_an_embargo():
    scheme = load_scheme()
    default = "economic_cooperation"
    assert scheme.classify("Brussels wants to end all imports of Venezuelan oil by May.",
                           default) == ["sanctions"]
    assert scheme.classify("It wants cuts in its imports of Iranian crude.", default) == [
        "sanctions"]
    assert scheme.classify("Seoul lifted its ban on imports of beef.", default) == [
        "trade_tariffs"]


def test_a_utility_tariff_is_no_trade_tariff():
    scheme = load_scheme()
    assert scheme.matches("A power tariff rise would close factories.") == []
    assert scheme.classify("A tariff on imported cars would hurt.", "economic_cooperation") == [
        "trade_tariffs"]


def test_foreign_navies_are_a_security_arrangement():
    scheme = load_scheme()
    default = "economic_cooperation"
    assert scheme.classify("We need partners whose warships are in the strait.", default) == [
        "security_guarantees"]
    assert scheme.classify("Ankara rejects warships of NATO member states in the sea.",
                           default) == ["security_guarantees"]


def test_an_invitation_to_war_is_an_idiom_not_a_summit():
    scheme = load_scheme()
    assert scheme.matches("A truce on paper is an invitation to aggression.") == [
        ("truce", "ceasefire")]
    assert scheme.classify("They accepted the invitation to Geneva.") == ["summit"]


def test_a_reference_to_an_earlier_target_counts_with_the_clause_cues():
    article = ["The draft would end the price cap on Russian crude within a year.",
               "Kyiv said lifting the cap now would pay for the next offensive."]
    scheme = load_scheme().for_article(article)
    clause = "lifting the cap now would pay for the next offensive"
    assert scheme.classify_in(clause, article[1], "sanctions") == ["sanctions"]
    assert scheme.classify_in("a new offensive would follow", article[1], "sanctions") == [
        "military_operations"]


def test_a_moment_is_no_condition_that_links_a_second_issue():
    scheme = load_scheme()
    clause = "will hold elections once a ceasefire has held"
    assert scheme.linked(clause, clause, "once a ceasefire has held") == ["governance_elections"]
    clause = "would only hold elections once a ceasefire has held"
    assert scheme.linked(clause, clause, "once a ceasefire has held") == [
        "governance_elections", "ceasefire"]


def test_relief_takes_the_sense_of_its_article():
    article = ["The sanctions on the bank stay.", "Sanctions relief is not on the table.",
               "New sanctions are coming.", "He said relief would come later."]
    scheme = load_scheme().for_article(article)
    assert scheme.matches(article[3]) == [("relief", "sanctions")]
    assert load_scheme().matches(article[3]) == [("relief", "prisoners_humanitarian")]


def test_licences_in_contested_waters_take_the_territory_sense():
    article = ["Both states claim the sovereignty of the islets.",
               "The disputed territory has no agreed maritime boundary.",
               "The coast guard patrols the territorial waters.",
               "Its rival must revoke the licences it granted there, the minister said."]
    scheme = load_scheme().for_article(article)
    assert scheme.matches(article[3]) == [("licences", "territory")]
    assert load_scheme().matches(article[3]) == [("licences", "economic_cooperation")]


def test_a_word_naming_the_meeting_itself_outweighs_the_topic():
    scheme = load_scheme()
    assert scheme.classify("The ministry said it did not need a mediator.",
                           "economic_cooperation") == ["summit"]
    assert scheme.classify("The province wants the next round held in its capital.",
                           "territory") == ["summit"]
    assert scheme.classify("The head of the delegation said it was a good day.",
                           "labour_wages") == ["labour_wages"]


def test_a_meeting_that_only_dates_the_statement_is_no_cue():
    scheme = load_scheme()
    text = "The ministry will give its answer on the levy at the next round."
    assert scheme.matches(text) == []
    assert scheme.classify(text, "trade_tariffs") == ["trade_tariffs"]
    assert scheme.matches("Nothing moved after the second round of talks.") == []


def test_a_settlement_something_is_part_of_is_its_vehicle():
    scheme = load_scheme()
    text = "The minister would back scrapping the import duties as part of a wider settlement."
    assert scheme.matches(text) == [("import duties", "trade_tariffs")]
    assert scheme.classify(text, "economic_cooperation") == ["trade_tariffs"]


def test_a_pause_in_a_climate_article_is_a_climate_measure():
    article = ["The Greens want a halt to new oil licensing.", "Emissions must fall.",
               "The climate target is at stake.", "Any pause would cost jobs, the union said."]
    scheme = load_scheme().for_article(article)
    assert ("pause", "climate_emissions") in scheme.matches(article[3])
    assert ("pause", "ceasefire") in load_scheme().matches(article[3])


def test_the_main_clause_resumes_after_a_relative_clause():
    scheme = load_scheme()
    text = "Any settlement that changes the status of the territory must be put to a referendum."
    assert scheme.classify(text, "territory") == ["governance_elections"]
    text = "They reject any settlement that changes the status of the territory."
    assert scheme.classify(text, "governance_elections") == ["governance_elections"]


def test_gas_and_oil_in_a_climate_article_take_the_climate_sense():
    article = ["Regulators want a cap on methane leaks from wells.", "Emissions must fall fast.",
               "The climate target is binding, they said.",
               "Suppliers of gas said the rule came too soon."]
    scheme = load_scheme().for_article(article)
    assert scheme.matches(article[3]) == [("gas", "climate_emissions")]
    assert scheme.dominant(article) == "climate_emissions"
    assert load_scheme().matches(article[3]) == [("gas", "economic_cooperation")]


def test_a_phrase_on_the_first_cue_says_which_one_not_what():
    scheme = load_scheme()
    text = "The tariffs on our farm machinery and fertiliser must be cut, the minister said."
    assert scheme.classify(text, "economic_cooperation") == ["trade_tariffs"]
    assert scheme.scores(text)["economic_cooperation"] < 1
    assert scheme.classify("Fertiliser must be cheaper.", "trade_tariffs") == [
        "economic_cooperation"]



def test_a_few_passing_cues_in_a_long_article_are_no_topic():
    scheme = load_scheme()
    cues = ["Exporters of crude joined the session.", "A small joint venture was floated.",
            "The fund found few backers.", "Plastics were the subject of the session."]
    filler = [f"Delegates argued about clause {n} until late." for n in range(26)]
    assert scheme.dominant([*cues, *filler]) is None
    assert scheme.dominant(cues) == "economic_cooperation"
    # named once in every six sentences or so, the issue is the topic again
    assert scheme.dominant([*cues, *cues, *filler]) == "economic_cooperation"


def test_sea_areas_are_territory():
    scheme = load_scheme()
    assert scheme.classify("No survey ship may enter our territorial waters.") == ["territory"]
    assert scheme.classify("Both claim the continental shelf east of the islands.") == [
        "territory"]
    # "waters" alone is ambiguous: it does not beat the article's topic
    assert scheme.classify("Their trawlers fish in distant waters.", "trade_tariffs") == [
        "trade_tariffs"]


def test_coalition_talks_are_the_topic_though_pay_is_named_more_often():
    scheme = load_scheme()
    body = ["The coalition partners met again over the budget.", "Nurses want a pay rise.",
            "The junior partner may leave the coalition.", "Teachers' pay is frozen.",
            "The budget must pass by Friday.", "A strike by nurses looms."]
    assert scheme.dominant(body) == "coalition_government"
    # a measure keeps its own code in coalition talks (coding guide 3)
    assert scheme.classify("Nurses want a pay rise.", "coalition_government") == [
        "labour_wages"]


def test_climate_talks_absorb_the_money_and_energy_deals_of_a_statement():
    scheme = load_scheme()
    text = "The donors would pay for a new power plant and a grid."
    assert scheme.classify(text) == ["economic_cooperation"]
    assert scheme.classify(text, "climate_emissions") == ["climate_emissions"]


def test_defence_spending_in_budget_talks_is_a_budget_item():
    article = ["The coalition budget raises defence spending.", "The budget gap is wide.",
               "The coalition partners disagree.", "A confidence vote looms."]
    scheme = load_scheme().for_article(article)
    assert scheme.classify("She backs the defence spending.", "coalition_government") == [
        "coalition_government"]
    assert load_scheme().classify("She backs the defence spending.") == ["security_guarantees"]



def test_pensions_and_indexation_are_labour_in_budget_talks():
    scheme = load_scheme()
    assert scheme.classify("The pension guarantee has to be cut.", "coalition_government") == [
        "labour_wages"]
    assert scheme.classify("Retired people and pensioners will not foot this bill.",
                           "coalition_government") == ["labour_wages"]
    assert scheme.classify("Automatic indexation must stay.", "coalition_government") == [
        "labour_wages"]


def test_the_labels_of_other_are_cues_of_their_own():
    scheme = load_scheme()
    assert scheme.classify("Both sides agreed to reopen the embassies.", "labour_wages") == [
        "other"]


def test_a_loan_in_a_sanctions_article_is_the_use_of_frozen_assets():
    article = ["The bloc froze the central bank's reserves under sanctions.",
               "New sanctions target the banks.", "An asset freeze stays in place.",
               "The frozen assets would back a loan."]
    scheme = load_scheme().for_article(article)
    assert scheme.classify("Paris backs the loan.", "sanctions") == ["sanctions"]
    assert load_scheme().classify("Paris backs the loan.") == ["economic_cooperation"]


def test_coalition_talks_over_a_coal_exit_are_about_the_coal_exit():
    scheme = load_scheme()
    body = ["The coalition partners argue about the coal exit.", "Greens want coal plants shut.",
            "The junior partner may quit the coalition.", "Miners fear the coal exit."]
    assert scheme.dominant(body) == "climate_emissions"


def test_generic_goods_and_places_name_no_article_topic():
    scheme = load_scheme()
    texts = ["Oil tankers waited outside the harbour.", "Gas deliveries were delayed again.",
             "Shipping firms asked for clarity.", "Two ports stayed closed all week.",
             "Ministers discussed an asset freeze.", "Washington wants the sanctions kept.",
             "The export controls will stay."]
    assert scheme.dominant(texts) == "sanctions"
    # in its own sentence such a word is still a cue
    assert scheme.matches("Gas deliveries were delayed again.") == [("gas", "economic_cooperation")]


def test_foreign_military_personnel_and_their_withdrawal_are_a_security_arrangement():
    scheme = load_scheme()
    assert scheme.classify("Ministers asked that Western military instructors leave by spring.") == [
        "security_guarantees"]
    assert scheme.classify("The rebels demand the withdrawal of foreign troops from Velmora.",
                           "territory") == ["security_guarantees"]
    assert scheme.classify("The rebels demand the withdrawal of the army from Velmora.",
                           "territory") == ["territory"]


def test_navigation_is_a_transport_link_whatever_the_cargo():
    scheme = load_scheme()
    text = "The insurers want free passage for merchant ships through the strait."
    assert scheme.classify(text, "economic_cooperation") == ["other"]
    assert scheme.classify("Exporters want the grain corridor reopened so that cargo ships can sail.") == [
        "other"]


def test_rights_of_navigation_and_overflight_are_the_status_of_the_waters():
    scheme = load_scheme()
    text = "Canberra will back any text that keeps the navigation and overflight rights of every coastal nation."
    assert scheme.classify(text, "summit") == ["territory"]


def test_a_states_ground_as_the_place_of_something_else_is_no_territory_cue():
    scheme = load_scheme()
    assert "territory" not in scheme.scores("Ruritania will not allow a radar station on its own soil.")
    text = "Osterland wants the fuel plant built on Ruritanian territory, its envoy said."
    assert "territory" not in scheme.scores(text)
    assert scheme.classify("Osterland demands the withdrawal of all troops from Ruritanian territory.") == [
        "territory"]
    assert scheme.classify("Ruritania will never cede territory to its neighbour.") == ["territory"]


@pytest.mark.parametrize("text", [
    "Ruritania will not honour licences granted in occupied regions after the war.",
    "Pensions are still paid late in these territories, the monitors said.",
    "Osterland wants the school year shortened in regions without teachers.",
])
def test_regions_as_the_place_of_something_else_are_no_territory_cue(text):
    assert "territory" not in load_scheme().scores(text)


def test_handing_back_occupied_regions_is_still_territory():
    assert load_scheme().classify("Osterland must hand back the occupied regions.") == ["territory"]


def test_an_answer_without_issue_words_takes_the_issue_of_its_question():
    question = "Q: The other side wants every detained fisherman sent home before the spring season."
    answer = "A: We can live with that, as long as the lists are checked first."
    texts = [question, answer, "The talks resume next week."]
    bound = load_scheme().for_article(texts, ["Harbour talks"], {answer: question})
    assert bound.classify_in(answer, answer, "economic_cooperation") == ["prisoners_humanitarian"]
    assert bound.classify_in(answer, answer, None) == ["prisoners_humanitarian"]
    # a sentence that is no answer keeps the article's issue
    assert bound.classify_in(texts[2], texts[2], "economic_cooperation") == [
        "economic_cooperation"]


def test_answered_questions_maps_each_answer_sentence_to_its_question():
    from kg.extract.issue_turns import answered_questions
    from kg.extract.segment import Sentence

    lines = [(0, "Mira Tol runs the port authority."), (1, "Q: Will the quays reopen?"),
             (1, "Who decides?"), (2, "A: Not this month."), (2, "The cranes are broken."),
             (3, "Q: And the fishermen?"), (4, "A: Not this month.")]
    sentences = [Sentence(i, 0, len(t), t, p, False, span=object())
                 for i, (p, t) in enumerate(lines)]
    found = answered_questions(sentences)
    assert found["The cranes are broken."] == "Q: Will the quays reopen? Who decides?"
    assert "A: Not this month." not in found  # the same answer to two questions
    assert "Mira Tol runs the port authority." not in found


def test_a_second_topic_named_nearly_as_often_as_the_first_gets_the_same_bonus():
    """An article about a truce and a detainee swap in equal measure has two topics: an
    ambiguous word of the second ("release") decides a statement; without that second
    topic, the first topic's bonus wins; a statement naming neither keeps the first."""
    texts = ["The truce was extended by a month.", "Both sides will swap detainees next week.",
             "The truce has largely held since March.", "Relatives of the detainees gathered.",
             "The truce was praised abroad.", "Lawyers for the detainees asked for lists.",
             "Nothing else was agreed."]
    scheme = load_scheme().for_article(texts)
    two, topic = scheme.with_topics(texts)
    assert topic == scheme.dominant(texts)
    assert {topic, two.second} == {"ceasefire", "prisoners_humanitarian"}
    release = "The rebels said the release was overdue."
    assert scheme.classify(release, "ceasefire") == ["ceasefire"]
    assert two.classify(release, "ceasefire") == ["prisoners_humanitarian"]
    assert two.classify("The rebels said it was good news.", topic) == [topic]
    one = [t for t in texts if "Relatives" not in t and "Lawyers" not in t]
    alone, only = scheme.with_topics(one)
    assert alone.second is None and only == scheme.dominant(one)


def test_drills_defence_packages_and_security_agreements_are_security_matters():
    """Military exercises, a defence package and a security agreement are security
    arrangements, not the territorial or economic topic of the talks around them."""
    scheme = load_scheme()
    assert scheme.classify("The navy wants a pause in military exercises near the islands.",
                           "territory") == ["security_guarantees"]
    assert scheme.classify("The minister welcomed the new defence package.",
                           "economic_cooperation") == ["security_guarantees"]
    assert scheme.classify("The council will sign the security agreement next week.",
                           "summit") == ["security_guarantees"]


def test_the_only_issue_an_article_names_is_its_topic_however_sparse():
    scheme = load_scheme()
    filler = ["The committee sat until late in the evening."] * 30
    texts = ["The new tariff on bicycles was debated again.",
             "Customs officers would check every crate at the port of entry.",
             "Delegations will meet again next week.",
             "The tariff would rise in two steps.", *filler]
    assert scheme.dominant(texts) == "trade_tariffs"
    # another matter named by an unambiguous phrase: the sparse issue is no topic
    assert scheme.dominant([*texts, "A fishing fleet was also mentioned."]) is None


def test_an_annex_after_a_possessive_and_an_adjective_is_part_of_a_document():
    scheme = load_scheme()
    assert scheme.matches("The accord's missing annex was still unwritten.") == []
    assert scheme.matches("The rebels' plan to annex the valley failed.") == [
        ("annex", "territory")]


def test_fees_and_tolls_make_a_dispute_about_trade_terms():
    scheme = load_scheme()
    texts = ["Vesmark charges a new toll on lorries crossing the mountain pass.",
             "Norland wants the fee halved before the winter.",
             "The hauliers said the fees would ruin them.",
             "It is a tariff in all but name, the minister said.",
             "Both ministers spoke of the dam, the reservoir and the hydropower plant."]
    assert scheme.dominant(texts) == "trade_tariffs"


@pytest.mark.parametrize("text", [
    "The province asked for talks between the two capitals before the harvest.",
    "The growers want both ministries back at the table by Easter.",
    "Its neighbour wants direct negotiations on the river, the minister said.",
])
def test_phrases_naming_the_talks_themselves_are_the_meeting(text):
    assert load_scheme().classify(text, "territory") == ["summit"]


def test_talks_that_only_date_a_statement_after_its_day_are_no_cue():
    scheme = load_scheme()
    text = ("The canal will raise the toll unless the barges comply, its director said on"
            " Monday, after talks between both states broke up.")
    assert scheme.matches(text) == [("toll", "trade_tariffs")]


@pytest.mark.parametrize("text", [
    "The ministry said the duties would stay in force regardless of what becomes of the dam.",
    "The duties will stay, the minister said, whatever happens to the pipeline.",
])
def test_what_a_statement_says_does_not_matter_is_not_its_issue(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["trade_tariffs"]


def test_a_confederation_that_acts_is_a_body_not_a_settlement():
    text = "The confederation welcomed the new timetable, its chair said."
    assert load_scheme().matches(text) == []


def test_a_party_named_after_a_matter_says_what_the_talks_are_about():
    texts = ["Norland asked the Blue Climate Fund on Monday for grants to rebuild its harbour walls.",
             "The fund offered a loan for half of the cost instead.",
             "A second loan would push Norland's debt too high, the minister said.",
             "The Blue Climate Fund will decide on the financing in May."]
    headline = ["Norland presses the Blue Climate Fund for grants"]
    assert load_scheme().dominant(texts, headline) == "climate_emissions"
    assert load_scheme().matches(texts[3]) == [("financing", "economic_cooperation")]


@pytest.mark.parametrize("text", [
    "The mayor said the energy ministry had not replied to her letter.",
    "Finance ministry officials gave no view yet on the harbour plan.",
    "The regional council said it would pay for the new ferry terminal.",
    "Farmers cannot pay the harbour dues this spring.",
])
def test_an_office_title_or_the_verb_pay_names_no_issue(text):
    assert not load_scheme().scores(text)


def test_a_ministry_claimed_and_pay_as_a_noun_still_name_their_issue():
    scheme = load_scheme()
    assert scheme.classify("The liberals insist on getting the finance ministry.") == [
        "coalition_government"]
    assert scheme.scores("They want full pay for every extra hour on the ward.") == {
        "labour_wages": 0.5}


def test_a_topic_named_by_one_recurring_word_gives_way_to_a_varied_matter():
    """A matter named in many different ways is what the talks are about; one word that
    recurs for the people concerned ("nurses") gives the topic only if nothing else is
    named in at least three different unambiguous ways."""
    scheme = load_scheme()
    texts = ["Relatives of the nurses gathered outside the ministry on Sunday.",
             "The nurses were seized from a clinic near the river.",
             "Church leaders said the nurses were unharmed.",
             "The nurses' union asked the army to hold back.",
             "The gang has held the group hostage for nine days.",
             "A fifth kidnapped worker was freed last week.",
             "Relief groups are pressing for humanitarian access, too."]
    assert scheme.dominant(texts) == "prisoners_humanitarian"
    assert scheme.with_topics(texts, [])[1] == "prisoners_humanitarian"
    # a topic named in two different ways keeps its place
    paid = [*texts, "Their wages have not risen in six years."]
    assert scheme.dominant(paid) == "labour_wages"
    # so does one the headline names, when the headline does not name the other matter
    assert scheme.dominant(texts, ["Nurses' families wait for news"]) == "labour_wages"
    # and a matter listed in one sentence only does not take its place
    listed = [*texts[:4], "They spoke of hostage lists, kidnapped drivers and humanitarian access."]
    assert scheme.dominant(listed) == "labour_wages"


@pytest.mark.parametrize("text", [
    "Her ministry hopes to see its lithium mined and refined at home.",
    "The new terms bring a lower interest rate and a three-year grace period.",
    "Both governments will split the cost of dredging the shared channel.",
])
def test_minerals_processed_loan_terms_and_dredging_are_economic_deals(text):
    assert load_scheme().classify(text) == ["economic_cooperation"]


def test_a_cobalt_processing_plant_outweighs_the_topic_of_the_talks():
    assert load_scheme().classify("The offer covers a cobalt processing plant near the town.",
                                  "territory") == ["economic_cooperation"]


@pytest.mark.parametrize("text", [
    "The family says the ransom demand has doubled since March.",
    "Two engineers are still held by their captors in the hills.",
    "After a year in captivity the pilot spoke to his wife.",
])
def test_captors_ransom_and_captivity_are_the_hostages_matter(text):
    assert load_scheme().classify(text) == ["prisoners_humanitarian"]


def test_what_kidnappers_want_outweighs_the_topic_of_the_talks():
    assert load_scheme().classify("The kidnappers want the road reopened first.",
                                  "territory") == ["prisoners_humanitarian"]


def test_hosting_talks_is_the_meeting_whatever_the_article_is_about():
    scheme = load_scheme()
    assert scheme.classify("Norway is glad to go on hosting the two delegations next spring.",
                           "ceasefire") == ["summit"]
    assert scheme.classify("Oslo, which hosted the last two rounds, offered to go on.",
                           "prisoners_humanitarian") == ["summit"]


@pytest.mark.parametrize("text", [
    "Ruritania wants the annual payment for the naval station doubled.",
    "The island government says the yearly payment no longer covers the camp's costs.",
])
def test_a_payment_between_the_parties_outweighs_the_topic_of_the_talks(text):
    assert load_scheme().classify(text, "prisoners_humanitarian") == ["economic_cooperation"]


@pytest.mark.parametrize("text", [
    "The regional cabinet will sign once the salary payments resume.",
    "Every ward nurse is offered a single retention payment.",
])
def test_payments_to_employees_are_pay(text):
    assert load_scheme().classify(text, "economic_cooperation") == ["labour_wages"]


@pytest.mark.parametrize("text", [
    "The opposition leader said a snap election would clear the air.",
    "Her party rejects any tax rise not first put to the voters.",
    "The nationalists will not accept a result resting on a thin turnout.",
])
def test_a_vote_of_the_electorate_is_an_election_matter_in_coalition_talks(text):
    assert load_scheme().classify(text, "coalition_government") == ["governance_elections"]


@pytest.mark.parametrize(("texts", "topic"), [
    (["Freed detainees crossed the bridge at dawn.",
      "Another forty prisoners are to follow next week.",
      "Relatives of the missing waited at the checkpoint.",
      "Payment terms were also discussed, as was a payment for the ferry.",
      "A payment schedule will be drawn up later."], "prisoners_humanitarian"),
    (["The deal sets new catch quotas for the shared herring stock.",
      "Trawler owners say the fishing rights were sold cheaply.",
      "The mackerel share would fall to a third.",
      "Turnout was low; turnout matters, the minister said of the turnout rules.",
      "Registered voters will be asked in spring."], "economic_cooperation"),
], ids=["payment", "turnout"])
def test_background_cues_count_toward_no_article_topic(texts, topic):
    """Payments and a vote's turnout are cues in their own sentence, never the article's topic."""
    assert load_scheme().dominant(texts) == topic


@pytest.mark.parametrize("sentence", [
    "The fighters say they will not leave the forest camps this month.",
    "The governor wants the patrols near the forest doubled.",
    "The gunmen who attack from the forests must hand over their hostages first.",
])
def test_a_forest_as_the_place_of_something_else_is_no_climate_cue(sentence):
    """A forest where people live, hide or fight says where a matter is, not that its
    protection or its carbon is at stake: the statement keeps the article's topic."""
    assert "climate_emissions" not in load_scheme().classify(sentence, "ceasefire")


def test_a_forest_protected_for_its_carbon_stays_a_climate_cue():
    assert load_scheme().classify("The donors will pay only for forest that stays standing.",
                                  "economic_cooperation") == ["climate_emissions"]
