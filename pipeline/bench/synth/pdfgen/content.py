"""Content of the generated articles (written for this project; all names of people, journals and works are fictional)."""

from __future__ import annotations

import random

# Content (written for this project; all names of people, journals and works are fictional)
# --------------------------------------------------------------------------------------------

JOURNALS = [
    ("Journal of Lunar Policy Studies", "jlps"),
    ("Space Governance Review", "sgr"),
    ("Review of Orbital Affairs", "roa"),
]
TITLES = [
    (
        "Two Coalitions on the Moon: Governance Choices in the Artemis Accords and the "
        "International Lunar Research Station",
        "Two coalitions on the Moon",
    ),
    (
        "Partners and Rivals at the Lunar South Pole: Institutional Design in Lunar "
        "Exploration Coalitions",
        "Partners and rivals at the lunar south pole",
    ),
    (
        "Open Doors and Closed Clubs: How the Lunar Programmes of Washington and Beijing "
        "Recruit Their Partners",
        "Open doors and closed clubs",
    ),
]
AUTHOR_SETS = [
    ["Amara Renner", "Luca Okafor", "Mei Zhou"],
    ["Tomasz Lindgren", "Nadia Haddou"],
    ["Ines Varga", "Kwame Sato", "Lena Moreau"],
]
AFFILIATIONS = [
    "Centre for Space Governance, Northbridge University, Leeds, United Kingdom",
    "Institute of International Affairs, Lakeside University, Accra, Ghana",
]
KEYWORDS = (
    "Keywords: Artemis Accords; International Lunar Research Station; lunar governance; "
    "space diplomacy; coalition design"
)

ABSTRACT = [
    "This article compares the two coalitions that now organise most plans for human and "
    "robotic activity on the Moon.",
    "The US-led Artemis Accords gather signatories around a set of non-binding principles, "
    "while the International Lunar Research Station (ILRS) led by China and Russia recruits "
    "partners through memoranda between agencies.",
    "Drawing on official statements, partnership documents and launch manifests published "
    "between 2017 and 2024, we trace how each coalition admits members, shares tasks and "
    "settles disputes.",
    "We find that the two designs differ less in their legal form than in the depth of the "
    "technical integration they offer to newcomers.",
    "The comparison suggests that rivalry between the coalitions has so far encouraged, rather "
    "than blocked, smaller states from joining lunar projects.",
]

#: footnote key -> body; a sentence token ending in ``^key`` carries the callout
FOOTNOTES = {
    "first8": "The original signatories were Australia, Canada, Italy, Japan, Luxembourg, the "
    "United Arab Emirates, the United Kingdom and the United States.",
    "coalition": "We use the word coalition loosely, for a group of agencies that plan "
    "activities under a shared framework without a common treaty.",
    "copuos": "Objections of this kind were voiced in statements to the Legal Subcommittee of "
    "the UN Committee on the Peaceful Uses of Outer Space.",
    "guide": "The partner guide issued in 2021 lists several forms of participation, from "
    "mission-level partnerships to the supply of single payloads.",
    "wolf": "The restriction is usually named after the member of Congress who drafted it.",
}

#: (heading, paragraphs); a paragraph is a list of sentences
BODY: list[tuple[str, list[list[str]]]] = [
    (
        "1. Introduction",
        [
            [
                "The return of government interest in the Moon has produced two large "
                "groupings of space agencies within a few years.",
                "In October 2020 eight states signed the Artemis Accords, a short text "
                "negotiated by NASA and the US Department of State.^first8",
                "Less than a year later, the China National Space Administration (CNSA) and "
                "Roscosmos presented a roadmap for the International Lunar Research Station at "
                "a conference in St. Petersburg.",
                "Both initiatives invite other countries to take part, and both describe "
                "themselves as open to any state that shares their goals.",
            ],
            [
                "Commentators have often read the two initiatives as the opening moves of a new "
                "space race.",
                "Such readings capture the strategic framing used by officials in Washington "
                "and Beijing, yet they leave out the ordinary administrative work through which "
                "partnerships are formed.",
                "A memorandum between two agencies, a payload slot on a lander or a seat on a "
                "coordination committee may matter more to a newcomer than any declaration of "
                "principle.",
                "This article therefore looks at the institutional design of each "
                "coalition^coalition rather than at the rhetoric surrounding it.",
            ],
            [
                "The argument proceeds in four steps.",
                "Section 2 describes how the Accords and the ILRS partnership came into being.",
                "Section 3 compares their rules on membership, task sharing and the settlement "
                "of disagreements, and Section 4 discusses what the comparison implies for the "
                "long-term governance of lunar activities.",
                "The conclusion summarises the findings and notes some limits of the evidence.",
            ],
        ],
    ),
    ("2. Two lunar coalitions and their origins", []),
    (
        "2.1. The Artemis Accords",
        [
            [
                "The Accords restate several obligations that already appear in the Outer "
                "Space Treaty of 1967, such as the duty to render assistance to astronauts in "
                "distress.",
                "They also add commitments that the treaty does not contain, notably on the "
                "public release of scientific data and on the coordination of what the text "
                "calls safety zones around lunar operations.",
                "Signatories agree to share information about the location and general nature "
                "of their activities in order to avoid harmful interference.",
                "Critics in several capitals argued that these provisions amount to an "
                "interpretation of international law drafted by a single power.^copuos",
            ],
            [
                "Membership grew slowly at first and then accelerated after 2022.",
                "By the middle of 2024 more than forty governments had signed, including India, "
                "Nigeria, Rwanda and several Latin American states.",
                "Signature does not oblige a government to fund any mission, which lowers the "
                "political cost of joining considerably.",
                "For NASA, the growing list of signatories offers evidence of diplomatic reach "
                "that can be presented to Congress during budget negotiations.",
            ],
        ],
    ),
    (
        "2.2. The International Lunar Research Station",
        [
            [
                "The ILRS is planned as a permanent facility near the lunar south pole, to be "
                "assembled in stages during the 2030s.",
                "Its early phases rely on the robotic Chang'e 6, Chang'e 7 and Chang'e 8 "
                "missions, which are meant to survey sites and test technologies for "
                "construction and resource use.",
                "CNSA has signed cooperation documents with agencies and institutions in "
                "Pakistan, Venezuela, Belarus, Azerbaijan, South Africa, Egypt and Thailand, "
                "among others.",
                "Unlike the Accords, these documents usually specify concrete contributions "
                "such as instruments, ground stations or training programmes.^guide",
            ],
            [
                "Russia's role in the project has become less certain since 2022, as sanctions "
                "and budget pressure have delayed several of its planetary missions.",
                "The loss of the Luna 25 lander in August 2023 was a visible setback for "
                "Roscosmos, although Moscow continues to describe itself as a founding partner.",
                "Chinese officials have in turn emphasised the participation of developing "
                "countries and of regional bodies such as the Asia-Pacific Space Cooperation "
                "Organization.",
                "This emphasis allows Beijing to present the station as an alternative to "
                "arrangements that it regards as exclusive.",
            ],
        ],
    ),
    (
        "3. Comparing governance models",
        [
            [
                "Three dimensions of institutional design are compared here: how members are "
                "admitted, how tasks are divided, and how disagreements are resolved.",
                "On admission, the Accords follow a simple model in which any government may "
                "sign the text at a ceremony arranged with the State Department.",
                "ILRS partnership, by contrast, is negotiated case by case and often begins "
                "with a feasibility study or a letter of intent between agencies.",
                "The first model maximises the number of members, while the second ties each "
                "member to a specific technical task.",
            ],
            [
                "Task sharing reveals a similar contrast.",
                "Within Artemis, international contributions are channelled through bilateral "
                "agreements that NASA concludes with each partner agency, for instance with ESA "
                "for the European Service Module or with the Canadian Space Agency for robotics "
                "on the Gateway station.",
                "The ILRS documents describe a layered structure in which CNSA coordinates the "
                "overall architecture and partners supply subsystems, experiments or data "
                "services.",
                "In both cases the lead agency keeps control of the critical path, which limits "
                "how far partners can influence the schedule or the interoperability standards "
                "of the infrastructure.",
            ],
            [
                "Neither framework sets up a formal body for settling disputes.",
                "The Accords refer signatories to consultations conducted in good faith, and "
                "the ILRS texts describe an intergovernmental committee whose powers remain "
                "vague.",
                "In practice, both coalitions depend on the continuing interest of their "
                "leading states, and a change of government in either capital could alter "
                "their course.",
                "This reliance on leadership makes the two arrangements more fragile than "
                "their expanding membership lists suggest.",
            ],
        ],
    ),
    (
        "4. Discussion",
        [
            [
                "The comparison qualifies the image of a simple race between two blocs.",
                "Several governments have signed the Accords while also discussing scientific "
                "projects with China, and a few agencies take part in missions led by both "
                "sides.",
                "For such states, joining a coalition is less a choice of camp than a way to "
                "gain access to launch opportunities, training and data.",
                "Competition between Washington and Beijing has thus raised the value of "
                "membership, since each leader offers incentives to attract and keep partners.",
            ],
            [
                "There are nonetheless limits to this hedging strategy.",
                "US export controls, including the restrictions that Congress placed on NASA's "
                "bilateral work with Chinese entities in 2011,^wolf make it difficult for a "
                "partner to exchange hardware with both programmes at once.",
                "Some authors describe the Chinese approach as a form of techno-nationalism, in "
                "which self-reliance in key technologies is pursued alongside selective "
                "partnerships.",
                "Over time these constraints could harden the boundary between the coalitions "
                "and reduce the room for states that prefer to stay in the middle.",
            ],
            [
                "Multilateral forums offer one way to soften that boundary.",
                "Discussions in COPUOS on the sustainability of lunar activities have brought "
                "together representatives of both coalitions, and working groups on space "
                "resources have produced draft principles that refer to the needs of all "
                "states.",
                "Such forums move slowly, but they provide a setting in which technical norms "
                "on interference, debris and data can be agreed without choosing sides.",
                "Their success will depend on whether the leading agencies are willing to "
                "treat them as more than a stage for announcements.",
            ],
        ],
    ),
    (
        "5. Conclusion",
        [
            [
                "Lunar exploration is now organised by two coalitions whose differences lie "
                "mainly in how deeply they integrate their members.",
                "The Accords offer a low-cost way to signal alignment, while the ILRS offers "
                "fewer members a more concrete role in specific missions.",
                "Rivalry between the leading states has encouraged both coalitions to recruit "
                "widely, and many smaller agencies have benefited from the resulting offers.",
                "Whether this pattern survives the move from planning to construction on the "
                "lunar surface remains an open question for further research.",
            ],
        ],
    ),
]

BACK_MATTER = [
    (
        "Acknowledgements",
        "The authors thank colleagues at two research seminars for comments on earlier drafts "
        "of this article.",
    ),
    (
        "Funding",
        "This work received no dedicated grant from public, commercial or charitable funders.",
    ),
    (
        "Declaration of competing interest",
        "None of the authors holds a financial or personal interest that could be seen as "
        "affecting the analysis presented here.",
    ),
    (
        "Data availability",
        "All documents analysed in this article are available on the websites of the agencies "
        "concerned.",
    ),
]

REFERENCES = [
    "A. Kowalczyk, The politics of lunar coalitions, Orbital Studies 9 (2021) 12-30.",
    "H. Tanaka, R. Mbeki, Memoranda and missions: agency diplomacy after 2019, Space "
    "Governance Quarterly 4 (2022) 101-119.",
    "S. Delacroix, Safety zones and the law of the Moon, Review of Air and Space Rules 17 "
    "(2021) 55-78.",
    "J. Oyelaran, Developing States in the New Lunar Age, Riverside Policy Press, Bristol, 2023.",
    "L. Wen, Partnership documents of the lunar research station, Journal of Eastern Space "
    "Affairs 6 (2022) 7-26.",
    "M. Ferreira, Export controls and space cooperation, Technology and Policy Notes 11 "
    "(2020) 210-231.",
    "K. Lindqvist, P. Arora, Forums for lunar norms, Outer Space Diplomacy 3 (2024) 44-63.",
    "T. Haddad, Hedging in space: small states between two programmes, Global Orbit 2 (2023) "
    "88-104.",
]

APPENDIX = (
    "Appendix A. Chronology",
    [
        "The Artemis Accords were signed by their first eight governments on 13 October 2020.",
        "China and Russia published the ILRS roadmap in June 2021 and issued a partner guide "
        "shortly afterwards.",
        "India signed the Accords in June 2023, and Chang'e 6 returned the first samples from the "
        "far side of the Moon in June 2024.",
    ],
)

FIGURE_CAPTION = (
    "Fig. 1. Cumulative number of governments that had signed the Artemis Accords or an ILRS "
    "cooperation document, 2020-2024."
)
TABLE_CAPTION = "Table 1. Main instruments of the two lunar coalitions."
TABLE_ROWS = [
    ("Instrument", "Lead", "Year"),
    ("Accords text", "NASA / State Dept.", "2020"),
    ("Roadmap of 2021", "CNSA / Roscosmos", "2021"),
    ("Gateway MoUs", "NASA and partners", "2020-22"),
    ("Partner memoranda", "CNSA only", "2022-24"),
]

# Pieces of the filler paragraphs that stretch an article to a requested page count.
_AGENCIES = [
    "NASA", "ESA", "CNSA", "Roscosmos", "JAXA", "ISRO", "KARI", "the UAE Space Agency",
    "the Canadian Space Agency", "CNES", "DLR", "the Italian Space Agency",
    "the Brazilian Space Agency", "the South African National Space Agency",
    "the Egyptian Space Agency", "SUPARCO", "the Thai space agency GISTDA",
    "the Nigerian space agency NASRDA", "APSCO", "the Luxembourg Space Agency",
]  # fmt: skip
_ACTS = [
    "signed a memorandum on lunar sample exchange with",
    "agreed to fly an instrument provided by",
    "opened talks on a shared ground station with",
    "completed a joint study of landing sites with",
    "announced a training programme for engineers from",
    "published a statement of intent on data sharing with",
    "hosted a technical workshop on communications relays for",
    "set up a working group on telecommunications standards with",
]
_COMMENTS = [
    "which officials described as a first step",
    "although no funding was attached to the plan",
    "a move that drew attention in the trade press",
    "after several years of informal contacts",
    "in a ceremony held on the margins of an international congress",
    "with the aim of improving the interoperability of future landers",
    "even though the legal basis of the arrangement remained unclear",
]
_THINGS = [
    "arrangement", "partnership", "exchange of letters", "implementation plan",
    "framework agreement", "infrastructure study", "characterisation campaign",
]  # fmt: skip
_DESCS = [
    "a practical rather than a symbolic commitment",
    "an opening for long-term scientific collaboration",
    "compatible with its existing intergovernmental obligations",
    "a modest but useful test of institutional trust",
    "part of a wider effort at internationalisation",
]
_CLAIMS = [
    "the responsibilities of each partner should be written down before hardware is built",
    "cross-border data flows matter more to smaller agencies than launch opportunities",
    "administrative capacity limits how many agreements a young agency can implement",
    "the US-led and China-led coalitions will eventually need shared rules on interference",
    "self-reliance and partnership are complements rather than alternatives",
    "accountability for surface operations remains the weakest part of both frameworks",
]
_TOPICS = [
    "radio frequency coordination", "the protection of historic landing sites",
    "the registration of lunar payloads", "the disposal of orbital stages",
    "the deconfliction of polar landing zones", "access to water ice",
]  # fmt: skip


def _filler_sentence(rng: random.Random) -> str:
    a, b = rng.sample(_AGENCIES, 2)
    year = rng.randint(2016, 2025)
    kind = rng.randrange(6)
    if kind == 0:
        return f"In {year}, {a} {rng.choice(_ACTS)} {b}, {rng.choice(_COMMENTS)}."
    if kind == 1:
        return f"Officials from {a} described the {rng.choice(_THINGS)} with {b} as " + (
            f"{rng.choice(_DESCS)}."
        )
    if kind == 2:
        return f"According to a statement issued by {a}, {rng.choice(_CLAIMS)}."
    if kind == 3:
        return (
            f"Negotiations between {a} and {b} on {rng.choice(_TOPICS)} continued through "
            f"{year} without a published text."
        )
    if kind == 4:
        return f"{a[0].upper()}{a[1:]} has argued that {rng.choice(_CLAIMS)}."
    return f"The {rng.choice(_THINGS)} between {a} and {b} was renewed in {year} after a review."


def _filler_paragraph(
    rng: random.Random, key: str | None, seen: set[str]
) -> tuple[list[str], dict[str, str]]:
    """Four or five template sentences not used before (``seen``); with ``key``, one carries
    that footnote's callout."""
    sentences: list[str] = []
    while len(sentences) < 4 + rng.randrange(2):
        s = _filler_sentence(rng)
        if s not in seen:
            seen.add(s)
            sentences.append(s)
    if key is None:
        return sentences, {}
    i = rng.randrange(len(sentences))
    sentences[i] = sentences[i] + "^" + key
    a, b = rng.sample(_AGENCIES, 2)
    year = rng.randint(2015, 2025)
    note = rng.choice(
        [
            f"Documents exchanged between {a} and {b} were consulted for this point.",
            f"See the joint statement issued by {a} and {b} in {year}.",
            f"An earlier draft of the {rng.choice(_THINGS)} circulated among partners in {year}.",
            f"Interview with an official of {a}, {year}; the official asked not to be named.",
        ]
    )
    return sentences, {key: note}


# --------------------------------------------------------------------------------------------
