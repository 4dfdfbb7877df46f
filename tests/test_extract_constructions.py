"""Constructions of news reporting that carry an attributed statement, one invented
example each: who holds the statement and who voices it (attribution only, before stance
values)."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


@pytest.fixture(scope="module")
def extractor():
    from kg.extract import Extractor

    return Extractor(use_learned=False)


def _attribute(extractor, text: str):
    from kg.extract import Article
    from kg.extract.actors import ActorTable
    from kg.extract.attribution import attribute
    from kg.extract.clean import dateline
    from kg.extract.mentions import find_mentions

    sentences = extractor._segment([Article("t", text)])[0]
    table = ActorTable(extractor.gazetteer, dateline=dateline(text))
    statements = attribute(sentences, table, find_mentions(sentences, table))
    return statements, table


def _triples(statements) -> list[tuple[int, str, str | None]]:
    """(sentence index, holder, voice) of each statement."""
    return [(st.sentence.index, st.holder.id, st.voiced_by.id if st.voiced_by else None)
            for st in statements]


def _who(extractor, text: str) -> list[tuple[int, str, str | None]]:
    """(sentence index, holder, voice) of every statement."""
    return _triples(_attribute(extractor, text)[0])


def test_body_noun_as_title_modifier(extractor):
    text = ('The Lakeside Dock Workers Union said the strike would start on Friday.\n\n'
            '"This offer is an insult," union president Tomasz Wielgosz told reporters.\n')
    assert (1, "lakeside-dock-workers-union", "tomasz-wielgosz") in _who(extractor, text)


def test_office_of_a_government_title(extractor):
    text = ("Norway's cabinet discussed the fishing quota on Tuesday.\n\n"
            "The prime minister's office said a decision would follow next month.\n")
    assert _who(extractor, text) == [(1, "norway", None)]


def test_quotation_introduced_by_a_colon(extractor):
    text = ('Foreign Minister Anneli Marttila of Finland has added a condition. Speaking to '
            'students on Monday, she put it plainly: "We will not sign a treaty that nobody '
            'can verify. Verification comes first."\n')
    got = _who(extractor, text)
    assert (1, "finland", "anneli-marttila") in got
    assert (2, "finland", "anneli-marttila") in got


def test_organisation_named_later_is_a_mention_earlier(extractor):
    text = ("Talks broke up on Thursday, with the Flemish greens of Groenkracht refusing "
            "the cuts.\n\nGroenkracht wants a wealth tax instead, its leader said.\n")
    assert (0, "groenkracht", None) in _who(extractor, text)


def test_acronym_in_brackets_names_the_organisation_again(extractor):
    text = ("The government and the Popular Liberation Front (PLF) agreed on Wednesday to "
            "open corridors.\n\nThe PLF said it would not release its prisoners.\n")
    _, table = _attribute(extractor, text)
    assert "PLF" in table.actors["popular-liberation-front"].aliases
    assert (1, "popular-liberation-front", None) in _who(extractor, text)


def test_hyphenated_title_in_apposition(extractor):
    text = ('Talks resumed at Westland Pacific Railway on Monday.\n\n'
            '"Our proposal is generous," Dana Whitfield, the railway\'s vice-president of '
            'operations, wrote in a memo.\n')
    assert (1, "westland-pacific-railway", "dana-whitfield") in _who(extractor, text)


def test_unknown_acronym_acting_is_an_organisation(extractor):
    text = "The deal was blocked by the DLP and the centrist KP.\n"
    _, table = _attribute(extractor, text)
    assert table.actors["kp"].type == "organization"


def test_two_titled_persons_as_one_subject(extractor):
    text = ("After a dinner in Lisbon, Spanish Prime Minister Carmen Ortega and Portuguese "
            "President Rui Matos said that the river treaty should be renewed.\n")
    got = _who(extractor, text)
    assert (0, "spain", "carmen-ortega") in got and (0, "portugal", "rui-matos") in got


def test_head_of_the_government_delegation(extractor):
    text = ('Peru and the rebels met in Lima on Monday.\n\n"We will not sign anything under '
            'fire," the head of the government delegation, Rosa Quispe, told reporters.\n')
    assert (1, "peru", "rosa-quispe") in _who(extractor, text)


def test_church_title_is_not_part_of_the_name(extractor):
    text = '"The violence must stop," said Bishop Anselmo Ferreira, the council\'s president.\n'
    _, table = _attribute(extractor, text)
    assert "anselmo-ferreira" in table.actors


def test_own_attitude_beside_a_claim_about_another(extractor):
    text = ("Mykola Ostapenko, Ukraine's veterans minister, said that Russia was detaining "
            "hundreds of sailors and that Kyiv wanted all of them home by spring.\n")
    assert _who(extractor, text) == [(0, "ukraine", "mykola-ostapenko")]


def test_hyphenated_given_name_missed_by_the_model(extractor):
    text = ("Austria is still weighing the tunnel toll, a government spokeswoman, "
            "Lea-Marie Falkner, told a radio station on Friday.\n")
    assert _who(extractor, text) == [(0, "austria", "lea-marie-falkner")]


def test_group_led_by_named_states(extractor):
    text = "A coalition of states led by Chile and Ghana pledged on Monday to phase out coal.\n"
    assert [g[1] for g in _who(extractor, text)] == ["chile", "ghana"]


def test_request_with_a_clause_but_not_a_plain_question(extractor):
    text = ("The Harbour Employers Association asked Labour Minister Jo Tane to refer the "
            "dispute to arbitration.\n\nA reporter asked a question.\n")
    assert _who(extractor, text) == [(0, "harbour-employers-association", None)]


def test_a_ministry_speaks_for_the_state_of_the_place_opening_the_sentence(extractor):
    text = ("The talks in Geneva ended on Friday.\n\nIn Beijing, Commerce Ministry spokeswoman "
            "Shen Lumei said on Thursday that purchases of U.S. corn would depend on the "
            "atmosphere.\n")
    assert (1, "china", "shen-lumei") in _who(extractor, text)


def test_a_partys_negotiator_is_no_government_official(extractor):
    from kg.extract.officetitles import government_office

    assert government_office("Foreign Ministry spokesman")
    assert not government_office("party's lead negotiator")
    assert not government_office("its chief negotiator")


def test_second_absolute_clause_joined_to_a_noun_of_the_first(extractor):
    text = ("Chile and Peru ended a round of talks on Friday, with Lima pressing for a larger "
            "share of the revenue and Chile signaling that it would consider a limited "
            "arrangement.\n")
    got = [g[1] for g in _who(extractor, text)]
    assert "chile" in got and "peru" in got


def test_demand_on_another_actor_is_the_speakers_own(extractor):
    text = ("Foreign Minister Anna Holm of Denmark said Russia must withdraw its troops.\n\n"
            "Foreign Minister Anna Holm of Denmark said Russia would never accept the plan.\n")
    assert _who(extractor, text) == [(0, "denmark", "anna-holm")]


def test_question_put_to_the_speaker_between_commas(extractor):
    text = ("Trade Minister Lars Vik of Norway, asked whether Oslo would accept the quota, "
            "said only that it was too early to say.\n")
    got = _who(extractor, text)
    assert got == [(0, "norway", "lars-vik")]
    statements, _ = _attribute(extractor, text)
    assert statements[0].verb == "say"


def test_question_put_to_the_speaker_as_a_participle(extractor):
    text = ("Prime Minister Erik Dahlberg of Sweden met the union leaders in Malmo.\n\n"
            "A senior official in Dahlberg's office, asked about the proposal, said Sweden "
            "would not sign it.\n\n"
            "Asked whether Sweden would raise the tariff, Dahlberg did not hesitate.\n")
    assert _who(extractor, text) == [(1, "sweden", None)]


def test_office_named_by_its_seat(extractor):
    text = "The presidential office in Seoul said on Friday that the reactor would restart.\n"
    assert _who(extractor, text) == [(0, "south-korea", None)]


def test_question_and_answer_interview(extractor):
    text = ("The Baltic Trade Council has asked Lorvania to cut its grain duties.\n\n"
            "The Harbour Gazette spoke to Ilse Varnholm, an economist at Tallin University. "
            "The interview has been edited for length.\n\n"
            "Q: Will the duties come down?\n\n"
            "A: They should. Lorvania rejected the last offer, and I think that was a mistake.\n\n"
            "Q: The government in Lorvania says the duties protect its farmers. What comes "
            "next?\n\n"
            "A: A smaller cut, phased over three years.\n")
    got = _who(extractor, text)
    answers = {i for i, holder, _ in got if holder == "ilse-varnholm"}
    assert answers == {4, 5, 8}
    assert not any(i in {3, 7} for i, _, _ in got)  # questions
    assert (6, "lorvania", None) in got  # what a question reports of others
    assert not any(holder == "lorvania" and i == 5 for i, holder, _ in got)


def test_union_officer_at_sentence_start_speaks_for_the_union(extractor):
    text = ("Copper miners in northern Chile voted to strike, the Alta Vista Workers' Union "
            "said on Wednesday.\n\n"
            "Union president Héctor Ruiz said the offer fell far short.\n")
    assert (1, "alta-vista-workers-union", "hector-ruiz") in _who(extractor, text)


def test_company_officer_is_no_state_official(extractor):
    text = ("Norway's labour ministry called for calm after the Fjord Dock Workers Union "
            "rejected the offer.\n\n"
            "Company spokeswoman Ana Berg said the offer was final.\n\n"
            "The company defended its offer.\n")
    got = _who(extractor, text)
    assert (1, "norway", "ana-berg") not in got
    assert not any(i == 2 and holder == "fjord-dock-workers-union" for i, holder, _ in got)


def test_branch_number_is_part_of_an_organisation_name(extractor):
    text = ("Members of the Harbour Pilots Union No. 4 voted against the offer, "
            "the union said in a statement.\n")
    _, table = _attribute(extractor, text)
    assert "harbour-pilots-union-no-4" in table.actors


def test_possessive_body_of_a_role_beats_a_state_named_in_it(extractor):
    text = ("Germany pledged 500 million euros to the fund, and the Pacific Development Bank "
            "said it would lend more.\n\n"
            '"A closure date that can be moved by decree is not a closure date," said Kenji '
            "Mori, the bank's country director for Laos.\n")
    assert (1, "pacific-development-bank", "kenji-mori") in _who(extractor, text)


def test_the_military_speaks_for_its_state(extractor):
    text = ("Burma's military and the Karen National Union agreed on Tuesday to extend a "
            "truce, China said.\n\n"
            "Military spokesman Brigadier General Kyaw Lin told state television that air "
            "operations would continue.\n\n"
            "The military said aid convoys would be allowed through its checkpoints.\n")
    got = _who(extractor, text)
    assert (1, "myanmar", "kyaw-lin") in got
    assert (2, "myanmar", None) in got


def test_church_and_its_leadership(extractor):
    text = ("The Serbian Orthodox Church has challenged the law in court.\n\n"
            "In a statement on Friday, the church's leadership said it did not wish to become "
            "a subject of negotiations.\n\n"
            "A spokesman for the church, Father Petar Ilic, said the church would appeal.\n")
    got = _who(extractor, text)
    assert (1, "serbian-orthodox-church", None) in got
    assert (2, "serbian-orthodox-church", "petar-ilic") in got


def test_aide_relays_what_the_leader_made_clear(extractor):
    text = ("Russia wants elections in Ukraine before any settlement.\n\n"
            "Ivan Sokolov, the Kremlin's foreign policy aide, said on Wednesday that Russian "
            "President Oleg Markov had made it clear to the U.S. envoy that a settlement could "
            "only be signed after elections.\n")
    assert (1, "russia", "oleg-markov") in _who(extractor, text)


def test_second_name_joined_to_the_place_of_the_first():
    """The parse may join "Germany's Karl Weber" to "France" rather than to "Anne Dupont"
    (seen on real text; built here by hand, since the model parses invented names well)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.syntax import conjuncts

    vocab = spacy.blank("en").vocab

    words = ["Anne", "Dupont", "of", "France", "and", "Germany", "'s", "Karl", "Weber", "said"]
    heads = [1, 9, 1, 2, 3, 8, 5, 8, 3, 9]
    deps = ["compound", "nsubj", "prep", "pobj", "cc", "poss", "case", "compound", "conj", "ROOT"]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PART", "PROPN", "PROPN", "VERB"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.text for t in conjuncts(doc[1])] == ["Dupont", "Weber"]
    doc = Doc(vocab, words=["Anne", "Dupont", "of", "France", "and", "Germany", "said"],
              heads=[1, 6, 1, 2, 3, 3, 6], deps=["compound", "nsubj", "prep", "pobj", "cc",
                                                 "conj", "ROOT"],
              pos=["PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB"])
    assert [t.text for t in conjuncts(doc[1])] == ["Dupont"]  # "X of France and Germany"


def test_counterpart_of_a_portfolio_is_not_the_ministers_body(extractor):
    text = ("Norway pressed the European Union on Wednesday to lift its quotas on salmon.\n\n"
            "Kari Lunde, the minister responsible for relations with the EU, made the case in "
            "Brussels.\n\n"
            "Lunde said Norway was prepared to accept inspections.\n")
    got = _who(extractor, text)
    assert (2, "norway", "kari-lunde") in got
    assert not any(holder == "european-union" and voice == "kari-lunde" for _, holder, voice in got)


def test_the_official_refers_back_over_a_chain_of_mentions(extractor):
    text = ("Deputy Foreign Minister Ivan Petrov said Russia would keep observing the limits.\n\n"
            "A senior State Department official ruled out any limits on missile defence. "
            '"It is a shield, not a chip," the official said.\n\n'
            "Inspections were another sore point. Washington wants them restored, the official "
            "said.\n")
    got = _who(extractor, text)
    assert (4, "united-states", None) in got
    assert not any(i == 4 and voice == "ivan-petrov" for i, _, voice in got)


def test_the_partys_negotiator_when_the_party_is_recognised_later(extractor):
    text = ("Talks on the budget broke up late on Thursday, with the Flemish greens of "
            "Groenkracht refusing a wage freeze demanded by the liberals.\n\n"
            'Groenkracht sees it the other way round. "We will not let working people pay for '
            "this budget,\" the party's lead negotiator, Jan Smet, told public broadcaster VRT "
            "on Friday.\n\n"
            "Groenkracht wants a higher tax on capital gains, Smet said.\n")
    got = _who(extractor, text)
    assert (2, "groenkracht", "jan-smet") in got
    assert (3, "groenkracht", "jan-smet") in got


def test_long_title_the_parse_cut_from_the_name(extractor):
    text = ("Laos will not bring forward the closure of the Nam Dong coal-fired power plant "
            "unless its partners raise the share of grants to at least 40 percent, Deputy "
            "Minister of Industry and Trade Vu Minh Quang said on Monday after a meeting with "
            "donor governments.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["vu-minh-quang"].role == "Deputy Minister of Industry and Trade"
    assert (0, "laos", "vu-minh-quang") in _triples(statements)


def test_two_unions_named_after_their_descriptions(extractor):
    text = ("Pressure on the cabinet is growing. The socialist union ABVV-Horval and the "
            "Christian union ACV-Puls said in a joint statement on Friday that they would call "
            "a national strike in December if the coalition went ahead.\n")
    statements, table = _attribute(extractor, text)
    assert {"abvv-horval", "acv-puls"} <= {st.holder.id for st in statements}
    assert table.actors["acv-puls"].label == "ACV-Puls"


def test_union_joined_to_the_name_in_apposition_to_the_first():
    """The parse may join "the Christian union Y" to the name X in apposition to the first
    "union" (seen on real text; built here by hand)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.syntax import conjuncts

    words = ["The", "union", "ABVV", "and", "the", "union", "ACV", "said"]
    heads = [1, 7, 1, 2, 5, 2, 5, 7]
    deps = ["det", "nsubj", "appos", "cc", "det", "conj", "appos", "ROOT"]
    pos = ["DET", "NOUN", "PROPN", "CCONJ", "DET", "NOUN", "PROPN", "VERB"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert [t.i for t in conjuncts(doc[1])] == [1, 5]


def test_party_named_only_by_its_members(extractor):
    text = ("Valdoria's coalition talks broke down on Thursday.\n\n"
            "The Social Democrats, who hold the labour ministry, have ruled out any rise in the "
            "retirement age. Their chief negotiator, Labour Minister Anna Berger, said on "
            "Friday that her party would not balance the budget on pensioners.\n")
    got = _who(extractor, text)
    assert (1, "social-democrats", None) in got
    assert (2, "social-democrats", "anna-berger") in got


def test_organisation_right_before_a_title(extractor):
    """ "NEOS chief negotiator X": the model may take the all-capital name for a verb (seen
    on real text), so the role misses it; the known organisation right before the role is
    the office's body."""
    import spacy

    from kg.extract.actors import ActorTable
    from kg.extract.roles import _named_before

    table = ActorTable(extractor.gazetteer)
    neos = table.new_collective("NEOS", "organization", 0, 4)
    doc = spacy.blank("en")('" NEOS chief negotiator Lena Vogt told reporters .')
    assert _named_before(table, doc, 2, 0) is neos  # the role starts at "chief"
    assert _named_before(table, doc, 3, 0) is None  # "chief" names no organisation
    assert _named_before(table, doc, 2, 2) is None  # nothing before the sentence start


def test_pronoun_after_an_unnamed_spokeswoman(extractor):
    text = ("Vietnam's deputy minister Tran Van Hai said the plant would close only with more "
            "grants.\n\n"
            "A spokeswoman for Germany's development ministry said Berlin could not go beyond "
            'its pledge. "Our contribution is significant, and it is fixed," she said.\n')
    got = _who(extractor, text)
    assert (2, "germany", None) in got
    assert not any(i == 2 and holder == "vietnam" for i, holder, _ in got)


@pytest.mark.parametrize("text", [
    "Estonia closed two border crossings with Russia on Monday. The interior ministry said the "
    "crossings would stay shut for as long as the drones kept coming.\n",
    "Talks on Estonia's budget stalled again. The finance ministry, which leads the talks for "
    "the government, said in a written reply that it had no plans to raise the fuel tax.\n",
])
def test_ministry_named_by_its_portfolio_speaks_for_the_state(extractor, text):
    assert (1, "estonia", None) in _who(extractor, text)


def test_regional_government_is_not_a_portfolio_body(extractor):
    from kg.extract.statebodies import portfolio_body

    doc = extractor.nlp("The provincial government said it would appeal, and the foreign "
                        "ministry said it would not.")
    bodies = {t.text: portfolio_body(t) for t in doc if t.lower_ in {"government", "ministry"}}
    assert bodies == {"government": False, "ministry": True}


def test_official_of_the_presidential_office_speaks_for_the_state(extractor):
    text = ("In Kyiv, the mood was different. Oleh Marchuk, a deputy head of the presidential "
            "office who sits on the legal working group, said Ukraine would not accept a "
            "blanket amnesty.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["oleh-marchuk"].speaks_for == "ukraine"
    assert (1, "ukraine", "oleh-marchuk") in _triples(statements)


def test_envoy_for_a_country_speaks_for_the_state_that_sends_him(extractor):
    text = ("The U.S. special envoy for Moldova, Richard Balmer, met the president in "
            "Chisinau on Friday. Balmer, a former ambassador who has made four trips to "
            "Chisinau this year, told reporters that Washington was ready to go further.\n")
    assert (1, "united-states", "richard-balmer") in _who(extractor, text)


def test_party_named_without_its_head_word_and_nationality(extractor):
    text = ("Talks on Latvia's budget stalled on Tuesday when the Christian Centre Party said "
            "it would not vote for the fuel tax. The Latvian Farmers Party has governed alone "
            "since the election.\n\n"
            '"We cannot support this," Anna Kalnina, the Christian Centre\'s finance '
            "spokeswoman, told reporters.\n\n"
            "Farmers' parliamentary leader, Janis Ozols, said the party still wanted a deal. "
            "The Christian Centre, for its part, said talks would resume on Thursday.\n")
    got = _who(extractor, text)
    assert (2, "christian-centre-party", "anna-kalnina") in got
    assert (3, "latvian-farmers-party", "janis-ozols") in got
    assert (4, "christian-centre-party", None) in got


def test_organisation_named_by_its_last_word(extractor):
    text = ("The Baltic Reconstruction Fund approved the loan on Monday. The Fund said the "
            "money would flow in March.\n")
    assert (1, "baltic-reconstruction-fund", None) in _who(extractor, text)


def test_bare_executive_title_belongs_to_the_company_just_named(extractor):
    text = ("Nordboard Oy, which makes packaging board, said the union's response amounted to "
            "a rejection. In a statement, chief executive Pekka Lindqvist said the company "
            "backed the proposal in its entirety.\n")
    assert (1, "nordboard-oy", "pekka-lindqvist") in _who(extractor, text)


def test_shop_steward_is_an_office_of_the_union(extractor):
    text = ("The Paper Workers Union rejected the offer on Friday. At the Kemi mill, the mood "
            "was defiant. The union's local shop steward, Jari Niemi, said his members would "
            "rather stay out over Christmas.\n")
    assert (2, "paper-workers-union", "jari-niemi") in _who(extractor, text)


def test_having_none_of_it_is_a_refusal(extractor):
    text = ("The Commission wants to move sanctions decisions to majority voting. The opposition "
            "Liberal Union is having none of it.\n\n"
            "Sweden has none of these weapons, the report said.\n")
    got = _who(extractor, text)
    assert (1, "liberal-union", None) in got
    assert not any(i == 2 for i, _, _ in got)


def test_names_described_as_no_person_are_organisations(extractor):
    text = ("Talks resumed at the plant. Hollis Brandt, which runs the plant, said it would not "
            "raise its offer.\n\n"
            "Analysts at Santiago brokerage Vendaval Capital said a walkout could last weeks.\n\n"
            "Les Solidaires, the francophone centrists, could accept a partial freeze, the "
            "party's negotiator, Anne Dufour, said on Friday.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["hollis-brandt"].type == "organization"
    assert table.actors["vendaval-capital"].type == "organization"
    assert table.actors["les-solidaires"].type == "organization"
    assert table.actors["anne-dufour"].speaks_for == "les-solidaires"


def test_government_spokesman_speaks_for_the_state_his_sentence_names(extractor):
    text = ("The U.S. government has imposed a levy of its own. Austria, which has its own "
            "aviation tax, has not decided whether to join the coalition, a government "
            "spokesman, Lukas Brenner, told reporters on Wednesday.\n")
    assert (1, "austria", "lukas-brenner") in _who(extractor, text)


def test_speaker_named_after_an_attitude_voices_it(extractor):
    text = ("Talks resumed at the plant.\n\n"
            "Les Solidaires, the francophone centrists, could accept a partial freeze only if "
            "pensions were spared, the party's negotiator, Anne Dufour, said on Friday.\n")
    assert _who(extractor, text) == [(1, "les-solidaires", "anne-dufour")]


def test_she_skips_the_last_speaker_when_his_first_name_is_male(extractor):
    pytest.importorskip("gender_guesser")  # first names come from its name list
    text = ("Talks on the budget resumed on Friday. Marta Kowalczyk, who leads the liberal "
            "negotiating team, met Tomasz Nowak, the party's chief negotiator, on Thursday.\n\n"
            'Nowak said the tax would rise. "We promised voters that work would pay," she said.\n')
    got = _who(extractor, text)
    assert (2, "tomasz-nowak", None) in got
    assert (3, "marta-kowalczyk", None) in got


def test_he_is_not_vetoed_by_a_rare_foreign_reading_of_the_first_name(extractor):
    pytest.importorskip("gender_guesser")  # first names come from its name list
    text = ("Wage talks with the teachers' unions broke down on Monday. Piet Vermaak, who leads "
            "the largest union, walked out early.\n\n"
            "Education Minister Haruna Dogo spoke to reporters afterwards. The pay offer, he said, "
            "was the most the budget could bear.\n")
    assert (3, "haruna-dogo", None) in _who(extractor, text)


def test_lawmakers_acting_together_are_their_legislature(extractor):
    text = ("The Moldovan National Assembly went further on Thursday. Lawmakers adopted a "
            "resolution, by 67 votes, urging the government to keep all restrictions on the "
            "airline in place. Three lawmakers from the opposition said the vote was rushed.\n")
    assert _who(extractor, text) == [(1, "moldovan-national-assembly", None)]


def test_the_union_is_no_employers_association(extractor):
    text = ("The Harbour Workers Union rejected the offer on Friday. The Port Employers "
            "Association said it would not improve it. The union's shop steward, Ole Berg, said "
            "his members would stay out over Christmas.\n")
    assert (2, "harbour-workers-union", "ole-berg") in _who(extractor, text)


def test_its_refers_to_the_body_the_sentence_before_named_with_a_noun(extractor):
    text = ("Norte Mining Corp had offered a raise of 4.5 percent. Workers voted to strike, the "
            "Alta Mine Workers Union said on Tuesday.\n\n"
            'The company defended its proposal. "This is the best offer in the history of the '
            'mine," Claudia Ferran, its vice president for human resources, said in an email.\n')
    assert (3, "norte-mining-corp", "claudia-ferran") in _who(extractor, text)


def test_relative_clause_between_speaker_and_verb(extractor):
    text = ("In Riga, Anna Berzina, who directs the Baltic Centre for Security Studies, said she "
            "opposed holding any vote before a ceasefire.\n")
    assert _who(extractor, text) == [(0, "anna-berzina", None)]


def test_head_of_a_think_tank_speaks_for_himself(extractor):
    text = ("Nils Ekberg, director of the Nordic Policy Institute, said the deal was a mistake.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["nils-ekberg"].affiliation == "nordic-policy-institute"
    assert [(st.holder.id, st.voiced_by) for st in statements] == [("nils-ekberg", None)]


def test_aide_reports_the_words_of_the_president_he_serves(extractor):
    text = ("Latvia's President Andris Kalnins has rejected the plan. Juris Ozols, Kalnins's "
            "foreign policy aide, told reporters on Wednesday that the president had told the "
            "U.S. envoy that a snapback clause was unacceptable.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["juris-ozols"].speaks_for == "latvia"
    assert (1, "latvia", "andris-kalnins") in _triples(statements)


def test_chief_of_a_mission_speaks_for_the_organisation_that_sent_it(extractor):
    text = ("An Asian Development Bank mission ended two weeks of talks in Dhaka on Monday. In a "
            "statement, the mission chief, Eva Lindqvist, said substantial progress had been "
            "made.\n")
    assert _who(extractor, text) == [(1, "asian-development-bank", "eva-lindqvist")]


def test_a_position_stated_with_be_and_a_preposition(extractor):
    text = ("The Rail Crews Union is strongly against any such referral. The Shippers Council is "
            "firmly in favour of arbitration. The vote was against the motion.\n")
    statements, _ = _attribute(extractor, text)
    assert [(st.sentence.index, st.holder.id, st.verb) for st in statements] == [
        (0, "rail-crews-union", "nominal:opposition"), (1, "shippers-council", "nominal:support")]


_WATER_MINISTER = ("Environment Minister Rui Calvao-Mendes said the treaty needed new flow "
                   "limits.\n")


def _holder_of_minister(extractor, before: str) -> set[tuple[str, str | None]]:
    """(holder, voice) of the statements the invented minister makes after ``before``."""
    return {(holder, voice) for _, holder, voice in _who(extractor, before + _WATER_MINISTER)
            if "rui-calvao-mendes" in (holder, voice)}


def test_bare_government_title_speaks_for_the_dateline_state(extractor):
    before = ("Water talks resume\n"
              "LISBON - Portugal and Spain reopened talks on the shared rivers on Monday.\n\n")
    assert _holder_of_minister(extractor, before) == {("portugal", "rui-calvao-mendes")}


def test_bare_government_title_speaks_for_the_country_after_the_dateline_place(extractor):
    before = ("Water talks resume\n"
              "MERTOLA, Portugal (River Wire) - Spain asked Portugal on Monday to reopen talks "
              "on the shared rivers, and Spain wants new limits.\n\n"
              "The old treaty failed in the drought.\n\n")
    assert _holder_of_minister(extractor, before) == {("portugal", "rui-calvao-mendes")}


def test_bare_government_title_speaks_for_the_place_that_opened_the_sentence_before(extractor):
    before = ("Water talks resume\n"
              "MADRID - Spain asked Portugal on Monday to reopen talks on the shared rivers.\n\n"
              "In Lisbon, the reaction was cool.\n")
    assert _holder_of_minister(extractor, before) == {("portugal", "rui-calvao-mendes")}


def test_bare_government_title_speaks_for_the_state_named_most(extractor):
    before = ("Portugal wants new limits on the shared rivers. Portugal says the old treaty "
              "failed in the drought.\n\n"
              "Spain was not at the table and Portugal and Spain will meet in June.\n\n")
    assert _holder_of_minister(extractor, before) == {("portugal", "rui-calvao-mendes")}


def test_bare_government_title_without_a_main_state_is_the_person(extractor):
    before = "Portugal and Spain reopened talks on the shared rivers on Monday.\n\n"
    assert _holder_of_minister(extractor, before) == {("rui-calvao-mendes", None)}


def test_its_refers_to_a_name_before_an_organisation_noun(extractor):
    text = ("The Social Liberals group in the Baltic Assembly said it would vote against the "
            "levy.\n\nIts transport spokeswoman, Mara Lindholm, said the group wanted a lower "
            "rate.\n")
    statements, table = _attribute(extractor, text)
    assert (1, "social-liberals", "mara-lindholm") in _triples(statements)
    assert "Social Liberals group" in table.actors["social-liberals"].aliases


def test_interviewee_who_runs_a_company_answers_for_it(extractor):
    text = ("Ingrid Solberg runs Fjordline Mutual, a Bergen-based insurer of about 400 fishing "
            "boats. She answered our questions by phone on Monday.\n\n"
            "Q: Will premiums rise this winter?\n\n"
            "A: We would lower premiums only if the coastguard doubled its patrols.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["fjordline-mutual"].type == "organization"
    assert table.actors["ingrid-solberg"].speaks_for == "fjordline-mutual"
    assert (3, "fjordline-mutual", "ingrid-solberg") in _triples(statements)


def test_leading_a_body_is_an_office_in_it_leading_the_polls_is_not(extractor):
    led = _attribute(extractor, "Tomas Reinholt has led the Harbour Pilots Association since "
                                "2019. Reinholt said the pilots would strike on Monday.\n")[1]
    assert led.actors["tomas-reinholt"].speaks_for == "harbour-pilots-association"
    polls = _attribute(extractor, "Tomas Reinholt leads the polls in the north. Reinholt said "
                                  "the pilots would strike on Monday.\n")[1]
    assert polls.actors["tomas-reinholt"].role is None


def test_organisation_name_opening_with_a_demonym_or_hyphen(extractor):
    text = ("The Nordic Short-Haul Airlines Association, which represents budget carriers, said "
            "the strike should end.\n\n"
            "Olga Marchenko, chief executive of the state-owned Ukrainian Rail Freight Operator, "
            "said the line would reopen.\n\n"
            "The Russian Armed Forces said the drill would continue.\n")
    got = _who(extractor, text)
    assert (0, "nordic-short-haul-airlines-association", None) in got
    assert (1, "ukrainian-rail-freight-operator", "olga-marchenko") in got
    assert (2, "russia", None) in got


def test_speaker_after_the_quote_described_with_a_compound_adjective(extractor):
    text = ("The Harbour Council met on Monday.\n\n"
            "\"Two is already a concession,\" said the council's lead negotiator, Karl "
            "Bergstrand-Holm, a Danish centre-left member, as he left the building.\n")
    assert (1, "harbour-council", "karl-bergstrand-holm") in _who(extractor, text)


def test_hyphenated_title_and_name_of_the_speaker(extractor):
    text = ("The Alpine Farmers Party rejected the deal on Monday.\n\n"
            "Its vice-president, Urs Berner-Kaelin, called the package a trap and said the party "
            "would fight it.\n\n"
            "\"We will fight it,\" Senator Dale Whitcombe (R-Ohio) said.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["urs-berner-kaelin"].role == "Its vice-president"
    assert (1, "alpine-farmers-party", "urs-berner-kaelin") in _triples(statements)
    assert "r-ohio" not in table.actors


def test_party_named_with_its_kind_and_a_bracketed_qualifier(extractor):
    text = ("The Awami party, which wrote the original law, said it would oppose any "
            "amendment.\n\nIts spokesman, Anil Verma, said the bill was rushed.\n\n"
            "The Socialist Party of Ruritania (Leninist) went further, calling for the talks to "
            "be suspended.\n")
    statements, table = _attribute(extractor, text)
    assert table.actors["awami"].aliases == ["Awami party"]
    assert (1, "awami", "anil-verma") in _triples(statements)
    assert (2, "socialist-party-of-ruritania-leninist", None) in _triples(statements)


def test_the_company_refers_back_to_a_tagged_name(extractor):
    text = ("Rao said he had been told by the French side at talks in Paris last week "
            "that Framatome was ready to supply four reactors.\n\n"
            "A spokeswoman for the company, Anna Berg, said in an emailed statement that "
            "Framatome remained committed to the plan.\n")
    assert (1, "framatome", "anna-berg") in _who(extractor, text)


def test_interview_with_unmarked_answers_and_the_interviewee_as_subject(extractor):
    text = ("Ferry crews on the northern lakes have been idle for a month.\n\n"
            "Marit Holmqvist, the Lake Shipping Guild's chair, spoke to the Valley Courier "
            "on Friday.\n\n"
            "Q: Will the crews go back this week?\n\n"
            "Not while the owners refuse to talk about night shifts. We want that settled "
            "first.\n\n"
            "Our members are patient, but we will not wait forever.\n\n"
            "Q: Is a mediator needed?\n\n"
            "Yes, and we have asked for one.\n\n"
            "The owners' association said the shifts were not negotiable.\n")
    got = _who(extractor, text)
    answered = {i for i, holder, voice in got
                if "marit-holmqvist" in (holder, voice)}
    assert answered == {3, 4, 5, 7}
    assert not any(i in {2, 6} for i, _, _ in got)  # questions
    assert not any(i == 8 and "marit-holmqvist" in (holder, voice) for i, holder, voice in got)


def test_interviewee_referred_to_by_a_pronoun(extractor):
    text = ("Anneli Korhonen chairs the Nordic Pilots Union. The Harbour Gazette spoke to her "
            "by phone.\n\n"
            "Q: Will the pilots strike?\n\n"
            "Only if the airlines cut the rest periods.\n\n"
            "Q: And the pay offer?\n\n"
            "It is too low.\n")
    got = _who(extractor, text)
    assert {i for i, holder, voice in got if "anneli-korhonen" in (holder, voice)} == {3, 5}



def test_diplomats_in_a_capital_relay_the_named_states_attitude(extractor):
    text = ("Trade ministers of the bloc meet on Monday.\n\n"
            "Denmark and Portugal, whose fishing fleets depend on the northern grounds, oppose "
            "any cut in the cod quota, diplomats in Brussels say.\n")
    got = _who(extractor, text)
    assert (1, "denmark", None) in got and (1, "portugal", None) in got
    assert not any(holder == "european-union" for _, holder, _ in got)


def test_attribution_after_the_clause_that_the_parse_made_its_content(extractor):
    text = ("Sweden and Norway met in Oslo.\n\n"
            "Norway backed that sequencing, the Norwegian foreign ministry's spokeswoman, "
            "Ingrid Dahl, said in Oslo.\n")
    assert (1, "norway", "ingrid-dahl") in _who(extractor, text)


def test_pronoun_after_a_quote_is_not_the_person_the_quote_names(extractor):
    text = ("Marten Lindqvist, Sweden's envoy, proposed a staged deal on Monday.\n\n"
            "Peter Calder, a fellow at a Dublin institute, said the talks were stuck. "
            "\"The Lindqvist plan is the best thing on offer,\" he said.\n")
    got = _who(extractor, text)
    assert (2, "peter-calder", None) in got
    assert not any(i == 2 and "marten-lindqvist" in (h, v) for i, h, v in got)


def test_speech_verb_inserted_mid_sentence_with_went_on(extractor):
    text = ("Deputy Foreign Minister Anna Lind of Sweden spoke on Friday. Observers from the "
            "northern states, she went on, \"would be window dressing.\"\n\n"
            "Sweden went on to win the vote. The talks went on for hours.\n")
    got = _who(extractor, text)
    assert (1, "sweden", "anna-lind") in got
    assert not any(i in {2, 3} for i, _, _ in got)


def test_they_after_unnamed_sources_relays_the_named_speakers_words(extractor):
    text = ("Deputy Foreign Minister Anna Lind of Sweden leads the Swedish team.\n\n"
            "Norway proposed a buffer zone along the border on Monday, and Norway wants "
            "monitors there.\n\n"
            "Lind has sounded more flexible in private, according to two officials who "
            "attended the talks. They said Lind had signalled that Sweden could live with the "
            "zone \"as long as it is monitored.\"\n")
    got = _who(extractor, text)
    assert (3, "sweden", "anna-lind") in got
    assert not any(i == 3 and holder == "norway" for i, holder, _ in got)


def test_interview_whose_turns_carry_the_speakers_names(extractor):
    text = ("Dock pilots on the Elbe have refused overtime since March.\n\n"
            "We spoke to Greta Lindqvist, who chairs the Elbe Pilots Guild, on Thursday.\n\n"
            "Okafor: Will the pilots accept the new rota?\n\n"
            "Lindqvist: Not in its present form. We want two rest days in seven.\n\n"
            "Okafor: The port authority says the rota is final. What then?\n\n"
            "Lindqvist: Then we keep refusing overtime.\n\n"
            "The port authority did not reply to questions.\n")
    got = _who(extractor, text)
    answered = {i for i, holder, voice in got if "greta-lindqvist" in (holder, voice)}
    assert answered == {3, 4, 7}
    assert not any(i in {2, 6} for i, _, _ in got)  # questions


def test_officer_whose_act_a_body_reports_voices_it(extractor):
    text = ("Lorvania and Orland resumed talks on the ferry routes in Geneva on Monday. "
            "Lorvanian Foreign Minister Liv Aarnes led her delegation.\n\n"
            "Aarnes, for her part, offered to host a working group on the ferry routes, the "
            "Lorvanian foreign ministry said.\n\n"
            "The ministry said Aarnes had rejected the proposed toll.\n")
    got = _who(extractor, text)
    assert (2, "lorvania", "liv-aarnes") in got
    assert (3, "lorvania", "liv-aarnes") in got


def test_closing_according_to_names_who_voiced_the_sentence(extractor):
    text = ("Lorvania and Orland resumed talks on the ferry routes in Geneva on Monday. "
            "Lorvanian Foreign Minister Liv Aarnes led her delegation.\n\n"
            "Lorvania has signalled it would release the fishing crews, but only if Orland first "
            "returned the seized trawler, according to Aarnes.\n")
    assert (2, "lorvania", "liv-aarnes") in _who(extractor, text)


def test_who_after_a_speakers_affiliation_is_the_speaker(extractor):
    text = ("Lorvania and Belmark resumed talks on the fishing quota on Monday.\n\n"
            '"The quota is the easy part," said Ana Ruiz, a law lecturer at Tallin University, '
            "who expects an agreement well before the summer.\n")
    holders = {holder for i, holder, _ in _who(extractor, text) if i == 1}
    assert holders == {"ana-ruiz"}


def test_quotation_ending_in_an_exclamation_before_wrote(extractor):
    text = ("Lorvania and Belmark resumed talks on the blockade in Geneva on Monday. "
            "Lorvanian Prime Minister Tomas Berg stayed at home.\n\n"
            '"Open the crossings first and negotiate afterwards!" he wrote in a late post on '
            "Sunday.\n")
    assert (2, "lorvania", "tomas-berg") in _who(extractor, text)


def test_quotation_going_on_into_the_next_paragraph(extractor):
    text = ("Lorvania and Belmark resumed talks on the fishing quota on Monday. Lorvanian "
            "Foreign Minister Ana Ruiz led the delegation.\n\n"
            "Tomas Berg, an economist, said the offer was generous.\n\n"
            '"We will not sign this text. The quota is far too small for our crews.\n\n'
            '"Our fleet cannot live on promises," said Ruiz, who has led the talks since May.\n')
    got = _who(extractor, text)
    assert (3, "lorvania", "ana-ruiz") in got and (4, "lorvania", "ana-ruiz") in got
    assert not any(holder == "tomas-berg" and i in {3, 4} for i, holder, _ in got)


def test_clauses_parted_by_a_semicolon_are_statements_of_their_own(extractor):
    text = ("Dock workers in Norway voted to strike on Monday. Norway says it cannot pay "
            "more.\n\n"
            "The Harbour Workers Union wants a nine per cent raise this year; the "
            "government has offered four per cent for the coming year.\n")
    statements, _ = _attribute(extractor, text)
    got = {(st.holder.id, st.content) for st in statements if st.sentence.index == 2}
    assert got == {("harbour-workers-union", "wants a nine per cent raise this year"),
                   ("norway", "has offered four per cent for the coming year")}


def test_standfirst_is_read_but_is_no_statement(extractor):
    text = ("Norway and the ferry crews fail to agree\n"
            "The Lake Crews Union wants a night-shift bonus. Norway says the offer is final.\n"
            "By Lake Desk staff\n"
            "OSLO, May 2 (Lake Wire) - The Lake Crews Union rejected the pay offer on Friday.\n")
    got = _who(extractor, text)
    assert not any(i in {1, 2} for i, _, _ in got)
    assert (3, "lake-crews-union", None) in got


def test_an_inserted_speech_clause_leaves_the_reported_clause_as_content(extractor):
    """"The X, the spokeswoman added, would not ...": the speech clause and its commas
    are cut out of the content, so the reported clause keeps its subject before its
    negated modal and gets the refusal's default value."""
    from kg.extract.stance import default_value

    text = ("Norwegian Foreign Minister Eva Lund said on Friday her government was studying "
            "the tariff plan. The government, Lund added, would not raise the fish quota.")
    statements, _ = _attribute(extractor, text)
    inserted = [st for st in statements if st.sentence.index == 1]
    assert inserted, "the inserted speech clause gives a statement"
    assert inserted[0].content == "The government would not raise the fish quota."
    assert default_value(inserted[0].content).value == "oppose"
    opening, _ = _attribute(extractor, "Without a truce, Lund said, the fleet would stay home.")
    assert opening[0].content == "Without a truce, the fleet would stay home."
    quoted, _ = _attribute(extractor, 'The new rules, Lund said, \u201cwould sink the small boats.\u201d')
    assert quoted[0].content.replace("\u201c", '"').replace("\u201d", '"') == \
        'The new rules "would sink the small boats."'


def test_a_view_held_open_is_a_statement_of_its_subject(extractor):
    """"X is studying the offer", "Y has avoided committing itself on ...": a non-committal
    attitude narrated without a speech verb is its subject's statement, neutral by its cue
    (coding guide 3, value table: "is studying")."""
    from kg.extract.stance import classify

    statements, _ = _attribute(
        extractor, "Portugal is still studying the revised quota offer. "
                   "Norway has so far avoided committing itself on the herring share.")
    found = {(st.sentence.index, st.holder.id): st for st in statements}
    assert set(found) == {(0, "portugal"), (1, "norway")}
    assert {classify(st.content).value for st in found.values()} == {"neutral"}


def test_a_narrated_refusal_idiom_is_a_statement_of_its_subject(extractor):
    """"X has no intention of ...", "Y is in no hurry to ...": an attitude narrated
    without a speech verb is its subject's statement, and the idiom is its oppose cue."""
    from kg.extract.stance import classify

    statements, _ = _attribute(
        extractor, "Norway has no intention of lifting the herring quota. "
                   "Sweden, for its part, is in no hurry to sign the fisheries pact.")
    found = {(st.sentence.index, st.holder.id): st for st in statements}
    assert set(found) == {(0, "norway"), (1, "sweden")}
    assert {classify(st.content).value for st in found.values()} == {"oppose"}
    # the idiom refuses like "refused to": refusing to give something up holds on to it
    assert classify("has no intention of dropping its claim to the islands").value == "support"
