"""A state body named by its bare title is the body of the state named before it or of the
document's own state (``pipeline/nlp/extract/home_bodies.py``, ``components/home_bodies.py``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.home_bodies import bare_title, bare_titles, home_state, own_group

_UK = ("United Kingdom", "UK", "British", "Britain")
_BR = ("Brazil", "Brazilian")


@pytest.mark.parametrize(
    "name, qualifiers, expected",
    [
        ("UK Ministry of Defence", _UK, "Ministry of Defence"),
        ("British Armed Forces", _UK, "Armed Forces"),
        ("Ministry of Defence of the United Kingdom", _UK, "Ministry of Defence"),
        ("Japan's Cabinet Office", ("Japan", "Japanese"), "Cabinet Office"),
        ("National Congress of Brazil", _BR, "National Congress"),
        ("Brazilian Congress", _BR, "Congress"),
        ("Department of Defence (Australia)", ("Australia",), "Department of Defence"),
        # no state word frames it
        ("Ministry of Defence", _UK, None),
        # what is left names no body every state has: an agency, a state's own name
        ("UK Space Agency", _UK, None),
        ("British Government", _UK, None),
        ("Brazilian Forces", _BR, None),
        # the state word inside a longer word is no qualifier
        ("Brazilianist Council of Ministers", _BR, None),
    ],
)  # fmt: skip
def test_bare_title(name, qualifiers, expected):
    assert bare_title(name, qualifiers) == expected


def test_bare_titles_by_state_and_ambiguous_ones():
    entries = [
        ("UK Ministry of Defence", "agency", "United Kingdom", ("UK Ministry of Defence",)),
        ("Brazilian Ministry of Defence", "agency", "Brazil", ("Brazilian Ministry of Defence",)),
        ("Brazilian Air Force", "agency", "Brazil", ("Brazilian Air Force",)),
        # two Brazilian bodies with one bare title: neither
        ("Brazilian Space Council", "agency", "Brazil", ("Brazilian Space Council",)),
        ("Brazilian Space Council Two", "agency", "Brazil", ("Space Council of Brazil",)),
        # a company is no state body
        ("British Armed Forces Ltd", "company", "United Kingdom", ("British Armed Forces",)),
        # an international body's name is nobody's bare title
        ("UK Security Council", "agency", "United Kingdom", ("UK Security Council",)),
    ]
    found = bare_titles(entries, {"United Kingdom": _UK, "Brazil": _BR}, ["Security Council"])
    assert found["ministry of defence"] == {
        "United Kingdom": "UK Ministry of Defence",
        "Brazil": "Brazilian Ministry of Defence",
    }
    assert found["air force"] == {"Brazil": "Brazilian Air Force"}
    assert found.get("space council") == {}
    assert "armed forces" not in found
    assert "security council" not in found


@pytest.mark.parametrize(
    "head, mentions, expected",
    [
        (["Poland"], ["Poland"] + ["Russia"] * 5, "Poland"),  # the head's one state wins
        # ... when the text names it too: an author's affiliation is no document's state
        (["Poland"], ["Russia"] * 5, None),
        (["Poland"], ["Russia"] * 2, None),
        ([], ["Poland"] * 6 + ["Russia"] * 3, "Poland"),
        ([], ["Poland"] * 5 + ["Russia"] * 3, None),  # not twice as often
        ([], ["Poland"] * 2, None),  # too few
        (["Japan", "Philippines"], ["Japan"] * 6 + ["Philippines"] * 2, "Japan"),
        (["Japan", "Philippines"], ["China"] * 9 + ["Japan"], None),  # not one the head names
        ([], [], None),
    ],
)  # fmt: skip
def test_home_state(head, mentions, expected):
    assert home_state(head, mentions) == expected


def _bodies(doc):
    return [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "agency"]


def test_a_bare_ministry_in_a_text_of_one_state(make_doc):
    doc = make_doc(
        [
            "UNITED KINGDOM SPACE REVIEW",
            "The United Kingdom will widen its work with Norway on tracking. "
            "The Ministry of Defence will lead the work on launch safety.",
        ]
    )
    assert ("Ministry of Defence", "UK Ministry of Defence") in _bodies(doc)


def test_the_armed_forces_and_parliament_of_the_document_state(make_doc):
    doc = make_doc(
        [
            "MINISTRY OF NATIONAL DEFENCE\nREPUBLIC OF POLAND",
            "The Armed Forces will train with allies each year. "
            "The Sejm approved the budget for the Armed Forces in May.",
        ]
    )
    found = _bodies(doc)
    assert ("Armed Forces", "Polish Armed Forces") in found
    assert ("Sejm", "Sejm") in found


def test_a_country_word_before_the_title_names_the_state(make_doc):
    doc = make_doc(
        "Brazil and Japan met in Tokyo. Brazil hosted the talks again in 2026. "
        "Japan's Ministry of Defence sent an observer, and Brazil's Ministry of Defence "
        "hosted the drill."
    )
    found = _bodies(doc)
    assert ("Ministry of Defence", "Japan Ministry of Defense") not in found  # only listed titles
    assert ("Ministry of Defence", "Brazilian Ministry of Defence") in found


def test_congress_of_another_state_in_its_own_text(make_doc):
    doc = make_doc(
        [
            "Philippine Space Agency newsletter",
            "PhilSA will ask Congress for a larger budget next year.",
        ]
    )
    assert ("Congress", "Congress of the Philippines") in _bodies(doc)


def test_no_home_state_leaves_the_bare_title(make_doc):
    # a story of two states, named as often as each other: no state is the document's own
    doc = make_doc(
        "Kenya and Nigeria signed a pact. Kenya and Nigeria will share data. "
        "The Ministry of Defence was not consulted."
    )
    assert not any(
        name.endswith("Ministry of Defence") and name != "Ministry of Defence"
        for _, name in _bodies(doc)
    )


def test_an_international_body_keeps_its_name(make_doc):
    doc = make_doc(
        [
            "RUSSIAN FEDERATION: STATEMENT",
            "Russia raised the matter again. Russia asked the Security Council to meet.",
        ]
    )
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"]]
    assert not any(name == "Security Council of Russia" for _, name in found)


@pytest.mark.parametrize(
    "text, named, expected",
    [
        # a group's statement: "the Group" after the group's name, and "members of the Group"
        (
            "The Group of 77 and China thanks the Chair. The Group supports the plan, "
            "and members of the Group will report.",
            [(4, "Group of 77")],
            ["Group", "Group"],
        ),
        # a longer name opened by "the Group" is another body
        (
            "The African Group spoke. The Group on Earth Observations and the Group of Friends met.",
            [(4, "African Group")],
            [],
        ),
        # two groups named: which one would be a guess
        (
            "The African Group and the Arab Group spoke. The Group agreed.",
            [(4, "African Group"), (26, "Arab Group")],
            [],
        ),
        # no group of states named: a company's "the Group" is left alone
        ("Airbus reported. The Group grew.", [(0, "Airbus")], []),
        # before the group is named, "the Group" is not yet it
        ("The Group met. Later the Group of 77 spoke.", [(24, "Group of 77")], []),
    ],
)  # fmt: skip
def test_own_group(text, named, expected):
    found = own_group(text, named)
    assert [text[s:e] for s, e, _ in found] == expected
    assert all(name == named[0][1] for _, _, name in found)


def test_a_group_statement_calls_itself_the_group(make_doc):
    doc = make_doc(
        "Madam Chair, the Group of 77 and China welcomes the new session. "
        "The Group calls on every State to share tracking data."
    )
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"]]
    assert ("Group of 77 and China", "Group of 77") in found
    assert ("Group", "Group of 77") in found
    assert not any(name == "China" for _, name in found)  # one name, not China apart


def test_a_bare_title_no_component_marked(make_doc):
    doc = make_doc(
        [
            "FEDERAL REPUBLIC OF NIGERIA: SPACE NOTES",
            "Nigeria will widen its satellite work. Nigeria will train engineers. "
            "The agency will ask the National Assembly to pass a space bill.",
        ]
    )
    assert ("National Assembly", "National Assembly of Nigeria") in _bodies(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "Engineers will meet the national assembly of the region.",  # in lower case
        "The National Assembly Hall was full.",  # a longer name
        "They met at the National Assembly of Kenya.",  # another state's, named
    ],
)  # fmt: skip
def test_a_bare_title_that_is_not_the_home_body(make_doc, sentence):
    doc = make_doc(
        [
            "FEDERAL REPUBLIC OF NIGERIA: SPACE NOTES",
            "Nigeria will widen its satellite work. Nigeria will train engineers. " + sentence,
        ]
    )
    assert not any(name == "National Assembly of Nigeria" for _, name in _bodies(doc))
