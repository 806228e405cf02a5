"""People stage, English: general fixes from the sixth English page set of bench/people_pages.py (modern wire
and news bodies; issue 10). Invented names in the shapes that set (and set 2) showed; no name of them is used."""

from __future__ import annotations

import pytest

from pipeline.record import Article, Person
from pipeline.stages.people import find_people


def _forms(paragraphs: list[str]) -> set[str]:
    people: list[Person] = find_people(Article(paragraphs=paragraphs, lang="en")).people
    return {f for p in people for f in p.forms}


# --------------------------------------------------------- a party label or an honorific the CRF takes in

_PREFIXED = [
    (
        "ATLANTA (AP) — Republican U.S. Sen. Hal Pruitt and Democrat Jon Talbert will face off in a runoff.",
        "Jon Talbert",
    ),
    (
        "ATLANTA (AP) — Republican U.S. Sen. Hal Pruitt and Democrat Kayla Brandt will face off in a runoff.",
        "Kayla Brandt",
    ),
    (
        "The bill includes $26 billion for grants, Representative Rodney Vierling said in a statement.",
        "Rodney Vierling",
    ),
    (
        "The bill includes $26 billion for grants, Representative Nancy Pell said in a statement.",
        "Nancy Pell",
    ),
    (
        "“We deplore the false accusation against our candidate, Asiwaju Bola Adewale,” the spokesman said.",
        "Bola Adewale",
    ),
    (
        "“We deplore the false accusation against our candidate, Asiwaju Marcus Oyelowo,” the spokesman said.",
        "Marcus Oyelowo",
    ),
    (
        "The party presented its candidate, Alhaji Ibrahim Shekarau, at a well-attended ceremony.",
        "Ibrahim Shekarau",
    ),
    (
        "The party presented its candidate, Alhaji Tobias Ferrand, at a well-attended ceremony.",
        "Tobias Ferrand",
    ),
    (
        "He added that at the unveiling, Messrs Adewale and Shekarau addressed issues of nation building.",
        "Adewale",
    ),
    (
        "He added that at the unveiling, Messrs Oyelowo and Okafor addressed issues of nation building.",
        "Oyelowo",
    ),
    ("Congressman Peter Harlan introduced the measure on Monday.", "Peter Harlan"),
    ("Congresswoman Ana Ruiz voted against it.", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "name"), _PREFIXED)
def test_a_party_label_or_honorific_is_no_part_of_the_name(text: str, name: str) -> None:
    forms = _forms([text])
    assert name in forms
    assert not any(
        f.split()[0] in {"Democrat", "Representative", "Asiwaju", "Alhaji", "Messrs"} for f in forms
    )


def test_a_party_named_alone_is_still_no_person() -> None:
    assert not _forms(["The Republican Party, the majority in the House, blocked the bill."])
    assert not _forms(["Democrats and Republicans argued over the map for a week."])


# ---------------------------------------------------------------- Korean names printed without the hyphen

_KOREAN = [
    (
        "Director_Choi Min Ho, Writer_Han Seung Woo, Composer_Yoon Ji Hye",
        ["Choi Min Ho", "Han Seung Woo", "Yoon Ji Hye"],
    ),
    (
        "Lighting: Lim Soo Jin; Sound: Jang Hyun Woo; Costumes: Seo Yeon Hee.",
        ["Lim Soo Jin", "Jang Hyun Woo", "Seo Yeon Hee"],
    ),
    ("Choreography by Baek Jin Sung, with dancer Kwon Eun Bi.", ["Baek Jin Sung", "Kwon Eun Bi"]),
    ("The film stars Kang Tae Hoon and Shin Dong Min as brothers.", ["Kang Tae Hoon", "Shin Dong Min"]),
    ("Producer Moon Sang Hoon said the show would tour Europe.", ["Moon Sang Hoon"]),
]


@pytest.mark.parametrize(("text", "names"), _KOREAN)
def test_korean_names_without_a_hyphen(text: str, names: list[str]) -> None:
    forms = _forms([text])
    assert set(names) <= forms
    # the given name alone, which the CRF tags, is no second person
    assert not any(n.split(" ", 1)[1] in forms for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Do Not Go Gentle was read at the service.",
        # the pinyin finder no longer takes two words of a longer capitalised run ("Song Hong" of it)
        "Song Hong Kong Express flights were cancelled.",
        "Prices rose in Hong Kong this week, and Kim Tan said so.",
    ],
)
def test_no_korean_name_in_english_words_or_places(text: str) -> None:
    forms = _forms([text])
    assert not any(f.startswith(("Do ", "Song ")) or "Hong Kong" in f for f in forms)


# ------------------------------------------ a name the CRF calls a place or an organisation, in apposition

_APPOSED = [
    (
        "Sharif has written two letters to Umaru Garba Bello, the chief justice of the Supreme Court, requesting a commission.",
        "Umaru Garba Bello",
    ),
    (
        "Sharif has written two letters to Zulfiqar Ata Qureshi, the chief justice of the Supreme Court, requesting a commission.",
        "Zulfiqar Ata Qureshi",
    ),
    (
        "Sharif has written two letters to Anselmo Farias Lima, the chief justice of the Supreme Court, requesting a commission.",
        "Anselmo Farias Lima",
    ),
    (
        "Sharif has written two letters to Kipchoge Rotich, the chief justice of the Supreme Court, requesting a commission.",
        "Kipchoge Rotich",
    ),
    (
        "Bayo Adeniran, Director, Media and Communication, Campaign Organisation, in a statement on Thursday, said it was false.",
        "Bayo Adeniran",
    ),
    (
        "Ngozi Eze Okafor, Director, Media and Communication, Campaign Organisation, in a statement on Thursday, said it was false.",
        "Ngozi Eze Okafor",
    ),
    (
        "Juscelino Prado, Director, Media and Communication, Campaign Organisation, in a statement on Thursday, said it was false.",
        "Juscelino Prado",
    ),
    (
        "Siddiqa Noor Baig, Director, Media and Communication, Campaign Organisation, in a statement on Thursday, said it was false.",
        "Siddiqa Noor Baig",
    ),
    ('"She was counting down the days," said her mother, Umaru Garba Bello.', "Umaru Garba Bello"),
    ('"She was counting down the days," said her mother, Anselmo Farias Lima.', "Anselmo Farias Lima"),
    ('"She was counting down the days," said her mother, Siddiqa Noor Baig.', "Siddiqa Noor Baig"),
    (
        "The board named Ngozi Eze Okafor, the chief executive of the utility, as chairman.",
        "Ngozi Eze Okafor",
    ),
]


@pytest.mark.parametrize(("text", "name"), _APPOSED)
def test_a_role_in_commas_or_a_kinship_noun_makes_a_person(text: str, name: str) -> None:
    assert name in _forms([text])


@pytest.mark.parametrize(
    "text",
    [
        "South Africa, the chief exporter of platinum, cut output.",
        "Acme Holdings, the company's parent, said profit rose.",
        "The Democratic Republic of Congo, the largest producer of cobalt, signed the deal.",
        "Rio Tinto, the chief buyer of the ore, declined to comment.",
        "Acme Capital Partners, the adviser to the deal, declined to comment.",
        "Speakers gathered at the Ebenezer Baptist Church, where Doe served as pastor, on Monday.",
    ],
)
def test_a_place_or_company_in_apposition_stays_no_person(text: str) -> None:
    assert not _forms([text]) - {"Doe"}


# ------------------------------------------------------------------------ a suffix the CRF tags alone


def test_a_lone_suffix_takes_the_name_before_it() -> None:
    forms = _forms(["Communities celebrated the Martin Luther King Jr. holiday on Monday with parades."])
    assert "Martin Luther King Jr." in forms and not forms & {"Jr", "Jr."}
    assert not _forms(["He thanked the Jr. Chamber of Commerce for its support."])


# ------------------------------------------- a surname the CRF calls a place, written after Mr. elsewhere

_SURNAMES_TAGGED_PLACES = [
    ("Yakubu", "Gowonde"),
    ("Nuhu", "Ribadu"),
    ("Babagana", "Zulumi"),
    ("Umaru", "Dikko"),
    ("Aminu", "Tambuwali"),
    ("Femi", "Gbajabiamila"),
    ("Segun", "Mimiko"),
    ("Ifeanyi", "Okowa"),
    ("Kassim", "Afegbua"),
    ("Adams", "Oshiomhole"),
    ("Olu", "Agunloye"),
]


@pytest.mark.parametrize(("given", "surname"), _SURNAMES_TAGGED_PLACES)
def test_a_surname_written_after_mr_is_no_place_of_the_article(given: str, surname: str) -> None:
    paragraphs = [
        f"Campaign organisation speaks on controversy over men in cassocks at {surname}’s unveiling",
        f"The campaign described as distractions the videos of some clerics at Wednesday’s unveiling of {given}"
        f" {surname}, the party’s candidate in Abuja.",
        f"He added that at the unveiling, Messrs Adewale and {surname}, and former Governor Kayode Fayemi addressed"
        " issues.",
        f"Mr {surname} had on July 10 in Daura named a running mate.",
    ]
    assert f"{given} {surname}" in _forms(paragraphs)


def test_a_place_no_one_calls_mr_stays_a_place() -> None:
    paragraphs = [
        "Floods hit Mountainous Nepal on Monday.",
        "Rescuers in Nepal said the roads were cut. Mr Thapa, a rescuer, said more rain was due.",
    ]
    assert "Mountainous Nepal" not in _forms(paragraphs)


# ----------------------------------------------------------- a wire photo credit closing a caption, unbracketed

_WIRE_CREDITS = [
    (
        "The flag flies outside the headquarters in Vienna, Austria September 22, 2017. REUTERS/Hannes Wirth/File Photo",
        "Hannes Wirth",
    ),
    (
        "Traders work on the floor in New York, U.S., March 3, 2020. REUTERS/Lucas Marden/File Photo",
        "Lucas Marden",
    ),
    ("The leaders meet in Berlin, Germany, June 2, 2020. REUTERS/Hanna Brecht/Pool", "Hanna Brecht"),
    ("A worker checks pipes at a plant in Texas, May 1, 2019. REUTERS/Tomas Ollivant/File", "Tomas Ollivant"),
    ("Protesters march in Paris, France, January 5, 2023. AFP/Claire Dumoulin/File Photo", "Claire Dumoulin"),
    ("Rescuers search the rubble in Hatay, Turkey, February 8, 2023. EPA/Murat Ozkaya/Pool", "Murat Ozkaya"),
    ("A logo is seen in Zurich, Switzerland, May 3, 2021. REUTERS/Arnd Wegener", "Arnd Wegener"),
    (
        "Bottles of the drug are seen in this picture taken May 3, 2022. REUTERS/Dado Ruvicic/Illustration",
        "Dado Ruvicic",
    ),
    ("Ships wait off the coast of Singapore, July 9, 2021. REUTERS/Edgar Su Wen/File Photo", "Edgar Su Wen"),
    (
        "The minister speaks in Ottawa, Ontario, April 4, 2018. REUTERS/Chris Wattie-Bell/File Photo",
        "Chris Wattie-Bell",
    ),
]


@pytest.mark.parametrize(("text", "name"), _WIRE_CREDITS)
def test_a_wire_photo_credit_closing_a_caption(text: str, name: str) -> None:
    assert name in _forms([text])


@pytest.mark.parametrize(
    "text",
    [
        "A customer holds a box of the product. REUTERS/File Photo",
        "Flames rose over the port on Sunday. REUTERS/Staff/File Photo",
        "The index fell 2% on Monday (Reuters/New York Stock Exchange).",
    ],
)
def test_a_wire_credit_without_a_photographer_names_no_one(text: str) -> None:
    assert not _forms([text])
