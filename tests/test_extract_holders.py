"""Whom a person speaker speaks for: one invented sentence per construction of news
writing that links a person to a state or organisation (coding guide section 2)."""

import pytest
from test_extract_roles import _table, needs_spacy

from kg.extract.officetitles import government_office, role_head_is_office


@needs_spacy
def test_copular_role_names_the_office():
    table = _table(
        "Hanna Koval is Ukraine's deputy minister for veterans and runs the office that "
        "registers returning soldiers. The Harbour Gazette reached her in Lviv.\n")
    assert table.actors["hanna-koval"].speaks_for == "ukraine"


@needs_spacy
def test_copular_predicate_that_is_no_role_gives_none():
    table = _table("Hanna Koval is confident that Ukraine will win the vote.\n")
    assert table.actors["hanna-koval"].speaks_for is None


def test_plural_possessive_owns_the_title():
    assert not government_office("Greens' parliamentary spokesman")
    assert not government_office("the Liberals\u2019 chief negotiator")
    assert government_office("parliamentary spokesman")


@needs_spacy
def test_title_after_by_in_a_passive_is_the_role():
    table = _table(
        "Chile's government defended the pension reform on Monday. The plan was praised in "
        "warm words by the labour minister, Pablo Serrano, who said it would protect "
        "savers.\n")
    assert table.actors["pablo-serrano"].speaks_for == "chile"


@needs_spacy
def test_ambassador_to_a_body_named_in_the_gazetteer_speaks_for_the_sender():
    table = _table(
        "The United States wants its own inspections recognised. Its ambassador to the EU, "
        "John Carter, said the rules were unfair to exporters.\n")
    assert table.actors["john-carter"].speaks_for == "united-states"


@needs_spacy
def test_its_refers_to_the_body_noun_subject_of_the_same_sentence():
    table = _table(
        "The tolls put the Farmers Party in an awkward spot. The party has opposed road tolls "
        "for a decade, and its deputy leader, Eva Lund, said on Monday that this had not "
        "changed.\n")
    assert table.actors["eva-lund"].speaks_for == "farmers-party"


def test_lower_case_portfolio_is_a_bare_government_title():
    assert government_office("minister of regional development and housing")
    assert government_office("Minister of Energy")
    assert not government_office("secretary of the union")


def test_portfolio_of_a_bare_title_is_no_body_of_its_own():
    assert government_office("Deputy Minister for Rural Affairs")
    assert government_office("Minister for Europe")
    assert government_office("Mining and Industry Minister")
    assert not government_office("Opposition Industry Minister")
    assert not government_office("secretary for the union")


@needs_spacy
def test_bare_title_with_a_for_portfolio_speaks_for_the_state():
    table = _table(
        "Peru offered the valley's farmers new land on Friday. Deputy Minister for Rural "
        "Affairs Ana Quispe said the offer would stand until March.\n")
    assert table.actors["ana-quispe"].speaks_for == "peru"


@needs_spacy
def test_name_after_a_split_organisation_noun_is_the_organisation():
    table = _table(
        "A review by the state grid company Velmora cut the tariff last year. Pavel Orlov, "
        "Velmora's deputy head for exports, said the company would bid again.\n")
    assert table.actors["velmora"].type == "organization"
    assert table.actors["pavel-orlov"].speaks_for == "velmora"


@needs_spacy
def test_untagged_name_with_an_organisation_noun_in_apposition():
    table = _table(
        "Velmora, the state grid company that has run the network since 2019, disagrees. "
        "Its spokesman, Pavel Orlov, said the plan would raise prices.\n")
    assert table.actors["pavel-orlov"].speaks_for == "velmora"


@needs_spacy
def test_bare_title_speaks_for_the_subject_state_of_the_sentence_before():
    table = _table(
        "Poland is more sceptical. Prime Minister Jan Nowak called the U.S. framework a bad "
        "bargain for Europe.\n")
    assert table.actors["jan-nowak"].speaks_for == "poland"


@needs_spacy
def test_bare_title_keeps_a_state_named_in_the_persons_own_phrase():
    table = _table(
        "Deputy Energy Secretary Laura Finch, who led the American delegation in the talks, "
        "said India had made real progress.\n")
    assert table.actors["laura-finch"].speaks_for == "united-states"


@needs_spacy
def test_listed_person_keeps_his_state_against_a_neighbours_title():
    table = _table(
        "Lavrov said Putin and Donald Trump, the U.S. president, would meet in Budapest "
        "before the spring.\n")
    assert table.actors["vladimir-putin"].speaks_for == "russia"


@needs_spacy
def test_head_of_a_research_centre_speaks_for_it_on_its_work():
    table = _table(
        "Mia Kohl, who directs the Baltic Institute for Peace Studies, said her institute had "
        "found that monitored truces last longer.\n")
    assert table.actors["mia-kohl"].speaks_for == "baltic-institute-for-peace-studies"


@needs_spacy
def test_head_of_a_research_centre_with_his_own_assessment_speaks_for_himself():
    table = _table("Tom Reyes, director of the Baltic Institute for Peace Studies, said the "
                   "truce was a mistake.\n")
    assert table.actors["tom-reyes"].speaks_for is None


def test_undersecretary_and_convener_are_offices():
    assert role_head_is_office("undersecretary for policy")
    assert role_head_is_office("the network's convener")


@needs_spacy
def test_new_one_word_name_owning_an_office_is_a_body():
    table = _table("Luis Ortega, Podemia's spokesman in parliament, said the levy was fair.\n")
    assert table.actors["podemia"].type == "organization"
    assert table.actors["luis-ortega"].speaks_for == "podemia"


@needs_spacy
def test_one_word_name_first_seen_without_title_or_speech_is_no_person():
    table = _table("Podemia sets its price, Tavora sets another, and the unions say they are "
                   "in no hurry.\n")
    assert not [a for a in table.actors.values() if a.type == "person"]


@needs_spacy
def test_one_word_name_that_speaks_is_a_person():
    table = _table('"Nobody will sign this," Ostrander said on Monday.\n')
    assert [a.label for a in table.actors.values() if a.type == "person"] == ["Ostrander"]


@needs_spacy
def test_name_with_a_plural_possessive_inside_is_whole():
    table = _table("Ada Okafor, director-general of the Lagos Employers' Consultative "
                   "Association, said a large rise would cost jobs.\n")
    assert table.actors["ada-okafor"].speaks_for == "lagos-employers-consultative-association"


@needs_spacy
def test_name_joined_by_and_before_a_plural_possessive_is_whole():
    table = _table(
        "The Harbour Council of Parents and Carers\u2019 Associations, which speaks for families "
        "in the port towns, backed the walkout. Its president, Mary Cole, said smaller classes "
        "mattered most.\n")
    assert table.actors["mary-cole"].speaks_for == \
        "harbour-council-of-parents-and-carers-associations"


@needs_spacy
def test_role_parsed_as_a_second_subject_is_still_the_role():
    table = _table(
        "Emeka Obi, the spokesman for the Delta Governors' Forum, said the governors would "
        "back a higher wage if the revenue were shared.\n")
    assert table.actors["emeka-obi"].speaks_for == "delta-governors-forum"


@needs_spacy
def test_aide_in_the_office_of_a_listed_leader_named_later_in_the_sentence():
    table = _table("Anna Hrytsenko, one of the two deputy heads of Zelensky's staff, said "
                   "the talks would resume.\n")
    assert table.actors["anna-hrytsenko"].speaks_for == "ukraine"


@needs_spacy
def test_counterpart_of_a_listed_leader_is_not_in_his_office():
    table = _table("Mark Olsen, Putin's counterpart in the talks, said the talks would "
                   "resume.\n")
    assert table.actors["mark-olsen"].speaks_for is None


@needs_spacy
def test_party_named_after_its_state_claims_the_state_name_back():
    table = _table(
        "The Chile Democrats walked out of the budget talks on Friday. \"We were "
        "promised a vote and got a lecture,\" said Lena Moor, the party treasurer, who "
        "speaks for the Chile Democrats in the committee.\n")
    assert table.actors["lena-moor"].speaks_for == "chile-democrats"


@needs_spacy
def test_foreign_office_of_another_state_is_that_states():
    table = _table(
        "Talking to journalists in Lima on Tuesday, Foreign Office spokesman Raul Quispe "
        "said the border crossing would reopen within a week.\n")
    assert table.actors["raul-quispe"].speaks_for == "peru"
    assert "united-kingdom" not in table.actors


@needs_spacy
def test_foreign_office_in_a_british_story_stays_british():
    table = _table(
        "Britain wants the fishing quota cut. A Foreign Office spokeswoman, Jane Hollis, said "
        "the offer from Oslo was too small.\n")
    assert table.actors["jane-hollis"].speaks_for == "united-kingdom"


@needs_spacy
def test_bare_title_in_a_story_about_one_region_speaks_for_the_region():
    table = _table(
        "Nurses in Manitoba will stop work on Monday unless the provincial government raises "
        "its offer, their union said. Manitoba has the lowest nursing pay in the west. "
        "Health Minister Carla Dufresne said the offer was generous. Treasurer Omar Baig "
        "said there was no more money.\n")
    assert table.actors["carla-dufresne"].speaks_for == "manitoba"
    assert table.actors["omar-baig"].speaks_for == "manitoba"


@needs_spacy
def test_a_state_named_in_the_story_keeps_bare_titles():
    table = _table(
        "Nurses in Manitoba will stop work on Monday unless the provincial government raises "
        "its offer. Canada's federal government has stayed out of it. Manitoba has the "
        "lowest nursing pay in the west. Health Minister Carla Dufresne said the offer was "
        "generous.\n")
    assert table.actors["carla-dufresne"].speaks_for != "manitoba"


@needs_spacy
def test_name_with_an_organisation_noun_in_apposition_is_an_organisation():
    table = _table(
        "The ministers shook hands. North Sea Watch, a regional conservation group, said "
        "the deal ignored the whales. \"The quotas should fall, not rise,\" said its "
        "director, Maren Solberg.\n")
    assert table.actors["north-sea-watch"].type == "organization"
    assert table.actors["maren-solberg"].speaks_for == "north-sea-watch"


@needs_spacy
def test_indefinite_spokeswoman_after_an_organisation_pronoun_speaks_for_it():
    table = _table(
        "Russia asked the relief agency for its files. The Geneva-based Harbour Trust said it "
        "was ready to lend its experts to any inquiry. It would not, however, share its "
        "internal case notes with either government, a spokeswoman, Sophie Lambert-Dumas, "
        "said.\n")
    assert table.actors["sophie-lambert-dumas"].speaks_for == "harbour-trust"



@needs_spacy
def test_name_the_model_takes_for_a_law_but_described_as_a_coalition_is_an_organisation():
    from spacy.tokens import Span

    from kg.extract.actors import ActorTable
    from kg.extract.clean import clean
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.mentions import find_mentions
    from kg.extract.nlp import load_model
    from kg.extract.segment import segment

    sents = segment(clean("The Reactor Safety Network, a coalition of lawyers and villagers' "
                          "groups, said it would go to court.\n"), load_model())
    doc = sents[0].span.doc
    start = sents[0].span.start
    doc.ents = [Span(doc, start, start + 4, label="LAW")]  # as the model tags some such names
    table = ActorTable(load_gazetteer())
    find_mentions(sents, table)
    assert table.actors["reactor-safety-network"].type == "organization"


@needs_spacy
def test_chief_of_a_mission_the_text_described_speaks_for_the_sender():
    table = _table(
        "The United Nations mission that monitors the truce praised the deal. The mission's "
        "chief, Ingrid Halvorsen, said the truce had held for a month.\n")
    assert table.actors["ingrid-halvorsen"].speaks_for == "united-nations"


@needs_spacy
def test_letters_without_a_decomposition_are_transliterated_in_ids():
    table = _table("Lars Sørbø said the offer was too low. Ahmet Arıkan agreed with him.\n")
    assert {"lars-sorbo", "ahmet-arikan"} <= set(table.actors)


@needs_spacy
def test_his_partys_officer_speaks_for_the_party_the_boss_possessed():
    table = _table(
        "Prime Minister Anton Weller's National Renewal Party wants lower taxes. Weller "
        "himself said little on Monday. His party's general secretary, Petra Lind, said the "
        "tax cut could not wait.\n")
    assert table.actors["petra-lind"].speaks_for == "national-renewal-party"


@needs_spacy
def test_spokesman_of_a_ruling_movements_government_speaks_for_the_state():
    table = _table(
        "Pakistan reopened the border crossing on Sunday. Karim Haqqani, a deputy spokesman of "
        "the Taliban government, said the traders could return at once.\n")
    assert table.actors["karim-haqqani"].speaks_for == "afghanistan"


def test_gazetteer_reads_the_state_a_movement_governs(tmp_path):
    from kg.extract.gazetteer import load_gazetteer

    path = tmp_path / "g.yaml"
    path.write_text("format: kg-gazetteer/1\nstates:\n  - {id: ruritania, label: Ruritania}\n"
                    "organizations:\n  - {id: red-shirts, label: Red Shirts, governs: ruritania}\n")
    assert load_gazetteer(path).entries["red-shirts"].governs == "ruritania"


@needs_spacy
def test_name_owning_a_portfolio_spokesperson_is_a_party():
    table = _table(
        "The opposition backed the nurses. Fianna Nua\u2019s health spokesperson, Siobhan "
        "Keane, said the party backed every part of the nurses\u2019 demand.\n")
    assert table.actors["siobhan-keane"].speaks_for == "fianna-nua"
    assert table.actors["fianna-nua"].type == "organization"


@needs_spacy
def test_a_body_name_proper_to_one_state_keeps_its_state():
    table = _table(
        "Moscow said it would keep to the limits. A senior State Department official, Mark "
        "Dolan, said the limits were not enough.\n")
    assert table.actors["mark-dolan"].speaks_for == "united-states"


@needs_spacy
@pytest.mark.parametrize(("text", "person_id"), [
    ("Senator Maria Velez of the Harbor Labour Party said the budget was a mistake and that "
     "her party would back the pension bill only after a hearing.", "maria-velez"),
    ("The Harbor Labour Party has rejected the levy. One of its lawmakers, Tomas Bray, spoke "
     "more softly on Sunday. The party, he said, would not block a vote on the levy.",
     "tomas-bray"),
])
def test_member_stating_the_partys_course_speaks_for_the_party(text: str, person_id: str):
    person = _table(text + "\n").actors[person_id]
    assert person.speaks_for == person.affiliation and person.speaks_for is not None

@needs_spacy
@pytest.mark.parametrize("text", [
    "The Lorvan Dockers' Union called a strike on Monday. Maria Lindgren said the union would "
    "not accept a contract longer than three years.",
    "Brannock Freight has offered a rise of 3 percent. Maria Lindgren told reporters at "
    "the depot that talks went well. The firm would see the drivers next week, she "
    "said, provided the blockade ended.",
])
def test_person_stating_a_bodys_course_speaks_for_it(text: str):
    table = _table(text + "\n")
    assert table.actors["maria-lindgren"].speaks_for in {"lorvan-dockers-union",
                                                       "brannock-freight"}


@needs_spacy
def test_analyst_on_a_bodys_course_keeps_no_speaks_for():
    table = _table(
        "The Lorvan Dockers' Union called a strike on Monday. Maria Lindgren, an analyst at "
        "the Harbour Institute, said the union would reject a long contract.\n")
    assert table.actors["maria-lindgren"].speaks_for in {None, "harbour-institute"}


@needs_spacy
def test_member_giving_his_own_view_keeps_no_speaks_for():
    table = _table(
        "Senator Maria Velez of the Harbor Labour Party said the levy was a mistake that "
        "would hurt small ports.\n")
    assert table.actors["maria-velez"].speaks_for is None


@needs_spacy
def test_office_apposed_to_a_past_role_is_the_current_office():
    table = _table(
        "The Nordic Council has pressed both sides for a month. Its special envoy for the "
        "fisheries dispute, former Danish diplomat Karen Lund, said on Monday that both fleets "
        "should stay in port.\n")
    assert table.actors["karen-lund"].speaks_for == "nordic-council"


@needs_spacy
def test_bare_council_in_an_eu_story_is_the_european_union():
    table = _table(
        "EU ministers met in Brussels on Monday. The European Union wants a deal by June, "
        "and the EU has set aside money for it. Ruritania's presidency of the Council ends "
        "in July.\n")
    assert "council" not in table.actors


@needs_spacy
def test_state_official_who_chairs_an_organisations_board_speaks_for_it():
    table = _table(
        "The Atlantic Reef Foundation met in Lisbon on Tuesday. Ana Costa, the deputy "
        "director of Portugal's finance ministry, who chairs the board, said grants would be "
        "cut next year.\n")
    person = table.actors["ana-costa"]
    assert person.speaks_for == "atlantic-reef-foundation" and person.affiliation == "portugal"


@needs_spacy
def test_delegate_whose_sentence_opens_speaking_for_the_bloc_speaks_for_it():
    table = _table(
        "The Coastal Group met on Monday. Speaking for the group, Tuvalu's envoy, Mele Tafa, "
        "said small states would not accept a weak text.\n")
    person = table.actors["mele-tafa"]
    assert person.speaks_for == "coastal-group" and person.affiliation == "tuvalu"


@needs_spacy
def test_delegate_speaking_on_behalf_of_a_named_bloc_speaks_for_it():
    table = _table(
        "Speaking on behalf of the Reef Caucus, Palau's minister Ilana Sato told delegates "
        "that the draft had to include a levy.\n")
    assert table.actors["ilana-sato"].speaks_for == "reef-caucus"


@needs_spacy
def test_speaking_for_herself_is_no_bloc():
    table = _table(
        "The Reef Caucus met on Monday. Ilana Sato, speaking for herself, said the draft "
        "was weak.\n")
    assert table.actors["ilana-sato"].speaks_for is None


@needs_spacy
def test_adviser_to_the_presidential_administration_speaks_for_the_state_not_the_counterpart():
    table = _table(
        "Ukraine wants its prisoners home. Families in Ukraine have waited for months. \"We "
        "will not wait for ever,\" said Olena Marchuk, who advises the head of the "
        "presidential administration and runs the contacts with Moscow.\n")
    assert table.actors["olena-marchuk"].speaks_for == "ukraine"


@needs_spacy
def test_the_country_a_mission_is_on_is_its_topic_not_its_sender():
    table = _table(
        "Bishop Pavel Novak, who has led the church's relief mission on Moldova since May, "
        "said the convoys would resume.\n")
    assert table.actors["pavel-novak"].speaks_for != "moldova"


@needs_spacy
def test_name_parsed_as_nmod_before_a_described_centre_is_an_organisation():
    table = _table(
        "The Solvara human rights centre, which documents abuses in the mines, said the deal "
        "was hollow. Its spokesman, Tomas Ribe, said the centre would keep campaigning.\n")
    assert table.actors["solvara"].type == "organization"
    assert table.actors["tomas-ribe"].speaks_for == "solvara"


@needs_spacy
def test_a_place_before_a_centre_names_a_site_not_an_organisation():
    table = _table("Inspectors will work from the Varna inspection centre, the Bulgarian "
                   "government said.\n")
    assert "varna" not in table.actors


@needs_spacy
def test_conference_observatory_and_exchange_end_organisation_names():
    table = _table(
        "The Andean Episcopal Conference, whose priests have watched the talks, was just as "
        "blunt on recruitment. \"Children belong in school,\" said Bishop Ramon Lujan, the "
        "conference's president.\n")
    assert table.actors["ramon-lujan"].speaks_for == "andean-episcopal-conference"
    table = _table("The Kivu Lakes Observatory counted 40 attacks in March, more than in any "
                   "month since the truce.\n")
    assert table.actors["kivu-lakes-observatory"].type == "organization"
    table = _table("Metals traders on the Rotterdam Metals Exchange were unmoved by the offer.\n")
    assert table.actors["rotterdam-metals-exchange"].type == "organization"


@needs_spacy
def test_a_place_before_an_unnamed_or_apposed_organisation_noun_stays_a_place():
    table = _table("\"The unions will settle by Friday,\" said Arjun Mehta, an economist at an "
                   "Osaka investment bank.\n")
    assert "osaka" not in table.actors
    table = _table("Verdana Holdings, the Hamburg conglomerate that runs three terminals, agreed "
                   "last month to sell its stake.\n")
    assert "hamburg" not in table.actors


@needs_spacy
def test_state_minister_who_co_chairs_a_coalition_speaks_for_it():
    table = _table(
        "The Clean Seas Alliance met in Lima on Monday. Peru's fisheries minister, Rosa "
        "Quispe, who co-chairs the Clean Seas Alliance, said its members would refuse any "
        "text without catch limits.\n")
    person = table.actors["rosa-quispe"]
    assert person.speaks_for == "clean-seas-alliance" and person.affiliation == "peru"


@needs_spacy
def test_ambassador_who_co_chairs_the_group_speaks_for_the_group():
    table = _table(
        "The Reef Working Group resumed its sessions in Suva. Tom Baines, the ambassador "
        "of Fiji who co-chairs the group, said he wanted a clean text by March.\n")
    assert table.actors["tom-baines"].speaks_for == "reef-working-group"


@needs_spacy
def test_second_apposition_describing_the_company_does_not_swallow_the_role():
    table = _table(
        "Northwind Gas Partners holds a fifth of the terminal. Mira Osk, a vice president at "
        "Northwind Gas Partners, one of the two Norwegian owners of the line, said the firm "
        "wanted written guarantees.\n")
    person = table.actors["mira-osk"]
    assert person.role == "vice president at Northwind Gas Partners"
    assert person.speaks_for == "northwind-gas-partners"
