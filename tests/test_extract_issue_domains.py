"""Issue vocabulary of negotiation domains the development sets do not cover
(data/lexicons/issues.yaml, written from the scheme's definitions and coding guide 5).

Each invented sentence names its matter only by words of a kind of negotiation no set
holds yet; in an article whose topic is the talks themselves (``summit``), the sentence
takes the code the guide gives that matter.
"""

import pytest

from kg.extract.issues import load_scheme


@pytest.mark.parametrize(("sentence", "code"), [
    ("The couriers' union wants paid sick leave and parental leave for every rider.",
     "labour_wages"),
    ("The operator offered bigger severance and a furlough plan instead of closures.",
     "labour_wages"),
    ("The island states want the total allowable catch divided by historic landings.",
     "economic_cooperation"),
    ("The neighbours signed up to joint development of the offshore field.",
     "economic_cooperation"),
    ("Kyiv wants war reparations paid before anything else is signed.",
     "economic_cooperation"),
    ("Kenya asked for trade preferences for its cut flowers.", "trade_tariffs"),
    ("The growers want the phytosanitary checks eased by spring.", "trade_tariffs"),
    ("The valley's council demands a plebiscite on home rule.", "governance_elections"),
    ("The rebels want the arrest warrant for their commander withdrawn.",
     "governance_elections"),
    ("The Red Crescent pressed for medical supplies to reach the evacuees.",
     "prisoners_humanitarian"),
    ("Warsaw wants basing rights for allied squadrons and a status of forces accord.",
     "security_guarantees"),
    ("The ministry said its training mission would stay another year.",
     "security_guarantees"),
    ("The Liberals will abstain in the investiture only under a confidence-and-supply pact.",
     "coalition_government"),
    ("The atoll nations want the climate pledges of the big emitters raised.",
     "climate_emissions"),
    ("Belgrade will never accept the secession of the breakaway region.", "territory"),
    ("The fisheries minister threatened landing bans on the neighbour's trawlers.",
     "sanctions"),
    ("Kyiv will not discuss the peace formula drafted in Beijing.", "peace_plan"),
    ("The ministers want a marine protected area around the reef.", "other"),
    ("The growers' lobby rejected the new nitrogen limits for dairy farms.", "other"),
    ("Ankara wants the EU accession talks reopened this year.", "other"),
    ("The coastal states want the herring split by where the shoals feed in winter.",
     "economic_cooperation"),
    ("Oslo wants the krill fishing spread over more sub-areas.", "economic_cooperation"),
    ("The interior ministry wants asylum seekers held offshore while their claims are heard.",
     "prisoners_humanitarian"),
    ("The charity urged faster demining of the orchards along the valley.",
     "prisoners_humanitarian"),
    ("The scientists asked for a no-take zone around the seal colonies.", "other"),
    ("Quito pledged to pay its farmers for keeping the rainforest standing.",
     "climate_emissions"),
    ("The admiralty wants its warships let through the strait ahead of the tankers.",
     "security_guarantees"),
    ("The greens want arms exports to the kingdom halted until the inquiry reports.",
     "security_guarantees"),
])
def test_domain_vocabulary_names_the_matter(sentence, code):
    assert load_scheme().classify(sentence, "summit") == [code]


def test_a_word_in_a_name_or_a_longer_phrase_is_not_the_new_cue():
    scheme = load_scheme()
    assert scheme.classify("The European Union member states will decide.", "summit") == [
        "summit"]
    assert scheme.classify("Kenya said the Tana Development Bank would host it.",
                           "summit") == ["summit"]


def test_a_quota_in_talks_over_a_fish_stock_is_the_resource_deal():
    """Coding guide, fisheries quotas: the shares of a common stock are economic_cooperation;
    in a trade article a quota keeps its trade sense, and so does fishing vocabulary."""
    fish = load_scheme().for_article([
        "The trawlers of both states fish the same herring stock.",
        "The herring catch fell again this year, the fishing fleets said.",
        "Scientists want the total catch cut by a fifth.",
        "The islands want a bigger quota."])
    assert fish.matches("The islands want a bigger quota.") == [
        ("quota", "economic_cooperation")]
    trade = load_scheme().for_article([
        "The trade deal cuts tariffs on cars and steel.",
        "Exporters want lower duties and more market access.",
        "The fishing industry wants its subsidies kept.",
        "The growers want a bigger quota."])
    assert trade.classify("The fishing industry wants its subsidies kept.", None) == [
        "trade_tariffs"]


@pytest.mark.parametrize("sentence", [
    "The islanders want a bigger share of the crab catch next season.",
    "The coastal villages want the prawn catch split by where the boats land.",
    "The cooperative asked for a closed season on the lake from May to July.",
])
def test_the_catch_and_the_species_of_a_shared_fishery_are_the_resource_deal(sentence):
    """Coding guide 5, fisheries (session 12): a fishery's catch, its season and the species
    fished are the shared resource, economic_cooperation; the species alone name no
    article topic (a trade dispute over shrimp imports stays a trade dispute)."""
    assert load_scheme().classify(sentence, None) == ["economic_cooperation"]


def test_a_species_in_a_trade_dispute_is_a_traded_good():
    texts = ["The trade deal cuts tariffs on shrimp and salmon.",
             "Exporters want lower duties and more market access for salmon.",
             "The importers want the salmon quota raised."]
    trade = load_scheme().for_article(texts)
    assert trade.dominant(texts) == "trade_tariffs"
    assert trade.classify("The importers want the salmon quota raised.", "trade_tariffs") == [
        "trade_tariffs"]


@pytest.mark.parametrize("sentence", [
    "The regulator will license the smelter only if it meets strict environmental standards.",
    "The villagers want the impact study published before any permit is granted.",
    "The farmers want the tailings stored far from their wells and orchards.",
])
def test_environmental_protection_outside_the_climate_is_other(sentence):
    """Coding guide, session 11: pollution and a project's environmental review are named by
    no concept, so they are ``other`` even in an article about a mining deal."""
    assert load_scheme().classify(sentence, "economic_cooperation") == ["other"]


def test_paying_compensation_is_a_transfer_between_the_parties():
    """Coding guide, session 11: compensation one party pays the other is economic_cooperation
    in the sentence that names it, also as a condition's second code (session 14); the words
    do not make an article about claims in court an economic deal."""
    scheme = load_scheme()
    assert scheme.classify("The mill owners want the province to compensate them for the "
                           "flooded orchards.", "territory") == ["economic_cooperation"]
    assert scheme.linked("The cabinet will keep the travel bans until the neighbour has paid "
                         "compensation for the burned depots.",
                         "The cabinet will keep the travel bans until the neighbour has paid "
                         "compensation for the burned depots.",
                         "the neighbour has paid compensation for the burned depots",
                         "sanctions") == ["sanctions", "economic_cooperation"]
    article = ["The two states argue over lawsuits filed in each other's courts.",
               "Each side wants the other to pay compensation, and the lawsuits keep piling up.",
               "A compensation mechanism is the ministry's idea.",
               "Nobody wants to compensate anyone, a lawyer said.",
               "The court cases could be suspended, the envoy said."]
    assert scheme.dominant(article) == "governance_elections"


@pytest.mark.parametrize("sentence", [
    "Lisbon offered a police contingent to guard the polling stations next spring.",
    "The host state wants the foreign military personnel gone before the lease expires.",
    "The ministry accepted a phased drawdown after its brigades were certified.",
    "The guests may send two battalions across the river, but no garrison will stay.",
    "The treaty caps the stationed troops at four thousand.",
])
def test_foreign_forces_posted_or_withdrawn_by_agreement_are_security_guarantees(sentence):
    """Coding guide 5: foreign troops and limits on forces are security_guarantees, however
    the article words the units it posts, keeps or pulls out."""
    assert load_scheme().classify(sentence, "summit") == ["security_guarantees"]


@pytest.mark.parametrize("sentence", [
    "Three battalions pushed on with the offensive despite the rain.",
    "The garrison was hit by heavy shelling before dawn.",
])
def test_units_named_with_the_fighting_keep_the_fighting(sentence):
    """A battalion or garrison is an ambiguous cue (the ``weak`` list): beside a word of the
    fighting it is the conduct of the fighting (military_operations), not a deployment."""
    assert load_scheme().classify(sentence, "summit") == ["military_operations"]


@pytest.mark.parametrize("sentence", [
    "The villagers want the spent fuel shipped back to the vendor within ten years.",
    "The province insists the radioactive waste be buried in a geological repository inland.",
    "Oslo asked for radiation monitoring along both banks of the fjord.",
    "The union wants the casks and the hot cell moved away from the harbour.",
])
def test_waste_and_radiation_of_nuclear_plants_are_nuclear_safety(sentence):
    """Coding guide 5: nuclear_program takes in nuclear plant safety, and so what the plants
    leave behind and what escapes them (spent fuel, radioactive waste and its store,
    radiation), even in talks that are about something else."""
    assert load_scheme().classify(sentence, "economic_cooperation") == ["nuclear_program"]


@pytest.mark.parametrize("sentence", [
    "The regulator wants routine flaring at the onshore wells ended by 2029.",
    "The operators asked for five more years to connect every flare stack to a pipeline.",
    "The island wants its bonds turned into a debt-for-nature swap.",
    "The coastal towns want the money spent on mangrove restoration.",
])
def test_flaring_and_nature_swaps_are_emissions_and_adaptation(sentence):
    """Coding guide 5: burning the gas that comes up with oil is an emissions matter, and a
    swap of debt for nature or climate spending and a coast's mangroves are climate finance
    and adaptation, even in talks about oil or debt."""
    assert load_scheme().classify(sentence, "economic_cooperation") == ["climate_emissions"]
