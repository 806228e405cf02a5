"""People stage, English: general fixes for modern wire text (issue 10, the third blind English set of
bench/people_pages.py: wire and news leads). Hand-written texts in the shapes that set showed; no name of it
is used."""

from __future__ import annotations

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _people(paragraphs: list[str]) -> list[Person]:
    return find_people(Article(paragraphs=paragraphs, lang="en")).people


def _forms(people: list[Person]) -> set[str]:
    return {f for p in people for f in p.forms}


def test_a_desk_byline_is_no_person() -> None:
    # "By Reuters Staff": the agency's collective credit, not a reporter; a reporter's byline still counts
    paragraphs = ["By Agency Staff", "Shares of the carmaker rose on Monday, traders said."]
    assert _people(paragraphs) == []
    for desk in ("By Reuters Staff", "By AP Staff"):
        assert _people([desk, "Oil prices fell on Tuesday."]) == []
    assert "Maria Holloway" in _forms(_people(["By Maria Holloway", "Oil prices fell on Tuesday."]))


def test_a_name_at_the_end_of_a_long_capitalised_title_before_a_speech_verb() -> None:
    # the CRF takes "Acme Inc Chief Executive Officer Daniel Brightwater" as one ORG; the person-context runs
    # stopped at three words, so the name was cut in two and lost
    text = (
        "Acme Inc Chief Executive Officer Daniel Brightwater said in a post on Tuesday the shortage of parts "
        "makes it hard to raise output."
    )
    assert "Daniel Brightwater" in _forms(_people([text]))


def test_the_honourable_is_a_title_before_a_name() -> None:
    # government releases of Canada, the UK, India: "Today, the Honourable Jane Doe announced …"; the CRF
    # takes the honorific and the name as one ORG
    for text in (
        "Today, the Honourable Carla Brennan announced new funding for the port.",
        "Today, the Honourable Ravi Mehta, ... [5883 chars]",
    ):
        forms = _forms(_people([text]))
        assert forms & {"Carla Brennan", "Ravi Mehta"}, text
        assert not any("Honourable" in f for f in forms)


def test_a_headline_verb_that_ran_into_a_known_name_is_cut_off() -> None:
    # title-case headline: the name after a title runs into the next capitalised word
    people = _people(
        [
            "Acme CEO Daniel Brightwater Wants To Bring Back Coins As A Payment Option",
            "Acme Inc (NASDAQ:ACME) CEO Daniel Brightwater said on Friday that he would like to have the option.",
        ]
    )
    forms = _forms(people)
    assert "Daniel Brightwater" in forms
    assert not any(len(f.split()) > 2 for f in forms), forms
    assert len(people) == 1


def test_a_lone_one_word_name_the_model_is_unsure_of_is_no_person() -> None:
    # a company, product or place the CRF tags PER alone, with no full name of that person in the article and
    # low odds from the model ("Zentrova said on Tuesday it was valued …", "a brain chip from Zentrova")
    for text in (
        "Zentrova said on Tuesday it was valued at $7.2 billion in its latest funding round.",
        "The first patient implanted with a brain chip from Zentrova appears to have fully recovered.",
    ):
        assert _people([text]) == [], text


def test_a_lone_surname_stays_when_the_model_is_sure_or_the_article_gives_the_full_name() -> None:
    assert "Okafor" in _forms(_people(["President Okafor said on Monday he would appeal the ruling."]))
    # an honorific is a person's: the model is less sure of this one, the honorific keeps it
    assert "Zentrova" in _forms(_people(["Ms Zentrova left the board in March."]))
    # so is a quote's speaker: "“…,” Doe said"
    assert "Torsvald" in _forms(_people(["“We will not give up,” Torsvald said on Tuesday."]))
    # the same word the model was unsure of alone, after the full name: the person's surname
    people = _people(
        [
            "Daniel Zentrova founded the firm in 2019.",
            "Zentrova said on Tuesday it was valued at $7.2 billion.",
        ]
    )
    assert _forms(people) == {"Daniel Zentrova", "Zentrova"}
    # a pinyin surname before a speech verb comes from its own rule, not from the model's odds
    assert "Xu" in _forms(_people(["Xu said the plan would work."]))


def test_a_name_after_a_modern_product_word_is_no_person() -> None:
    # "its chatbot Ada", "meme cryptocurrency Dogecoin": the CRF is sure enough of the word (odds above the
    # lone-name floor), the product noun before it says what it is
    for text in (
        "The startup is known for its chatbot Velmira, but it remains a minority investor.",
        "Users can pay with the meme cryptocurrency Ostrander from next month.",
    ):
        assert _people([text]) == [], text
