"""The sides a claim can name without an actor (``pipeline.nlp.extract.claim_sides``), and the
claim structure of real documents (no dyad of an actor with itself or its own agency)."""

from __future__ import annotations

import csv

import pytest

from pipeline.dataset.rows import own_pair
from pipeline.nlp.extract.claim_sides import (
    Principals,
    document_principals,
    party_term_mentions,
    side_of,
    with_principals,
)


@pytest.mark.parametrize(
    ("title", "title_actors", "body", "principals"),
    [
        # a joint statement: both title countries, "we" is both
        ("U.S.-Japan Joint Leaders' Statement",
         [("United States", "country", ""), ("Japan", "country", "")], [],
         Principals(("United States", "Japan"), True)),
        # a speech: the speaker's state from a person in the title, "we" is that state
        ("Remarks by President Biden at the Space Council",
         [("Joe Biden", "person", "United States")], [],
         Principals(("United States",), False)),
        # an agency's release: the agency's state and the addressed country
        ("NASA Welcomes Sweden", [("NASA", "agency", "United States"), ("Sweden", "country", "")],
         [], Principals(("United States", "Sweden"), False)),
        # remarks by two leaders, one of them named by a country: joint, the other state from
        # the text (the country it names most)
        ("Remarks by Vice President Harris and President Yoon of the Republic of Korea",
         [("South Korea", "country", "")],
         [("United States", "country", ""), ("NASA", "agency", "United States"),
          ("Japan", "country", "")],
         Principals(("South Korea", "United States"), True)),
        # no title: the country the text mentions most (an agency counts for its state)
        ("", [], [("ESA", "organization", ""), ("CNSA", "agency", "China"),
                  ("China", "country", ""), ("Russia", "country", "")],
         Principals(("China",), False)),
        ("", [], [], Principals((), False)),
        # a fact sheet on a partnership with another country reports both governments' acts
        ("FACT SHEET: A New Era of Partnership with Australia", [("Australia", "country", "")],
         [("United States", "country", ""), ("United States", "country", ""),
          ("Australia", "country", "")],
         Principals(("United States", "Australia"), True)),
        # ... but a release whose title names both sides of the relation keeps them: the
        # country the text names most is no speaker of its own
        ("NASRDA SIGNS MEMORANDUM WITH CNSA", [("NASRDA", "agency", "Nigeria"),
                                               ("CNSA", "agency", "China")],
         [("United States", "country", ""), ("United States", "country", ""),
          ("Nigeria", "country", "")],
         Principals(("Nigeria", "China"), False)),
        ("Japan Partners with Brazil on Lunar Dust", [("Japan", "country", ""),
                                                      ("Brazil", "country", "")],
         [("China", "country", ""), ("China", "country", "")],
         Principals(("Japan", "Brazil"), False)),
        # ... but a fact sheet on one government's acts is not joint
        ("Fact Sheet: Strengthening U.S. International Space Partnerships",
         [("United States", "country", "")], [("Japan", "country", "")],
         Principals(("United States",), False)),
        # a speech whose title names no country: the state of the agencies and officials it
        # names, though it names a rival most
        ("Remarks by the National Security Advisor on Space Security", [],
         [("China", "country", ""), ("China", "country", ""), ("China", "country", ""),
          ("NASA", "agency", "United States"), ("Joe Biden", "person", "United States")],
         Principals(("United States",), False)),
        # ... but another text keeps the country it names most; so does a speech naming no
        # agency or official
        ("Space Security in 2030", [],
         [("China", "country", ""), ("China", "country", ""), ("China", "country", ""),
          ("NASA", "agency", "United States"), ("Joe Biden", "person", "United States")],
         Principals(("China",), False)),
        ("Remarks on Space Security", [],
         [("China", "country", ""), ("Japan", "country", ""), ("China", "country", "")],
         Principals(("China",), False)),
    ],
)  # fmt: skip
def test_document_principals(title, title_actors, body, principals):
    got = document_principals(title_actors, body, title=title)
    assert (got.actors, got.joint) == (principals.actors, principals.joint)


@pytest.mark.parametrize(
    ("title", "title_actors", "speaker"),
    [
        # an agency's release whose title names no state: its "we" is the agency
        ("NASA Shares Medical Expertise with New Partners", [("NASA", "agency", "United States")],
         ("NASA",)),
        # ... not when the title names a state too, nor in a speech (the agency is its venue)
        ("NASA Welcomes Sweden", [("NASA", "agency", "United States"), ("Sweden", "country", "")],
         ("United States",)),
        ("Remarks by the Vice President Before the Space Council",
         [("Space Council", "agency", "United States")], ("United States",)),
        # ... nor in a foreign ministry's briefing: its spokesperson speaks for the state
        ("Ministry of Foreign Affairs of Japan > Press Conferences",
         [("Japanese Ministry of Foreign Affairs", "agency", "Japan")], ("Japan",)),
        ("Regular Briefing of the Ministry of External Affairs",
         [("Ministry of External Affairs", "agency", "India")], ("India",)),
        # negative: another ministry of a state keeps its voice
        ("Ministry of Science and ICT: Lunar Plan", [("MSIT", "agency", "South Korea")],
         ("MSIT",)),
    ],
)  # fmt: skip
def test_the_voice_of_an_agency(title, title_actors, speaker):
    assert document_principals(title_actors, [], title=title).speaker == speaker


_TWO_AGENCIES = [("ISRO", "agency", "India"), ("JAXA", "agency", "Japan")]


@pytest.mark.parametrize(
    ("title", "joint"),
    [
        # a joint text: its "we" is all its signatories
        ("India-Japan Joint Statement on Space Cooperation", True),
        ("JOINT DECLARATION OF THE TWO SPACE AGENCIES", True),
        ("Joint Vision Statement: Partners in Orbit", True),
        # fifteenth round: a headline's "joint" mission, rover or study is no joint text
        ("ISRO, JAXA finish review of joint lunar rover; launch in 2029", False),
        ("ISRO and JAXA plan joint study of polar water ice", False),
    ],
)
def test_a_joint_text_is_named_by_its_kind(title, joint):
    assert document_principals(_TWO_AGENCIES, [], title=title).joint is joint


def test_the_speaker_and_the_addressee():
    joint = Principals(("United States", "Japan"), True)
    assert (joint.speaker, joint.addressees) == (("United States", "Japan"), ())
    release = Principals(("United States", "Sweden"), False)
    assert (release.speaker, release.addressees) == (("United States",), ("Sweden",))
    assert Principals().speaker == ()


JOINT = Principals(("United States", "India"), True)


@pytest.mark.parametrize(
    ("sides", "principals", "countries", "out"),
    [
        # a joint text's claim with one side is its signatories'
        (["NASA"], JOINT, {}, ["NASA", "United States", "India"]),
        # ... but a signatory acting through its own body is not added again
        (["Department of Commerce"], JOINT, {"Department of Commerce": "United States"},
         ["Department of Commerce", "India"]),
        # two sides stay as they are; so do the sides of a text that is not joint
        (["NASA", "ISRO"], JOINT, {"NASA": "United States", "ISRO": "India"}, ["NASA", "ISRO"]),
        (["NASA"], Principals(("United States", "India"), False), {}, ["NASA"]),
    ],
)  # fmt: skip
def test_with_principals(sides, principals, countries, out):
    assert with_principals(sides, principals, countries=countries) == out


def test_the_topic_names_the_agency_and_the_office():
    p = document_principals(
        [], [("UNOOSA", "organization", ""), ("UN", "organization", ""), ("UN", "organization", "")]
    )
    assert p.topic == ("UNOOSA", "organization")
    assert p.most_mentioned("organization") == "UNOOSA"  # the topic, not the most frequent
    assert p.most_mentioned("agency") == ""


def test_the_topic_is_never_a_person():
    """An untitled text that first names a pioneer is not about "it" the person: its "It"
    opening a sentence is the first actor that is not a person (or none)."""
    p = document_principals([], [("Ada Pioneer", "person", "Russia"), ("ESA", "organization", "")])
    assert p.topic == ("ESA", "organization")
    assert document_principals([], [("Ada Pioneer", "person", "Russia")]).topic == ("", "")


@pytest.mark.parametrize(
    ("name", "kind", "country", "side"),
    [
        ("China", "country", "", "China"),
        ("CNSA", "agency", "China", "CNSA"),
        ("Xi Jinping", "person", "China", "China"),
        ("Jane Doe", "person", "", ""),
        ("ILRS", "program", "China", ""),
        ("Artemis Accords", "agreement", "", ""),
        ("Chang'e 6", "mission", "China", ""),
        ("ISS", "station", "", ""),
        # meetings and dialogues are venues; standing organisations named "Forum" or
        # "Conference" are sides
        ("U.S.-France Cyber Dialogue", "organization", "", ""),
        ("Comprehensive Dialogue on Space", "organization", "", ""),
        ("One Forest Summit", "organization", "", ""),
        ("Pacific Islands Forum", "organization", "", "Pacific Islands Forum"),
        ("European Space Conference", "organization", "", "European Space Conference"),
        ("National Space Council", "organization", "United States", "National Space Council"),
    ],
)
def test_side_of(name, kind, country, side):
    assert side_of(name, kind, country) == side


@pytest.mark.parametrize(
    ("text", "covered", "found"),
    [
        ("States Parties shall consult one another.", set(), ["States Parties"]),
        ("Each State Party shall inform the Secretary-General of the United Nations.", {9},
         ["States Parties", "UN Secretary-General"]),
        ("The Contracting Parties agree.", set(), ["Contracting Parties"]),
        ("The Accords signatories met in Paris.", set(), ["Signatories"]),
        # lowercase: "signatory nations", "the other / original signatories"
        ("Brazil and the signatory nations drafted a plan.", set(), ["Signatories"]),
        ("Peru joined the other signatories in Lima.", set(), ["Signatories"]),
        ("Italy was among the original signatories.", set(), ["Signatories"]),
        # ... not a count of signatories nor one signatory of a named instrument
        ("The number of signatories grew last year.", set(), []),
        ("Norway is a signatory of the treaty.", set(), []),
        # an actor mention that covers the term (self-reference resolution) wins
        ("States Parties shall consult one another.", {0}, []),
        # not party terms: lowercase "parties", "signatory" of a thing named otherwise
        ("All parties agreed.", set(), []),
        ("China has many partners.", set(), []),
    ],
)  # fmt: skip
def test_party_term_mentions(text_nlp, text, covered, found):
    doc = text_nlp.make_doc(text)
    assert [m[2] for m in party_term_mentions(doc, covered)] == found


@pytest.mark.real_data
def test_real_claims_never_pair_an_actor_with_itself_or_its_own_agency(shared_dir, tmp_path):
    """A run over real documents (the reference article, an agency's encyclopedia article and a
    joint statement): every claims.csv row pairs two different sides."""
    from pipeline.nlp.extract.gazetteer import load_gazetteer
    from pipeline.runner.run import run_corpus

    inputs = [
        shared_dir / "reference",
        shared_dir / "realcorpus" / "075_china_national_space_administration.txt",
        shared_dir / "realcorpus" / "042_u_s_rok_leaders_joint_statement.txt",
    ]
    run_corpus(inputs, tmp_path / "out", workers=0, progress=False)
    gazetteer = load_gazetteer()

    def info(name: str) -> tuple[str, str, str]:
        if name not in gazetteer:
            return (name, "", "")  # a party term ("States Parties")
        return (name, gazetteer[name].type, gazetteer[name].country)

    with open(tmp_path / "out" / "claims.csv", encoding="utf-8", newline="") as fh:
        claims = list(csv.DictReader(fh))
    assert len(claims) >= 10
    for row in claims:
        assert not own_pair(info(row["party_a"]), info(row["party_b"])), row
        assert info(row["party_a"])[1] not in {"program", "mission", "station", "agreement"}
        assert info(row["party_b"])[1] not in {"program", "mission", "station", "agreement"}
