"""Parties and modality of claim sentences (``pipeline.nlp.components.claim_structure``) and the
claims.csv rows built from them (``pipeline.dataset.rows``)."""

from __future__ import annotations

import pytest

from pipeline.dataset.rows import own_pair, rows_from_doc
from pipeline.nlp.components.claim_structure import sentence_docs
from pipeline.nlp.extract.modality import legal_text
from pipeline.nlp.extract.party_rules import party_indices


@pytest.fixture(scope="module")
def structure(text_nlp):
    return text_nlp.get_pipe("spaceclaims_claim_structure")


@pytest.fixture
def claim(claim_doc):
    """``claim_doc`` with no title: the doc after claim structure and its document."""

    def run(paragraphs: str | list[str], label: str = "cooperation", year: int | None = None):
        return claim_doc(paragraphs, label, year=year)

    return run


def first_sentence(doc):
    return next(iter(doc.sents))


@pytest.mark.parametrize(
    ("text", "label", "parties"),
    [
        # coordinated subjects; the agreement or program they cooperate on is not a side
        ("China and Russia signed an agreement on the ILRS.", "cooperation", ["China", "Russia"]),
        ("China and Russia jointly released a roadmap for the ILRS.", "cooperation",
         ["China", "Russia"]),
        # "with X"; a law that bars is the framework, not a party
        ("The Wolf Amendment bars NASA from cooperating with China.", "competition",
         ["NASA", "China"]),
        # "between X and Y"
        ("Cooperation between Canada and the United States should deepen.", "cooperation",
         ["Canada", "United States"]),
        # the speaker is a party when the reported clause is about itself; a station is not
        ("Roscosmos said it would not participate in the Lunar Gateway.", "cooperation",
         ["Roscosmos"]),
        # ... and a source otherwise; the qualifier "NASA" of the speaker is no party either
        ("NASA Administrator Bill Nelson warned that China is racing to the Moon.",
         "competition", ["China"]),
        # the owner of a program is the side ("China's ILRS"); a possessor of an agency only
        # qualifies it
        ("Thailand joined China's ILRS in 2024.", "cooperation", ["Thailand", "China"]),
        ("Pakistan's SUPARCO will build an orbiter with CNSA.", "cooperation",
         ["SUPARCO", "CNSA"]),
        # a possessor of a relation noun is a party
        ("China's partnership with Pakistan is deepening.", "cooperation",
         ["China", "Pakistan"]),
        # places are not parties
        ("Ground stations in Argentina, Chile and South Africa support the mission.",
         "cooperation", []),
        # where forces or equipment are posted is a place; what is given or sold to a
        # country makes it a side
        ("Japan will deploy a radar to Australia with the United States.", "cooperation",
         ["Japan", "United States"]),
        ("France sold two satellites to Brazil.", "cooperation", ["France", "Brazil"]),
        ("Canada provided support to Ukraine with the United States.", "cooperation",
         ["Canada", "Ukraine", "United States"]),
        # frameworks and legal bases
        ("Under the Outer Space Treaty, China and Russia must consult each other.",
         "cooperation", ["China", "Russia"]),
        ("Cooperation shall be carried out in accordance with the Outer Space Treaty.",
         "cooperation", []),
        ("Brazil and India will cooperate in accordance with the Charter of the United Nations.",
         "cooperation", ["Brazil", "India"]),
        # dash compounds and combining forms coordinate their actors
        ("The ESA–NASA agreement covers the service module.", "cooperation", ["ESA", "NASA"]),
        ("The Sino-Indian rivalry has intensified.", "competition", ["China", "India"]),
        # a demonym stands for the noun it modifies; an acting metonym is the state
        ("The Chinese government accused Washington of militarising space.", "competition",
         ["China", "United States"]),
        ("The talks between Canberra and Beijing ended without an agreement.", "cooperation",
         ["Australia", "China"]),
        # a person acting for a state is the state
        ("President Biden and President Xi agreed to resume space talks.", "cooperation",
         ["United States", "China"]),
        # party terms and offices of legal texts
        ("States Parties shall consult one another.", "cooperation", ["States Parties"]),
        ("The Contracting Parties undertake to exchange information on their activities.",
         "cooperation", ["Contracting Parties"]),
        # the states a liability or registration convention obliges by their role are terms
        # too; a state an exception leaves out ("other than") is no side
        ("A launching State shall tell the Secretary-General of the United Nations about each launch.",
         "cooperation", ["Launching State", "UN Secretary-General"]),
        ("The State of registry shall inform the Secretary-General of any change in orbit.",
         "cooperation", ["State of Registry", "UN Secretary-General"]),
        ("States Parties other than the launching State shall offer help to the affected crew.",
         "cooperation", ["States Parties"]),
        # a country that only qualifies an agency or company of its own is not a side of its
        # own; joined by a dash it is, and a demonym of a plain noun stands for the noun
        ("The American company Intuitive Machines built the lander with NASA.", "cooperation",
         ["Intuitive Machines", "NASA"]),
        ("The Indian company Skyroot signed a deal with the French agency CNES.", "cooperation",
         ["Skyroot", "CNES"]),
        ("The U.S.-Japan partnership in space grew quickly.", "cooperation",
         ["United States", "Japan"]),
        ("Chinese firms are competing with American companies.", "competition",
         ["China", "United States"]),
        # a person acts for the agency of their role ("Roscosmos cosmonauts A and B")
        ("Roscosmos cosmonauts Ivan Petrov and Oleg Smirnov will fly with NASA.", "cooperation",
         ["Roscosmos", "NASA"]),
        # the channel of a relation ("through ESA") is not a side; "with ESA" is
        ("France works with the United States through the European Space Agency.",
         "cooperation", ["France", "United States"]),
        ("France works with the European Space Agency.", "cooperation", ["France", "ESA"]),
        # a meeting or dialogue is the venue of the relation; a standing organisation is a side
        ("The United States and France will hold the U.S.-France Space Dialogue in May.",
         "cooperation", ["United States", "France"]),
        ("India and Japan set up the Comprehensive Dialogue on Space in 2019.", "cooperation",
         ["India", "Japan"]),
        ("Canada held observer status in the European Space Conference.", "cooperation",
         ["Canada", "European Space Conference"]),
        # a phrase of time or concession is the background, not a side; a date after "since"
        # leaves the sides alone
        ("After the Russian invasion of Ukraine, ESA ended its work with Roscosmos.", "both",
         ["ESA", "Roscosmos"]),
        ("Despite warnings from the Pentagon, NASA kept working with Roscosmos.", "cooperation",
         ["NASA", "Roscosmos"]),
        ("Russia has worked with China since the 1990s.", "cooperation", ["Russia", "China"]),
        # no actor, no party
        ("International cooperation in space should be encouraged.", "cooperation", []),
    ],
)  # fmt: skip
def test_parties(claim, text, label, parties):
    doc, _ = claim(text, label)
    assert first_sentence(doc)._.sc_claim_parties == parties


@pytest.mark.parametrize(
    ("text", "label", "parties"),
    [
        # the rules (parties = "rules") also leave out background clauses; the model, chosen
        # on the real dev split, does not always (annotators of real text sometimes count them)
        ("After Russia invaded Ukraine, ESA ended its cooperation with Roscosmos.", "both",
         ["ESA", "Roscosmos"]),
        ("Thailand joined China's ILRS in 2024.", "cooperation", ["Thailand", "China"]),
        ("China and Russia jointly released a roadmap for the ILRS.", "cooperation",
         ["China", "Russia"]),
    ],
)  # fmt: skip
def test_parties_by_the_rules(claim, structure, monkeypatch, text, label, parties):
    monkeypatch.setattr(structure, "decide", party_indices)
    doc, _ = claim(text, label)
    assert first_sentence(doc)._.sc_claim_parties == parties


@pytest.fixture
def titled(text_nlp, structure):
    """Run ``text`` as a document titled ``title``, every sentence a cooperation claim."""

    def run(title: str, text: str) -> list[str]:
        doc = text_nlp.make_doc(text)
        doc._.sc_blocks = [(0, len(text))]
        doc._.sc_title = title
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = "cooperation"
        return first_sentence(structure(doc))._.sc_claim_parties

    return run


@pytest.mark.parametrize(
    ("title", "text", "parties"),
    [
        # a joint statement's "we" is all its signatories
        ("Joint Statement of the United States and Japan",
         "We will deepen our cooperation on lunar exploration.", {"United States", "Japan"}),
        # ... and so is its "They"
        ("Joint Statement of the United States and Japan",
         "They welcomed progress in the space dialogue.", {"United States", "Japan"}),
        # a speaker's "we" is the speaker's state (a person in the title stands for it)
        ("Remarks by President Biden at the Space Council",
         "We will expand our partnership with Japan.", {"United States", "Japan"}),
        # "our two countries" is both principals of the title
        ("NASA Welcomes Sweden as the Newest Artemis Accords Signatory",
         "Our two countries have worked together in space for decades.",
         {"United States", "Sweden"}),
        # "our alliance" in a text with two principals is their relation, not the speaker's
        ("NASA Welcomes Sweden as the Newest Artemis Accords Signatory",
         "We will deepen our strong bilateral partnership.", {"United States", "Sweden"}),
        # ... but not "our" before a one-sided noun, nor in a text with one principal
        ("NASA Welcomes Sweden as the Newest Artemis Accords Signatory",
         "We will share our data openly.", {"United States"}),
        ("Remarks by President Biden at the Space Council",
         "We will deepen our partnership.", {"United States"}),
        # "our world" is everyone's, not the speaker's state; "our country" is the speaker's
        ("Remarks by President Biden at the Space Council",
         "Nations must work together to protect our world.", set()),
        ("Remarks by President Biden at the Space Council",
         "Nations must work together with our country.", {"United States"}),
        # "bilateral" names the signatories only when the sentence names fewer than two sides
        ("Joint Statement of the United States and Japan",
         "A new bilateral platform will link NASA and JAXA.", {"NASA", "JAXA"}),
        ("Joint Statement of the United States and Japan",
         "A new bilateral platform on lunar science will be launched.",
         {"United States", "Japan"}),
        # "the Parties" and "each Party" of an agreement between two states are its signatories;
        # lower-case "parties" of a news text and the party term "States Parties" are not
        ("Agreement between the Government of Japan and the Government of India on Outer Space",
         "The Parties shall encourage cooperation between their space agencies.",
         {"India", "Japan"}),
        ("Agreement between the Government of Japan and the Government of India on Outer Space",
         "Each Party shall inform the other Party of changes to its space laws.",
         {"India", "Japan"}),
        ("Elections in India and Japan", "The parties will cooperate in the new parliament.",
         set()),
        ("Convention on Lunar Data", "States Parties shall share their lunar data.",
         {"States Parties"}),
        # a joint statement's "the two Prime Ministers" and "both countries" are its signatories
        ("Joint Statement on Space Cooperation between India and Japan",
         "The two Prime Ministers welcomed the launch of a lunar polar mission.",
         {"India", "Japan"}),
        ("Joint Statement on Space Cooperation between India and Japan",
         "Both countries expressed concern about China's counterspace weapons.",
         {"India", "Japan", "China"}),
        # "with X at its core / centre" says how something is built: X is not a side; "with X
        # at the heart of" a program, or talks "with X at its headquarters", keep X
        ("Joint Statement on Space Cooperation between India and Japan",
         "India and Japan support an open region, with ASEAN at its center.",
         {"India", "Japan"}),
        ("Joint Statement on Space Cooperation between India and Japan",
         "Japan works with ESA at the heart of its exploration program.", {"Japan", "ESA"}),
        ("Joint Statement on Space Cooperation between India and Japan",
         "India and Japan will hold talks with ASEAN at its headquarters.",
         {"India", "Japan", "ASEAN"}),
        # partners listed as subjects are all sides; the program they join is not
        ("", "Japan, Canada and Italy signed the Artemis Accords in 2020.",
         {"Japan", "Canada", "Italy"}),
        # without a title, "we" is the country the text names most; here none
        ("", "We will cooperate more closely.", set()),
    ],
)  # fmt: skip
def test_parties_from_the_document(titled, title, text, parties):
    assert set(titled(title, text)) == parties


_JS = "Joint Statement of the United States and Japan"
_CN = "Joint Statement between the People's Republic of China and the Republic of Kenya"
_FS = "Fact Sheet: Strengthening U.S. International Space Partnerships"
_SP = "Remarks by the Vice President at the National Space Council"


@pytest.mark.parametrize(
    ("title", "text", "parties"),
    [
        # --- joint statements: the signatories from the title, hyphenated or written out
        ("U.S.-Brazil Joint Statement on Space Cooperation",
         "We intend to expand cooperation on Earth observation.", {"United States", "Brazil"}),
        ("China-Kenya Joint Statement on Deepening Cooperation",
         "The two sides will expand cooperation on space science.", {"China", "Kenya"}),
        (_CN, "Both parties will promote exchanges between their space agencies.",
         {"China", "Kenya"}),
        (_CN, "The Kenyan side welcomed China's offer to train engineers.", {"China", "Kenya"}),
        ("Joint Statement between China and Egypt", "Each side will support the other's station.",
         {"China", "Egypt"}),
        (_JS, "The two governments will consult closely with Australia and India.",
         {"United States", "Japan", "Australia", "India"}),
        # what the signatories welcome between two others is those two's relation ...
        (_JS, "The leaders welcomed a new arrangement between NASA and JAXA on lunar samples.",
         {"NASA", "JAXA"}),
        (_JS, "The United States welcomes Japan's plan to deepen cooperation with the Philippines.",
         {"Japan", "Philippines"}),
        # ... but not what names one side only, nor newcomers welcomed as partners
        (_JS, "We welcome Japan's decision to join the Artemis Accords.",
         {"United States", "Japan"}),
        (_JS, "The United States welcomed India, Mexico and Sweden as new signatories.",
         {"United States", "India", "Mexico", "Sweden"}),
        # ... nor a relation one of the welcomers is in
        ("Joint Statement of the United States and France",
         "The Presidents welcome the progress of the U.S.-EU task force on energy security.",
         {"United States", "France", "EU"}),
        ("Joint Statement of the United States and France",
         "The Presidents welcome the new partnership between Kenya and Ghana on satellite data.",
         {"Kenya", "Ghana"}),
        # --- fact sheets: an item without a subject is the issuing government's act
        (_FS, "- Signing a memorandum of understanding with Poland on space situational awareness.",
         {"United States", "Poland"}),
        (_FS, "- Deepening cooperation with Kenya on Earth observation data.",
         {"United States", "Kenya"}),
        (_FS, "- Norway and Sweden signed a new arrangement on polar data.", {"Norway", "Sweden"}),
        (_FS, "NASA and the Brazilian Space Agency will fly a joint mission.", {"NASA", "AEB"}),
        (_FS, "The United States and its partners will expand data sharing.", {"United States"}),
        # a body the relation sets up is its object, not a side; a body joined is a side
        ("Fact Sheet: The United States and Brazil Deepen Their Space Partnership",
         "- Establishing a U.S.-Brazil Space Science Council to expand ties between NASA and the "
         "Brazilian Space Agency.", {"NASA", "AEB"}),
        ("", "NASA and JAXA will launch the Lunar Dust Consortium next year.", {"NASA", "JAXA"}),
        ("", "Kenya joined the African Space Agency in 2023.", {"Kenya", "African Space Agency"}),
        # --- treaty clauses: role terms; an exception is no side
        ("", "The launching State and the State of registry shall consult each other.",
         {"Launching State", "State of Registry"}),
        ("Convention on Lunar Data", "States Parties shall cooperate with the IAEA.",
         {"States Parties", "IAEA"}),
        # --- speeches: "we" is the speaker's state; beside its own agency, the agency acts
        (_SP, "We are working with Japan and India on lunar exploration.",
         {"United States", "Japan", "India"}),
        (_SP, "We are proud that NASA will fly a Japanese astronaut to the Moon.",
         {"NASA", "Japan"}),
        (_SP, "China is racing to put astronauts on the Moon before us.", {"China", "United States"}),
        # the owner of a program a relation goes through is a side; a channel itself is not
        ("Remarks by President Biden and President Yoon of Korea",
         "South Korea will soon fly payloads through NASA's lunar delivery program.",
         {"South Korea", "NASA"}),
        ("", "Japan coordinates its debris work through the United Nations.", {"Japan"}),
        # --- news: a state implied by a person or an adjective beside its own agency is the
        # agency; a named state stays; a report's source and a place are no sides
        ("", "The Canadian Space Agency announced that a Canadian astronaut would fly on a NASA "
             "mission.", {"CSA", "NASA"}),
        ("", "China and Pakistan signed an agreement to fly a Pakistani astronaut to the station.",
         {"China", "Pakistan"}),
        ("", "A study from the RAND Corporation found that China has overtaken Russia.",
         {"China", "Russia"}),
        ("", "Startups from Kenya are entering the Indian market with ISRO's help.",
         {"Kenya", "ISRO"}),
        # --- analysis
        ("", "The United States and its partners are competing with China for influence.",
         {"United States", "China"}),
        ("", "Russia's cooperation with China on the lunar station deepened after 2021.",
         {"Russia", "China"}),
        ("", "Chinese and Russian officials discussed a joint lunar base.", {"China", "Russia"}),
    ],
)  # fmt: skip
def test_parties_by_register(titled, title, text, parties):
    """Parties by register (joint statement, fact sheet, treaty clause, speech, news,
    analysis), with positive and negative cases; the sentences are the team's own."""
    assert set(titled(title, text)) == parties


_JF = "Joint Fact Sheet: The United States and India Expand Their Technology Partnership"


@pytest.mark.parametrize(
    ("title", "text", "parties"),
    [
        # --- a country in brackets after an agency says where the agency is from: one side
        ("", "The lab is run by NASA (United States) and JAXA (Japan) together.",
         {"NASA", "JAXA"}),
        ("", "Roscosmos (Russia) and CNSA (China) agreed on a lunar base.", {"Roscosmos", "CNSA"}),
        # ... not a bracketed list of states of its own
        ("", "ESA signed accords with two states (India and Brazil).", {"ESA", "India", "Brazil"}),
        # --- the standard of a comparison of degree is no side
        ("", "Norway wants to work as closely with ESA as Canada.", {"Norway", "ESA"}),
        ("", "Poland cooperates as much with NASA as Italy does.", {"Poland", "NASA"}),
        # ... "as well as" joins sides, and a role after "as" keeps the object
        ("", "Japan works with NASA as well as with Canada.", {"Japan", "NASA", "Canada"}),
        # --- the owner of a program named in a clause that describes an agreement is no side
        ("", "Kenya signed the Artemis Accords, which guide the states taking part in NASA's "
             "Artemis program.", {"Kenya"}),
        ("", "Kenya joined NASA's Artemis program in 2024.", {"Kenya", "NASA"}),
        # --- coordinated welcomers are one group: one of them in what they welcome keeps both
        (_JS, "The United States and Japan welcomed new efforts to widen trilateral work with "
              "India, including Japan's role in a naval drill.",
         {"United States", "Japan", "India"}),
        (_JS, "The United States and Japan welcomed the new partnership between Kenya and Ghana.",
         {"Kenya", "Ghana"}),
        # --- "we announce that X and Y will ...": the authors report the relation of others
        (_JS, "Today we announce that NASA and ESA will build a lunar rover together.",
         {"NASA", "ESA"}),
        (_JS, "Today we announce that we will build a lunar rover together.",
         {"United States", "Japan"}),
        (_JS, "We announce a new partnership with India on lunar science.",
         {"United States", "Japan", "India"}),
        # --- a post before its holder's name is a title: the official acts for the state;
        # a post named on its own is a side
        (_JF, "APNSA Jake Sullivan and NSA Ajit Doval agreed to deepen the technology partnership.",
         {"United States", "India"}),
        ("", "The APNSA and the APST shall coordinate with NASA on launch licensing.",
         {"Assistant to the President for National Security Affairs",
          "Assistant to the President for Science and Technology", "NASA"}),
    ],
)  # fmt: skip
def test_parties_on_fresh_patterns(titled, title, text, parties):
    """Causes of party errors found on fresh dev sentences (issue 17), each with negative
    cases; the sentences are the team's own."""
    assert set(titled(title, text)) == parties


@pytest.mark.parametrize(
    ("paragraph", "parties"),
    [
        # "both nations" / "the two countries" of a text without two principals: the two
        # states the previous sentences named
        ("The Soviet Union and the United States raced to the Moon. Both nations spent vast "
         "sums on rockets.", {"Soviet Union", "United States"}),
        ("NASA signed with Japan and India. The two countries will fly on Artemis.",
         {"Japan", "India"}),
        # not when three states were named just before, nor "two" without "the" or "both"
        ("The Soviet Union and the United States raced to the Moon. China launched a probe. "
         "Both nations spent vast sums.", set()),
        ("Japan and India signed. Two nations will fly on Artemis.", set()),
    ],
)  # fmt: skip
def test_both_nations_are_the_two_just_named(claim, paragraph, parties):
    doc, _ = claim(paragraph)
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == parties


_LEAD_IN = [
    "Sec. 3. Duties.",
    "(a) The Secretary of Defense and the Administrator of NASA, as launch agents, shall, in "
    "consultation with other agencies:",
    "(i) coordinate launch acquisitions to maximize shared requirements;",
    "(ii) share launch data with Japan; and",
    "(iii) the Secretary of State shall consult allies on launch safety.",
]


@pytest.mark.parametrize(
    ("upto", "parties"),
    [
        # an item that continues its lead-in ("X and Y shall: (i) coordinate ...") is done by
        # the lead-in's subjects (not those after its modal), with the item's own sides
        (3, {"Department of Defense", "NASA"}),
        (4, {"Department of Defense", "NASA", "Japan"}),
        # an item with a subject of its own keeps it
        (5, {"Department of State"}),
    ],
)
def test_list_items_inherit_the_subjects_of_their_lead_in(claim, upto, parties):
    doc, _ = claim(_LEAD_IN[:upto])
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == parties


def test_a_lead_in_whose_subject_is_a_pronoun_passes_on_the_sentence_before(claim):
    doc, _ = claim(
        [
            "The Lunar Council shall advise the President on space policy. In particular, it "
            "shall:",
            "(i) enable interagency cooperation and exchanges with NASA; and",
        ]
    )
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == {"Lunar Council", "NASA"}


def test_a_lead_in_without_a_modal_passes_nothing_on(claim):
    doc, _ = claim(["NASA and ESA discussed these topics:", "(i) share lunar data with Japan."])
    assert set(list(doc.sents)[-1]._.sc_claim_parties) == {"Japan"}


@pytest.mark.parametrize(
    ("register", "text", "label", "modality"),
    [
        # treaty and rules: "shall", "undertakes to", exhortations, duty items are normative
        ("treaty", "The Parties shall consult promptly on any matter arising from this "
         "Agreement.", "cooperation", "normative"),
        ("treaty", "States Parties shall consult one another.", "cooperation", "normative"),
        ("treaty", "Each State Party undertakes to inform the other Parties of its launches.",
         "cooperation", "normative"),
        ("treaty", "States are encouraged to share information on space objects with other "
         "States.", "cooperation", "normative"),
        ("treaty", "(b) exchange information on space weather with other operators;",
         "cooperation", "normative"),
        # a prohibition is a norm, not a denial
        ("treaty", "None of the funds may be used by NASA to cooperate with China.",
         "competition", "normative"),
        # press release: "will", "is expected to" are planned; what happened is asserted
        ("press release", "NASA will cooperate with JAXA on a pressurized lunar rover.",
         "cooperation", "planned"),
        ("press release", "Many more countries are expected to join the Artemis Accords.",
         "cooperation", "planned"),
        ("press release", "China and Russia signed an agreement on the ILRS.", "cooperation",
         "asserted"),
        ("press release", "Pakistan's SUPARCO will build an orbiter with CNSA.", "cooperation",
         "planned"),
        # speech: intentions and commitments are planned; "must" is normative
        ("speech", "We intend to land an international astronaut on the Moon with our allies.",
         "cooperation", "planned"),
        ("speech", "We renew our commitment to strengthen our alliance in space.",
         "cooperation", "planned"),
        ("speech", "We reaffirm our commitment to the Outer Space Treaty.", "cooperation",
         "asserted"),
        ("speech", "President Biden looks forward to Korea's contributions to the Gateway.",
         "cooperation", "planned"),
        ("speech", "Cooperation between Canada and the United States should deepen.",
         "cooperation", "normative"),
        ("speech", "They underline the need for close cooperation on space traffic.",
         "cooperation", "normative"),
        # speech: the reported clause of "proud to announce that" decides
        ("speech", "I am proud to announce that we intend to fly a Japanese astronaut with "
         "NASA.", "cooperation", "planned"),
        ("speech", "I am proud to announce that Japan joined the Artemis Accords.",
         "cooperation", "asserted"),
        # courtesy formulas announce no plan; a coordinated commitment still does
        ("speech", "I want to thank Japan for its partnership with NASA.", "cooperation",
         "asserted"),
        ("speech", "We want to expand our partnership with Japan.", "cooperation", "planned"),
        ("speech", "I want to thank you and to renew our commitment to work with Japan.",
         "cooperation", "planned"),
        # necessity adjectives over a clause are norms; over a noun they state a value
        ("speech", "Working together with India is essential.", "cooperation", "normative"),
        ("speech", "It is vital that we cooperate with India on space debris.", "cooperation",
         "normative"),
        ("speech", "Cooperation with India is important to NASA.", "cooperation", "asserted"),
        # "have" is normative only as "have to"
        ("speech", "We have to work with India on space debris.", "cooperation", "normative"),
        ("speech", "We believe we have a common objective with India.", "cooperation",
         "asserted"),
        # "as long as" is a condition
        ("speech", "France will fly with NASA as long as the budget allows.", "cooperation",
         "hypothetical"),
        ("speech", "France has worked with NASA for as long as anyone remembers.",
         "cooperation", "asserted"),
        # a stated importance is a norm, unless a coordinated predicate states a plan
        ("joint", "The leaders underscore the importance of cooperation with Japan.",
         "cooperation", "normative"),
        ("joint", "We underscore the importance of dialogue with China and express the intent "
         "to work with China.", "cooperation", "planned"),
        # "pleased to" is the act itself; "ready to" an intention
        ("joint", "We are pleased to expand our partnership with Japan.", "cooperation",
         "asserted"),
        ("joint", "We are ready to expand our partnership with Japan.", "cooperation",
         "planned"),
        # "will require" cooperation is a necessity, not a plan; "will receive" is a plan
        ("speech", "Reaching Mars will require close cooperation with ESA.", "cooperation",
         "normative"),
        ("speech", "NASA will receive support from ESA.", "cooperation", "planned"),
        # a question asks about the relation; a tag question states it
        ("speech", "Will Japan join the Gateway with NASA?", "cooperation", "hypothetical"),
        ("speech", "Why should India not work with NASA?", "cooperation", "hypothetical"),
        ("speech", "Japan and NASA are partners, aren't they?", "cooperation", "asserted"),
        ("speech", "Japan joined the Gateway with NASA.", "cooperation", "asserted"),
        # analysis: possibility, conditions and negation
        ("analysis", "If the ILRS and Artemis remain separate, rival lunar norms could emerge.",
         "competition", "hypothetical"),
        ("analysis", "Perhaps the ILRS and the Gateway could one day exchange crews.",
         "cooperation", "hypothetical"),
        ("analysis", "China sought to join the International Space Station.", "cooperation",
         "asserted"),
        ("analysis", "China is willing to share samples with other countries.", "cooperation",
         "planned"),
        ("analysis", "Japan plans to join the Artemis program.", "cooperation", "planned"),
        ("analysis", "India has never signed a space agreement with Pakistan.", "cooperation",
         "negated"),
        ("analysis", "China does not seek a space race with any country.", "competition",
         "negated"),
        # a negation that does not reach the relation does not deny it
        ("analysis", "Jordan has no space agency of its own, but it hosts a ground station "
         "funded by the European Union.", "cooperation", "asserted"),
        # news: reported speech, refusals
        ("news", "The Pentagon has warned that China could use its space station for military "
         "purposes.", "competition", "hypothetical"),
        ("news", "ESA will no longer cooperate with Roscosmos.", "cooperation", "negated"),
        ("news", "Roscosmos said it would not participate in the Lunar Gateway.", "cooperation",
         "negated"),
        ("news", "The talks between Canberra and Beijing ended without an agreement.",
         "cooperation", "negated"),
        ("news", "Japan is set to sign a space agreement with the United States.",
         "cooperation", "planned"),
        # a refusal that is the competition claim itself (exclusion) is not a denial
        ("news", "The New Zealand government said it would not allow Chinese ground stations on "
         "its territory.", "competition", "planned"),
    ],
)  # fmt: skip
def test_modality(claim, register, text, label, modality):
    doc, _ = claim(text, label)
    assert first_sentence(doc)._.sc_claim_modality == modality


# Titles of documents of each register: the title makes a text a legal instrument (treaty,
# resolution) or names a joint statement's signatories, as a real document's title does.
TREATY = "Agreement on Cooperation in Lunar Science"
CONVENTION = "Convention on Lunar Data"
RESOLUTION = "Resolution on international cooperation in the peaceful uses of outer space"
JOINT = "Joint Statement of the United States and Japan"
RELEASE = "NASA and ESA Sign Agreement on Mars Sample Return"
NEWS = "Russia to leave space station after 2024"
NEWS2 = "Space news"
HISTORY = "Agency history"
SPEECH = "Remarks by the Administrator"
SPEECH2 = "Remarks by the President at the Space Council"
HEARING = "Hearing on competition with China in space"
PAPER = "Scholarly paper"


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [
        # treaty and agreement: "shall", "undertake", a legal "may" (a permission) and "agree to" are norms; recitals of aim and provisions quoted in recitals too
        (TREATY, 'Each State Party shall notify the other Parties of any planned launch.', 'cooperation', 'normative'),
        (TREATY, 'The Parties undertake to assist the crews of other Parties in distress.', 'cooperation', 'normative'),
        (TREATY, 'The Cooperating Agencies shall exchange data from their orbiters free of charge.', 'cooperation', 'normative'),
        (TREATY, 'No Party shall transfer the equipment to a third country without consent.', 'competition', 'normative'),
        (TREATY, 'This Agreement shall not stop either Party from working with other states.', 'cooperation', 'normative'),
        (TREATY, 'A state outside this Agreement may join it by notifying the depositary.', 'cooperation', 'normative'),
        (TREATY, 'A Party may request consultations with the other Party on any question of interpretation.', 'cooperation', 'normative'),
        (TREATY, "If a Party learns of a mishap involving a partner's crew, it shall alert that partner without delay.", 'cooperation', 'normative'),
        (TREATY, 'The Parties agree to consult each other before entering into arrangements with third parties.', 'cooperation', 'normative'),
        (TREATY, 'Desiring to widen joint lunar research among the Parties,', 'cooperation', 'normative'),
        (TREATY, 'Recalling that the earlier protocol provides that each operator shall report debris events to its partners,', 'cooperation', 'normative'),
        (TREATY, 'Recognizing the value of joint work among spacefaring states,', 'cooperation', 'asserted'),
        (TREATY, 'A State whose spacecraft falls on foreign territory shall help the State concerned recover it.', 'cooperation', 'normative'),
        # resolution: operative calls are norms, welcoming and noting are asserted, a legal "may" is a permission
        (RESOLUTION, 'Urges governments to take part in the regional training centres on satellite data.', 'cooperation', 'normative'),
        (RESOLUTION, 'Encourages Member States to share information on near-Earth objects with the Office.', 'cooperation', 'normative'),
        (RESOLUTION, 'Requests the Office to brief Member States every year on their joint projects.', 'cooperation', 'normative'),
        (RESOLUTION, 'Invites every State to add its launch records to the shared registry.', 'cooperation', 'normative'),
        (RESOLUTION, 'Welcomes the cooperation between the Office and regional centres in Africa.', 'cooperation', 'asserted'),
        (RESOLUTION, 'Noting with satisfaction that many states have joined the registration convention,', 'cooperation', 'asserted'),
        (RESOLUTION, 'Emphasizing the need for closer joint work among national space agencies,', 'cooperation', 'normative'),
        (RESOLUTION, 'Member States may share their data with the Office on a voluntary basis.', 'cooperation', 'normative'),
        # joint statement: intentions, commitments and "will" are planned; "agreed to" and "decided to" report a decision (asserted); "call on" is a norm
        (JOINT, 'The two sides intend to deepen their cooperation on lunar exploration.', 'cooperation', 'planned'),
        (JOINT, 'Both countries plan to hold the next round of the dialogue in Tokyo.', 'cooperation', 'planned'),
        (JOINT, 'The leaders agreed to expand cooperation on satellite navigation.', 'cooperation', 'asserted'),
        (JOINT, 'We commit to deepening our partnership in space.', 'cooperation', 'planned'),
        (JOINT, 'The United States and Japan will work together to land a Japanese astronaut on the Moon.', 'cooperation', 'planned'),
        (JOINT, 'The two leaders look forward to the signing of a framework agreement later this year.', 'cooperation', 'planned'),
        (JOINT, 'We are committed to strengthening our alliance in space.', 'cooperation', 'planned'),
        (JOINT, 'The leaders welcomed the signing of the agreement between NASA and JAXA.', 'cooperation', 'asserted'),
        (JOINT, 'We reaffirm our commitment to the Outer Space Treaty.', 'cooperation', 'asserted'),
        (JOINT, 'We call on China to refrain from destructive anti-satellite tests.', 'competition', 'normative'),
        (JOINT, 'Both sides seek to expand joint research on space weather.', 'cooperation', 'planned'),
        (JOINT, 'We hope to conclude an arrangement on data sharing next year.', 'cooperation', 'planned'),
        (JOINT, 'The two countries expect to sign a memorandum on space situational awareness.', 'cooperation', 'planned'),
        (JOINT, 'The United States and Japan signed a framework agreement to strengthen cooperation in space.', 'cooperation', 'asserted'),
        (JOINT, 'We will continue to work closely with our partners in the Indo-Pacific.', 'cooperation', 'planned'),
        (JOINT, 'The leaders decided to establish a working group on space security with India.', 'cooperation', 'asserted'),
        (JOINT, 'Canada and Japan set up a working group on satellite data last spring to coordinate their missions.', 'cooperation', 'asserted'),
        # press release: what was signed is asserted, what the agreement provides for is planned; a purpose clause is not a plan
        (RELEASE, 'NASA and ESA signed an agreement on the Mars sample return campaign on Monday.', 'cooperation', 'asserted'),
        (RELEASE, 'Under the agreement, ESA will provide the orbiter that brings the samples home.', 'cooperation', 'planned'),
        (RELEASE, 'The joint mission is scheduled to launch in 2028 with a European rover.', 'cooperation', 'planned'),
        (RELEASE, 'NASA selected three companies to develop lunar landers with international partners.', 'cooperation', 'asserted'),
        (RELEASE, 'The agency plans to invite other space agencies to contribute instruments.', 'cooperation', 'planned'),
        (RELEASE, 'The mission is expected to carry instruments from Japan and Canada.', 'cooperation', 'planned'),
        (RELEASE, 'The agreement builds on decades of cooperation between the two agencies.', 'cooperation', 'asserted'),
        (RELEASE, 'Plans for joint missions to Venus will be discussed at the next meeting.', 'cooperation', 'planned'),
        # a relation stated only in a past participle clause is a fact, whatever the main
        # clause plans; a main clause that reaches the relation keeps its plan
        (RELEASE, "Built with partners from Europe and Japan, the station will include four "
         "docking ports.", "cooperation", "asserted"),
        (RELEASE, "The habitation module, provided by ESA, will arrive at the station next "
         "year.", "cooperation", "asserted"),
        (RELEASE, "China will build the station with Russia.", "cooperation", "planned"),
        (RELEASE, "Crew-9 will join the crew of the station alongside JAXA astronauts.",
         "cooperation", "planned"),
        (RELEASE, 'NASA is to provide the launch vehicle for the joint mission.', 'cooperation', 'planned'),
        # news: reported intentions are planned, past plans and past acts asserted, denials negated
        (NEWS, 'Officials in Moscow said the country would quit the station partnership later this decade.', 'cooperation', 'planned'),
        (NEWS, 'Moscow said on Tuesday that it will withdraw from the station partnership.', 'cooperation', 'planned'),
        (NEWS, 'Russia withdrew from the program in 2022 after the invasion of Ukraine.', 'competition', 'asserted'),
        (NEWS, 'The two agencies had planned to launch the orbiter together, but the project was cancelled.', 'cooperation', 'asserted'),
        (NEWS, 'China and Russia are set to sign an agreement on the lunar station next month.', 'cooperation', 'planned'),
        (NEWS, 'NASA could partner with the Indian agency on a radar mission.', 'cooperation', 'hypothetical'),
        (NEWS, 'Russia has not joined the Artemis Accords.', 'cooperation', 'negated'),
        (NEWS, 'India did not sign the agreement with China.', 'cooperation', 'negated'),
        (NEWS, 'Neither country has signed the Artemis Accords.', 'cooperation', 'negated'),
        (NEWS, 'No agreement was reached between the two space agencies.', 'cooperation', 'negated'),
        (NEWS, 'The talks failed to produce an agreement on the station.', 'cooperation', 'negated'),
        (NEWS, 'Brazil refused to cooperate with the United States on the launch site.', 'cooperation', 'negated'),
        (NEWS, 'Russia has yet to join the lunar gateway program.', 'cooperation', 'negated'),
        (NEWS, 'The United States will not cooperate with Russia on the next station.', 'cooperation', 'negated'),
        (NEWS, 'The United States has excluded China from the International Space Station.', 'competition', 'asserted'),
        (NEWS, 'If the talks succeed, India could join the station program.', 'cooperation', 'hypothetical'),
        (NEWS, 'Europe might cooperate with China on a lunar lander.', 'cooperation', 'hypothetical'),
        (NEWS, 'ESA is no longer working with Roscosmos on the ExoMars rover.', 'cooperation', 'negated'),
        (NEWS, 'NASA is prohibited from working bilaterally with China.', 'competition', 'asserted'),
        (NEWS, 'Japan and China have never conducted a joint space mission.', 'cooperation', 'negated'),
        # news: more denials, and negations that deny nothing about the relation
        (NEWS2, "India is not a party to the Artemis Accords.", "cooperation", "negated"),
        (NEWS2, "Neither Russia nor China has joined the Accords.", "cooperation", "negated"),
        (NEWS2, "None of the European states signed the Chinese proposal.", "cooperation",
         "negated"),
        (NEWS2, "The two countries have not cooperated in space since 2014.", "cooperation",
         "negated"),
        (NEWS2, "Japan rejected an offer to join the Chinese station.", "cooperation",
         "negated"),
        (NEWS2, "It is not surprising that Japan joined the Gateway with NASA.", "cooperation",
         "asserted"),
        (NEWS2, "NASA cannot cooperate with China without approval from Congress.",
         "competition", "asserted"),
        # encyclopedia and agency history: "was to" is planned, "would later" tells what happened
        (HISTORY, 'Under the deal, Mexico was to build two antennas for the joint tracking network.', 'cooperation', 'planned'),
        (HISTORY, 'The two agencies would later cooperate on the Apollo-Soyuz Test Project.', 'cooperation', 'asserted'),
        (HISTORY, 'In 1975 the United States and the Soviet Union docked two spacecraft in orbit.', 'cooperation', 'asserted'),
        (HISTORY, 'The agency went on to collaborate with ESA on several science missions.', 'cooperation', 'asserted'),
        (HISTORY, 'The station is to be assembled by the five partner agencies.', 'cooperation', 'planned'),
        (HISTORY, 'Mongolia flew a cosmonaut on a Soviet mission in 1981.', 'cooperation', 'asserted'),
        # speech
        (SPEECH, "We're going to work with our partners to return to the Moon.", 'cooperation', 'planned'),
        (SPEECH, 'We need to work with our allies on space traffic management.', 'cooperation', 'normative'),
        (SPEECH, 'We must continue to build coalitions with like-minded nations.', 'cooperation', 'normative'),
        (SPEECH, 'We will keep adding partners to our lunar program.', 'cooperation', 'planned'),
        (SPEECH, 'We have been working closely with Japan for decades.', 'cooperation', 'asserted'),
        (SPEECH, 'The job of every spacefaring state must be to cooperate on debris removal.', 'cooperation', 'normative'),
        (SPEECH, 'I look forward to working with the minister on our next steps.', 'cooperation', 'planned'),
        # spoken forms: "gonna" plans, "got to" / "gotta" and "let's" are norms; "let me" and
        # a past "got to" are not
        (SPEECH, "We’re gonna keep working with our friends in Japan.", "cooperation",
         "planned"),
        (SPEECH, "We’ve got to work with our allies on this.", "cooperation", "normative"),
        (SPEECH, "We gotta work with our allies on this.", "cooperation", "normative"),
        (SPEECH, "Let’s work together with India to keep space safe.", "cooperation",
         "normative"),
        (SPEECH, "Let me thank Japan for its partnership.", "cooperation", "asserted"),
        (SPEECH, "We got to fly with the Japanese crew last week.", "cooperation", "asserted"),
        (SPEECH, "I want us to deepen our partnership with Korea.", "cooperation", "planned"),
        # curly apostrophes in contractions are the same modals
        (SPEECH, "We’ll keep working with Japan on lunar science.", "cooperation", "planned"),
        (SPEECH, "We’d gain a lot from a partnership with Japan.", "cooperation",
         "hypothetical"),
        (SPEECH, "We’d signed the accord with Japan before the summit.", "cooperation",
         "asserted"),
        # hearing: questions and concerns over a possibility are hypothetical
        (HEARING, "NASA should continue to work with international partners to counter China's influence.", 'competition', 'normative'),
        (HEARING, 'Would the administration support a ban on cooperation with Chinese firms?', 'competition', 'hypothetical'),
        (HEARING, 'The committee is concerned that China could overtake the United States on the Moon.', 'competition', 'hypothetical'),
        (HEARING, 'I believe we need to compete with China on commercial launch.', 'competition', 'normative'),
        (HEARING, 'China is racing the United States to the lunar south pole.', 'competition', 'asserted'),
        # paper: "may" outside a legal text is a possibility
        (PAPER, 'Cooperation with Russia may reduce the costs of the lunar station.', 'cooperation', 'hypothetical'),
        (PAPER, 'Rivalry between China and the United States might accelerate the militarization of space.', 'competition', 'hypothetical'),
        (PAPER, 'Europe has cooperated with both China and the United States.', 'cooperation', 'asserted'),
        (PAPER, 'The two programs are not coordinated with each other.', 'cooperation', 'negated'),
        # treaty: recitals and misparsed participial subjects
        (CONVENTION, 'Wishing to extend their joint work on lunar samples,', 'cooperation', 'normative'),
        (CONVENTION, 'Considering that the Protocol provides that a Party shall share its orbital data with the others,', 'cooperation', 'normative'),
        (CONVENTION, 'An operator that detects a close approach shall, without delay, warn the other operator concerned.', 'cooperation', 'normative'),
        # news: negation scope (what is denied must be the relation), reported speech, purpose clauses, nominal plans
        (NEWS2, 'The agency declined to take part in the joint mission.', 'cooperation', 'negated'),
        (NEWS2, 'The United States and Russia did not renew their agreement on crew seats.', 'cooperation', 'negated'),
        (NEWS2, 'There was no cooperation between the two lunar programs.', 'cooperation', 'negated'),
        (NEWS2, 'The war does not end the cooperation between NASA and Roscosmos on crew flights.', 'cooperation', 'asserted'),
        (NEWS2, 'No country has signed a lunar agreement with China so far.', 'cooperation', 'negated'),
        (NEWS2, 'India is not a member of the Artemis Accords.', 'cooperation', 'negated'),
        (NEWS2, 'NASA officials said they were not planning to work with Roscosmos on the new station.', 'cooperation', 'negated'),
        (NEWS2, 'Officials said the two countries would sign the agreement in May.', 'cooperation', 'planned'),
        (NEWS2, 'The minister said the agencies had signed a memorandum on Earth observation.', 'cooperation', 'asserted'),
        (NEWS2, 'According to the report, China will build the station with Russian help.', 'cooperation', 'planned'),
        (NEWS2, 'ESA joined the program to secure seats for its astronauts.', 'cooperation', 'asserted'),
        (NEWS2, 'The two countries formed a working group to coordinate their satellite policies.', 'cooperation', 'asserted'),
        (NEWS2, 'To strengthen cooperation, the two agencies will exchange staff.', 'cooperation', 'planned'),
        (NEWS2, 'The plans for a joint lunar base with Russia were announced in 2021.', 'cooperation', 'asserted'),
        (NEWS2, 'China announced plans to build a research station with Russia.', 'cooperation', 'planned'),
        (NEWS2, 'Last year, Japan agreed to provide a rover for the joint mission with India.', 'cooperation', 'asserted'),
        (NEWS2, 'Japan will provide the rover under an agreement signed last year.', 'cooperation', 'planned'),
        (NEWS2, 'The launch, planned for 2026, will carry an instrument built by ESA for NASA.', 'cooperation', 'planned'),
        (NEWS2, 'The mission, which launched in 2020, carries instruments from France and Austria.', 'cooperation', 'asserted'),
        (NEWS2, 'The European Union and Japan signed an agreement in 2023 that will deepen their cooperation on navigation.', 'cooperation', 'asserted'),
        (NEWS2, 'China and India have not competed for launch contracts.', 'competition', 'negated'),
        (NEWS2, 'Washington barred Chinese firms from its commercial launch market.', 'competition', 'asserted'),
        (NEWS2, 'Roscosmos will not take part in the Lunar Gateway.', 'cooperation', 'negated'),
        (NEWS2, 'Canada has never launched a satellite with India.', 'cooperation', 'negated'),
        (NEWS2, 'Russia may rejoin the program if sanctions are lifted.', 'cooperation', 'hypothetical'),
        (NEWS2, 'A partnership with ISRO could lower costs for NASA.', 'cooperation', 'hypothetical'),
        (NEWS2, 'ISRO hopes to fly a European experiment on its crewed capsule.', 'cooperation', 'planned'),
        (NEWS2, 'Germany aims to join the mission with an instrument of its own.', 'cooperation', 'planned'),
        (NEWS2, 'The agencies are expected to sign the accord at the congress in October.', 'cooperation', 'planned'),
        (NEWS2, 'Italy is seeking to build a habitation module with NASA.', 'cooperation', 'planned'),
        (NEWS2, 'NASA and JAXA are due to sign the agreement next week.', 'cooperation', 'planned'),
        # speech
        (SPEECH2, 'We are going to keep working with our allies on norms for space.', 'cooperation', 'planned'),
        (SPEECH2, 'We should be working with every nation that shares our values.', 'cooperation', 'normative'),
        (SPEECH2, 'Together, we will build a coalition of nations committed to peaceful exploration.', 'cooperation', 'planned'),
        (SPEECH2, 'Today we welcome Rwanda as the newest signatory of the Artemis Accords.', 'cooperation', 'asserted'),
        (SPEECH2, "I'm confident that more nations will join us.", 'cooperation', 'planned'),
        (SPEECH2, 'If we do not lead, China will set the rules of the road.', 'competition', 'hypothetical'),
        (SPEECH2, 'We intend to announce a new partnership with India this year.', 'cooperation', 'planned'),
        # the course to take ("the best way is for us to", "our task is to") is a norm; a
        # purpose of a mission or the task of a probe is not
        (SPEECH2, 'The best way forward is for us to work together with Canada.', 'cooperation', 'normative'),
        (SPEECH2, 'Our task is to build these rules with our partners.', 'cooperation', 'normative'),
        (SPEECH2, 'The aim of the mission is to map the Moon with India.', 'cooperation', 'asserted'),
        (SPEECH2, 'The task of the probe is to study the Moon with India.', 'cooperation', 'asserted'),
    ],
)  # fmt: skip
def test_modality_by_register(titled_claim, title, text, label, modality):
    """The modality table of docs/annotation-guide.md ("Modality by register"), in the team's
    own sentences."""
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [
        # speech and press conference: first-person plans, wishes, courtesy, calls and the time to act
        (SPEECH2, 'We will work with Japan to return astronauts to the Moon.', 'cooperation', 'planned'),
        (SPEECH2, 'We want to work with India on climate satellites.', 'cooperation', 'planned'),
        (SPEECH2, 'We are ready to share our data with every partner.', 'cooperation', 'planned'),
        (SPEECH2, 'Let us work together with the space agencies of Africa.', 'cooperation', 'normative'),
        (SPEECH2, 'Let us build this partnership together.', 'cooperation', 'normative'),
        (SPEECH2, 'I hope that Brazil will join the Accords.', 'cooperation', 'planned'),
        (SPEECH2, 'I hope we can deepen our partnership with Korea.', 'cooperation', 'planned'),
        (SPEECH2, 'I hope to see more nations join the Artemis Accords.', 'cooperation', 'planned'),
        (SPEECH2, 'We look forward to working with Mexico.', 'cooperation', 'planned'),
        (SPEECH2, 'We look forward to welcoming Peru into the Accords.', 'cooperation', 'planned'),
        (SPEECH2, 'I would like to thank the Japanese government for its partnership.', 'cooperation', 'asserted'),
        (SPEECH2, "I'd like to welcome the ambassador of Nigeria, our newest partner.", 'cooperation', 'asserted'),
        (SPEECH2, 'I would also like to congratulate ESA on its cooperation with NASA.', 'cooperation', 'asserted'),
        (SPEECH2, 'I would like to see more cooperation with Africa.', 'cooperation', 'planned'),
        (SPEECH2, 'We would like to work with India on a lunar mission.', 'cooperation', 'planned'),
        (SPEECH2, "We'd love to work with Brazil on this mission.", 'cooperation', 'planned'),
        (SPEECH2, 'Our two countries are working together on a lunar rover.', 'cooperation', 'asserted'),
        (SPEECH2, 'We have partnered with Japan for decades.', 'cooperation', 'asserted'),
        (SPEECH2, 'Today, we are signing an agreement with Japan.', 'cooperation', 'asserted'),
        (SPEECH2, 'We are committed to working with our allies.', 'cooperation', 'planned'),
        (SPEECH2, "We're proud to partner with Japan.", 'cooperation', 'asserted'),
        (SPEECH2, 'We are determined to work with our partners.', 'cooperation', 'planned'),
        (SPEECH2, 'We will not cooperate with Russia on this station.', 'cooperation', 'negated'),
        (SPEECH2, 'We must work with our partners on debris.', 'cooperation', 'normative'),
        (SPEECH2, 'We need to partner with industry and with other nations.', 'cooperation', 'normative'),
        (SPEECH2, 'I call on every spacefaring state to take this pledge.', 'cooperation', 'normative'),
        (SPEECH2, 'I urge all nations to join the Accords.', 'cooperation', 'normative'),
        (SPEECH2, 'I invite every nation to join us in this effort.', 'cooperation', 'normative'),
        (SPEECH2, 'Thank you to our partners in Europe for their contributions.', 'cooperation', 'asserted'),
        (SPEECH2, "And that's why we're working with Japan.", 'cooperation', 'asserted'),
        (SPEECH2, "We're going to be working with India next year.", 'cooperation', 'planned'),
        (SPEECH2, 'We will continue to work closely with our allies.', 'cooperation', 'planned'),
        (SPEECH2, 'We continue to work closely with our allies.', 'cooperation', 'asserted'),
        (SPEECH2, 'If we work together, we can reach Mars.', 'cooperation', 'hypothetical'),
        (SPEECH2, 'When we work together with our allies, we achieve great things.', 'cooperation', 'asserted'),
        (SPEECH2, 'Let me be clear: we will stand with our allies.', 'cooperation', 'planned'),
        (SPEECH2, 'Let me say that we are proud of our partnership with Japan.', 'cooperation', 'asserted'),
        (SPEECH2, 'We are here today to deepen our partnership with Korea.', 'cooperation', 'asserted'),
        (SPEECH2, 'Our goal is to put the first international astronaut on the Moon with our partners.', 'cooperation', 'planned'),
        (SPEECH2, 'My hope is that more nations will sign the Accords.', 'cooperation', 'planned'),
        (SPEECH2, 'We are going to compete with China, and we are going to win.', 'competition', 'planned'),
        (SPEECH2, 'China wants to be the dominant power in space.', 'competition', 'planned'),
        (SPEECH2, 'We are not going to let China get there first.', 'competition', 'planned'),
        (SPEECH2, 'We will never stop working with our partners.', 'cooperation', 'planned'),
        (SPEECH2, 'China stands ready to deepen cooperation with Russia.', 'cooperation', 'planned'),
        (SPEECH2, 'It is time for us to work together on space debris.', 'cooperation', 'normative'),
        (SPEECH2, 'Now is the time to deepen our cooperation with Africa.', 'cooperation', 'normative'),
        (SPEECH2, 'We are looking forward to signing the agreement with Kenya.', 'cooperation', 'planned'),
        (SPEECH2, 'We stand ready to work with any nation that shares these values.', 'cooperation', 'planned'),
        (SPEECH2, "Let's make sure that our partnership with Japan grows.", 'cooperation', 'normative'),
        (SPEECH2, "We're excited to work with ESA on the next mission.", 'cooperation', 'planned'),
        (SPEECH2, 'It was an honor to work with the Japanese team.', 'cooperation', 'asserted'),
        (SPEECH2, 'Together, we will build a coalition of nations.', 'cooperation', 'planned'),
        (SPEECH2, 'We all have a responsibility to work together in space.', 'cooperation', 'normative'),
        (SPEECH2, 'I was pleased to sign the agreement with Japan last week.', 'cooperation', 'asserted'),
        (SPEECH2, 'The United States will always be a reliable partner to Japan.', 'cooperation', 'planned'),
        (SPEECH2, 'We cannot do this alone, so we must work with our allies.', 'cooperation', 'normative'),
        (SPEECH2, 'I want to take a minute to recognize the team from Japan.', 'cooperation', 'asserted'),
        (SPEECH2, "I'd like to begin by thanking our friends from Canada for their partnership.", 'cooperation', 'asserted'),
        (SPEECH2, 'Can we cooperate with China on debris?', 'cooperation', 'hypothetical'),
        (SPEECH2, 'Our partnership with Canada is stronger than ever.', 'cooperation', 'asserted'),
        (SPEECH2, 'In the coming years, we will expand our partnership with India.', 'cooperation', 'planned'),
        (SPEECH2, 'Next year, NASA and ISRO will fly a joint mission.', 'cooperation', 'planned'),
        (SPEECH2, 'We plan to invite other nations to join.', 'cooperation', 'planned'),
        (SPEECH2, 'We should all work together to keep space safe.', 'cooperation', 'normative'),
        (SPEECH2, "I'm hopeful that India will join us on the Moon.", 'cooperation', 'planned'),
        (SPEECH2, 'I think we will see more partnerships with Africa.', 'cooperation', 'planned'),
        (SPEECH2, 'I believe that we should work more closely with India.', 'cooperation', 'normative'),
        (SPEECH2, 'I know that we will continue to work with Japan.', 'cooperation', 'planned'),
        (SPEECH2, "I'm sure we will do great things with our partners in Europe.", 'cooperation', 'planned'),
        (SPEECH2, "We're hoping to sign the agreement with Kenya this year.", 'cooperation', 'planned'),
        (SPEECH2, "We're trying to work with our allies on norms of behavior.", 'cooperation', 'planned'),
        (SPEECH2, "We're working on an agreement with Brazil.", 'cooperation', 'asserted'),
        (SPEECH2, 'We are in discussions with several countries about joining.', 'cooperation', 'planned'),  # talks under way (round 19)
        (SPEECH2, 'This partnership will help both of our countries.', 'cooperation', 'planned'),
        (SPEECH2, 'This is going to be a great partnership.', 'cooperation', 'planned'),
        (SPEECH2, "What we're doing is working with our allies.", 'cooperation', 'asserted'),
        (SPEECH2, "That's why I'm so proud of our partnership with Japan.", 'cooperation', 'asserted'),
        (SPEECH2, "You know, we've been working with the Europeans for a long time.", 'cooperation', 'asserted'),
        (SPEECH2, 'Maybe we can work with China on debris one day.', 'cooperation', 'hypothetical'),
        (SPEECH2, "We're about to sign a new agreement with Japan.", 'cooperation', 'planned'),
        (SPEECH2, "We've been able to work with over thirty countries.", 'cooperation', 'asserted'),
        (SPEECH2, 'We are going to keep working with Japan.', 'cooperation', 'planned'),
        (SPEECH2, "We've got to keep working with our allies.", 'cooperation', 'normative'),
        (SPEECH2, 'America must lead, and we must lead with our allies.', 'cooperation', 'normative'),
        (SPEECH2, 'So we welcome Japan to the family of Artemis nations.', 'cooperation', 'asserted'),
        (SPEECH2, "Let's continue to work together.", 'cooperation', 'normative'),
        (SPEECH2, 'Let us continue this partnership for the next fifty years.', 'cooperation', 'normative'),
        (SPEECH2, 'May our partnership continue to grow.', 'cooperation', 'planned'),
        (SPEECH2, 'Our partnership has never been stronger.', 'cooperation', 'asserted'),
        (SPEECH2, 'China is not a partner; it is a competitor.', 'competition', 'asserted'),
        (SPEECH2, 'There is no better partner than Japan.', 'cooperation', 'asserted'),
        (SPEECH2, 'We have not yet signed an agreement with India.', 'cooperation', 'negated'),
        (SPEECH2, 'We will sign the agreement with India tomorrow.', 'cooperation', 'planned'),
        (SPEECH2, 'We are proud to be your partner.', 'cooperation', 'asserted'),
        (SPEECH2, 'It is a great honor to welcome the minister of Japan here today.', 'cooperation', 'asserted'),
        (SPEECH2, "We'd be happy to work with any nation on this.", 'cooperation', 'planned'),
        (SPEECH2, 'We could do so much more together with India.', 'cooperation', 'hypothetical'),
        (SPEECH2, 'Japan has been a great partner to the United States.', 'cooperation', 'asserted'),
        (SPEECH2, "We're going to launch with our partners next year.", 'cooperation', 'planned'),
        (SPEECH2, 'We are gonna work with the Japanese on that.', 'cooperation', 'planned'),
        (SPEECH2, 'Our hope is that Canada will fly with us to the Moon.', 'cooperation', 'planned'),
        (SPEECH2, 'We hope you enjoyed working with our team at NASA.', 'cooperation', 'asserted'),
        (SPEECH2, 'We will have to work with our allies on this.', 'cooperation', 'normative'),
        (SPEECH2, 'Four more agencies have signed the charter this year, and I keep asking others to follow.', 'cooperation', 'asserted'),
        (SPEECH2, 'Two years ago, I called on every spacefaring nation to adopt the test ban.', 'cooperation', 'asserted'),
        # joint statement: what the sides will do, are committed to, agreed (a decision), welcome, call for
        (JOINT, 'The two sides agreed to strengthen cooperation in lunar exploration.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides agree to strengthen cooperation in lunar exploration.', 'cooperation', 'planned'),
        (JOINT, 'The two sides will strengthen exchanges between their space agencies.', 'cooperation', 'planned'),
        (JOINT, 'The two sides reaffirmed their commitment to the peaceful use of outer space.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides reaffirmed their commitment to deepening space cooperation.', 'cooperation', 'planned'),
        (JOINT, 'The two sides welcomed the signing of a memorandum on satellite navigation.', 'cooperation', 'asserted'),
        (JOINT, "The two sides support each other's lunar programs.", 'cooperation', 'asserted'),
        (JOINT, 'Both sides are committed to expanding cooperation in space science.', 'cooperation', 'planned'),
        (JOINT, 'The leaders decided to set up a joint working group on space.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides will continue to cooperate on Earth observation.', 'cooperation', 'planned'),
        (JOINT, 'The two sides expressed their willingness to cooperate on space weather.', 'cooperation', 'planned'),
        (JOINT, 'Both sides expressed readiness to expand cooperation in satellite navigation.', 'cooperation', 'planned'),
        (JOINT, 'The two sides expressed satisfaction with the progress of their space cooperation.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides noted with satisfaction that cooperation on satellite navigation has grown.', 'cooperation', 'asserted'),
        (JOINT, 'The sides emphasized that they will deepen cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides stressed the need to strengthen cooperation in space.', 'cooperation', 'normative'),
        (JOINT, 'The two sides exchanged views on cooperation in space.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides held talks on lunar cooperation.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides agreed that their agencies should hold regular consultations.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides agree that their agencies should hold regular consultations.', 'cooperation', 'normative'),
        (JOINT, 'The leaders agreed that they would expand cooperation in space.', 'cooperation', 'asserted'),
        (JOINT, 'We agree that we will expand cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides call for closer cooperation among all spacefaring nations.', 'cooperation', 'normative'),
        (JOINT, "We welcome Japan's decision to join the Gateway.", 'cooperation', 'asserted'),
        (JOINT, 'We look forward to deepening our cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'We are determined to expand our partnership in space.', 'cooperation', 'planned'),
        (JOINT, 'We intend to sign a new agreement on space cooperation.', 'cooperation', 'planned'),
        (JOINT, 'We aim to conclude the agreement on lunar cooperation by next year.', 'cooperation', 'planned'),
        (JOINT, 'Both countries recognize the importance of cooperation in space.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides reaffirmed that they will continue to deepen cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'Both sides agree on the importance of cooperation in space.', 'cooperation', 'normative'),
        (JOINT, 'The United States and India will launch a joint satellite in 2025.', 'cooperation', 'planned'),
        (JOINT, 'The leaders welcomed plans to launch a joint satellite.', 'cooperation', 'planned'),
        (JOINT, 'The leaders welcomed the progress made in cooperation between NASA and ISRO.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders noted the ongoing cooperation between NASA and ISRO.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides are willing to strengthen cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides are ready to expand their cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides encourage their space agencies to deepen cooperation.', 'cooperation', 'normative'),
        (JOINT, 'The two sides will work together to promote the peaceful use of outer space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides have established a dialogue on space security.', 'cooperation', 'asserted'),
        (JOINT, 'The two leaders pledged to expand cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'Japan and the United States are close partners in space.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides signed a memorandum on space cooperation.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides will explore new areas of space cooperation.', 'cooperation', 'planned'),
        (JOINT, 'The two sides look forward to further cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides expressed the hope that cooperation in space will deepen.', 'cooperation', 'planned'),
        (JOINT, 'The two leaders reviewed progress in space cooperation.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides appreciate the cooperation between their space agencies.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides resolved to deepen their cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'Both sides will continue to support each other in space affairs.', 'cooperation', 'planned'),
        (JOINT, 'The two sides reaffirmed their support for the Artemis Accords.', 'cooperation', 'asserted'),
        (JOINT, 'We commit to working together on space situational awareness.', 'cooperation', 'planned'),
        (JOINT, 'The leaders committed to expand cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides underlined that cooperation in space must be strengthened.', 'cooperation', 'normative'),
        (JOINT, 'We urge China to refrain from dangerous maneuvers in space.', 'competition', 'normative'),
        (JOINT, 'The two sides reaffirmed the importance of the partnership between their agencies.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides will further deepen cooperation in satellite navigation.', 'cooperation', 'planned'),
        (JOINT, 'China and Russia will strengthen coordination on lunar exploration.', 'cooperation', 'planned'),
        (JOINT, 'The two sides believe that cooperation in space should be strengthened.', 'cooperation', 'normative'),
        (JOINT, 'The two sides believe that the joint station will promote cooperation.', 'cooperation', 'planned'),
        (JOINT, 'The two sides agree to continue cooperation on the lunar station.', 'cooperation', 'planned'),
        (JOINT, 'Both sides oppose the deployment of weapons in outer space by the United States.', 'competition', 'asserted'),
        (JOINT, 'The Russian side supports the Chinese side in building the lunar station.', 'cooperation', 'asserted'),
        (JOINT, 'The Chinese side welcomes the participation of Russia in the station.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides stand ready to expand cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The two sides expressed serious concern over the space activities of the United States.', 'competition', 'asserted'),
        (JOINT, 'The two sides condemned the anti-satellite test conducted by Russia.', 'competition', 'asserted'),
        (JOINT, 'The two sides call on the international community to cooperate in space.', 'cooperation', 'normative'),
        (JOINT, 'The two sides urge all states to join the treaty.', 'cooperation', 'normative'),
        (JOINT, 'The two sides oppose any attempt to turn outer space into a battlefield.', 'competition', 'asserted'),
        (JOINT, 'The two sides are satisfied with the progress of cooperation in space.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides will hold the next meeting of the space subcommittee in Beijing.', 'cooperation', 'planned'),
        (JOINT, 'The two sides highly appreciate the results of their cooperation in space.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides noted that cooperation in satellite navigation has grown.', 'cooperation', 'asserted'),
        (JOINT, 'The two sides noted that they would deepen cooperation in satellite navigation.', 'cooperation', 'planned'),
        (JOINT, 'We are resolved to deepen our cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The leaders reaffirmed their intention to conclude a space agreement.', 'cooperation', 'planned'),
        (JOINT, 'The leaders announced the conclusion of a space agreement.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders announced that their countries will build a joint satellite.', 'cooperation', 'planned'),
        (JOINT, 'The leaders announced a plan to build a joint satellite.', 'cooperation', 'planned'),
        (JOINT, 'The leaders highlighted the cooperation between NASA and JAXA on the Gateway.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders highlighted the need to deepen cooperation between NASA and JAXA.', 'cooperation', 'normative'),
        (JOINT, 'Japan and Canada have a long record of space cooperation.', 'cooperation', 'asserted'),
        (JOINT, 'The Prime Minister welcomed the intention of the United States to fly a Japanese astronaut.', 'cooperation', 'planned'),
        (JOINT, "We look forward to Japan's participation in the Gateway.", 'cooperation', 'planned'),
        (JOINT, 'The United States and India launched a joint satellite in 2024.', 'cooperation', 'asserted'),
        (JOINT, 'India signed the Artemis Accords, joining 26 other nations.', 'cooperation', 'asserted'),
        (JOINT, 'India and the United States will seek to deepen cooperation in space.', 'cooperation', 'planned'),
        (JOINT, 'The leaders plan to convene the space dialogue next year.', 'cooperation', 'planned'),
        (JOINT, 'The leaders expressed appreciation for the cooperation between their agencies.', 'cooperation', 'asserted'),
        (JOINT, 'Both governments intend to cooperate on lunar rovers.', 'cooperation', 'planned'),
        (JOINT, 'The ministers emphasized the importance of joint debris tracking.', 'cooperation', 'normative'),
        (JOINT, 'The two sides believe it is necessary to strengthen cooperation in space.', 'cooperation', 'normative'),
        (JOINT, 'The two sides consider it necessary to deepen cooperation in space.', 'cooperation', 'normative'),
        (JOINT, 'The two sides positively assess the level of cooperation in space.', 'cooperation', 'asserted'),
        (JOINT, 'The ministers intend to keep funding the observatory and to press other donors to contribute to it.', 'cooperation', 'planned'),
        (JOINT, 'We plan to require our partners to share their orbital data.', 'cooperation', 'planned'),
        (JOINT, "The ministers welcomed Brazil's entry into the lunar program, and the two agencies will exchange engineers next year.", 'cooperation', 'asserted'),
        (JOINT, 'The leaders reviewed the situation in the region and will cooperate closely on lunar exploration.', 'cooperation', 'planned'),
        (JOINT, 'Several African states have expressed interest and may sign the accord in the coming years.', 'cooperation', 'hypothetical'),
        # treaty: provisions of the Parties ("shall", "will", "may", "undertake to") and recitals of fact
        (TREATY, 'The Parties shall endeavour to exchange scientific data.', 'cooperation', 'normative'),
        (TREATY, 'Each Party may, at its discretion, invite other States to take part.', 'cooperation', 'normative'),
        (TREATY, 'Nothing in this Agreement shall prevent a Party from cooperating with other States.', 'cooperation', 'normative'),
        (TREATY, 'The Parties will cooperate in exploring lunar resources.', 'cooperation', 'normative'),
        (TREATY, 'The Participants will exchange data on space weather.', 'cooperation', 'normative'),
        (TREATY, 'The Parties recognize that cooperation benefits all States.', 'cooperation', 'asserted'),
        (TREATY, 'The Parties undertake to consult each other on any launch.', 'cooperation', 'normative'),
        (TREATY, '4. In line with the charter, and taking note of an earlier decision of the council, States and regional bodies should report their joint launches to the registry.', 'cooperation', 'normative'),
        # bulleted duties; "without" under a plan does not deny
        (PAPER, '• expand data sharing between the agencies of allied states.', 'cooperation', 'normative'),
        (PAPER, '• The agencies of allied states expanded data sharing.', 'cooperation', 'asserted'),
        (RELEASE, 'The agency intends to buy the lander without competition from other firms.', 'competition', 'planned'),
        (NEWS2, 'The talks ended without an agreement on the lander.', 'cooperation', 'negated'),
        # policy speeches: offers, refusals, resolve ("we cannot allow"), calls after "So", imagined possibilities, endings denied
        (SPEECH2, 'We are prepared to engage in talks with China on space security without preconditions.', 'cooperation', 'planned'),
        (SPEECH2, 'So far, Moscow has refused to engage in these talks.', 'competition', 'negated'),
        (SPEECH2, 'We call on every nation to make the same pledge.', 'cooperation', 'normative'),
        (SPEECH2, 'Last year, we made a pledge together with our allies not to conduct these tests.', 'cooperation', 'asserted'),
        (SPEECH2, 'China is expanding its arsenal faster than any other country.', 'competition', 'asserted'),
        (SPEECH2, "That's why we have been working with our allies to set new norms.", 'cooperation', 'asserted'),
        (SPEECH2, "Here is what we're going to do: we will work with our partners on a new framework.", 'cooperation', 'planned'),
        (SPEECH2, 'The question is whether Russia and China will join us.', 'cooperation', 'hypothetical'),
        (SPEECH2, 'First, we will deepen our partnerships with allies in Europe and Asia.', 'cooperation', 'planned'),
        (SPEECH2, 'We have made clear that we are open to dialogue with Beijing.', 'cooperation', 'asserted'),
        (SPEECH2, "We'll keep pressing for talks with both countries.", 'cooperation', 'planned'),
        (SPEECH2, "We're not going to give up on diplomacy with Moscow.", 'cooperation', 'planned'),
        (SPEECH2, 'We cannot allow Beijing to set the rules for the Moon.', 'competition', 'normative'),
        (SPEECH2, 'We need our allies in this effort.', 'cooperation', 'normative'),
        (SPEECH2, 'Our partners have stepped up in remarkable ways.', 'cooperation', 'asserted'),
        (SPEECH2, "Today I'm announcing that we will expand our partnership with Kenya.", 'cooperation', 'planned'),
        (SPEECH2, "Today I'm announcing a new partnership with Kenya.", 'cooperation', 'asserted'),
        (SPEECH2, 'Today we are launching a new initiative with our partners in the Pacific.', 'cooperation', 'asserted'),
        (SPEECH2, "In the weeks ahead, we'll be working with Congress and our allies on this.", 'cooperation', 'planned'),
        (SPEECH2, 'And just this morning, the Secretary met with her counterpart from Japan.', 'cooperation', 'asserted'),
        (SPEECH2, 'Companies and governments must work together to keep orbits clean.', 'cooperation', 'normative'),
        (SPEECH2, "It's critical that we partner with industry and our allies.", 'cooperation', 'normative'),
        (SPEECH2, 'We are going to partner with the private sector and with other nations.', 'cooperation', 'planned'),
        (SPEECH2, 'American companies now launch satellites for customers around the world.', 'cooperation', 'asserted'),
        (SPEECH2, "If we don't act, our competitors will fill the gap.", 'competition', 'hypothetical'),
        (SPEECH2, 'We are in a competition with China, and we intend to win it.', 'competition', 'asserted'),
        (SPEECH2, "So let's get to work with our partners.", 'cooperation', 'normative'),
        (SPEECH2, 'I just got off the phone with the Prime Minister of India.', 'cooperation', 'asserted'),
        (SPEECH2, 'We spoke about how our two countries can deepen our work in space.', 'cooperation', 'asserted'),
        (SPEECH2, "We're looking to expand these partnerships in the coming year.", 'cooperation', 'planned'),
        (SPEECH2, 'We have to do this together with our allies.', 'cooperation', 'normative'),
        (SPEECH2, 'Since day one, this administration has worked with our allies.', 'cooperation', 'asserted'),
        (SPEECH2, "We're also going to convene a dialogue with industry and allies next spring.", 'cooperation', 'planned'),
        (SPEECH2, 'We will be hosting our partners in Washington next month.', 'cooperation', 'planned'),
        (SPEECH2, "I'm proud that thirty nations have now joined this pledge.", 'cooperation', 'asserted'),
        (SPEECH2, 'I had the chance to meet with the astronauts from Japan and Europe.', 'cooperation', 'asserted'),
        (SPEECH2, 'More countries should join this commitment.', 'cooperation', 'normative'),
        (SPEECH2, 'I look forward to hearing from our partners today.', 'cooperation', 'planned'),
        (SPEECH2, 'Imagine what we could accomplish together with India.', 'cooperation', 'hypothetical'),
        (SPEECH2, 'We can cooperate with India on many fronts.', 'cooperation', 'asserted'),
        (SPEECH2, 'So let me thank our hosts from Japan.', 'cooperation', 'asserted'),
        (SPEECH2, 'We will not abandon our partners in Europe.', 'cooperation', 'planned'),
        (SPEECH2, 'We will not work with the junta on any space project.', 'cooperation', 'negated'),
        (SPEECH2, 'Now, let us build this coalition together.', 'cooperation', 'normative'),
        (SPEECH2, "We can't do this without our partners.", 'cooperation', 'normative'),
        (NEWS2, 'Russia will not withdraw from the station partnership before 2028.', 'cooperation', 'planned'),
        # "may not" outside a legal text: a possibility over a state, a prohibition over an act
        (PAPER, 'As a result, partners in Africa may not have access to the shared climate data.', 'cooperation', 'hypothetical'),
        (NEWS2, 'Under the law, the agency may not cooperate with Chinese firms.', 'competition', 'normative'),
        (NEWS2, 'Japan might not join the lunar station after all.', 'cooperation', 'hypothetical'),
        # joint statements in the past tense: decisions and past directives asserted, intents, future objects and targets planned
        (JOINT, 'The leaders discussed ways to expand cooperation in space exploration.', 'cooperation', 'asserted'),
        (JOINT, 'The two leaders applauded the signing of a memorandum between their space agencies.', 'cooperation', 'asserted'),
        (JOINT, 'The two countries also signed an agreement on commercial space launches.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders expressed their desire to strengthen ties in space science.', 'cooperation', 'planned'),
        (JOINT, 'The leaders directed their teams to develop a roadmap for space cooperation.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders recognized the importance of the partnership between their agencies.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders highlighted the growing partnership between their space agencies.', 'cooperation', 'asserted'),
        (JOINT, 'The minister announced that Canada will fly a Brazilian astronaut to the outpost.', 'cooperation', 'planned'),
        (JOINT, 'The minister announced the flight of a Brazilian astronaut to the outpost last year.', 'cooperation', 'asserted'),
        (JOINT, 'The two leaders committed to deepen cooperation on climate satellites.', 'cooperation', 'planned'),
        (JOINT, 'The leaders affirmed their intent to expand joint research on Mars.', 'cooperation', 'planned'),
        (JOINT, 'The leaders affirmed the strength of the partnership between their countries.', 'cooperation', 'asserted'),
        (JOINT, 'The two countries are working toward an agreement on lunar exploration.', 'cooperation', 'planned'),
        (JOINT, 'Both leaders look forward to the launch of the joint satellite next year.', 'cooperation', 'planned'),
        (JOINT, 'The two leaders noted the successful launch of the joint satellite last year.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders resolved to work together on space situational awareness.', 'cooperation', 'planned'),
        (JOINT, 'The two sides will hold regular consultations on space policy.', 'cooperation', 'planned'),
        (JOINT, 'The two sides held the first round of consultations on space policy in May.', 'cooperation', 'asserted'),
        (JOINT, 'The two governments plan to establish a joint center for satellite data.', 'cooperation', 'planned'),
        (JOINT, 'The two governments established a joint center for satellite data in 2022.', 'cooperation', 'asserted'),
        (JOINT, "Canada intends to support Chile's lunar orbiter.", 'cooperation', 'planned'),
        (JOINT, "Canada supports Chile's lunar orbiter.", 'cooperation', 'asserted'),
        (JOINT, "Canada supported Chile's first cubesat.", 'cooperation', 'asserted'),
        (JOINT, 'Going forward, the two sides will coordinate closely on space policy.', 'cooperation', 'planned'),
        (JOINT, 'The leaders agreed to continue working closely on space exploration.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders agreed to establish a working group, which met for the first time in June.', 'cooperation', 'asserted'),
        (JOINT, 'The ministers welcomed the upcoming visit of the agency chief to Santiago.', 'cooperation', 'planned'),
        (JOINT, 'The ministers welcomed the recent visit of the agency chief to Santiago.', 'cooperation', 'asserted'),
        (JOINT, 'The ministers renewed their joint commitment to advancing cooperation on rovers.', 'cooperation', 'planned'),
        (JOINT, 'The ministers renewed their joint commitment to the lunar charter.', 'cooperation', 'asserted'),
        (JOINT, 'We seek to expand our partnership to include space exploration.', 'cooperation', 'planned'),
        (JOINT, 'Chile and Canada aim to launch a joint mission by 2031.', 'cooperation', 'planned'),
        (JOINT, 'The leaders stressed that cooperation in space must remain peaceful and transparent.', 'cooperation', 'normative'),
        (JOINT, 'The two sides emphasized the need to coordinate their positions in international forums.', 'cooperation', 'normative'),
        (JOINT, 'The two sides expressed concern about the growing threat of counterspace weapons.', 'competition', 'asserted'),
        (JOINT, 'The two sides will explore cooperation in satellite navigation.', 'cooperation', 'planned'),
        (JOINT, 'The leaders direct their teams to develop a roadmap for space cooperation.', 'cooperation', 'normative'),
        (JOINT, 'The agency has worked toward this partnership with India for years.', 'cooperation', 'asserted'),
        (JOINT, 'The two leaders welcomed the new partnership between their agencies.', 'cooperation', 'asserted'),
        # press release: what an agreement provides for, reported plans, relative clauses that do not decide
        (RELEASE, 'NASA plans to launch a joint mission with JAXA.', 'cooperation', 'planned'),
        (RELEASE, 'The agreement will allow the two agencies to share data.', 'cooperation', 'planned'),
        (RELEASE, 'Under the agreement, JAXA would provide the pressurized rover.', 'cooperation', 'planned'),
        (RELEASE, 'China and Russia announced they would build a station together.', 'cooperation', 'planned'),
        (RELEASE, 'The mission launched in 2020 with help from ESA.', 'cooperation', 'asserted'),
        (RELEASE, 'Officials hope to sign the deal with India next month.', 'cooperation', 'planned'),
        (RELEASE, 'The deal with India could be signed next month.', 'cooperation', 'hypothetical'),
        (RELEASE, 'NASA intended to fly the instrument with ESA, but the plan fell through.', 'cooperation', 'asserted'),
        (RELEASE, 'Russia announced it will leave the partnership after 2024.', 'cooperation', 'planned'),
        (RELEASE, 'NASA, which will launch the rover, signed an agreement with JAXA.', 'cooperation', 'asserted'),
        (RELEASE, 'The agency, which could not afford the mission alone, partnered with ESA.', 'cooperation', 'asserted'),
        (RELEASE, 'Although China has not joined the Accords, it cooperates with Russia.', 'cooperation', 'asserted'),
        (RELEASE, 'The minister said the partnership should be expanded.', 'cooperation', 'normative'),
        (RELEASE, 'The minister said the two agencies could cooperate on a rover.', 'cooperation', 'hypothetical'),
        (RELEASE, 'The minister said the two agencies had cooperated on a rover.', 'cooperation', 'asserted'),
        (RELEASE, 'NASA and ESA are partnering on the Mars Sample Return campaign.', 'cooperation', 'asserted'),
        (RELEASE, 'The spacecraft will carry instruments from five partner nations.', 'cooperation', 'planned'),
        (RELEASE, 'ESA is slated to provide the service module.', 'cooperation', 'planned'),
        (RELEASE, 'NASA has selected an instrument from France for the mission.', 'cooperation', 'asserted'),
        (RELEASE, 'Through this agreement, the two agencies will collaborate on lunar science.', 'cooperation', 'planned'),
        (RELEASE, 'The agreement, signed by the two agency heads, covers lunar science.', 'cooperation', 'asserted'),
        (RELEASE, 'The instrument, to be provided by the French space agency, will study the atmosphere.', 'cooperation', 'planned'),
        (RELEASE, 'This accord shows the depth of our partnership with Japan.', 'cooperation', 'asserted'),
        (RELEASE, 'The partnership aims to expand access to satellite data for African countries.', 'cooperation', 'planned'),
        (RELEASE, 'The partnership has expanded access to satellite data for African countries.', 'cooperation', 'asserted'),
        (RELEASE, 'Both agencies plan to share the data with scientists around the world.', 'cooperation', 'planned'),
        (RELEASE, 'NASA will work with the agency to select the landing site.', 'cooperation', 'planned'),
        # news: reported and past calls, plans over a noun, schedules, refusals
        (NEWS2, 'The United States and China do not cooperate in space.', 'cooperation', 'negated'),
        (NEWS2, 'The United States and Japan do not only cooperate in space but also in defense.', 'cooperation', 'asserted'),
        (NEWS2, 'Last year the minister urged European states to work with India.', 'cooperation', 'asserted'),
        (NEWS2, 'The mission required close cooperation with ESA.', 'cooperation', 'asserted'),
        (NEWS2, 'During the war, the two agencies had to work together on the station.', 'cooperation', 'asserted'),
        (NEWS2, 'Experts say the two agencies need to work together on debris.', 'cooperation', 'normative'),
        (NEWS2, 'The agency is planning a joint mission with India.', 'cooperation', 'planned'),
        (NEWS2, 'ISRO and NASA are preparing to launch a joint radar satellite.', 'cooperation', 'planned'),
        (NEWS2, 'Japan is poised to become the next country to join the program.', 'cooperation', 'planned'),
        (NEWS2, 'The agreement was signed on Monday in Washington.', 'cooperation', 'asserted'),
        (NEWS2, 'The agreement is to be signed on Monday in Washington.', 'cooperation', 'planned'),
        (NEWS2, 'The agreement will be signed on Monday in Washington.', 'cooperation', 'planned'),
        (NEWS2, 'The launch is slated for next year with a European payload.', 'cooperation', 'planned'),
        (NEWS2, 'Russia supplied the engines for the American rocket for decades.', 'cooperation', 'asserted'),
        (NEWS2, "China's space program is seen as a challenge to American leadership.", 'competition', 'asserted'),
        (NEWS2, 'Analysts warn that the rivalry could spill over into a conflict in orbit.', 'competition', 'hypothetical'),
        (NEWS2, 'China aims to put a crew on the lunar surface ahead of the United States.', 'competition', 'planned'),
        (NEWS2, 'The United States intends to beat China back to the Moon.', 'competition', 'planned'),
        (NEWS2, 'Moscow refused to join the lunar program led by Washington.', 'cooperation', 'negated'),
        (NEWS2, 'The agency has worked with partners in Europe since its founding.', 'cooperation', 'asserted'),
        (NEWS2, 'The European Space Agency, which was founded in 1975, has 22 member states.', 'cooperation', 'asserted'),
        (NEWS2, 'India will host the next meeting of the space agencies in 2026.', 'cooperation', 'planned'),
        # encyclopedia and agency history: arrangements of the time, what happened next
        (HISTORY, 'The two countries signed an agreement in 1972 that led to the joint docking.', 'cooperation', 'asserted'),
        (HISTORY, 'Under the plan, each partner was to build one module of the station.', 'cooperation', 'planned'),
        (HISTORY, 'The station would eventually host astronauts from fifteen countries.', 'cooperation', 'asserted'),
        (HISTORY, 'In 1998, Russia lofted the first segment of the outpost with American money.', 'cooperation', 'asserted'),
        (HISTORY, 'The agency might have joined the program had funding been available.', 'cooperation', 'hypothetical'),
        (HISTORY, 'Canada was the first country to join the program.', 'cooperation', 'asserted'),
        (HISTORY, 'The agency was established to coordinate the space activities of its member states.', 'cooperation', 'asserted'),
        # analysis: possibility, concessions, negation scope, comparisons, indirect questions
        (PAPER, 'The two countries would benefit from closer cooperation.', 'cooperation', 'hypothetical'),
        (PAPER, 'It is possible that China and Russia will cooperate on a lunar base.', 'cooperation', 'hypothetical'),
        (PAPER, 'Whether the two will cooperate remains unclear.', 'cooperation', 'hypothetical'),
        (PAPER, 'Even without a formal agreement, the two agencies share data.', 'cooperation', 'asserted'),
        (PAPER, 'Our cooperation is not only about science but also about security.', 'cooperation', 'asserted'),
        (PAPER, 'The agreement does not cover military satellites.', 'cooperation', 'asserted'),
        (PAPER, 'Even if relations sour, the two agencies will keep sharing data.', 'cooperation', 'planned'),
        (PAPER, 'If Russia leaves, NASA will work with ESA.', 'cooperation', 'hypothetical'),
        (PAPER, 'When the station is complete, the partners will rotate crews.', 'cooperation', 'planned'),
        (PAPER, 'The United States should engage China on space debris.', 'cooperation', 'normative'),
        (PAPER, 'A partnership with China would be unlikely to succeed.', 'cooperation', 'hypothetical'),
        (PAPER, 'China has not yet joined the Artemis Accords.', 'cooperation', 'negated'),
        (PAPER, 'Not only did Japan join the Accords, it also signed a deal with India.', 'cooperation', 'asserted'),
        (PAPER, 'The two countries have no formal space cooperation.', 'cooperation', 'negated'),
        (PAPER, 'Such rivalry may lead to an arms race in space.', 'competition', 'hypothetical'),
        (PAPER, 'Cooperation between China and the United States seems unlikely in the near term.', 'cooperation', 'hypothetical'),
        (PAPER, 'The partnership did not only cover science but also launches.', 'cooperation', 'asserted'),
        (PAPER, 'Policymakers ought to pursue cooperation with China on debris removal.', 'cooperation', 'normative'),
        (PAPER, 'It is important that the two powers cooperate on space traffic.', 'cooperation', 'normative'),
        (PAPER, 'The two powers need to cooperate on space traffic.', 'cooperation', 'normative'),
        (PAPER, 'Cooperation with Russia may be difficult after the invasion.', 'cooperation', 'hypothetical'),
        (PAPER, 'China could become the leading space power by 2045.', 'competition', 'hypothetical'),
        (PAPER, 'The two programs compete for the same international partners.', 'competition', 'asserted'),
        (PAPER, 'It is unclear whether Europe will side with the United States or China.', 'competition', 'hypothetical'),
        (PAPER, 'Scholars have long debated whether cooperation with China is possible.', 'cooperation', 'hypothetical'),
        (PAPER, 'There has been little evidence of real cooperation between the two programs, and no joint mission has flown.', 'cooperation', 'negated'),
        (PAPER, 'The agreement allows the partners to share data without restriction.', 'cooperation', 'asserted'),
        (PAPER, 'Export controls prevent American firms from working with Chinese companies.', 'competition', 'asserted'),
        (PAPER, 'The Wolf Amendment prohibits NASA from cooperating bilaterally with China.', 'competition', 'asserted'),
        (PAPER, 'The two agencies seem to cooperate more closely than before.', 'cooperation', 'asserted'),
        # hearing: questions
        (HEARING, 'Do you think China will overtake us on the Moon?', 'competition', 'hypothetical'),
    ],
)  # fmt: skip
def test_modality_cases_by_register(titled_claim, title, text, label, modality):
    """The table of cases per register behind docs/annotation-guide.md ("Modality by register",
    "Modality: cases per register"), positive and negative, in the team's own sentences."""
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


def test_neutral_sentences_are_not_parsed(text_nlp, structure, monkeypatch):
    parsed: list[str] = []
    original = structure.parse

    def spy(sents):
        parsed.extend(s.text for s in sents)
        return original(sents)

    monkeypatch.setattr(structure, "parse", spy)
    doc = text_nlp("China and Russia signed an agreement. The crater is 20 km wide.")
    sents = list(doc.sents)
    sents[0]._.sc_claim_label = "cooperation"
    sents[1]._.sc_claim_label = "neutral"
    structure(doc)
    assert parsed == [sents[0].text]
    assert sents[1]._.sc_claim_parties is None
    assert sents[1]._.sc_claim_modality == ""


def test_sentence_docs_match_span_as_doc(text_nlp):
    doc = text_nlp("NASA signed an accord. Beijing announced that CNSA would join. Fine.")
    sents = list(doc.sents)
    for mine, spacys in zip(sentence_docs(sents), [s.as_doc() for s in sents], strict=True):
        assert [t.text for t in mine] == [t.text for t in spacys]
        assert [t.tag_ for t in mine] == [t.tag_ for t in spacys]
        assert [t.ent_type_ for t in mine] == [t.ent_type_ for t in spacys]
        assert (mine.tensor == spacys.tensor).all()


def test_claims_rows_are_unordered_pairs_with_the_first_date(claim):
    doc, document = claim(
        [
            "In March 2021 Russia, China and Belarus signed an accord on the ILRS in 2023.",
            "China seeks to lead.",
        ]
    )
    rows = rows_from_doc(doc, document)
    first = rows.sentences[0]
    assert first["parties"] == "Russia; China; Belarus"
    assert first["modality"] == "asserted"
    pairs = [(r["party_a"], r["party_b"]) for r in rows.claims]
    assert pairs == [("Belarus", "China"), ("Belarus", "Russia"), ("China", "Russia")]
    assert {r["date"] for r in rows.claims} == {"2021-03"}
    assert {(r["sentence_id"], r["label"], r["modality"]) for r in rows.claims} == {
        (0, "cooperation", "asserted")
    }
    # a single party makes no pair
    assert rows.sentences[1]["parties"] == "China"
    assert rows.tables()["claims"] == rows.claims


def test_claims_rows_never_pair_an_actor_with_its_own_agency(claim):
    doc, document = claim("The United States and NASA will cooperate with Japan and JAXA.")
    rows = rows_from_doc(doc, document)
    assert rows.sentences[0]["parties"] == "United States; NASA; Japan; JAXA"
    pairs = {(r["party_a"], r["party_b"]) for r in rows.claims}
    assert pairs == {
        ("JAXA", "NASA"), ("JAXA", "United States"), ("Japan", "NASA"),
        ("Japan", "United States"),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b", "own"),
    [
        (("China", "country", ""), ("China", "country", ""), True),
        (("NASA", "agency", "United States"), ("United States", "country", ""), True),
        (("United States", "country", ""), ("NASA", "agency", "United States"), True),
        (("NASA", "agency", "United States"), ("Artemis", "program", "United States"), True),
        (("China", "country", ""), ("ILRS", "program", "China"), True),
        # a company is a side of its own; two agencies of one state are two sides
        (("SpaceX", "company", "United States"), ("NASA", "agency", "United States"), False),
        (("NASA", "agency", "United States"), ("NOAA", "agency", "United States"), False),
        (("China", "country", ""), ("Russia", "country", ""), False),
        (("ESA", "organization", ""), ("NASA", "agency", "United States"), False),
    ],
)
def test_own_pair(a, b, own):
    assert own_pair(a, b) is own


def test_neutral_rows_have_no_parties(claim):
    doc, document = claim("China and Russia signed an agreement.", label="neutral")
    rows = rows_from_doc(doc, document)
    assert (rows.sentences[0]["parties"], rows.sentences[0]["modality"]) == ("", "")
    assert rows.claims == []


def test_a_missing_parser_package_is_an_actionable_error():
    from pipeline.nlp.components.claim_structure import load_parser

    with pytest.raises(RuntimeError, match="parser_model"):
        load_parser("en_no_such_package_xyz")


@pytest.mark.parametrize(
    ("title", "text", "legal"),
    [
        ("Convention on the Exchange of Lunar Samples", "", True),
        ("Executive Order 14000: Space Coordination", "", True),
        ("Guidelines for Sharing Space Weather Data", "", True),
        # the text's "shall" makes an untitled instrument
        ("", "Each Party shall report. The Parties shall meet. A Party shall notify.", True),
        # a news title that names an agreement, a release, a speech are not instruments
        ("Japan and India Sign Lunar Agreement", "The agencies will meet.", False),
        ("NASA Welcomes Sweden as Newest Accords Signatory", "We shall see.", False),
        ("Remarks by the Administrator", "We shall overcome. We shall win.", False),
        # fifteenth round: a title that names a kind of text that is no instrument decides
        # over the count of "shall"; a title that names no kind leaves it to the count
        (
            "NATIONAL SATELLITE POLICY STATEMENT 2027",
            "The Department shall lead. The agency shall license. The council shall advise.",
            False,
        ),
        (
            "Space Security Strategy of the Republic",
            "The Department shall lead. The agency shall license. The council shall advise.",
            False,
        ),
        (
            "Annual Report 2026",
            "The Department shall lead. The agency shall license. The council shall advise.",
            False,
        ),
        (
            "White Paper on Lunar Cooperation",
            "The Department shall lead. The agency shall license. The council shall advise.",
            False,
        ),
        (
            "The National Launch Policy",
            "The Department shall lead. The agency shall license. The council shall advise.",
            True,
        ),  # a policy may be a directive
        (
            "Partners in Orbit",
            "The Department shall lead. The agency shall license. The council shall advise.",
            True,
        ),
        ("Agreement on Cooperation, with a Joint Statement", "", True),
        ("Statement on Space Debris", "The delegates met.", False),
    ],
)
def test_legal_text(title, text, legal):
    assert legal_text(text, title=title) is legal


# Modality on fresh dev sentences (issue 17, modality4): the causes of the errors on claim
# sentences outside the gold set (corpus/real/modality_fresh_dev.jsonl), in the team's own words,
# positive and negative.
@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [
        # a verb of promising over an activity noun promises it; over an entity it states an allegiance
        (JOINT, 'The two sides commit to closer cooperation on lunar science.', 'cooperation', 'planned'),
        (JOINT, 'Together we recommit to joint efforts to map near-Earth asteroids.', 'cooperation', 'planned'),
        (JOINT, 'We recommit ourselves to our enduring alliance.', 'cooperation', 'asserted'),
        (JOINT, 'As the security situation grows more complex, we recommit ourselves to our alliance.', 'cooperation', 'asserted'),
        (JOINT, 'As the situation grows more complex, we recommit to closer cooperation.', 'cooperation', 'planned'),
        # seeking a noun in the present is an aim; in the past a past aim
        (NEWS, 'India seeks a partnership with Japan on lunar sample science.', 'cooperation', 'planned'),
        (NEWS, 'Japan sought partners for the lunar mission in 2010.', 'cooperation', 'asserted'),
        # an owner's purpose or vision is a target; a thing's purpose defines it
        (JOINT, 'Their purpose as co-founders of the forum is to keep low orbit usable for every nation.', 'cooperation', 'planned'),
        (JOINT, 'Today, we announce our vision to build a shared tracking network with Canada.', 'cooperation', 'planned'),
        (NEWS, 'The purpose of the forum is to connect space agencies.', 'cooperation', 'asserted'),
        (NEWS, 'Today, the agencies announced the results of their joint campaign.', 'cooperation', 'asserted'),
        # "would like to" with a verb of discourse performs it; with another verb it is a wish
        (SPEECH, "I'd like to reiterate the value of our alliance with Korea.", 'cooperation', 'asserted'),
        (SPEECH, 'I would like to emphasize how much we owe to our partners in Europe.', 'cooperation', 'asserted'),
        (SPEECH, "I'd like to expand our alliance with Korea into deep space.", 'cooperation', 'planned'),
        # a coordinated adjective of stance over a clause: the clause decides
        (SPEECH, 'The United States welcomes and is delighted that Canada will keep flying to the station.', 'cooperation', 'planned'),
        (SPEECH, 'The United States welcomes and is delighted that Canada flew to the station.', 'cooperation', 'asserted'),
        # a free relative under a verb of saying is no reported intention
        (HISTORY, 'In 1992 the two presidents announced what would later become a joint station programme.', 'cooperation', 'asserted'),
        (NEWS, 'The agency announced that it would join the station programme.', 'cooperation', 'planned'),
        # a post of a leader reports its clause like a statement
        (NEWS, 'The director tweeted that relations with the partners could only resume after the sanctions end.', 'cooperation', 'hypothetical'),
        (NEWS, 'The director tweeted that the partners signed the deal.', 'cooperation', 'asserted'),
    ],
)  # fmt: skip
def test_modality_fresh_causes(titled_claim, title, text, label, modality):
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


def _parsed(words, heads, deps, tags, pos, lemmas):
    """A hand-built parse, to pin a rule that guards against a parser misreading."""
    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab  # with the lexical attributes ("lower_") of English
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(
    ("coordinated", "modality"),
    [
        # "could live" read as a conjunct of the root with no coordinator: a misparsed relative
        # clause ("stations where crews could live"), which does not decide
        (False, "asserted"),
        # a real coordination ("works with firms and could fly crews") still counts
        (True, "hypothetical"),
    ],
)
def test_modality_conjunct_needs_a_coordinator(coordinated, modality):
    from pipeline.nlp.extract.modality import find_modality

    if coordinated:
        words = ["NASA", "works", "with", "firms", "and", "could", "fly", "crews", "."]
        heads = [1, 1, 1, 2, 1, 6, 1, 6, 1]
        deps = ["nsubj", "ROOT", "prep", "pobj", "cc", "aux", "conj", "dobj", "punct"]
        tags = ["NNP", "VBZ", "IN", "NNS", "CC", "MD", "VB", "NNS", "."]
        pos = ["PROPN", "VERB", "ADP", "NOUN", "CCONJ", "AUX", "VERB", "NOUN", "PUNCT"]
        lemmas = ["NASA", "work", "with", "firm", "and", "could", "fly", "crew", "."]
    else:
        words = ["NASA", "works", "with", "firms", "on", "stations", "where", "crews", "could"]
        words += ["live", "."]
        heads = [1, 1, 1, 2, 1, 4, 9, 9, 9, 1, 1]
        deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "advmod", "nsubj", "aux"]
        deps += ["conj", "punct"]
        tags = ["NNP", "VBZ", "IN", "NNS", "IN", "NNS", "WRB", "NNS", "MD", "VB", "."]
        pos = ["PROPN", "VERB", "ADP", "NOUN", "ADP", "NOUN", "ADV", "NOUN", "AUX", "VERB"]
        pos += ["PUNCT"]
        lemmas = ["NASA", "work", "with", "firm", "on", "station", "where", "crew", "could"]
        lemmas += ["live", "."]
    doc = _parsed(words, heads, deps, tags, pos, lemmas)
    assert find_modality(doc, label="cooperation") == modality


@pytest.mark.parametrize(
    ("shall_dep", "shall_head", "modality"),
    [
        # "A State at launch shall, through arrangements, ensure ...": "shall" hung on the
        # subject's modifier, the bare root keeps it
        ("advcl", 1, "normative"),
        # a "shall" that is the auxiliary of another verb is not the root's
        ("aux", 5, "asserted"),
    ],
)
def test_modality_stray_modal_of_a_bare_root(shall_dep, shall_head, modality):
    from pipeline.nlp.extract.modality import find_modality

    words = ["A", "State", "at", "launch", "shall", "operate", ",", "ensure", "that"]
    words += ["partners", "are", "informed", "."]
    heads = [1, 7, 1, 2, shall_head, 1, 7, 7, 11, 11, 11, 7, 7]
    deps = ["det", "nsubj", "prep", "pobj", shall_dep, "acl", "punct", "ROOT", "mark"]
    deps += ["nsubjpass", "auxpass", "ccomp", "punct"]
    tags = ["DT", "NN", "IN", "NN", "MD", "VB", ",", "VB", "IN", "NNS", "VBP", "VBN", "."]
    pos = ["DET", "NOUN", "ADP", "NOUN", "AUX", "VERB", "PUNCT", "VERB", "SCONJ", "NOUN"]
    pos += ["AUX", "VERB", "PUNCT"]
    lemmas = ["a", "State", "at", "launch", "shall", "operate", ",", "ensure", "that"]
    lemmas += ["partner", "be", "inform", "."]
    doc = _parsed(words, heads, deps, tags, pos, lemmas)
    assert find_modality(doc, label="cooperation", legal=True) == modality


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [
        # joint statement: promises, plans and calls in the signatories' present (issue 17)
        (JOINT, 'We will also consider opportunities for joint missions with Brazil.', 'cooperation', 'planned'),
        (JOINT, 'We will keep sharing orbital data and consider opportunities to work with Kenya.', 'cooperation', 'planned'),
        (JOINT, 'We will consider options for a joint mission with Brazil.', 'cooperation', 'hypothetical'),
        (NEWS2, 'The agency is considering a joint mission with Japan.', 'cooperation', 'hypothetical'),
        (JOINT, 'We plan on expanding our cooperation on satellite navigation.', 'cooperation', 'planned'),
        (NEWS2, 'The two agencies planned on expanding their cooperation in 1998.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders announced a shared goal for an Indian astronaut to fly on a NASA mission.', 'cooperation', 'planned'),
        (JOINT, 'The leaders discussed the goal of the joint mission with Japan.', 'cooperation', 'asserted'),
        (JOINT, 'We reiterate our call on China to join the talks on debris.', 'cooperation', 'normative'),
        (JOINT, 'We reiterate our call on Russia to stop jamming satellites.', 'competition', 'normative'),
        (NEWS2, 'In 2019 the two leaders reiterated their call on China to join the talks.', 'cooperation', 'asserted'),
        (JOINT, 'The two governments aim for a broad network of research partnerships.', 'cooperation', 'planned'),
        (NEWS2, 'The two governments aimed for a broad network of research partnerships.', 'cooperation', 'asserted'),
        (JOINT, 'The leaders encourage the participation of universities in joint research.', 'cooperation', 'normative'),
        (NEWS2, 'The program encourages cooperation among universities in Europe and Japan.', 'cooperation', 'asserted'),
        (JOINT, 'We are firmly committed to the implementation of the joint lunar program.', 'cooperation', 'planned'),
        (JOINT, 'We are committed to the alliance with Japan.', 'cooperation', 'asserted'),
        (JOINT, 'The United States remains unwavering in its commitment to support the space program of Japan.', 'cooperation', 'planned'),
        (JOINT, 'The United States remains unwavering in its commitment to the alliance with Japan.', 'cooperation', 'asserted'),
        (JOINT, 'The two countries are united in their determination to deepen cooperation with India.', 'cooperation', 'planned'),
        (JOINT, 'Our work continues to be anchored in a shared commitment to ensuring that satellites serve our values.', 'cooperation', 'asserted'),
        (JOINT, 'We announce our intention to bilaterally upgrade our tracking networks with Australia.', 'cooperation', 'planned'),
        (JOINT, 'The two sides announced a common goal for a Japanese astronaut to walk on the Moon within the decade.', 'cooperation', 'planned'),
        # a main predicate that states a relation itself keeps a coordinated plan from deciding
        (JOINT, 'We celebrate our friendship and pledge to continue our joint work.', 'cooperation', 'asserted'),
        (JOINT, 'We celebrate the launch and will continue to work with Japan.', 'cooperation', 'planned'),
        (JOINT, "The leaders condemn Russia's attacks on satellites and are committed to continue coordination at the UN.", 'both', 'asserted'),
        (JOINT, 'The leaders met in Tokyo and are committed to continue coordination at the UN.', 'cooperation', 'planned'),
    ],
)  # fmt: skip
def test_modality_fresh_cases(titled_claim, title, text, label, modality):
    """Causes found on the second fresh dev set (``corpus/real/structure_fresh2_dev.jsonl``):
    "will consider", "plan on", a goal "for X to", a repeated call, "aim for", "encourage" over
    a noun, commitments to an activity, and main predicates of opposition or of a bond; each
    with its negative case, in the team's own sentences."""
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


@pytest.mark.parametrize(
    ("title", "text", "parties"),
    [
        # a channel names no side, also when the parser misreads its coordination
        (_JS, "Both countries jointly finance coastal roads through the World Bank and Asian Development Bank.",
         {"United States", "Japan"}),
        (_JS, "Both countries jointly finance coastal roads with the World Bank and the Asian Development Bank.",
         {"United States", "Japan", "World Bank", "Asian Development Bank"}),
        # a meeting named "X for Y Summit" is a venue; the name of the sides' relation no side
        (_JS, "The Nutrition for Growth Summit will bring the two countries together on food security.",
         {"United States", "Japan"}),
        (_JS, "The Pacific Islands Forum will work with the two countries on fisheries.",
         {"United States", "Japan", "Pacific Islands Forum"}),
        (_JS, "We have taken bold steps to bring the U.S.-Japan Alliance to new heights.",
         {"United States", "Japan"}),
        ("", "The United Launch Alliance will launch the satellite for ESA.", {"ULA", "ESA"}),
        # what cooperation is "on" is its topic; what sanctions are "on" is a side
        (_JS, "Their ministers will work together on a review of the ITU.",
         {"United States", "Japan"}),
        (_JS, "The two countries will coordinate sanctions on Russia.",
         {"United States", "Japan", "Russia"}),
        ("", "ESA will cooperate on the mission with JAXA and CNES.", {"ESA", "JAXA", "CNES"}),
    ],
)  # fmt: skip
def test_parties_fresh_cases(titled, title, text, parties):
    """Causes found on the second fresh dev set: channels, meetings and relation names are no
    sides; standing organisations and companies named "Alliance" are."""
    assert set(titled(title, text)) == parties
