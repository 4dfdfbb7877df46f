"""Whom an office speaks for, read from the words around a person's name (invented text)."""

import pytest

from kg.extract.actors import ActorTable
from kg.extract.clean import clean
from kg.extract.gazetteer import load_gazetteer
from kg.extract.nlp import spacy_available
from kg.extract.segment import segment

needs_spacy = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


def _table(text: str, dateline: str | None = None) -> ActorTable:
    from kg.extract.mentions import find_mentions
    from kg.extract.nlp import load_model

    table = ActorTable(load_gazetteer(), excluded={"The Harbour Gazette"}, dateline=dateline)
    find_mentions(segment(clean(text), load_model()), table)
    return table


@needs_spacy
def test_chairing_a_body_beats_nationality():
    table = _table(
        "The Coastal Fishers Alliance met on Monday. \"We want a quota,\" said Ana Moreno, "
        "the Chilean lawyer who chairs the alliance.\n")
    assert table.actors["ana-moreno"].speaks_for == "coastal-fishers-alliance"


@needs_spacy
def test_live_blog_time_stamp_is_no_role():
    table = _table("The League of Rural Pharmacists met on Monday.\n08:15 Ilse Varga, the "
                   "league's treasurer, told reporters that members were angry.\n")
    assert table.actors["ilse-varga"].speaks_for == "league-of-rural-pharmacists"


@needs_spacy
@pytest.mark.parametrize("zone", ["CST", "PT -", "AEDT", "GMT"])
def test_live_blog_time_zone_is_no_part_of_a_name_or_role(zone):
    table = _table("The League of Rural Pharmacists met on Monday.\n"
                   f"08:15 {zone} Ilse Varga, chief negotiator of the League of Rural Pharmacists, "
                   "told reporters that members were angry.\n")
    assert table.actors["ilse-varga"].speaks_for == "league-of-rural-pharmacists"


@needs_spacy
def test_a_european_commissioner_speaks_for_the_eu_not_the_dateline_state():
    table = _table("Oslo wants the European Union to spare Norwegian salmon from the new levy. "
                   "The request now lies with European Fisheries Commissioner Anton Keller.\n",
                   dateline="OSLO")
    assert table.actors["anton-keller"].speaks_for == "european-union"


@needs_spacy
def test_leading_a_named_party_group():
    table = _table(
        "Karl Wendt, who leads the AfD group in the city council, said his party would "
        "abstain.\n")
    assert table.actors["karl-wendt"].speaks_for == "alternative-for-germany"


@needs_spacy
def test_ambassador_to_an_organisation_speaks_for_the_sender():
    table = _table(
        "The International Maritime Organization met in London. Peru's ambassador to the "
        "IMO, Rosa Quispe, said the fee was too high.\n")
    assert table.actors["rosa-quispe"].speaks_for == "peru"


@needs_spacy
def test_chair_of_the_talks_speaks_for_the_host_organisation():
    table = _table(
        "Talks at the World Trade Organization resumed on Monday. The draft, released by "
        "the chair of the talks, Norwegian ambassador Henrik Solberg, would cap subsidies.\n")
    assert table.actors["henrik-solberg"].speaks_for == "world-trade-organization"


@needs_spacy
def test_chair_of_a_named_body_keeps_that_body():
    table = _table(
        "The chair of the Ocean Council, Danish ambassador Lars Holm, said the talks "
        "would continue.\n")
    assert table.actors["lars-holm"].speaks_for != "denmark"


@needs_spacy
def test_secretary_of_state_is_a_title_not_an_organisation():
    table = _table(
        "Secretary of State Jane Morrow said the United States was ready to help.\n")
    assert "state" not in table.actors
    assert table.actors["jane-morrow"].speaks_for == "united-states"


@needs_spacy
def test_portfolio_joined_by_and_before_a_title_is_no_organisation():
    table = _table(
        "The Energy and Mines Minister, Tomas Ruotsi, said Peru was ready to sign a deal.\n")
    assert "energy" not in table.actors
    assert table.actors["tomas-ruotsi"].speaks_for == "peru"


@needs_spacy
def test_weekday_before_a_state_is_no_given_name():
    table = _table(
        "On Monday Moldova's farm minister Petru Vlasenco said the levy was too high.\n")
    assert "monday-moldova" not in table.actors
    assert table.actors["petru-vlasenco"].speaks_for == "moldova"


@needs_spacy
def test_its_spokeswoman_after_a_clause_of_a_named_party():
    table = _table(
        "The opposition Green Renewal Party backs the treaty in principle but rejects any "
        "concession on fishing, its spokeswoman Laila Varga said.\n")
    assert table.actors["laila-varga"].speaks_for == "green-renewal-party"


@needs_spacy
def test_the_person_named_before_and_is_no_part_of_the_role():
    table = _table("Kremlin aide Yury Ushakov said Putin and U.S. President Donald Trump spoke "
                   "on Monday.\n")
    assert table.actors["donald-trump"].speaks_for == "united-states"


@needs_spacy
def test_heading_the_government_delegation_speaks_for_the_state():
    table = _table("Talks on Yemen resumed. Karim al-Hadi, who heads the government "
                   "delegation, said the government was ready to release prisoners.\n")
    assert table.actors["karim-al-hadi"].speaks_for == "yemen"


@needs_spacy
def test_its_chief_after_a_company_named_in_apposition():
    table = _table("The state mining company, Andes Cobre, said it would build a smelter. "
                   "Its chief executive, Tomas Quiroga, said the company wanted partners.\n")
    assert table.actors["andes-cobre"].type == "organization"
    assert table.actors["tomas-quiroga"].speaks_for == "andes-cobre"


@needs_spacy
def test_backbench_lawmaker_speaks_for_himself():
    table = _table("Piet Maarse, a Civic Union lawmaker from Utrecht who has often clashed "
                   "with the party leadership, said he would vote against the budget.\n")
    maarse = table.actors["piet-maarse"]
    assert maarse.speaks_for is None
    assert maarse.affiliation == "civic-union"


@needs_spacy
def test_bare_party_title_belongs_to_the_party_just_named():
    table = _table("The junior partner, Blue Horizon, said it would not accept the cuts. "
                   "\"We will not vote for them,\" co-leader Ines Kowalczyk said on Monday.\n")
    assert table.actors["ines-kowalczyk"].speaks_for == "blue-horizon"


@needs_spacy
def test_a_minister_of_a_party_speaks_for_the_state():
    table = _table("Estonia's coalition met again on Monday. Economy Minister Rein Kask, of the "
                   "Harbour Reform party, said the levy would stay.\n")
    kask = table.actors["rein-kask"]
    assert (kask.speaks_for, kask.role) == ("estonia", "Economy Minister")


@needs_spacy
def test_a_bare_title_after_a_state_owning_the_subject():
    table = _table("Estonia and Latvia met in Tallinn. Latvia's reply came within hours. "
                   "Trade Minister Ilze Ozola said Latvia would not sign.\n", dateline="Tallinn")
    assert table.actors["ilze-ozola"].speaks_for == "latvia"


@needs_spacy
def test_the_partys_officer_belongs_to_the_party_that_was_the_subject():
    table = _table("The Centre Party on Monday gave its partner, the Labour Party, a week to "
                   "decide. The ultimatum, delivered by the party's secretary general, Marta "
                   "Lindqvist, at a news conference, surprised ministers.\n")
    assert table.actors["marta-lindqvist"].speaks_for == "centre-party"


@needs_spacy
def test_the_groups_director_is_the_research_group_that_spoke_before():
    table = _table(
        "Harlow Forge Holdings said it would fight any early closure of its plant. The Delta "
        "Fisheries Federation, a lobby group for boat owners, said the closure was overdue. "
        "\"The river cannot wait,\" said Mara Venn, the group's president.\n")
    assert table.actors["mara-venn"].speaks_for == "delta-fisheries-federation"


@needs_spacy
def test_leading_a_bodys_delegation_after_a_past_standing():
    # The apposition says what she was; the clause says whom she speaks for now.
    table = _table(
        "Helena Marchetti, a former nurse from Toamasina, leads the delegation of the Coastal "
        "Villages Assembly at the harbour talks.\n")
    assert table.actors["helena-marchetti"].speaks_for == "coastal-villages-assembly"


@needs_spacy
def test_common_official_titles_are_offices():
    table = _table("Norway's human rights ombudsman, Karl Weiss, said the offer was unfair. "
                   "Tom Vale, a Danish conciliator, said it was fair.\n")
    assert table.actors["karl-weiss"].speaks_for == "norway"
    assert table.actors["tom-vale"].speaks_for == "denmark"


@needs_spacy
def test_a_councillors_title_is_not_part_of_the_name():
    table = _table("Its housing spokesperson, Councillor Mary Dunlop, said councils would not "
                   "pay.\n")
    assert "mary-dunlop" in table.actors


@needs_spacy
def test_an_adjective_of_a_committee_is_no_role_of_its_own():
    """"resident doctors" names whom a committee represents: its chair still speaks for the
    union ("resident" was once listed as a role, like "a resident of the town")."""
    table = _table("The Association of Clinic Doctors rejected the offer. Dr Ana Lobo, who "
                   "co-chairs the association's resident doctors committee, said members were "
                   "angry.\n")
    actor = table.actors["ana-lobo"]
    assert actor.speaks_for == "association-of-clinic-doctors"


@needs_spacy
def test_apposed_role_after_a_name_cut_at_its_hyphen():
    table = _table(
        "The Harbour Pilots Council called a strike on Monday.\n\n09:50 Ryu Min-jae, the "
        "council's president, told reporters that pilots wanted a shorter week.\n")
    assert table.actors["ryu-min-jae"].speaks_for == "harbour-pilots-council"


@needs_spacy
def test_half_of_a_double_surname_is_no_state():
    table = _table(
        "Culture Minister Marta Hribar-Kralj said the fee would stay frozen for three "
        "years.\n\nHribar-Kralj's party has not answered the union in public.\n")
    assert not {"kralj", "hribar"} & set(table.actors)


@needs_spacy
def test_the_ministry_s_spokesman_speaks_for_the_state():
    table = _table(
        "Peru rejected the fishing quota on Monday. \"The quota is too low,\" said Rosa "
        "Quispe, the ministry's spokeswoman, at a briefing.\n")
    assert table.actors["rosa-quispe"].speaks_for == "peru"


@needs_spacy
def test_chairing_the_parliament_s_committee_is_no_state_office():
    table = _table(
        "Peru and Chile met on Monday. Peru rejected the quota. Chile backed it and Chile "
        "wants more. Rosa Quispe, who chairs the parliament's fisheries committee, said the "
        "quota was too low.\n")
    assert table.actors["rosa-quispe"].speaks_for != "chile"


@needs_spacy
@pytest.mark.parametrize("text, person, state", [
    ("The European Union met on Monday. Portugal's minister for the EU, Rui Tavares Lopes, "
     "said the offer was fair.\n", "rui-tavares-lopes", "portugal"),
    ("Officials from the African Union arrived on Monday. Ghana's deputy minister for the "
     "African Union, Kofi Mensah Boateng, said the talks were useful.\n",
     "kofi-mensah-boateng", "ghana"),
])
def test_an_owned_office_for_a_body_is_its_portfolio(text: str, person: str, state: str):
    """"<State>'s minister for <body>": the body names the office's portfolio; the owner is
    whom the minister speaks for."""
    assert _table(text).actors[person].speaks_for == state


@needs_spacy
@pytest.mark.parametrize("clause", [
    "Ruth Kamau, a retired nurse from Davao, has led the movement's negotiating panel "
    "since 2021.",
    "Ruth Kamau, who heads the movement's bargaining team, spoke after the vote.",
])
def test_leading_the_bodys_panel_speaks_for_the_body(clause):
    table = _table("The Northern Hills Movement said on Monday it would keep its rifles. "
                   f"{clause}\n")
    assert table.actors["ruth-kamau"].speaks_for == "northern-hills-movement"


@needs_spacy
def test_a_capitalised_generic_head_is_the_one_body_it_ends():
    # "the Front" after "the Highland Renewal Front" (the only front named): that body.
    table = _table("The opposition Highland Renewal Front has asked for six new seats. "
                   "Mere Tuilagi, the Front's deputy leader, met the mediators in Apia.\n")
    assert table.actors["mere-tuilagi"].speaks_for == "highland-renewal-front"


@needs_spacy
@pytest.mark.parametrize("text, person, body", [
    ("Harlow Energy has offered a smaller royalty. Kestrel Marine Services takes another view. "
     "The company wants a longer lease from the ministry. Its chief executive, Oren Falk, told "
     "investors the lease was vital.\n", "oren-falk", "kestrel-marine-services"),
    ("The Coastal Growers Federation wants the dam opened before June. It also wants the Delta "
     "Water Board to pay for every lost harvest. Its chairman, Ivo Renner, told farmers the "
     "board had not replied.\n", "ivo-renner", "coastal-growers-federation"),
    ("Peru and Bolivia resume their border talks next week. The foreign ministry in Lima "
     "expects a short round. Its spokeswoman, Rosa Quispe, said an accord over the river was "
     "within reach.\n", "rosa-quispe", "peru"),
])
def test_its_office_refers_to_the_subject_of_the_sentence_before(text, person, body):
    """The subject that a later "Its chief executive" refers to: a company noun naming the
    subject just before, a pronoun repeating it, or an organ named by its state's seat."""
    assert _table(text).actors[person].speaks_for == body


@needs_spacy
@pytest.mark.parametrize("text, person, body", [
    ("Marta Vela of the Harbour Pilots Guild told reporters the new rota was unsafe.\n",
     "marta-vela", "harbour-pilots-guild"),
    ("Jon Ekberg of the Baltic Policy Institute said the new rota was unsafe.\n",
     "jon-ekberg", None),
])
def test_a_person_named_only_as_of_an_organisation_speaks_for_it(text, person, body):
    """ "X of the Y Guild said": Y's voice; of a research institute: his own."""
    assert _table(text).actors[person].speaks_for == body


@needs_spacy
def test_the_bodys_office_is_the_body_with_that_noun_in_its_name():
    table = _table(
        "The Tarn Valley Movement leads the polls, ahead of the Green Harvest Alliance. "
        "Organisers met on Friday. Reporters later caught up with the movement's treasurer, "
        "Ilse Marrow, in Dunmore.\n")
    assert table.actors["ilse-marrow"].speaks_for == "tarn-valley-movement"


@needs_spacy
def test_an_accented_or_plural_name_is_the_bodys_noun():
    table = _table(
        "The Fédération Unie des Pêcheurs, the largest fishers' union, walked out in May over "
        "unpaid subsidies. Parents were worried. We met the federation's president, Odile "
        "Kanem, in Moundou on Friday.\n")
    assert table.actors["odile-kanem"].speaks_for == "federation-unie-des-pecheurs"


@needs_spacy
def test_a_present_office_joined_to_a_past_one_is_an_office():
    table = _table(
        "The Lakeside Renewal Party holds most seats. Petra Lund, the party's vice chair and "
        "a former mayor of Osby, has led its talks since May.\n")
    assert table.actors["petra-lund"].speaks_for == "lakeside-renewal-party"


@needs_spacy
def test_a_transcript_label_is_no_role():
    table = _table(
        "The Northern Pastures Union has been on strike since May against Norway. Reporters "
        "met the union's chairman, Tomas Berg, in Lulea.\n\nQ: When will Norway pay?\n\n"
        "Berg: The day the government pays their arrears, not before.\n")
    assert table.actors["tomas-berg"].speaks_for == "northern-pastures-union"


@needs_spacy
def test_a_capitalised_possessive_pronoun_is_no_body():
    table = _table(
        "The Valley League wants the mill kept open.\n\nQ: Their chairwoman, Ana Brisk, calls "
        "your plan a betrayal. Is she right?\n")
    assert "their" not in table.actors


@needs_spacy
def test_a_bare_title_speaks_for_the_state_whose_capital_hosts_the_story():
    table = _table(
        "Samoa and Fiji resumed talks on the harbour fees on Monday. The talks in Apia went "
        "on late. Fiji wants the fees cut, and Fijian trawlers have stayed away. Fiji has said "
        "it could wait. Reporters gathered outside the hall in Apia, and more flew into Apia "
        "on Tuesday. The mood was calm. Crowds waited outside. Transport Minister Tui Lemalu "
        "said the harbour would stay open.\n")
    assert table.actors["tui-lemalu"].speaks_for == "samoa"


@needs_spacy
def test_its_officer_after_the_body_called_by_its_head_noun():
    table = _table(
        "Kenya and Tanzania disagree over the dam. The Rift Valley Water Authority has urged "
        "both governments to share the water. Kenya said on Monday it wanted more water for "
        "its farms. The authority, for its part, keeps out of the quarrel. Its director, Paul "
        "Omondi, said the authority could open the sluices only in May.\n")
    assert table.actors["paul-omondi"].speaks_for == "rift-valley-water-authority"


@needs_spacy
def test_its_officer_after_a_body_a_reporter_writes_about():
    table = _table(
        "Kenya and Tanzania disagree over the dam. Kenya said on Monday it wanted more water "
        "for its farms. Our reporter in Arusha says that the Rift Valley Water Board has "
        "written to the Kenyan negotiators. Its director, Paul Omondi, says the board wants "
        "the water shared equally.\n")
    assert table.actors["paul-omondi"].speaks_for == "rift-valley-water-board"


@needs_spacy
def test_a_body_noun_in_a_role_is_the_body_whose_name_has_it():
    table = _table(
        "The Alliance of Ferry Owners met on Monday. The Harbour Pilots Guild wants a "
        "raise, while the owners offered half of it. \"It makes no sense,\" said Tom Hale, "
        "an alliance spokesman.\n")
    assert table.actors["tom-hale"].speaks_for == "alliance-of-ferry-owners"
