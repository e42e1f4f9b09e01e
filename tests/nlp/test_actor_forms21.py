"""Actor forms of the twenty-first round, from the misses of the blind documents held out in the
twentieth round (the rows are the team's own text):

* a given name written abbreviated before the rest of the name ("Ma." for María, as Philippine
  official texts write it), which neither ends a sentence nor falls out of the name;
* a double family name (Portuguese and Spanish names) used whole by a later mention ("Dr.
  Carvalho Mota" after "Inês Carvalho Mota"), which is the person named in full.
"""

from __future__ import annotations

import pytest

from pipeline.document import Excluded
from pipeline.ingest.paragraphs import split_paragraphs
from pipeline.ingest.roster import listed_names
from pipeline.nlp.extract.persons import (
    double_surname,
    given_abbreviation,
    particle_names,
    spoken_or_honoured,
)


def persons(doc) -> list[tuple[str, str]]:
    """(mention, canonical name) of each person, in order."""
    return [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Ma.", True),
        # negative: the word without its period, in lower case, another abbreviation
        ("Ma", False),
        ("ma.", False),
        ("Dr.", False),
    ],
)
def test_given_abbreviation(word, expected):
    assert given_abbreviation(word) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Inês Carvalho Mota", "Carvalho Mota"),
        ("Ana García Ruiz", "García Ruiz"),
        ("Pedro Luís Ferreira Gomes", "Ferreira Gomes"),
        # negative: two words, an initial, a particle before the family name
        ("Ana Ruiz", None),
        ("John F. Kennedy", None),
        ("Ana de Souza", None),
    ],
)
def test_double_surname(name, expected):
    assert double_surname(name) == expected


def test_particle_names_keys_double_surnames_and_drops_shared_ones():
    names = ["Inês Carvalho Mota", "Ana de Souza", "Rui Lopes Vieira", "Rita Lopes Vieira"]
    out = particle_names(names)
    assert out["carvalho Mota"] == "Inês Carvalho Mota"
    assert out["de Souza"] == "Ana de Souza"
    assert "lopes Vieira" not in out  # two persons carry it: neither is meant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were co-chaired by Dr. Ma. Teresa Villanueva, Secretary of Science of "
            "the Philippines. Dr. Villanueva said the Philippines would send engineers.",
            [("Ma. Teresa Villanueva", "Ma. Teresa Villanueva"),
             ("Villanueva", "Ma. Teresa Villanueva")],
        ),
        (
            "Ma. Luisa Reyes, the Undersecretary, met the Ambassador. Reyes said the talks "
            "went well.",
            [("Ma. Luisa Reyes", "Ma. Luisa Reyes"), ("Reyes", "Ma. Luisa Reyes")],
        ),
        (
            "Portugal Space signed the arrangement with NASA, said its president Dr. Inês "
            "Carvalho Mota. \"We are glad to track the flights,\" said Dr. Carvalho Mota.",
            [("Inês Carvalho Mota", "Inês Carvalho Mota"),
             ("Carvalho Mota", "Inês Carvalho Mota")],
        ),
        # negative: "ma." in lower case is a word that can end a sentence, and names no one
        ("The engineer thanked his ma. She had taught him to build radios.", []),
    ],
)  # fmt: skip
def test_persons_of_the_forms(make_doc, text, expected):
    assert persons(make_doc(text)) == expected


def test_abbreviated_given_name_keeps_the_sentence_whole_and_a_lower_case_word_ends_one(make_doc):
    doc = make_doc(
        "The talks were led by Ma. Teresa Villanueva of the Philippines. The engineer "
        "thanked his ma. She had taught him to build radios."
    )
    assert [s.text for s in doc.sents] == [
        "The talks were led by Ma. Teresa Villanueva of the Philippines.",
        "The engineer thanked his ma.",
        "She had taught him to build radios.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I now open the 9th meeting of the Science, ICT, Broadcasting and Communications "
         "Committee in this session.",
         ["Science, ICT, Broadcasting and Communications Committee"]),
        ("The report of the Foreign Affairs, Defence and Trade Committee was tabled. Members "
         "of the Transport, Infrastructure and Communities Committee disagreed.",
         ["Foreign Affairs, Defence and Trade Committee",
          "Transport, Infrastructure and Communities Committee"]),
        # negative: a list of states before a committee's name is no remit of it
        ("Japan, France and Space Committee members met in Paris.",
         ["Japan", "France", "Space Committee"]),
    ],
)  # fmt: skip
def test_committees_named_by_a_list_of_remits(make_doc, text, expected):
    doc = make_doc(text)
    assert [s.text for s in doc.spans["actors"]] == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (["The", "Honourable"], ",", True),
        (["the", "Honorable"], "of", True),
        (['"', "said"], ".", True),
        (['"', "said"], "of", True),
        # negative: speech with the name going on, no cue at all
        (['"', "said"], "Space", False),
        (["met", "with"], ",", False),
    ],
)
def test_spoken_or_honoured(before, after, expected):
    assert spoken_or_honoured(before, after) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Honourable Élise Tremblay-Nakamura, Minister of Foreign Affairs, today issued "
         "the following statement. Minister Tremblay-Nakamura will raise the test at the UN.",
         [("Élise Tremblay-Nakamura", "Élise Tremblay-Nakamura"),
          ("Tremblay-Nakamura", "Élise Tremblay-Nakamura")]),
        ("The Honourable Anita Gill, Minister of Industry, announced the programme. Gill said "
         "Canada would fund it.",
         [("Anita Gill", "Anita Gill"), ("Gill", "Anita Gill")]),
        # "Engr." and "Eng.", titles of address in the Philippines and the Gulf states, keep
        # the sentence whole before the name
        ('"There is no such project," said spokesperson Engr. Jerome Baltazar.',
         [("Jerome Baltazar", "Jerome Baltazar")]),
        ("The tender was won by Engr. Paolo Cruz of the Philippine Space Agency.",
         [("Paolo Cruz", "Paolo Cruz")]),
        # negative: the honorific before a seat or a court names no person
        ("The Honourable Member for Leeds North asked a question.", []),
        ("He thanked the Honorable Court for its patience.", []),
    ],
)  # fmt: skip
def test_persons_after_honorifics_of_address(make_doc, text, expected):
    assert persons(make_doc(text)) == expected


def test_a_line_ending_on_a_function_word_goes_on_into_a_deeper_line():
    text = (
        "                               __________\n"
        "\n"
        "   Printed for the use of the Committee on Commerce, Science, and\n"
        "                             Transportation\n"
        "\n"
        "   The witness spoke first. She then answered questions from members of\n"
        "   the panel for an hour.\n"
        "\n"
        "   The committee heard a statement:\n"
        "        We will cooperate with our partners.\n"
    )
    texts = [p.text for p in split_paragraphs(text)]
    assert "Printed for the use of the Committee on Commerce, Science, and Transportation" in texts
    # negative: a deeper line after a line ending on a colon is a quotation of its own
    assert "We will cooperate with our partners." in texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I thank the Committee on Commerce, Science, and Transportation for its work.",
         [("Senate Committee on Commerce, Science, and Transportation", "agency")]),
        ("Shares of Mitsubishi Heavy rose 3.4% in Tokyo trading after the announcement.",
         [("Mitsubishi Heavy Industries", "company")]),
        ("Welcome to meeting number 47 of the House of Commons Standing Committee on Industry "
         "and Technology.",
         [("Standing Committee on Industry and Technology", "agency")]),
        # negative: another parliament's committee on foreign relations is no US body
        ("The Philippine Senate Committee on Foreign Relations met on Monday.",
         [("Philippine Senate Committee on Foreign Relations", "organization")]),
    ],
)  # fmt: skip
def test_committees_and_short_company_names_of_the_gazetteer(make_doc, text, expected):
    doc = make_doc(text)
    assert [(s.kb_id_, s.label_) for s in doc.spans["actors"]] == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("OPENING STATEMENT OF HON. GRANT WHITCOMBE, U.S. SENATOR FROM WYOMING",
         ["Grant Whitcombe"]),
        ("STATEMENT OF DR. MARISOL A. QUINTERO-HALE, NOMINEE TO BE DEPUTY ADMINISTRATOR,",
         ["Marisol A. Quintero-Hale"]),
        ("PREPARED STATEMENT OF SENATOR ROSA ABERNATHY-CRUZ, NEW MEXICO",
         ["Rosa Abernathy-Cruz"]),
        # negative: a body's statement, a post with no name, no title before the name
        ("STATEMENT OF THE NATIONAL SPACE COUNCIL, WASHINGTON", []),
        ("STATEMENT OF NASA ADMINISTRATOR, WASHINGTON", []),
    ],
)  # fmt: skip
def test_names_of_a_hearing_statement_headings(heading, expected):
    assert listed_names([Excluded(kind="contents", text=heading)]) == expected


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("speaker", "○ Chairperson CHOI Min-seo:", ["Choi Min-seo"]),
        ("speaker", "○ Administrator of the Korea AeroSpace Administration YOON Jae-hwan:",
         ["Yoon Jae-hwan"]),
        ("front_matter", "CHOI Min-seo, KIM Do-hyun, PARK Ji-yeon",
         ["Choi Min-seo", "Kim Do-hyun", "Park Ji-yeon"]),
        # negative: an acronym before a title, a given name without the hyphen, running text
        ("speaker", "NASA Administrator:", []),
        ("speaker", "○ Chairperson WANG Lixin:", []),
        ("other", "KIM Do-hyun said nothing.", []),
    ],
)  # fmt: skip
def test_family_names_first_in_capitals_of_korean_records(kind, text, expected):
    assert listed_names([Excluded(kind=kind, text=text)]) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Choi Min-seo", "Yoon Jae-hwan"], [("Yoon", "Yoon Jae-hwan")]),
        # negative: a record whose labels name no Yoon leaves the surname as written
        (["Choi Min-seo"], [("Yoon", "Yoon")]),
    ],
)
def test_a_title_and_the_family_name_is_the_person_the_record_names(text_nlp, names, expected):
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks

    document = Document(
        source="minutes.txt",
        sha256="0" * 64,
        format="txt",
        parsed=ParsedText(
            Metadata(title="", names=names), [Block("Administrator Yoon, please go ahead.")]
        ),
    )
    text, spans = join_blocks(document)
    doc = text_nlp.make_doc(text)
    doc._.sc_blocks = spans
    doc._.sc_metadata = document.metadata
    doc = text_nlp(doc)
    assert persons(doc) == expected
