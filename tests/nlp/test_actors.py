"""Actor resolution through the pipeline (``pipeline.nlp.components.actors``): one table per rule."""

from __future__ import annotations

import pytest

from pipeline.nlp.components.actors import ActorMatcher
from pipeline.nlp.extract.names import guess_type, looks_like_organisation


def actors(doc) -> list[str]:
    """Canonical actors in order of first mention."""
    out: list[str] = []
    for span in doc.spans["actors"]:
        if span.kb_id_ not in out:
            out.append(span.kb_id_)
    return out


def mentions(doc) -> list[tuple[str, str, str, str]]:
    return [(s.text, s.kb_id_, s.label_, s._.sc_actor_method) for s in doc.spans["actors"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # longest match first: the agency, not the country inside its name
        ("China National Space Administration officials met.", ["CNSA"]),
        ("The Chinese Academy of Sciences built the payload.", ["CAS"]),
        ("The Artemis Accords differ from the Artemis program.",
         ["Artemis Accords", "Artemis program"]),
        # possessives and "-led" compounds
        ("Russia's lunar plans were delayed.", ["Russia"]),
        ("The US-led Artemis program grew.", ["United States", "Artemis program"]),
        # demonyms and former names
        ("Soviet and American engineers met.", ["Soviet Union", "United States"]),
        # a generic last word in either capitalisation
        ("The first stage, the Chang'E Program, ended.", ["CLEP"]),
        # combining forms before a dash
        ("Sino-Indian competition grew.", ["China", "India"]),
        ("Russo-Ukrainian tensions rose.", ["Russia", "Ukraine"]),
    ],
)  # fmt: skip
def test_gazetteer_matches(make_doc, text, expected):
    assert actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city acts
        ("Beijing announced a new partner.", ["China"]),
        ("Moscow's plan changed.", ["Russia"]),
        ("Relations between Washington and Beijing soured.", ["United States", "China"]),
        ("China accused Washington of militarising space.", ["China", "United States"]),
        ("Japan declined despite invitations from Beijing.", ["Japan", "China"]),
        ("Peru signed, according to the White House.", ["Peru", "United States"]),
        ("Both are close to Moscow and Beijing.", ["Russia", "China"]),
        ("It was a response to Beijing's influence.", ["China"]),
        # the city is a place or part of a name
        ("Talks were held in Beijing.", []),
        ("Beijing Universities trained the engineers.", []),
        ("The treaty opened for signature at London, Moscow and Washington.", []),
        ("The delegation visited Moscow.", []),
        ("The Washington Post reported it.", []),
    ],
)  # fmt: skip
def test_metonyms_only_where_the_city_acts(make_doc, text, expected):
    assert actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # country names that are given names
        ("Georgia Whitfield and Jordan Mills wrote the report.", []),
        ("Chad Norris disagrees.", []),
        # (an ambassador is a person tied to a role: an actor, but not Jordan)
        ("Following the signing, Ambassador Ruth Jordan thanked CNSA.", ["Ruth Jordan", "CNSA"]),
        # ... and the countries themselves
        ("Georgia signed the agreement.", ["Georgia"]),
        ("Jordan hosts a ground station.", ["Jordan"]),
        ("Chad's minister attended the forum.", ["Chad"]),
        # demonyms inside larger names
        ("Latin American states were slow.", []),
        ("Ships crossed the Indian Ocean.", []),
        ("The Indo-Pacific region matters.", []),
        ("The Indian Space Policy 2023 permits private launches.", []),
        # ... but not a country word before a word meaning the state
        ("For the Chinese Party, CNSA signs.", ["China", "CNSA"]),
        # generic phrases and places are not actors
        ("The States Parties and the partners met.", []),
        ("Landers reached the Moon, Mars and low Earth orbit.", []),
    ],
)  # fmt: skip
def test_false_friends_are_not_actors(make_doc, text, expected):
    assert actors(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an acronym defined in the document links both forms and variants
        (["China's National Space Agency (CNSA) leads the project.", "CNSA invited partners."],
         [("China's National Space Agency", "CNSA", "agency", "gazetteer"),
          ("CNSA", "CNSA", "agency", "gazetteer"), ("CNSA", "CNSA", "agency", "gazetteer")]),
        # an organisation missing from the gazetteer, named by its short form
        (["The Maltese Space Office (MSO) was founded.", "MSO joined the project."],
         [("Maltese Space Office", "MSO", "agency", "acronym"),
          ("MSO", "MSO", "agency", "acronym"), ("MSO", "MSO", "agency", "acronym")]),
        # ... and a craft or programme the document defines; not an instrument of a craft
        (["The Lunar Polar Hopper Mission (LPHM) was proposed.", "LPHM was then cancelled."],
         [("Lunar Polar Hopper Mission", "LPHM", "mission", "acronym"),
          ("LPHM", "LPHM", "mission", "acronym"), ("LPHM", "LPHM", "mission", "acronym")]),
        (["The Dual-frequency Precipitation Radar (DPR) failed.", "DPR was replaced."], []),
        (["Results are in the Orbital Research Explorer (ORE) database.", "ORE is public."], []),
        # a transposed acronym beside the real one
        (["The ILRS is led by China.", "The IRLS has few partners."],
         [("ILRS", "ILRS", "program", "gazetteer"), ("China", "China", "country", "gazetteer"),
          ("IRLS", "ILRS", "program", "acronym")]),
        # a definite short form of a name mentioned earlier
        (["The Artemis Accords were signed in 2020.", "Mexico joined the US-led Accords."],
         [("Artemis Accords", "Artemis Accords", "agreement", "gazetteer"),
          ("Mexico", "Mexico", "country", "gazetteer"),
          ("US", "United States", "country", "gazetteer"),
          ("Accords", "Artemis Accords", "agreement", "short_form")]),
        # ... but not before it
        (["Mexico joined the Accords."], [("Mexico", "Mexico", "country", "gazetteer")]),
        # an organisation the statistical NER finds; it replaces the country word it starts with
        (["The Tunisian Space Agency signed a memorandum with CNSA."],
         [("Tunisian Space Agency", "Tunisian Space Agency", "agency", "ner"),
          ("CNSA", "CNSA", "agency", "gazetteer")]),
    ],
)  # fmt: skip
def test_document_level_resolution(make_doc, paragraphs, expected):
    assert mentions(make_doc(paragraphs)) == expected


def test_new_actors_get_the_country_their_name_starts_with(make_doc):
    doc = make_doc("The Tunisian Space Agency signed a memorandum with CNSA.")
    assert [s._.sc_actor_country for s in doc.spans["actors"]] == ["Tunisia", "China"]


def test_a_bare_organisational_word_is_not_an_actor(make_doc):
    assert actors(make_doc("Interested parties should write to the Agency by Friday.")) == []


def test_user_gazetteer_adds_and_replaces_actors(text_nlp, tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text(
        "actor,type,country,aliases,metonyms,full_name\n"
        "CSIS,organization,United States,Center for Strategic and International Studies,,\n"
        "Kenya Space Agency,agency,Kenya,Kenya's space agency,,\n",
        encoding="utf-8",
    )
    matcher = ActorMatcher(text_nlp, gazetteer_files=[extra])
    doc = matcher(
        text_nlp("The Center for Strategic and International Studies praised Kenya's space agency.")
    )
    assert mentions(doc) == [
        ("Center for Strategic and International Studies", "CSIS", "organization", "gazetteer"),
        ("Kenya's space agency", "Kenya Space Agency", "agency", "gazetteer"),
    ]


# Sentences where the NER decides something (a new organisation, a person or a named policy
# holding a country word) mixed with sentences where it cannot change the result.
NER_PARAGRAPHS = [
    "The Tunisian Space Agency signed a memorandum with CNSA in 2023. Kenya and Japan agreed "
    "to share weather data. Georgia Whitfield, an analyst, said the deal matters.",
    "The Indian Space Policy 2023 opens the sector to firms. Ambassador Ruth Jordan met the "
    "Bolivian Ministry of Science. Brazil joined the Artemis Accords.",
    "Interested parties should write to the Agency by Friday. The Moon has no atmosphere.",
]


def test_ner_on_needed_sentences_finds_what_ner_on_all_sentences_finds(text_nlp):
    """The default runs the NER only on sentences that can use it; the actors are the same
    as with the NER on every sentence, and sentences that cannot use it are not read."""
    by_scope = {}
    for scope in ("needed", "all"):
        matcher = ActorMatcher(text_nlp, gazetteer_files=[], ner=text_nlp.get_pipe("ner"))
        matcher.ner_scope = scope
        with text_nlp.select_pipes(disable=["spaceclaims_actors"]):
            doc = text_nlp("\n\n".join(NER_PARAGRAPHS))
        by_scope[scope] = matcher(doc)
    needed, every = by_scope["needed"], by_scope["all"]
    assert mentions(needed) == mentions(every)
    assert ("Bolivian Ministry of Science", "Bolivian Ministry of Science", "agency", "ner") in (
        mentions(needed)
    )
    assert "Georgia" not in [m[1] for m in mentions(needed)]
    read = {e.sent.text for e in needed.ents}
    assert not any("weather data" in s or "no atmosphere" in s for s in read)
    assert any("weather data" in e.sent.text for e in every.ents if e.label_ == "GPE")


@pytest.mark.parametrize(
    ("long_form", "is_actor", "kind"),
    [
        ("Hungarian Space Office", True, "agency"),
        ("Orbital Launch Systems Corporation", True, "company"),
        ("Lunar Polar Hopper Mission", True, "mission"),
        ("Deep Space Relay Satellite Program", True, "program"),
        # a part of a craft, a lower-case description, a database
        ("Dual-frequency Precipitation Radar", False, "organization"),
        ("lunar sample return mission", False, "organization"),
        ("Orbital Research Explorer", False, "organization"),
    ],
)  # fmt: skip
def test_new_names_and_their_types(long_form, is_actor, kind):
    assert (looks_like_organisation(long_form), guess_type(long_form)) == (is_actor, kind)
