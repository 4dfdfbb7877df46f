"""Furniture clean-up keeps offsets into the original text."""

from kg.extract.clean import blank, clean, dateline, furniture_ranges

ARTICLE = (
    "Support The Daily Ledger!\n\n"
    "Minister greets envoys in Oslo. Photo: Jane Doe / Reuters\n\n"
    "OSLO, May 2 (Ledger) - The two delegations met for five hours on Friday.\n\n"
    "\u201cWe are not there yet,\u201d the mediator said.\n\n"
    "Read more: Why the talks stalled\n\n"
    "By signing up you agree to our privacy policy.\n\n"
    "The talks resume next week.\n\n"
    "A Message from The Daily Ledger:\n\nDear readers,\n\nPlease support us monthly.\n\n"
    "Once\nMonthly\nContinue\n"
)


def test_clean_keeps_length_and_offsets():
    cleaned = clean(ARTICLE)
    assert len(cleaned) == len(ARTICLE)
    start = ARTICLE.index("The two delegations")
    assert cleaned[start:start + 19] == "The two delegations"


def test_furniture_lines_are_blanked():
    cleaned = clean(ARTICLE)
    for furniture in ("Support The Daily Ledger", "Photo: Jane Doe", "Read more",
                      "privacy policy", "Dear readers", "Please support us", "Monthly",
                      "OSLO, May 2"):
        assert furniture not in cleaned, furniture
    for kept in ("The two delegations met", "We are not there yet", "The talks resume"):
        assert kept in cleaned


def test_newlines_survive_blanking():
    text = "a\nRead more: x\nb"
    assert blank(text, furniture_ranges(text)).count("\n") == 2


def test_long_paragraph_is_never_furniture():
    para = ("The union said workers would contribute to the pension fund and support the deal "
            "if the company kept every job, " * 6).strip()
    assert furniture_ranges(para) == []


def test_dateline_with_two_cities_is_furniture():
    text = "DUBAI/VIENNA, Oct 7 (Gulf Wire) - Producers postponed a decision.\n"
    assert clean(text).lstrip().startswith("Producers postponed")


def test_dateline_with_a_country_or_weekday_is_furniture():
    for text in ("LIMA, Peru (Andean Desk) - Peru, Chile and Bolivia agreed to meet.\n",
                 "OTTAWA, Canada \u2014 Peru, Chile and Bolivia agreed to meet.\n",
                 "ROME, Tuesday (Tiber Wire) - Peru, Chile and Bolivia agreed to meet.\n",
                 "QUITO, Ecuador, May 2 - Peru, Chile and Bolivia agreed to meet.\n",
                 "SAN JOSE, Costa Rica (Isthmus Wire) - Peru, Chile and Bolivia agreed to meet.\n"):
        assert clean(text).lstrip().startswith("Peru, Chile"), text


def test_capitalised_subject_before_a_dash_is_no_dateline():
    text = "NATO, the alliance, said more troops - not fewer - were needed.\n"
    assert clean(text) == text


def test_read_more_link_mid_article_drops_only_its_line():
    body = "The envoy said talks would resume on Monday after a pause of two weeks. " * 3
    text = (body + "\n\nRead more: Why the talks stalled\n\n" + body + "\n\n"
            "The minister said the offer was fair and would not be improved.\n")
    cleaned = clean(text)
    assert "Read more" not in cleaned
    assert "The minister said the offer was fair" in cleaned


def test_read_more_heading_in_second_half_starts_the_tail():
    body = "The envoy said talks would resume on Monday after a pause of two weeks. " * 3
    text = body + "\n\nRead more\n\nGulf states race to build reactors\n"
    assert "Gulf states race" not in clean(text)


def test_newsletter_box_mid_article_keeps_the_paragraphs_after_it():
    body = "The envoy said talks would resume on Monday after a pause of two weeks. " * 3
    text = (body + "\n\nSign up for our free weekly newsletter and get the news in your inbox.\n"
            "The Red Cross said it stood ready to visit prisoners on both sides before release.\n")
    cleaned = clean(text)
    assert "newsletter" not in cleaned and "The Red Cross said it stood ready" in cleaned


def test_newsletter_box_at_the_end_drops_the_tail():
    body = "The envoy said talks would resume on Monday after a pause of two weeks. " * 3
    text = body + "\n\nSubscribe to our briefing\nEvery Monday\nYour email\n"
    cleaned = clean(text)
    assert "briefing" not in cleaned and "Your email" not in cleaned


def test_dateline_place_however_the_rest_is_written():
    assert dateline(ARTICLE) == "Oslo"
    assert dateline("Title\nBy A. Writer\nLA PAZ (Wire) - Bolivia said ...") == "La Paz"
    assert dateline("Title\nKYIV \u2014 Ukraine said ...") == "Kyiv"


def test_dateline_keeps_the_country_written_after_the_place():
    assert dateline("Title\nMERTOLA, Portugal (River Wire) - Spain said ...") == "Mertola, Portugal"
    assert dateline("Title\nVELKO, Bosnia and Herzegovina \u2014 Talks ...") == \
        "Velko, Bosnia and Herzegovina"
    assert dateline("Title\nPARIS, Friday (Wire) - France said ...") == "Paris"


def test_no_dateline_in_ordinary_prose_or_two_places():
    assert dateline("Title\nThe EU said on Friday that talks would resume.") is None
    assert dateline("Title\nDUBAI/VIENNA, Oct 7 - Iran said ...") is None
    assert dateline("Title\nU.S. officials said the talks would resume.") is None

