"""Modality forms found in the blind documents held out in the fifteenth round (wave 3), in
the team's own sentences, positive and negative (sixteenth round, issue 17).

Each row names a general form of language or a convention of a register: the kind of text a
title names (a declaration of principles binds, a programme's framework plans); a counterfactual
owed to partners with a negative subject; an intention denied with "of" and a gerund; a verb of
saying whose "that" clause a phrase separates from it; an infinitive of saying over an indirect
question; a future of saying or knowing that only announces its clause; the speaker's own body
("My delegation") as the caller; an offer under examination and a contemplation in reported
speech; a second clause of the same report.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.modality import legal_text

#: Three provisions, so that the count of "shall" alone would make any text an instrument.
_SHALLS = "The Agency shall lead. The council shall advise. Each member shall report."


@pytest.mark.parametrize(
    ("title", "text", "legal"),
    [
        # a declaration that names principles is an instrument of rules, "shall" or not
        ("DECLARATION OF PRINCIPLES ON LUNAR SURFACE SAFETY", "They will notify.", True),
        ("Declaration on Legal Principles for Orbital Debris", "", True),
        ("Framework Agreement between Chile and Kenya on Space Research", "", True),
        # negative: a leaders' declaration names no principles; it is a joint statement
        ("Joint Declaration of the Leaders of Kenya and Chile", "They will meet.", False),
        # a programme's framework, plan or roadmap plans, however often it says "shall"
        ("Pan-Andean Space Programme: Implementation Framework", _SHALLS, False),
        ("Lunar Science Action Plan 2027-2031", _SHALLS, False),
        ("A Roadmap", _SHALLS, False),
        # negative: a framework for cooperation may be an instrument: the count decides
        ("Framework for Cooperation in Earth Observation", _SHALLS, True),
        ("Framework for Cooperation in Earth Observation", "They will meet.", False),
    ],
)
def test_a_title_names_the_kind_of_text(title, text, legal):
    assert legal_text(text, title=title) is legal


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Declaration of Principles on Lunar Surface Safety",
         "The Signatories will exchange landing site data with one another.", "normative"),
        ("Declaration of Principles on Lunar Surface Safety",
         "Each Signatory intends to inform the others before a landing near their sites.",
         "normative"),
        # negative: the same sentences in a leaders' declaration and in a programme's plan
        ("Joint Declaration of the Leaders of Kenya and Chile",
         "The two countries will exchange landing site data with one another.", "planned"),
        ("Pan-Andean Space Programme: Implementation Framework",
         "The Agency will cooperate with every partner willing to work with the region. "
         + _SHALLS, "planned"),
        # ... while a text that names no kind of its own is an instrument by its "shall"s
        ("Pan-Andean Space Programme",
         "The Agency will cooperate with every partner willing to work with the region. "
         + _SHALLS, "normative"),
    ],
)  # fmt: skip
def test_the_kind_of_text_decides_will(titled_claim, title, text, expected):
    assert titled_claim(title, text)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # a counterfactual owed to partners, also with a negative subject: they were there
        ("None of it would have been possible without our friends in Kenya.", "cooperation",
         "asserted"),
        ("Nothing would have been achieved without the help of Japan.", "cooperation",
         "asserted"),
        # negative: a negative subject with no counterfactual denies the relation
        ("None of the partners signed an agreement with Chile.", "cooperation", "negated"),
        # an intention denied with "of" and a gerund, as with "to"
        ("Chile has no intention of entering an arms race with Kenya.", "competition",
         "negated"),
        ("The agency has no plans of joining the station led by Kenya.", "cooperation",
         "negated"),
        # a verb of saying whose "that" clause a phrase separates from it
        ("The ministry said in reply to a written question that Chile has no plans to join "
         "the Kenyan station.", "cooperation", "negated"),
        ("Officials told reporters at the briefing that Kenya would join the mission with "
         "Japan.", "cooperation", "planned"),
        # negative: the phrase's noun with a relative clause of its own
        ("Kenya spoke at the conference that Japan hosted with Chile.", "cooperation",
         "asserted"),
        # an infinitive of saying over an indirect question reports nothing: the main verb
        # decides ("agreed to tell the other what it does" is an agreement)
        ("Neither side has agreed to tell the other what it is planning.", "cooperation",
         "negated"),
        ("Both sides have agreed to tell each other what they are planning.", "cooperation",
         "asserted"),
        # negative: an infinitive of saying over a "that" clause reports the clause
        ("We are proud to announce that we intend to work with Japan.", "cooperation",
         "planned"),
    ],
)  # fmt: skip
def test_negation_and_reports_of_held_out_forms(last_claim, text, label, expected):
    assert last_claim("", text, label)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # a future of saying or knowing announces a point: its clause decides
        ("Critics will say that Kenya and Chile cannot be trusted to keep such promises.",
         "competition", "asserted"),
        ("The hon. Member will know that Chile ended its cooperation with Kenya in 2021.",
         "cooperation", "asserted"),
        ("I will not pretend that our ties with Kenya are only a partnership.", "cooperation",
         "asserted"),
        # negative: a future of doing, and a future announcement, are plans
        ("We will sign an agreement with Kenya next year.", "cooperation", "planned"),
        ("We will announce that Kenya joins the mission.", "cooperation", "planned"),
        # negative: the clause's own future still counts
        ("Critics will say that Kenya will never work with Chile.", "cooperation", "negated"),
        # the speaker's own body calls ("My delegation invites", as "we invite")
        ("My delegation invites all interested States to join the study group with Chile.",
         "cooperation", "normative"),
        ("Our government calls on Kenya and Chile to share their tracking data.",
         "cooperation", "normative"),
        # negative: a body named without "my" / "our" states a standing invitation
        ("The delegation invites all interested States to join the study group with Chile.",
         "cooperation", "asserted"),
        # a deliberation: an offer under examination, a contemplation in reported speech
        ("Chile is studying proposals from both Kenya and Japan for a lunar payload.",
         "cooperation", "hypothetical"),
        ("The ministry said it was reviewing an offer from Kenya to join the station.",
         "cooperation", "hypothetical"),
        ("The Chilean side informed the Kenyan side that it was considering joining the "
         "station.", "cooperation", "hypothetical"),
        # negative: an activity studied together, an offer examined and done with
        ("Chile is studying the lunar surface with Kenya.", "cooperation", "asserted"),
        ("Chile studied the proposal from Kenya and signed it in May.", "cooperation",
         "asserted"),
        ("Chile was considering joining the station with Kenya in 2019.", "cooperation",
         "asserted"),
    ],
)  # fmt: skip
def test_moves_of_the_speaker(last_claim, text, label, expected):
    assert last_claim("", text, label)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second clause of the same report with its own "that" or subject does not override
        # a first clause that states the relation
        ("The sides reaffirmed that space cooperation is a pillar of the partnership between "
         "Kenya and Chile and that it should serve both peoples.", "asserted"),
        ("The director said the agency welcomed Chile as a new partner of the station and that "
         "the station would stay open to every country.", "asserted"),
        # negative: a first clause that states no relation leaves the second to decide
        ("The envoy wrote that the weather had been poor and that Chile would launch a satellite "
         "with Kenya.", "planned"),
        # negative: the speakers' own predicate misread into the reported clause
        ("The ministers recognize that the partnership with Kenya is vital and intend to expand "
         "it.", "planned"),
    ],
)  # fmt: skip
def test_second_clause_of_a_report(last_claim, text, expected):
    assert last_claim("", text, "cooperation")._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # a denied target with "any" and an outsider noun, also in a reported clause
        ("The two ministers stressed that their partnership in space is not directed against "
         "any country.", "cooperation", "asserted"),
        ("Our cooperation with Chile is not directed against any nation.", "cooperation",
         "asserted"),
        # negative: a named side, a relation itself denied
        ("The exercises are not directed against Kenya.", "competition", "negated"),
        ("Chile is not cooperating with any country on the station.", "cooperation", "negated"),
    ],
)  # fmt: skip
def test_a_target_denied(last_claim, text, label, expected):
    assert last_claim("", text, label)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        # a list item without a subject dated after its document (2026) is a plan
        (["Outcomes:", "- Holding the first joint exercise of Kenya and Chile by March 2027."],
         "planned"),
        (["Outcomes:", "- Launching two Kenyan satellites on a Chilean rocket in 2028."],
         "planned"),
        # negative: no date, a date of the document's year or before, an item with a subject
        (["Outcomes:", "- Launching two Kenyan satellites on a Chilean rocket."], "asserted"),
        (["Outcomes:", "- Launching two Kenyan satellites on a Chilean rocket in 2025."],
         "asserted"),
        (["Outcomes:", "- Kenya launched two satellites on a Chilean rocket in March 2027."],
         "asserted"),
    ],
)  # fmt: skip
def test_an_item_dated_ahead(text_nlp, items, expected):
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks

    title = "Fact Sheet: Kenya-Chile Summit"
    document = Document(
        source="t.txt",
        sha256="0" * 64,
        format="txt",
        parsed=ParsedText(Metadata(title=title, year=2026), [Block(b) for b in items]),
    )
    text, spans = join_blocks(document)
    doc = text_nlp.make_doc(text)
    doc._.sc_blocks = spans
    doc._.sc_title = title
    doc._.sc_metadata = document.metadata  # the document's date: 2026
    doc = text_nlp(doc)
    assert doc._.sc_document_date.startswith("2026")
    for sent in doc.sents:
        sent._.sc_claim_label = "cooperation"
    doc = text_nlp.get_pipe("spaceclaims_claim_structure")(doc)
    assert list(doc.sents)[-1]._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "no X" owned by a share of a group describes how the group is made up
        ("Of the thirty members, a few build instruments, and many have no launcher at all.",
         "asserted"),
        ("Most partners of the Chilean station have no agreement with Kenya.", "asserted"),
        ("The club grew fast, but some of its members have no role in the missions.",
         "asserted"),
        # negative: a named party's "no X" denies; a share's act with "no X" too
        ("Kenya has no agreement with Chile on lunar data.", "negated"),
        ("The two agencies have no plans to work together.", "negated"),
        ("Many partners signed no agreement with Kenya.", "negated"),
    ],
)  # fmt: skip
def test_a_share_of_a_group_lacks(last_claim, text, expected):
    assert last_claim("", text)._.sc_claim_modality == expected
