"""Persons as actors (``pipeline.nlp.components.persons``, ``pipeline.nlp.extract.persons``):
one table per rule, with the cases that must not become persons."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.persons import (
    DEFAULT_TITLES,
    clean_name,
    is_citation,
    is_name,
    named_after,
    role_before,
    surname,
    tied_after,
)

TITLES = frozenset(DEFAULT_TITLES)


def persons(doc) -> list[tuple[str, str, str, str]]:
    """(mention, canonical name, organisation, country) of each person."""
    return [
        (s.text, s.kb_id_, s._.sc_actor_organization, s._.sc_actor_country)
        for s in doc.spans["actors"]
        if s.label_ == "person"
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Dr.", "Mats", "Lindqvist"], (1, 3)),
        (["President", "Moon"], (1, 2)),
        (["Oskar", "Brandt", "'s"], (0, 2)),
        (["the", "minister", "Anna", "Berg"], (2, 4)),
    ],
)
def test_clean_name_strips_titles_and_possessives(words, expected):
    assert clean_name(words, TITLES) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Anna", "Berg"], True),
        (["Ursula", "von", "Hagen"], True),
        (["Outer", "Space"], False),  # the NER's mistake in "Objects Launched into Outer Space"
        (["Amazonis", "Planitia"], False),
        (["NASA", "Chief"], False),
        (["Crew", "7"], False),
    ],
)
def test_is_name(words, expected):
    assert is_name(words) is expected


@pytest.mark.parametrize(
    ("before", "after", "sentence", "expected"),
    [
        ([], ["et", "al.", "(", "2019", ")"], "Smith et al. (2019) show it.", True),
        (["As"], ["(", "2020", ")", "argues"], "As Jones (2020) argues.", True),
        (["("], [",", "2021", ")"], "as shown (Okafor, 2021).", True),
        ([], ["and", "Hearst", "(", "2003", ")"], "Following Schwartz and Hearst (2003).", True),
        (["Credit", ":", "NASA", "/"], [], "Credit: NASA/Joel Kowsky", True),
        (["said"], ["."], "“We agree,” said Anna Berg.", False),
        (["Administrator"], ["signed"], "Administrator Anna Berg signed.", False),
    ],
)
def test_cited_authors_and_photo_credits(before, after, sentence, expected):
    assert is_citation(before, after, sentence) is expected


@pytest.mark.parametrize(
    ("after", "actor_after", "expected"),
    [
        ([",", "deputy", "director", "of", "the", "CNSA"], [0, 0, 0, 0, 0, 1], True),
        ([",", "a", "former", "State", "Department", "official"], [0, 0, 0, 1, 1, 0], True),
        (["said", "."], [0, 0], True),
        ([",", "who", "wrote", "the", "report"], [0, 0, 0, 0, 0], False),
        (["and", "Jordan", "Mills", "interviewed"], [0, 0, 0, 0], False),
    ],
)
def test_role_after_a_name(after, actor_after, expected):
    assert tied_after(after, [bool(a) for a in actor_after]) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (["NASA", "astronauts"], True),
        (["a", "project", "led", "by"], True),
        (["the", "station", "was", "headed", "by"], True),
        (["under", "the", "leadership", "of"], True),
        # "by" after a verb that is not one of leading, and a book's author
        (["the", "report", "was", "written", "by"], False),
        (["a", "book", "by"], False),
        (["the", "history", "of"], False),
    ],
)  # fmt: skip
def test_role_before_a_name(before, expected):
    assert role_before(before) is expected


def test_surname():
    assert surname("Erik D. Ramanathan") == "Ramanathan"
    assert surname("Joseph R. Biden Jr.") == "Biden"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before the name; the organisation in the title
        ("ESA astronaut Pieter Janssen and Roscosmos cosmonaut Dmitri Volkov completed a spacewalk.",
         [("Pieter Janssen", "Pieter Janssen", "ESA", ""),
          ("Dmitri Volkov", "Dmitri Volkov", "Roscosmos", "Russia")]),
        # an appositive after the name; later mentions by surname are the same person
        ("“We welcome this step,” said Marta Lindqvist, deputy director of the CNSA. "
         "Lindqvist signed the plan.",
         [("Marta Lindqvist", "Marta Lindqvist", "CNSA", "China"),
          ("Lindqvist", "Marta Lindqvist", "CNSA", "China")]),
        # a name written with a typographic apostrophe reads as one to the NER
        ("NASA astronaut Sean D’Souza spoke to reporters.",
         [("Sean D’Souza", "Sean D’Souza", "NASA", "United States")]),
        # a person the text abbreviates is still a person
        ("NASA astronaut Sean Douglas (SD) spoke.",
         [("Sean Douglas", "Sean Douglas", "NASA", "United States")]),
        ("The flight was commanded by Megan O’Hara, a NASA astronaut.",
         [("Megan O’Hara", "Megan O’Hara", "NASA", "United States")]),
        # a gazetteer person named by title and surname
        ("President Biden and President Moon discussed the alliance.",
         [("President Biden", "Joe Biden", "", "United States"),
          ("President Moon", "Moon Jae-in", "", "South Korea")]),
    ],
)  # fmt: skip
def test_persons_tied_to_a_role(make_doc, text, expected):
    assert persons(make_doc(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # authors of cited works and photo credits are not actors of the text
        "Earlier work on lunar law (Okonkwo et al., 2019) is cited here.",
        "Following Schwartz and Hearst (2003), we treat an acronym as one entity.",
        "The rover crossed the crater. Credit: NASA/Joel Kowsky",
        # a name the text ties to no role, with either apostrophe
        "Georgia Whitfield and Jordan Mills interviewed twenty officials for this study.",
        "Georgia O’Keefe and Jordan Mills interviewed twenty officials for this study.",
        # the tail of a longer name the text defines, after a title word inside it
        "Operators may now fly Private Astronaut Missions (PAMs) to the station.",
        # a surname inside a longer name is not the person
        "President Kennedy spoke in 1962. The rocket left from the Kennedy Space Center.",
    ],
)
def test_not_persons(make_doc, text):
    found = [p for p in persons(make_doc(text)) if p[1] != "John F. Kennedy"]
    assert found == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a transcript's speaker label names a gazetteer person by title and surname
        (["Remarks at the meeting", "PRESIDENT MACRON:  We thank our hosts.",
          "ADMINISTRATOR NELSON:  The crew is ready."],
         [("PRESIDENT MACRON", "Emmanuel Macron"), ("ADMINISTRATOR NELSON", "Bill Nelson")]),
        # ... or a person named in full earlier in the document
        (["Minister Ilse Vandermeer of Belgium spoke with the crew.",
          "MINISTER VANDERMEER:  It is an honour."],
         [("Ilse Vandermeer", "Ilse Vandermeer"), ("MINISTER VANDERMEER", "Ilse Vandermeer")]),
        # not a person: a label without a name, a title-less label, an unknown surname
        (["THE VICE PRESIDENT:  Thank you all.", "NOTE BENE:  Read this first.",
          "SENATOR QUILLFEATHER:  A question."], []),
    ],
)  # fmt: skip
def test_speaker_labels(make_doc, paragraphs, expected):
    doc = make_doc(paragraphs)
    assert [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name tied to a role once is a person in a later bare list, and so are the
        # names listed beside it, however long the list
        ("Chilean astronaut Pedro Quintana Ruiz joined the office. Over the years, Lena "
         "Marsh Okafor, Tomasz Wrobel, Ines Duarte, Amal Haddad and Pedro Quintana Ruiz "
         "held posts there.",
         ["Pedro Quintana Ruiz", "Lena Marsh Okafor", "Tomasz Wrobel", "Ines Duarte",
          "Amal Haddad", "Pedro Quintana Ruiz"]),
        # without a role anywhere, a bare list of names is still no one's
        ("Over the years, Lena Marsh Okafor, Tomasz Wrobel, Ines Duarte, Amal Haddad and "
         "Pedro Quintana Ruiz held posts there.",
         []),
    ],
)  # fmt: skip
def test_a_role_anywhere_ties_a_name_everywhere(make_doc, text, expected):
    assert [p[1] for p in persons(make_doc(text))] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Marta", "Lindqvist", "-", "Olsen"], True),  # a double name
        (["P.K.", "Rao"], True),  # initials
        (["K.", "R.", "Mehta"], True),
        (["Lindqvist", "-"], False),
        (["Propulsion", "Branch"], False),  # a unit of an organisation
        (["NASA", "JPL"], False),
    ],
)
def test_is_name_double_names_and_initials(words, expected):
    assert is_name(words) is expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ([",", "who", "heads", "the", "institute", ","], True),
        ([",", "who", "had", "earlier", "served", "as", "the", "head"], True),
        ([",", "who", "is", "the", "agency", "'s", "chief", "engineer"], True),
        # a relative clause that gives no role
        ([",", "who", "flew", "twice", "to", "the", "station"], False),
        ([",", "who", "said", "that", "the", "plan", "would", "work"], False),
        ([",", "who", "wrote", ",", "heads", "nothing"], False),
        # a verb of becoming that leads to a role, and one that does not
        (["became", "the", "first", "Secretary", "General"], True),
        (["became", "famous", "for", "the", "design"], False),
        (["headed", "the", "office"], True),
        (["wrote", "the", "report"], False),
    ],
)
def test_role_in_a_relative_clause(after, expected):
    assert tied_after(after, [False] * len(after)) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (["Australian", "Minister", "for", "Climate", "Change", "and", "Energy"], True),
        (["the", "Secretary", "of", "State", "for", "Science"], True),
        # capitalised words with no title among them, and a title far behind a verb
        (["the", "Moon", "and", "Mars"], False),
        (["the", "Minister", "thanked", "the", "teams", "of"], False),
    ],
)
def test_a_long_title_before_a_name(before, expected):
    assert role_before(before) is expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ([], ["Research", "Centre", "trained"], True),  # a place named after a person
        (["the"], ["Space", "Telescope", "launched"], True),
        (["the"], ["crater", "lies"], True),
        (["the", "research", "vessel"], ["sailed"], True),  # a ship
        ([], ["mission", "will"], True),
        # a person who speaks or holds a role
        ([], [",", "deputy", "director", "of"], False),
        (["Administrator"], ["said", "the"], False),
        ([], ["and", "Jordan", "Mills"], False),
    ],
)
def test_things_named_after_a_person(before, after, expected):
    assert named_after(before, after) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a double name and an appositive role in lower case
        ("Marta Lindqvist-Olsen, acting deputy director of the Department of Energy, "
         "opened the meeting.",
         ["Marta Lindqvist-Olsen"]),
        # initials, and a name written with the unit it leads after it
        ("Tomas Berggren, Chief Engineer, Propulsion Branch, and P.K. Rao, Director, "
         "Launch Centre, signed the plan.",
         ["Tomas Berggren", "P.K. Rao"]),
        # a relative clause giving the role
        ("Oleg Petrenko, who had earlier served as the head of the launch forces, was "
         "appointed chairman of the commission.",
         ["Oleg Petrenko"]),
        # a list after a role noun: the NER takes one of the names for a body
        ("Pioneers such as the engineers Pavel Orlov, Ivan Sokolov and Dmitri Volkov "
         "worked together.",
         ["Pavel Orlov", "Ivan Sokolov", "Dmitri Volkov"]),
        ("The crew of NASA astronauts Jasmin Moghbeli and Loral O’Hara welcomed them.",
         ["Jasmin Moghbeli", "Loral O’Hara"]),
        # a sentence whose only names are written with initials
        ("The rover project is led by V. R. Kannan, the former director of the centre.",
         ["V. R. Kannan"]),
        # a nickname in quotes is left out of the canonical name
        ("NASA astronaut Harold “Hank” Brennan prepares for a spacewalk.",
         ["Harold Brennan"]),
        # a name as the subject of a verb of leading; an appositive role before a list
        ("However, Dmitri Orlov directed him to focus on near-Earth missions.",
         ["Dmitri Orlov"]),
        ("Before the war, Kerim Bayramov headed the test range.", ["Kerim Bayramov"]),
        ("The crew consisted of the ship's commander, Pavel Orlov, the flight engineer "
         "Ivan Sokolov and Anil Mehra.",
         ["Pavel Orlov", "Ivan Sokolov", "Anil Mehra"]),
        # a head of state by title and surname, under the full name
        ("They urged President Maduro to respect the commitments.", ["Nicolás Maduro"]),
    ],
)  # fmt: skip
def test_persons_in_appositives_clauses_and_lists(make_doc, text, expected):
    assert [p[1] for p in persons(make_doc(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        # cited authors, a list of references, a photo credit
        "The mission was described by Okonkwo et al. (2019) in detail.",
        "Earlier work (Halvorsen 2019; Brandt and Mills, 2020) found the same.",
        "References: Halvorsen, L. and Brandt, M. Space law today. Oxford University Press.",
        "Photo credit: NASA/Joel Kowsky",
        # places, craft and missions named after a person
        "The Gagarin Research Centre trained the crew.",
        "The Nancy Grace Roman mission will launch later.",
        "The research vessel Akademik Fedorov sailed north.",
        # a relative clause without a role, and a list of names tied to nothing
        "Georgia Whitfield, who flew twice, and Jordan Mills wrote the book.",
        "The panel thanked Georgia Whitfield, Jordan Mills and Amal Haddad.",
        # capitalised words of a list before a verb that is not one of leading
        "In March, Georgia Whitfield wrote the plan.",
        # a verb after the name that is not one of leading
        "Georgia Whitfield wrote that the plan would work.",
    ],
)
def test_not_persons_named_things_and_references(make_doc, text):
    assert persons(make_doc(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name with no role is a person when its surname acts alone elsewhere
        ("The next flight carried Peter Lindqvist to the station. Lindqvist spent 119 days "
         "aboard the station.",
         [("Peter Lindqvist", "Peter Lindqvist"), ("Lindqvist", "Peter Lindqvist")]),
        # not when the surname only cites a work, only names a thing, or never recurs
        ("As Peter Lindqvist put it, the market grows. Lindqvist argues that prices fall.", []),
        ("The prize honours Peter Lindqvist. The Lindqvist Prize was given in 2020.", []),
        ("The next flight carried Peter Lindqvist to the station.", []),
        # nor when the surname names another actor of the document
        ("Engineers at the Lindqvist Space Institute met Peter Lindqvist. Lindqvist spent a "
         "week there.", []),
    ],
)  # fmt: skip
def test_a_name_whose_surname_acts_elsewhere(make_doc, text, expected):
    assert [p[:2] for p in persons(make_doc(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before a verb of a deed in space affairs (not one of writing or research)
        ("Two cadets never reached orbit: Halvard Tønnesen resigned in 1991 and Peter Marwick "
         "retired a year later.",
         ["Halvard Tønnesen", "Peter Marwick"]),
        # a national named with the country in parentheses
        ("The first guests were Rashid Al-Qadi (Jordan) and Tomas Lindgren (Sweden).",
         ["Rashid Al-Qadi", "Tomas Lindgren"]),
        # a person of a body, named with "of" and the body
        ("Daniel Moreau of CNES said the instrument passed its tests.",
         ["Daniel Moreau"]),
        # the agent of a deed after "by"
        ("The repair was carried out by Dmitri Sorokov, assisted by Hank Pellegrino.",
         ["Dmitri Sorokov", "Hank Pellegrino"]),
        # an occupation before the name
        ("The view was filmed by the crew and documentary filmmaker Oren Castellano.",
         ["Oren Castellano"]),
        # a name the NER misses after a verb of leading, and one listed with "and" beside a tied one
        ("The legal section is headed by Wendell Ashgrove, a lawyer from Canada.",
         ["Wendell Ashgrove"]),
        ("The second expedition of Ivo Brankovic and Lena Sorvino arrived in August.",
         ["Ivo Brankovic", "Lena Sorvino"]),
        # a successor in an office
        ("Daniel Moreau succeeded Peter Marwick, the head of the launch office.",
         ["Daniel Moreau", "Peter Marwick"]),
        # not: verbs of writing or research, a book's author, a name with no country after it
        ("Halvard Tønnesen wrote that the station would be sold.", []),
        ("Halvard Tønnesen interviewed twenty engineers for the study.", []),
        ("The report was written by Halvard Tønnesen and Ilse Marwick.", []),
        ("The book by Halvard Tønnesen (2004) tells the story.", []),
        ("The prize honours Halvard Tønnesen (engineering) and Ilse Marwick (physics).", []),
    ],
)  # fmt: skip
def test_persons_by_deed_nationality_and_body(make_doc, text, expected):
    assert [p[1] for p in persons(make_doc(text))] == expected
