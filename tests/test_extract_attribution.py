"""Who said what: speakers, holders and voiced_by on invented sentences."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


@pytest.fixture(scope="module")
def extractor():
    from kg.extract import Extractor

    return Extractor()


def _stances(extractor, text: str):
    from kg.extract import Article

    sheet = extractor.extract(Article("t", text, {"date": "2026-04-15", "publisher": "Gazette"}))
    return [(s["holder"], s.get("voiced_by"), s["value"], s["evidence"][0]["text"])
            for s in sheet["stances"]], sheet


def test_quote_then_said(extractor):
    got, _ = _stances(extractor, '"We will never accept this map," Danish Foreign Minister '
                                 'Mara Holm told reporters.\n')
    assert got[0][:3] == ("denmark", "mara-holm", "oppose")


def test_said_then_reported_speech_and_pronoun(extractor):
    text = ("Iranian Foreign Minister Reza Karimi said on Tuesday that Iran was ready to resume "
            "talks. He added that Tehran rejected any deadline.\n")
    got, sheet = _stances(extractor, text)
    assert [g[:3] for g in got] == [("iran", "reza-karimi", "support"),
                                    ("iran", "reza-karimi", "oppose")]
    assert sheet["stances"][0]["date"] == "2026-04-14"


def test_title_refers_back_to_named_person(extractor):
    text = ("Kremlin adviser Ivan Sokol met the envoys on Monday. "
            "The Kremlin official later said Moscow welcomed the proposal.\n")
    got, _ = _stances(extractor, text)
    assert got == [("russia", "ivan-sokol", "support", got[0][3])]


def test_unnamed_officials_speak_for_their_state(extractor):
    got, _ = _stances(extractor, "Ukrainian officials said they opposed the plan.\n")
    assert got[0][:3] == ("ukraine", None, "oppose")


def test_according_to(extractor):
    got, _ = _stances(extractor, "According to Foreign Minister Mara Holm of Denmark, "
                                 "Copenhagen backs the treaty.\n")
    assert got and got[0][0] == "denmark"


def test_analyst_claim_about_another_actor_is_not_its_stance(extractor):
    got, _ = _stances(extractor, "Moscow will never accept this, analyst Oskar Berg of the "
                                 "Baltic Policy Forum said.\n")
    assert all(g[0] != "russia" for g in got)


def test_office_holder_reporting_a_named_state_speaks_for_it(extractor):
    # the article's context ties the bare "ministry spokeswoman" to Mali; she reports, in
    # her own words, what Austria does and will do: Austria's stance, voiced by her
    text = ("Mali's government said on Sunday that the exchange would go ahead. A ministry "
            "spokeswoman, Anja Brunner-Keel, said Austria did not pay ransoms and would not "
            "start paying now.\n")
    got, _ = _stances(extractor, text)
    assert ("austria", "anja-brunner-keel", "oppose") in [g[:3] for g in got]


def test_office_of_another_named_state_still_reports_a_claim(extractor):
    text = ("Mali's government said on Sunday that the exchange would go ahead. A Malian "
            "foreign ministry spokeswoman, Anja Brunner-Keel, said Austria did not pay ransoms "
            "and would not start paying now.\n")
    got, _ = _stances(extractor, text)
    assert all(g[0] != "austria" for g in got)


@pytest.mark.parametrize(("text", "item"), [
    # the parse hangs "said" beside the clause, and the sentence before tied the minister to
    # Russia: his report of what a named state wants, in his own words, is its stance
    ("Moscow tabled a new draft on Monday. Deputy Foreign Minister Taras Holub dismissed it "
     "within hours. Ukraine, he said, would not accept any deal that left Russian troops on "
     "its territory.\n", ("ukraine", "taras-holub", "oppose")),
    # a role tied to another side ("its chief negotiator"): a claim about Chile (rule 3.9)
    ("Brazil's negotiators arrived late in Geneva on Monday. Its chief negotiator, Rita Alves, "
     "spoke after the session. Chile, she said, would not object to a longer deadline for the "
     "fund.\n", None),
])
def test_said_set_aside_by_an_office_holder_voices_the_named_body(extractor, text, item):
    got, _ = _stances(extractor, text)
    if item is None:
        assert all(g[0] != "chile" for g in got)
    else:
        assert item in [g[:3] for g in got]


@pytest.mark.parametrize(("text", "item"), [
    # "the party's group": a possessor the reported party can be, though the sentence
    # before made another party the salient one
    ("The Labour Front wants a bank levy. The small Civic Renewal Union (CRU) tried to stay "
     "between the two. CRU would accept the pay freeze for one more year, said Nora Vell, who "
     "leads the party's group in the lower house.\n",
     ("civic-renewal-union", "nora-vell", "support")),
    # a minister's portfolio ("for the European Union") is not the body he speaks for
    ("Talks on the border resumed in Lisbon on Monday. Portugal's secretary of state for the "
     "European Union, Marta Vieira, said Portugal wanted its own police officers at the "
     "airport.\n", ("portugal", "marta-vieira", "support")),
    # the ministry's undersecretary "for North America" reports her own state's readiness
    ("Chile's position, set out by Rosa Llanos, the foreign ministry's undersecretary for "
     "North America, is firm. Speaking in Santiago, she said Chile was prepared to sign the "
     "new annex.\n", ("chile", "rosa-llanos", "support")),
])
def test_unnamed_possessor_or_portfolio_leaves_the_reported_body_his_own(extractor, text, item):
    got, _ = _stances(extractor, text)
    assert item in [g[:3] for g in got]


def test_possessor_of_another_kind_still_reports_a_claim(extractor):
    # "the union's chief negotiator" reporting what a company will do: no stance of it
    got, _ = _stances(extractor, "The Dock Workers Union rejected the offer on Monday. The "
                                 "union's chief negotiator, Ana Ruiz, said Harbour Freight "
                                 "Limited would close the terminal.\n")
    assert all(g[0] != "harbour-freight-limited" for g in got)


def test_statement_continued_in_next_quote(extractor):
    text = ('"We want a ceasefire," said Lina Moss, the Norwegian mediator. '
            '"But we will not accept new conditions."\n')
    got, _ = _stances(extractor, text)
    assert [g[2] for g in got] == ["support", "oppose"]
    assert {g[1] or g[0] for g in got} == {"lina-moss"}


def test_background_sentence_has_no_stance(extractor):
    got, _ = _stances(extractor, "The port of Gdansk handles nine million containers a year.\n")
    assert got == []


def test_past_position_is_not_coded(extractor):
    got, _ = _stances(extractor, "The Green Party had long opposed the motorway.\n")
    assert got == []
    got, _ = _stances(extractor, "The Green Party opposes the motorway.\n")
    assert got and got[0][2] == "oppose"


def test_pluperfect_agreement_or_offer_still_stands(extractor):
    got, _ = _stances(extractor, "On Tuesday, the Farmers Party had agreed to keep the diesel "
                                 "rebate for three more years.\n")
    assert [g[:3] for g in got] == [("farmers-party", None, "support")]
    got, _ = _stances(extractor, "Nordbruk Mining had offered a wage rise of 3 percent over two "
                                 "years.\n")
    assert [g[:3] for g in got] == [("nordbruk-mining", None, "support")]


@pytest.mark.parametrize("text", [
    "Ferry traffic has doubled since Latvia and Estonia signed a transit pact in 2019.\n",
    "The boycott ended when Chile and Peru agreed to a joint fishing quota.\n",
    "Two years after Norway and Iceland signed the herring accord, the fleets still quarrel.\n",
])
def test_a_past_agreement_that_dates_another_event_is_no_stance(extractor, text):
    got, _ = _stances(extractor, text)
    assert got == []


def test_an_agreement_told_after_a_comma_when_still_counts(extractor):
    got, _ = _stances(extractor, "Chilean and Peruvian ministers met in Lima in May, when Chile "
                                 "and Peru agreed to extend the fishing quota.\n")
    assert sorted(g[:3] for g in got) == [("chile", None, "support"), ("peru", None, "support")]


def test_quote_before_its_attribution_takes_the_later_speaker(extractor):
    text = ('Kai Berg of the Farmers Union spoke first. "We will never sign this map. '
            'We must keep the northern fields," Foreign Minister Mara Holm of Denmark said.\n')
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("denmark", "mara-holm", "oppose"),
                                    ("denmark", "mara-holm", "support")]


def test_quote_continuation_without_cue_word_is_a_default_stance(extractor):
    text = ('"We backed the levy," said Ana Lind, the Swedish finance minister. '
            '"We will not pay twice for the same road."\n')
    got, sheet = _stances(extractor, text)
    assert [g[2] for g in got] == ["support", "oppose"]
    assert got[1][1] == "ana-lind"
    assert sheet["stances"][1]["confidence"] < sheet["stances"][0]["confidence"]


def test_reported_background_is_not_a_stance(extractor):
    got, _ = _stances(extractor, "Finance Minister Ana Lind of Sweden said the road opened "
                                 "in 2019.\n")
    assert got == []


def test_joint_subject_gives_one_stance_per_party(extractor):
    text = ("Armenia and Azerbaijan resumed talks in Geneva on Monday. "
            "Mediators from Norway said the two sides had agreed to a three-day truce.\n")
    got, _ = _stances(extractor, text)
    assert sorted(g[:3] for g in got) == [("armenia", None, "support"),
                                          ("azerbaijan", None, "support")]


def test_passive_agent_holds_the_stance(extractor):
    got, _ = _stances(extractor, "The fishing accord was rejected by Denmark on Monday.\n")
    assert [g[:3] for g in got] == [("denmark", None, "oppose")]


def test_nominal_attitude_with_an_owner(extractor):
    got, _ = _stances(extractor, "Denmark's rejection of the fishing accord surprised "
                                 "observers.\n")
    assert [g[:3] for g in got] == [("denmark", None, "oppose")]


@pytest.mark.parametrize("text", [
    "The draft, circulated on Monday by Denmark, would cap the fishing quota at 40,000 tonnes.\n",
    "The draft, which Denmark sent to the other coastal states, would cap the fishing quota.\n",
])
def test_a_draft_proposes_for_its_drafter(extractor, text):
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("denmark", None, "support")]


def test_a_draft_without_a_named_drafter_holds_nothing(extractor):
    got, _ = _stances(extractor, "The draft would cap the fishing quota at 40,000 tonnes.\n")
    assert got == []


def test_expressed_support_is_not_masked(extractor):
    got, _ = _stances(extractor, "Copenhagen voiced support for the fishing accord.\n")
    assert [g[:3] for g in got] == [("denmark", None, "support")]


def test_descriptive_title_refers_back_to_the_office_holder(extractor):
    text = ("Danish Foreign Minister Mara Holm arrived in Oslo on Monday. "
            "The 61-year-old diplomat said Copenhagen rejected the map.\n")
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("denmark", "mara-holm", "oppose")]


def test_aide_speaks_for_the_body_of_the_office_holder(extractor):
    text = ("Foreign Minister Reza Karimi said Iran rejected the deadline. Karimi's deputy "
            "and chief negotiator, Ali Nouri, said the offer depended on the vote.\n")
    got, _ = _stances(extractor, text)
    assert got[1][:3] == ("iran", "ali-nouri", "conditional")


def test_definite_plural_refers_back_to_the_actors_that_qualified_it(extractor):
    text = ("Qatari and Egyptian mediators said on Monday that the truce was holding. "
            "The mediators called on the rebels to extend the truce.\n")
    got, _ = _stances(extractor, text)
    second = [g for g in got if g[3].startswith("The mediators")]
    assert sorted(g[0] for g in second) == ["egypt", "qatar"]


def test_a_plural_noun_with_its_members_in_apposition_is_each_member(extractor):
    """"The unions, X and Y, want ...": each union named in apposition holds the want, as
    each of the actors qualifying "Saudi and US mediators" does."""
    text = ("Couriers plan strike\nThe unions, the Riders Workers Union (RWU) and the General "
            "Federation of Couriers (GFC), want the platforms to pay waiting time from the "
            "first minute.\n")
    got, _ = _stances(extractor, text)
    assert len({g[0] for g in got if g[3].startswith("The unions")}) == 2, got


def test_pronoun_prefers_the_person_named_earlier_in_its_sentence(extractor):
    text = ("Foreign Minister Reza Karimi of Iran spoke first. His deputy Ali Nouri of Iran met "
            "the press. State television, which interviewed Karimi later, quoted him as saying "
            "that Iran will never give up enrichment.\n")
    got, _ = _stances(extractor, text)
    assert got[-1][:3] == ("iran", "reza-karimi", "oppose")


def test_speech_verb_inside_a_quotation_is_not_an_attribution(extractor):
    text = ('Union leader Nora Falk of the Dockers Union said members had voted. "They were '
            'offered a bonus. They said no, and they rejected the offer."\n')
    got, _ = _stances(extractor, text)
    quoted = [g for g in got if g[3].startswith("They said no")]
    assert quoted and {g[1] for g in quoted} == {"nora-falk"}


def test_title_resolves_to_the_office_holder_not_a_false_person(extractor):
    text = ("The plan was put to the union by Transport Secretary Lucy Harrow of Britain. "
            "The Transport Secretary said Britain rejected the strike.\n")
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("united-kingdom", "lucy-harrow", "oppose")]


def test_subject_the_parse_hung_on_a_relative_clause(extractor):
    got, _ = _stances(extractor, "The World Bank, which co-financed the old bridge, said it "
                                 "was ready to fund the new crossing.\n")
    assert [g[:2] for g in got] == [("world-bank", None)]


def test_phrasal_speech_and_attitude_verbs(extractor):
    got, _ = _stances(extractor, "The junior coalition partner, Blue Horizon, made clear it "
                                 "would not accept the pension cuts.\n")
    assert [g[:3] for g in got] == [("blue-horizon", None, "oppose")]
    got, _ = _stances(extractor, "The pension reform was turned down by Norway on Monday.\n")
    assert [g[:3] for g in got] == [("norway", None, "oppose")]


def test_relative_clause_does_not_lend_its_party_to_the_subject(extractor):
    text = ("Prime Minister Ola Brekke of Norway arrived late. The prime minister, whose "
            "Centre Party (SP) leads the coalition, said Norway rejected the levy.\n")
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("norway", "ola-brekke", "oppose")]


def test_bodies_and_unnamed_spokespeople_speak_for_their_owner(extractor):
    got, _ = _stances(extractor, "Chile's embassy in Lima said Chile rejected the new "
                                 "border map.\n")
    assert [g[:2] for g in got] == [("chile", None)]
    text = ("The Chilean government met the Fishers Guild on Monday. A spokesman for the guild "
            "said it rejected the quota. A government spokeswoman said Chile backed the quota.\n")
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("fishers-guild", None, "oppose"),
                                    ("chile", None, "support")]


def test_descriptive_title_fits_an_office_holder_of_unknown_body(extractor):
    text = ("The talks are chaired by Icelandic ambassador Sif Jonsdottir. The 54-year-old "
            "diplomat said members must back the draft.\n")
    got, _ = _stances(extractor, text)
    assert got and all(g[1] == "sif-jonsdottir" or g[0] == "sif-jonsdottir" for g in got)


def test_reported_joint_act_is_a_stance_of_each_party(extractor):
    text = ("Bolivia and Paraguay have agreed to a 30-day truce on the river, Brazilian "
            "mediators said on Monday.\n")
    got, _ = _stances(extractor, text)
    assert sorted(g[:3] for g in got) == [("bolivia", None, "support"),
                                          ("paraguay", None, "support")]


def test_reporter_that_is_a_party_keeps_its_voice(extractor):
    text = ("Foreign Minister Ana Ruiz of Bolivia said Bolivia and Paraguay had agreed to a "
            "30-day truce.\n")
    got, _ = _stances(extractor, text)
    assert ("bolivia", "ana-ruiz") in {g[:2] for g in got}
    assert ("paraguay", None) in {g[:2] for g in got}


def test_person_with_a_personal_relative_clause_speaks_for_herself(extractor):
    text = ("Irma Vos, whose son is among the detainees, said the families backed the "
            "exchange. \"We have waited too long,\" she said.\n")
    got, sheet = _stances(extractor, text)
    assert {g[0] for g in got} == {"irma-vos"}
    assert [a["type"] for a in sheet["actors"] if a["id"] == "irma-vos"] == ["person"]


def test_statement_of_a_state_body_and_the_government_named_before(extractor):
    got, _ = _stances(extractor, "A Peruvian foreign ministry statement said Lima backed "
                                 "the truce.\n")
    assert [g[:2] for g in got] == [("peru", None)]
    text = ("Chile's government and Bolivia met in Lima. Bolivia hosted a dinner and Bolivia "
            "paid for it. The government said it backed the river accord.\n")
    got, _ = _stances(extractor, text)
    assert [g[:2] for g in got if g[3].startswith("The government")] == [("chile", None)]


def test_attitude_in_a_relative_clause_belongs_to_its_antecedent(extractor):
    text = ("Foreign Minister Ana Ruiz of Bolivia said the talks should move to Asia and "
            "suggested Malaysia, which has offered to host them.\n")
    got, _ = _stances(extractor, text)
    assert {g[0] for g in got} >= {"bolivia", "malaysia"}
    got, _ = _stances(extractor, "The quota is backed by Ecuador, whose government said it "
                                 "fully shares the concern.\n")
    assert [g[:2] for g in got] == [("ecuador", None)]


def test_report_of_what_another_said_is_nobodys_stance(extractor):
    text = ("Trade Minister Lena Dahl of Norway spoke on Monday. Dahl said the EU trade "
            "commissioner had told her that Brussels was open to discussing the quota.\n")
    got, _ = _stances(extractor, text)
    assert not [g for g in got if g[3].startswith("Dahl said")]


def test_conditions_and_agentless_passives_are_not_statements(extractor):
    text = ("The Norvik Dockers Union met Norvik Shipping Lines. Norvik Shipping Lines said it "
            "would consider a bonus if the union agreed to a three-year deal. It was agreed "
            "that talks would resume. Norvik Shipping Lines posted a record profit.\n")
    got, _ = _stances(extractor, text)
    assert "norvik-dockers-union" not in {g[0] for g in got}
    assert not [g for g in got if g[3].startswith(("It was agreed", "Norvik Shipping Lines "
                                                                    "posted"))]


def test_clauses_that_are_statements_of_their_own(extractor):
    text = ("Foreign Minister Ana Ruiz of Chile said Chile backed the monitoring plan, while a "
            "Peruvian foreign ministry spokeswoman said Lima hoped for a deal.\n")
    got, _ = _stances(extractor, text)
    assert {g[0] for g in got} == {"chile", "peru"}
    text = ("Foreign Minister Ana Ruiz of Chile said Chile was open to a joint river commission, "
            "as proposed by Bolivia.\n")
    got, _ = _stances(extractor, text)
    assert "bolivia" in {g[0] for g in got}


def test_joint_acts_reported_in_a_second_clause_and_by_number(extractor):
    text = ("Chile, Peru and Bolivia met in Lima. The envoy told reporters that the meeting "
            "had been useful and that all three countries had agreed to a data-sharing pact.\n")
    got, _ = _stances(extractor, text)
    assert {g[0] for g in got if "all three" in g[3]} == {"chile", "peru", "bolivia"}


@pytest.mark.parametrize("between", ["", "Argentina and Brazil sent observers. "])
def test_a_numbered_joint_subject_refers_to_the_group_of_that_size(extractor, between):
    text = ("Chile, Peru and Bolivia opened talks over a shared aquifer near Oruro this week.\n\n"
            "The aquifer feeds farms on the high plain. Its level has fallen for a decade. "
            "Wells have run dry in many villages.\n\n" + between +
            "The three delegations agreed to open a common gauging office.\n")
    got, _ = _stances(extractor, text)
    assert {g[0] for g in got if "three delegations" in g[3]} == {"chile", "peru", "bolivia"}


def test_subordinate_clauses_are_no_statements_of_their_own(extractor):
    text = ("The Dock Workers Union struck. Harbour Terminals Ltd met the union. The company is "
            "not willing to give a job guarantee, Mia Lowe said, because it could not predict "
            "trade volumes. The Red Cross said it was ready to fly the detainees out, provided "
            "both parties gave it access.\n")
    got, _ = _stances(extractor, text)
    assert "dock-workers-union" not in {g[0] for g in got}
    assert {g[0] for g in got if "Red Cross" in g[3]} == {"international-committee-of-the-red-cross"}


def test_subject_before_an_inserted_relative_clause(extractor):
    text = ("Egypt met Ethiopia on Monday. Sudan, whose own dams depend on accurate data from "
            "the reservoir upstream, has backed a data-sharing deal as a first step.\n")
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("sudan", None, "support")]


def _statements(extractor, text: str):
    from kg.extract import Article
    from kg.extract.actors import ActorTable
    from kg.extract.attribution import attribute
    from kg.extract.mentions import find_mentions

    sentences = extractor._segment([Article("t", text)])[0]
    table = ActorTable(extractor.gazetteer)
    return attribute(sentences, table, find_mentions(sentences, table))


def test_warning_about_troops_is_the_speakers_own(extractor):
    text = ("Chile's army chief, General Rodrigo Saavedra, spoke on Monday. He warned that "
            "troops would respond decisively to any violation of the truce.\n")
    got = [(st.holder.id, st.voiced_by.id if st.voiced_by else None) for st in
           _statements(extractor, text)]
    assert got == [("chile", "rodrigo-saavedra")]


def test_us_party_tags_unnamed_official_and_members_of_a_body(extractor):
    text = ("House Speaker Dale Whitcombe (R-Ohio) said Republicans rejected the farm aid bill. "
            "Sen. Curtis Hallorin (R-Iowa) said he backed the farm aid bill. A senior "
            "administration official said the White House backed the farm aid bill. The "
            "official added that the White House rejected any food stamp cuts. Hardliners in "
            "the House Freedom Caucus said they opposed the farm aid bill.\n")
    got, sheet = _stances(extractor, text)
    assert [g[:2] for g in got] == [("republican-party", "dale-whitcombe"),
                                    ("curtis-hallorin", None), ("united-states", None),
                                    ("united-states", None), ("house-freedom-caucus", None)]
    persons = {a["id"]: a for a in sheet["actors"] if a["type"] == "person"}
    assert persons["curtis-hallorin"].get("affiliation") == "republican-party"
    assert not [a for a in sheet["actors"] if a["label"].startswith("House Speaker")]


def test_condition_after_provided_that_is_not_a_statement_of_its_subject(extractor):
    text = ("German Chancellor Tomas Berg spoke on Friday. Germany would join the mission, Berg "
            "said, provided that the United States committed to a backstop.\n")
    got = [(st.holder.id, st.voiced_by.id if st.voiced_by else None, st.verb) for st in
           _statements(extractor, text)]
    assert got == [("germany", "tomas-berg", "say")]


def test_subject_hung_on_an_auxiliary_and_it_bound_to_the_reporter(extractor):
    text = ("The Red Cross said it was ready to help.\nUganda, which experts have accused "
            "of arming the rebels - a charge Kampala denies - said in a statement that it "
            "welcomed the prisoner agreement.\n")
    got = [(st.holder.id, st.verb) for st in _statements(extractor, text)]
    assert ("uganda", "welcome") in got or ("uganda", "say") in got
    assert ("international-committee-of-the-red-cross", "welcome") not in got


def test_descriptor_noun_refers_back_to_the_group_it_described(extractor):
    text = ("The Tarvik government and the K9 rebel group agreed on Monday to exchange "
            "prisoners, mediators said. The rebels are also demanding an amnesty.\n")
    got = [(st.holder.id, st.verb) for st in _statements(extractor, text)]
    assert ("k9", "demand") in got


def test_the_two_presidents_are_the_presidents_named_together(extractor):
    text = ("Ruritanian President Ana Vell and Ostland President Omar Dask spoke by phone on "
            "Monday. The two presidents agreed that their teams would start work on a summit, "
            "an aide told reporters.\n")
    got = {st.holder.id for st in _statements(extractor, text) if st.verb.startswith("joint")}
    assert len(got) == 2


def test_speaker_between_closing_quote_and_said_when_the_parse_loses_it(extractor):
    text = ("The Global Freight Council urged governments to act. \"Owners are ordering ships "
            "today. They need to know what the rules will be,\" the council's secretary-general, "
            "Henrik Dahl, said.\n")
    got = [(st.holder.id, st.voiced_by.id if st.voiced_by else None)
           for st in _statements(extractor, text)]
    assert ("global-freight-council", "henrik-dahl") in got


def test_asking_someone_for_something_is_a_request(extractor):
    text = "Harlow Steel has asked Berlin for 1.4 billion euros to build a new plant.\n"
    got = [(st.holder.id, st.verb) for st in _statements(extractor, text)]
    assert got == [("harlow-steel", "ask for")]


def test_named_speaker_in_a_relative_clause_and_a_condition_made_by_a_phrasal_verb(extractor):
    text = ("Greens proposed a levy on imports, which German Chancellor Ida Brandt on Thursday "
            "called \"a tax on jobs.\" Talks stalled after Moscow made its participation "
            "conditional on the lifting of sanctions.\n")
    got = [(st.voiced_by.id if st.voiced_by else st.holder.id, st.verb)
           for st in _statements(extractor, text)]
    assert ("ida-brandt", "call") in got
    assert ("russia", "make conditional") in got


def test_joint_act_told_in_the_first_person_binds_the_other_party(extractor):
    text = ("Russia and Ukraine held talks in Abu Dhabi on Tuesday. \"We agreed to exchange a "
            "thousand for a thousand,\" the head of the Russian delegation, presidential aide "
            "Ivan Sorin, told state television.\n")
    got = {(st.holder.id, st.voiced_by.id if st.voiced_by else None) for st in
           _statements(extractor, text)}
    assert {("russia", "ivan-sorin"), ("ukraine", None)} <= got


def test_a_name_set_off_by_a_comma_before_for_its_part_is_the_subject(extractor):
    text = ("Energy talks in Tallinn\n\nTALLINN, March 3 (Wire) - Estonia and Germany held a second "
            "round of energy talks on Monday.\n\nBerlin, for its part, is pushing to close a civil "
            "energy accord, called a framework pact after the clause of German statute that "
            "calls for one, within the next twelve months.\n")
    got = [(st.holder.id, st.verb) for st in _statements(extractor, text)]
    assert got == [("germany", "push")]


def test_narrated_guarded_or_noncommittal_attitude_is_neutral(extractor):
    """Coding guide, session 10: a narration naming the holder's own attitude as guarded or
    non-committal is `neutral` (the parse may tag "guarded" as a participle)."""
    got, _ = _stances(extractor, "Norway proposed a truce on Monday. Sweden was more guarded.\n")
    assert ("sweden", None, "neutral") in [g[:3] for g in got]
    got, _ = _stances(extractor, "Latvia has been noncommittal about the tariff plan.\n")
    assert [g[:3] for g in got] == [("latvia", None, "neutral")]


def test_narrated_dismissive_attitude_opposes(extractor):
    got, _ = _stances(extractor, "The Kremlin has been dismissive of the truce plan.\n")
    assert [g[:3] for g in got] == [("russia", None, "oppose")]


def test_guarded_place_is_no_attitude(extractor):
    got, _ = _stances(extractor, "The Latvian border post was heavily guarded on Monday.\n")
    assert got == []


@pytest.mark.parametrize("text", [
    "Latvian officials said no decision would be reached ahead of a further round.\n",
    "The Latvian minister said she still had not made a decision about tariffs.\n",
    "Latvia insists nothing is decided on the tariff plan, its foreign minister said.\n",
])
def test_narrated_undecided_is_neutral(extractor, text):
    """Variants of the guide's undecided cues ("had not decided", "no decision had been
    made"): `neutral`."""
    got, _ = _stances(extractor, text)
    assert got and {g[2] for g in got} == {"neutral"}


def test_a_pronoun_in_a_live_blog_entry_does_not_reach_an_earlier_entry():
    from kg.extract.actors import ActorTable
    from kg.extract.attribution import attribute
    from kg.extract.clean import clean
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.mentions import find_mentions
    from kg.extract.nlp import load_model
    from kg.extract.segment import segment

    text = ("Live: grid talks in Tallinn\n"
            "14:05 GMT - Foreign Minister Jonas Berg of Sweden told reporters Stockholm "
            "would back the shared reserve.\n"
            "14:50 GMT - Latvia's energy minister, Ilze Ozola, said Riga welcomed the "
            "compromise.\n"
            "15:10 GMT - \"This is a good day,\" he said.\n")
    sentences = segment(clean(text), load_model())
    table = ActorTable(load_gazetteer())
    found = attribute(sentences, table, find_mentions(sentences, table))
    got = {(st.sentence.index, st.holder.id) for st in found}
    assert (1, "sweden") in got and (2, "latvia") in got
    assert not [g for g in got if g[0] == 3]


def test_both_sides_reported_by_mediators_are_the_parties_not_the_mediators(extractor):
    text = ("Bolivia has argued with Chile over the Silala springs for decades. Bolivia says the "
            "water belongs to it alone. Chile wants the springs treated as an international river. "
            "Brazilian and Argentine mediators said on Friday that both sides had agreed to a joint "
            "survey of the springs.\n")
    got, _ = _stances(extractor, text)
    last = [g[0] for g in got if g[3].startswith("Brazilian")]
    assert sorted(last) == ["bolivia", "chile"]


def test_according_to_both_governments_names_the_two_most_named_states(extractor):
    text = ("Peru lifted its ban on imports of Ecuadorian bananas on Monday. Ecuador reopened two "
            "border crossings in return. Trucks queued for hours at the crossings. Traders in Tumbes "
            "said business had been slow all year. Peru will also drop a fee on foreign trucks next "
            "month. Ecuador plans a similar step for buses. The steps are part of an arrangement "
            "agreed last week, according to both governments.\n")
    got, _ = _stances(extractor, text)
    assert sorted(g[0] for g in got if g[3].startswith("The steps")) == ["ecuador", "peru"]


def test_a_person_subject_after_a_split_off_title_fragment_is_noted():
    """The parse may make a title its own sentence ("Chancellor" | "Otto Brandt has been
    firm."); the segmenter joins them, and the person is still the one a "he" refers to."""
    from spacy.tokens import Doc

    from kg.extract.actors import ActorTable
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.mentions import Mentions
    from kg.extract.nlp import load_model
    from kg.extract.referents import Resolver
    from kg.extract.segment import Sentence

    doc = Doc(load_model().vocab, words=["Chancellor", "Otto", "Brandt", "has", "been", "firm", "."],
              heads=[0, 2, 4, 4, 4, 4, 4], deps=["ROOT", "compound", "nsubj", "aux", "ROOT",
                                                 "acomp", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "AUX", "AUX", "ADJ", "PUNCT"])
    table = ActorTable(load_gazetteer())
    brandt = table.person("Otto Brandt", 11, 22)
    mentions = Mentions()
    mentions.by_token.update({(0, 1): brandt.id, (0, 2): brandt.id})
    resolver = Resolver(table, mentions)
    resolver._note_root_subject(Sentence(0, 0, len(doc.text), doc.text, 0, False, doc[:], 0))
    assert resolver.ctx.last_person is brandt


def test_an_expectation_of_the_speakers_body_is_no_report_of_another(extractor):
    """"said the region expected X to ..." reports no one else's words (rule 3.9's "had told
    her that ..."): an unnamed body's expectation is the speaker's own demand."""
    got, _ = _stances(extractor, "The European Union's fisheries commissioner, Piet Maas, said "
                                 "on Monday that the region expected Norway to lift the landing "
                                 "ban this year.\n")
    assert [g[:3] for g in got] == [("european-union", "piet-maas", "support")]


@pytest.mark.parametrize("text, word", [
    # "They" after a pair agreeing is the pair, not the source
    ("Bolivia said the river talks in Lima had been hard. Paraguay said so too. "
     "Bolivia and Paraguay met again on Monday. They agreed to open a border crossing "
     "at night, according to a Brazilian official who attended the talks.\n", "crossing"),
    # a joint subject reported by an "according to" source
    ("Bolivia and Paraguay held talks on their river border in Lima on Monday. "
     "According to the Brazilian foreign ministry, the two sides agreed to a 30-day "
     "truce on the river.\n", "truce"),
])
def test_a_joint_act_reported_by_a_source_is_held_by_the_pair(extractor, text, word):
    got, _ = _stances(extractor, text)
    assert {g[0] for g in got if word in g[3]} == {"bolivia", "paraguay"}


def test_joint_act_of_a_party_named_inside_its_phrase(extractor):
    text = ("Bolivia's army and the armed group known as the Chaco Liberation Front have "
            "agreed to exchange forty prisoners, the mediator Brazil said on Monday.\n")
    got, _ = _stances(extractor, text)
    assert sorted(g[0] for g in got) == ["bolivia", "chaco-liberation-front"]


@pytest.mark.parametrize(("text", "holder", "value"), [
    ("The Molvanian Dockers Union has been on strike since May. Jane Doe, the mayor of "
     "Fredonia, said the city had asked the unions to clear the quays for ferries, a "
     "request the union turned down on Monday.\n", "molvanian-dockers-union", "oppose"),
    ("The Molvanian Nurses Federation has been on strike since May. The pay inquiry was "
     "closed by a new law in June, a move the federation is still contesting.\n",
     "molvanian-nurses-federation", "oppose"),
    ("The Molvanian Dockers Union has been on strike since May. The port authority said "
     "it wanted a mediator, an idea the union brushed aside on Monday.\n",
     "molvanian-dockers-union", "oppose"),
    ("The Danish government met the Molvanian Dockers Union on Monday. The union "
     "wants a shorter week, an idea the government has put on the table.\n",
     "denmark", "support"),
])
def test_appositive_naming_an_actors_act_is_that_actors_stance(extractor, text, holder, value):
    got, _ = _stances(extractor, text)
    assert (holder, value) in {(g[0], g[2]) for g in got}


@pytest.mark.parametrize("text", [
    "Kremlin aide Ivan Sokol said on Wednesday that Russian President Pavel Orlov had informed "
    "the U.S. envoy that Russia would agree to a ceasefire only after a full deal.\n",
    "Russian President Pavel Orlov met the envoy on Monday. \"The president was quite clear that "
    "the border posts must stay open,\" Kremlin aide Ivan Sokol told journalists.\n",
])
def test_aide_relaying_what_the_president_told_another_voices_the_president(extractor, text):
    got, _ = _stances(extractor, text)
    assert got and all(g[:2] == ("russia", "pavel-orlov") for g in got)


def test_instruction_relayed_by_its_addressee_is_voiced_by_who_gave_it():
    from kg.extract import Extractor

    # The sentence has no stance cue: whether the draft keeps it is the learned uncued gate's
    # call (tests/test_extract_learn_uncued_gate.py), so every uncued candidate is kept here
    # and only who holds and who voices it is tested.
    got, _ = _stances(Extractor(keep_features=True), "Ombudsman Ivan Sokol of Ukraine said President Pavel Orlov had "
                                 "instructed him to make the right to leave the first point of "
                                 "any agreement.\n")
    assert got and got[0][:2] == ("ukraine", "pavel-orlov")


def test_passive_relay_verb_leaves_the_reporter_speaking(extractor):
    got, _ = _stances(extractor, "Kremlin spokesman Ivan Sokol said President Pavel Orlov had "
                                 "been informed of the plan and that Russia would study it.\n")
    assert got and got[0][:2] == ("russia", "ivan-sokol")


@pytest.mark.parametrize("text, state", [
    ("Moscow wants the sanctions lifted. Russia repeated the demand on Monday.\n"
     "Washington was cautious. A Treasury spokeswoman said the sanctions would stay in place "
     "until a peace deal was signed.\n", "united-states"),
    ("Moscow wants the sanctions lifted. Russia repeated the demand on Monday.\n"
     "The U.S. government was more reserved. A Treasury spokeswoman, who asked not to be "
     "named, said the department had no plans to ease sanctions on Russia's oil exports.\n",
     "united-states"),
    ("Nepal asked its lenders for a write-off. The IMF has set out its view and wants an "
     "agreement soon.\nCambodia, which lent for several of the roads, was more guarded about "
     "the write-off. Its finance ministry said in a statement that it was reviewing the "
     "numbers and would respond after the IMF released its report.\n", "cambodia"),
])
def test_unnamed_state_body_belongs_to_the_state_its_paragraph_opens_with(extractor, text,
                                                                          state):
    got, _ = _stances(extractor, text)
    body = [g[0] for g in got if "Treasury" in g[3] or "finance ministry" in g[3]]
    assert body and set(body) == {state}


def test_it_refers_to_the_collective_the_sentence_before_was_about(extractor):
    text = ("Ruritania said it wanted the harbour reopened by June. The Dock Workers' "
            "Federation has had observers on the quays since the spring. It said it would "
            "accept the new rota only if night shifts were paid double.\n")
    got, _ = _stances(extractor, text)
    rota = {holder for holder, _, _, evidence in got if "rota" in evidence}
    assert rota == {"dock-workers-federation"}


def test_colon_after_plain_speaking_gives_the_subject_words(extractor):
    got, _ = _stances(extractor, "Trade Minister Omar Fayed spoke to reporters in Cairo. On the "
                                 "grain quota, he was blunter: Egypt would reject any cap on "
                                 "imports.\n")
    assert [g[:3] for g in got] == [("egypt", "omar-fayed", "oppose")]
    got, _ = _stances(extractor, "Finance Minister Lena Brandt met the farmers in Riga on "
                                 "Monday. Asked about the tariff, she was categorical: Latvia "
                                 "would not lower it this year.\n")
    assert [g[:3] for g in got] == [("latvia", "lena-brandt", "oppose")]


def test_colon_after_a_verdict_gives_the_subject_words(extractor):
    text = ("Japan and Norway met in Oslo on the fishing treaty. Norway gave the revised text a "
            "cool verdict: it welcomed the reporting rules but rejected the new levy.\n")
    got, _ = _stances(extractor, text)
    assert got and {g[0] for g in got} == {"norway"}


@pytest.mark.parametrize("text", [
    "Denmark presented a draft treaty on Monday. The draft sets the herring quota at 40,000 "
    "tonnes.\n",
    "Denmark's plan would move the herring quota to 40,000 tonnes.\n",
    "Denmark put forward a new offer at noon. It would lift the herring quota to 40,000 "
    "tonnes.\n",
])
def test_a_clause_of_a_draft_told_alone_is_its_drafters_support(extractor, text):
    got, _ = _stances(extractor, text)
    assert ("denmark", "support") in [(g[0], g[2]) for g in got]
    assert any("40,000" in g[3] for g in got if g[0] == "denmark")


def test_a_draft_clause_needs_a_drafter_named_just_before(extractor):
    text = ("Denmark presented a draft treaty on Monday. Trawlers left the harbour at dawn. "
            "Prices of cod fell. The draft sets the herring quota at 40,000 tonnes.\n")
    got, _ = _stances(extractor, text)
    assert not any("40,000" in g[3] for g in got)


@pytest.mark.parametrize("text", [
    "Norway was more cautious over fishing zones.\n",
    "On the herring quota, Norway was less forthcoming.\n",
    "Norway was more guarded regarding herring quotas.\n",
])
def test_an_attitude_held_back_on_a_named_matter_is_neutral(extractor, text):
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("norway", None, "neutral")]


@pytest.mark.parametrize("text", [
    "Norway was more cautious.\n",
    "Norway is careful to stay neutral over herring quotas.\n",
])
def test_caution_without_a_matter_or_keeping_out_is_no_stance(extractor, text):
    got, _ = _stances(extractor, text)
    assert got == []


@pytest.mark.parametrize("text", [
    'Economist Rosa Lind of Tartu University called the quota "an answer without a question".\n',
    'Rosa Lind, an economist at Tartu University, called the toll "a burden on small hauliers".\n',
])
def test_a_verdict_named_with_call_is_a_stance(extractor, text):
    got, _ = _stances(extractor, text)
    assert [g[:3] for g in got] == [("rosa-lind", None, "oppose")]


@pytest.mark.parametrize("text", [
    "The dockers' union called a strike for Monday.\n",
    "Envoys gather in Lima next week, in what the two camps called a last chance.\n",
])
def test_call_without_a_verdict_on_a_target_is_no_named_verdict(text):
    from kg.extract.nlp import load_model
    from kg.extract.verdicts import named_verdict

    assert not any(named_verdict(t) for t in load_model()(text))


_TALKS = ("Bolivia and Paraguay opened talks on their river border in Asunción on Monday. "
          "The river has shifted its course twice in a decade. Paraguay lost farmland to "
          "the floods last spring. Bolivia has dredged the channel twice since then. "
          "Paraguay closed its upper port in May. ")


@pytest.mark.parametrize("subject", ["The ministers", "Both delegations", "The envoys"])
def test_a_told_joint_act_of_a_group_noun_is_held_by_the_parties(extractor, subject):
    text = _TALKS + f"{subject} agreed to hold a fresh round in Lima.\n"
    got, _ = _stances(extractor, text)
    assert {g[0] for g in got if "Lima" in g[3]} == {"bolivia", "paraguay"}


def test_a_modified_group_noun_that_agrees_is_no_joint_subject(extractor):
    text = _TALKS + "The Bolivian ministers agreed to hold a fresh round in Lima.\n"
    got, _ = _stances(extractor, text)
    assert {g[0] for g in got if "Lima" in g[3]} <= {"bolivia"}


def test_an_awaited_joint_act_of_the_sides_is_no_stance(extractor):
    text = _TALKS + "The loan will be paid out when the sides have agreed on a plan.\n"
    got, _ = _stances(extractor, text)
    assert not [g for g in got if "loan" in g[3]]
