"""Who a subject refers to (kg.extract.referents), on invented sentences."""

import pytest

from kg.extract.nlp import spacy_available

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


@pytest.fixture(scope="module")
def extractor():
    from kg.extract import Extractor

    return Extractor()


def _holders(extractor, text: str) -> set[str]:
    from kg.extract import Article

    sheet = extractor.extract(Article("t", text, {"date": "2026-04-15", "publisher": "Gazette"}))
    return {s["holder"] for s in sheet["stances"]}


def test_a_state_speaking_for_a_named_bloc_gives_the_bloc(extractor):
    assert _holders(extractor, "Norway, speaking for the Nordic Fisheries Group, said the "
                               "quota was too low.\n") == {"nordic-fisheries-group"}
    assert _holders(extractor, "Chile, speaking on behalf of the Andean Caucus, rejected the "
                               "quota outright.\n") == {"andean-caucus"}
    assert _holders(extractor, "The Timber Employers' Federation, which bargains on behalf of "
                               "Nordvik Paper and nine smaller mills, said it welcomed the "
                               "mediator's proposal.\n") == {"timber-employers-federation"}


def test_he_said_after_an_unnamed_administration_official_is_the_united_states(extractor):
    text = ("Diplomats from Russia and the United States met in Vienna on Monday. Russia's deputy "
            "foreign minister, Pavel Orlov, said Moscow wanted its consulates reopened. Russia, "
            "he added, would not accept any link to other disputes.\n\n"
            "In Washington, the version offered by a senior administration official, who spoke to "
            "journalists without being named, sounded more cautious. Reopening the consulates "
            "was \"a sensible first step,\" he said, but direct flights would have to wait.\n")
    assert _holders(extractor, text) == {"russia", "united-states"}


def _voices(extractor, text: str) -> set[tuple[str, str | None]]:
    from kg.extract import Article

    sheet = extractor.extract(Article("t", text, {"date": "2026-04-15", "publisher": "Gazette"}))
    return {(s["holder"], s.get("voiced_by")) for s in sheet["stances"]}


_MINISTER = ("Norway and Iceland met in Oslo on Monday to discuss the mackerel quota. Foreign "
             "Minister Arvid Holmsen of Norway said the talks were going well.\n\n")


@pytest.mark.parametrize("text", [
    "A senior Norwegian foreign ministry official, speaking on condition of anonymity, was "
    "more specific: Norway would accept the quota, the official said, \"only if Iceland cuts "
    "its own catch first.\"\n",
    "A senior official in Holmsen's ministry, whose name was withheld because the talks are "
    "confidential, drew a distinction. Norway could accept a smaller quota for herring, the "
    "official said, but not for mackerel.\n",
    "A senior Norwegian official, who asked not to be named, said Oslo wanted the quota cut by a "
    "tenth.\n\nIceland's fishing fleet has lobbied hard against any cut. Its boats landed a "
    "record catch last year.\n\nThe senior Norwegian official said Norway would accept a "
    "smaller cut only if Iceland cut its own catch first.\n",
])
def test_the_official_after_an_unnamed_official_is_not_the_named_minister(extractor, text):
    assert _voices(extractor, _MINISTER + text) == {("norway", None)}


@pytest.mark.parametrize("text", [
    "The Harbour Pilots' Guild met the port authority on Monday. On Tuesday the guild's "
    "national board rejected the latest wage offer.\n",
    "The Harbour Pilots' Guild met the port authority on Monday. The guild's lawyer said "
    "the offer was unacceptable.\n",
])
def test_an_organ_of_a_body_referred_back_to_is_the_body(extractor, text):
    assert "harbour-pilots-guild" in _holders(extractor, text)


@pytest.mark.parametrize(("text", "word", "speaker"), [
    # unnamed plural officials are no antecedent of a later "he"
    ("Deputy Trade Minister Pavel Dorin said Kyiv would refuse any pact capping grain "
     "exports. Ukrainian officials have backed the levy in parliament for months, and only "
     "two firms have paid it this year. He also said Ukraine would be willing to lower its "
     "duty on apples.\n", "apples", "pavel-dorin"),
    # a body that refused to comment is no antecedent of a later "she"
    ("Transport Minister Lena Varga told lawmakers on Monday that Hungary would not sign "
     "the toll accord as drafted. Her ministry refused to comment on when the traffic "
     "study would be released. Asked about the lorry ban, the minister was firm: there "
     "would be no exemption for foreign hauliers, she said.\n", "hauliers", "lena-varga"),
])
def test_a_pronoun_skips_unnamed_officials_and_bodies_for_the_named_speaker(
        extractor, text, word, speaker):
    from kg.extract import Article

    sheet = extractor.extract(Article("t", text, {"date": "2026-04-15", "publisher": "Gazette"}))
    found = [s for s in sheet["stances"] if word in s["evidence"][0]["text"]]
    assert found and all(s.get("voiced_by") == speaker for s in found)


def test_the_statement_is_whoever_issued_a_statement_before(extractor):
    from kg.extract import Article

    text = ("Chile and Peru resumed talks on the fishing quota in Lima. In a statement on Sunday, "
            "Peru said its own limits would stay in force. The statement rejected the Chilean "
            "proposal for a shared catch limit.\n")
    sheet = extractor.extract(Article("t", text, {"date": "2026-04-15", "publisher": "Gazette"}))
    found = [(s["holder"], s["evidence"][0]["text"][:13]) for s in sheet["stances"]]
    assert ("peru", "The statement") in found and {h for h, _ in found} == {"peru"}
