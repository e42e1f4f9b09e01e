"""Modality per register from general English (issue 17): a table of the team's own sentences
for speeches, joint statements and communiqués, treaties and memoranda, press releases and
analytic prose, covering spoken plans and intentions, the verbs of joint statements, the forms
of legal instruments, negation and its scope, conditions, reported speech and past narrative.
Each is labelled by docs/annotation-guide.md ("Modality"); none is taken from a real document.
"""

from __future__ import annotations

import pytest

SPEECH = "Remarks by the Administrator at the Space Symposium"
JOINT = "Joint Statement of the United States and Japan"
COMMUNIQUE = "Joint Communique of the Ministers of France and India"
TREATY = "Agreement between the United States and Brazil on Cooperation in Earth Science"
MOU = "Memorandum of Understanding between NASA and the Indian Space Research Organisation"
RELEASE = "NASA and ESA Sign Deal on Lunar Communications"
PAPER = "The Geopolitics of Lunar Exploration"
ORDER = "Executive Order on Coordinating Federal Launch Ranges"
GUIDELINES = "Guidelines for the Sharing of Space Weather Data"
FACTS = "Fact Sheet: Canada and Mexico Deepen Their Space Partnership"
RESOLUTION = "Resolution adopted by the General Assembly on Cooperation in Outer Space"

C, K = "cooperation", "competition"

SPEECHES = [
    # spoken future and intention
    (SPEECH, "We're going to fly with our Canadian partners around the Moon.", C, "planned"),
    (SPEECH, "We're gonna do it together with our friends in Japan.", C, "planned"),
    (SPEECH, "We want to work with Brazil on Earth observation.", C, "planned"),
    (SPEECH, "We want Japan to be part of this effort.", C, "planned"),
    (SPEECH, "We'd like to bring more African nations into the Accords.", C, "planned"),
    (SPEECH, "I'd love to see an Indian astronaut on the Gateway.", C, "planned"),
    (SPEECH, "I look forward to our work with the Japanese space agency.", C, "planned"),
    (SPEECH, "I look forward to continuing this partnership.", C, "planned"),
    (SPEECH, "I welcome you, Minister, and I look forward to our work together.", C, "planned"),
    (SPEECH, "We hope to sign a new agreement with India next year.", C, "planned"),
    (SPEECH, "We hope that Mexico will fly an instrument on our next rover.", C, "planned"),
    (SPEECH, "Our goal is to land a European astronaut on the Moon with NASA.", C, "planned"),
    (SPEECH, "We're about to sign the Accords with Peru.", C, "planned"),
    (SPEECH, "I know that Japan will stand with us.", C, "planned"),
    (SPEECH, "I think we'll see more cooperation with India in the years ahead.", C, "planned"),
    (SPEECH, "I promise you that we will stand by our partners.", C, "planned"),
    (SPEECH, "Today I'm announcing that we will fly a German astronaut to the Moon.", C, "planned"),
    (SPEECH, "I am here today to announce that Japan will join us on the surface of the Moon.", C, "planned"),
    (SPEECH, "And so, as we look to the future, we are going to continue to strengthen our partnerships with nations around the world.", C, "planned"),
    (SPEECH, "We are going to keep competing with China for talent.", K, "planned"),
    (SPEECH, "China has made clear that it intends to be the leader in space.", K, "planned"),
    (SPEECH, "China has made clear progress in its partnership with Pakistan.", C, "asserted"),
    # "let's", necessity, calls
    (SPEECH, "Let's build this station together with Europe.", C, "normative"),
    (SPEECH, "Let's make sure that our allies are with us.", C, "normative"),
    (SPEECH, "We need to cooperate with our allies on space situational awareness.", C, "normative"),
    (SPEECH, "We must stand with Ukraine against this aggression.", C, "normative"),
    (SPEECH, "We have to work with industry and with our international partners.", C, "normative"),
    (SPEECH, "We should open our laboratories to scientists from every nation.", C, "normative"),
    (SPEECH, "It's time to bring our partners back to the Moon.", C, "normative"),
    (SPEECH, "We invite every nation to join us in this commitment.", C, "normative"),
    (SPEECH, "I'm calling on every nation to join this commitment.", C, "normative"),
    (SPEECH, "Today I am asking our allies to make the same pledge.", C, "normative"),
    (SPEECH, "I have directed NASA to work with the Space Force on debris tracking.", C, "asserted"),
    (SPEECH, "I've asked the Secretary of State to lead these talks with our partners.", C, "asserted"),
    (SPEECH, "What we need to do is work with our partners on rules of the road.", C, "normative"),
    (SPEECH, "What we're doing is building a coalition of nations.", C, "asserted"),
    # an adjective of eagerness looks ahead unless its infinitive is progressive or perfect
    (SPEECH, "We're excited to work with India on the next mission.", C, "planned"),
    (SPEECH, "We're excited to be working with India on this mission.", C, "asserted"),
    (SPEECH, "We are thrilled to have partnered with Japan on the rover.", C, "asserted"),
    (SPEECH, "We stand ready to sign the agreement with Brazil.", C, "planned"),
    (SPEECH, "We have been clear that we will work with every responsible nation.", C, "planned"),
    (SPEECH, "We're hoping that Brazil signs the Accords this year.", C, "planned"),
    (SPEECH, "We refuse to let China set the rules of space.", K, "asserted"),
    (SPEECH, "We refuse to work with Russia on the station.", C, "negated"),
    (SPEECH, "Russia has refused to engage in talks on debris.", K, "negated"),
    (SPEECH, "We continue to work with our allies on norms for space.", C, "asserted"),
    (SPEECH, "We'll continue to work with our allies on norms for space.", C, "planned"),
    (SPEECH, "We stand ready to work with any nation that shares our values.", C, "planned"),
    (SPEECH, "There's no better partner for us than Japan.", C, "asserted"),
    (SPEECH, "So my ask of all of you is to keep building these partnerships.", C, "normative"),
    (SPEECH, "This is why we must continue to work with our partners to establish rules of the road.", C, "normative"),
    (SPEECH, "That's why we're partnering with the UAE on the airlock.", C, "asserted"),
    (SPEECH, "The rover is a fine example of how our agencies can work with Canada.", C, "asserted"),
    # negation and its scope
    (SPEECH, "We did not cooperate with Moscow after the invasion.", C, "negated"),
    (SPEECH, "We're not going to walk away from our partners in Europe.", C, "planned"),
    (SPEECH, "We never stopped working with our partners during the pandemic.", C, "asserted"),
    (SPEECH, "We couldn't have done it without our international partners.", C, "asserted"),
    (SPEECH, "Now, some countries are not playing by those rules.", K, "asserted"),
    # conditions, reported speech, the past
    (SPEECH, "If Russia leaves the station, we will keep it flying with our other partners.", C, "hypothetical"),
    (SPEECH, "If we don't lead, China will.", K, "hypothetical"),
    (SPEECH, "When I was in Tokyo, the minister told me that Japan would send a rover.", C, "planned"),
    (SPEECH, "Last year we signed an agreement with Korea.", C, "asserted"),
    (SPEECH, "Back in 1975, American and Soviet crews shook hands in orbit.", C, "asserted"),
    (SPEECH, "Over the past year, we have brought ten new nations into the Artemis Accords.", C, "asserted"),
    (SPEECH, "We've been working with ESA for over forty years.", C, "asserted"),
    (SPEECH, "We're working with Italy on a habitation module right now.", C, "asserted"),
    (SPEECH, "I'm pleased to announce that Italy has joined the Accords.", C, "asserted"),
    (SPEECH, "We were able to bring Japan and Europe into the program.", C, "asserted"),
]  # fmt: skip

JOINT_STATEMENTS = [
    # plans and promises of the signatories
    (JOINT, "We intend to deepen our cooperation on lunar exploration.", C, "planned"),
    (JOINT, "We also intend to promote exchanges between our young scientists.", C, "planned"),
    (JOINT, "The United States and Japan will continue to cooperate on the Gateway.", C, "planned"),
    (JOINT, "The two sides will continue to hold regular consultations.", C, "planned"),
    (JOINT, "We look forward to Japan's contribution to the Artemis program.", C, "planned"),
    (JOINT, "The Leaders look forward to the first flight of a Japanese astronaut to the lunar surface.", C, "planned"),
    (JOINT, "The leaders committed to expanding cooperation on Earth observation.", C, "planned"),
    (JOINT, "The two Presidents pledged to deepen cooperation in satellite navigation.", C, "planned"),
    (JOINT, "We resolve to work together to address threats in space.", C, "planned"),
    (JOINT, "The two countries are committed to strengthening their partnership in space.", C, "planned"),
    # verbs of promise and aim in the present, whatever the parser makes of the infinitive
    (JOINT, "Canada and Japan pledge to work together on lunar science.", C, "planned"),
    (JOINT, "Kenya and Japan vow to strengthen cooperation in Earth observation.", C, "planned"),
    (JOINT, "The Presidents resolve to continue working closely on space security.", C, "planned"),
    (JOINT, "The Presidents endeavor to deepen their cooperation on climate satellites.", C, "planned"),
    (JOINT, "Italy and Japan look to expand their cooperation in space medicine.", C, "planned"),
    (JOINT, "Japan looks to be a strong partner for India.", C, "asserted"),
    (JOINT, "Japan looked to expand its partnership with India in 2010.", C, "asserted"),
    (JOINT, "Both sides stand ready to support the new partnership.", C, "planned"),
    (JOINT, "The leaders affirm their readiness to cooperate on space debris.", C, "planned"),
    # a greeting to the audience states no relation: the coordinated plan decides
    (JOINT, "We welcome you and look forward to our work together.", C, "planned"),
    (JOINT, "We welcome Brazil's participation and will continue to work with its agency.", C, "asserted"),
    (JOINT, "As founding partners of the station, the two countries remain committed to its safe operation through 2030.", C, "planned"),
    (JOINT, "We are committed to the alliance with Japan.", C, "asserted"),
    (JOINT, "The leaders reaffirmed their shared commitment to deepen cooperation on space exploration.", C, "planned"),
    (JOINT, "The two leaders reaffirmed their commitment to cooperation in space exploration.", C, "asserted"),
    (JOINT, "The two sides reaffirmed that they will continue to strengthen cooperation in space.", C, "planned"),
    (JOINT, "The leaders expressed their hope that India would join the Artemis Accords.", C, "planned"),
    (JOINT, "The leaders also welcomed plans for a joint mission between NASA and ISRO.", C, "planned"),
    (JOINT, "The leaders welcomed ongoing discussions between NASA and ISRO on a joint mission to the space station.", C, "asserted"),
    (JOINT, "Japan and the United States are working toward a framework agreement on space.", C, "planned"),
    (JOINT, "The sides agree that the dialogue will meet again next year.", C, "planned"),
    # decisions reported
    (JOINT, "The two sides decided to establish a joint working group on orbital debris.", C, "asserted"),
    (JOINT, "We have decided to establish a joint space council.", C, "asserted"),
    (JOINT, "The ministers agreed to hold the next dialogue in Tokyo.", C, "asserted"),
    (JOINT, "The sides agreed that the dialogue would meet again next year.", C, "asserted"),
    (JOINT, "The leaders directed their teams to develop a roadmap for cooperation.", C, "asserted"),
    (JOINT, "The leaders instructed their ministers to report on progress within six months.", C, "asserted"),
    # calls and encouragement
    (JOINT, "We call on all states to refrain from destructive missile tests against satellites.", C, "normative"),
    (JOINT, "We call for the full implementation of the guidelines.", C, "normative"),
    (JOINT, "We encourage our space agencies to explore further joint missions.", C, "normative"),
    (JOINT, "Both sides emphasized the need to strengthen coordination at the United Nations.", C, "normative"),
    (JOINT, "The two sides agreed on the need to enhance coordination in multilateral fora.", C, "normative"),
    (JOINT, "The Leaders called for the early conclusion of the agreement.", C, "asserted"),
    # welcomes, notes, stances
    (JOINT, "We welcome the signing of the arrangement between JAXA and NASA.", C, "asserted"),
    (JOINT, "The leaders noted with appreciation the progress of the joint satellite program.", C, "asserted"),
    (JOINT, "The leaders note with appreciation India's signing of the Accords.", C, "asserted"),
    (JOINT, "We underscore our support for the Artemis Accords.", C, "asserted"),
    (JOINT, "The two leaders underscored that the alliance is the cornerstone of peace in the region.", C, "asserted"),
    (JOINT, "We recognize the long history of our cooperation in space.", C, "asserted"),
    (JOINT, "We condemn Russia's test of a destructive missile against its own satellite.", K, "asserted"),
    (JOINT, "We will not tolerate attacks against our satellites.", K, "planned"),
    (JOINT, "We will not cooperate with any state that attacks our satellites.", C, "negated"),
    # a joint office held is the relation; a plan coordinated with it does not decide
    (JOINT, "Japan and Kenya co-chair the working group on debris and intend to deliver its report next year.", C, "asserted"),
    (JOINT, "The two countries co-host the annual forum and will continue to fund it.", C, "asserted"),
    (JOINT, "The two countries met in Tokyo and will continue to fund the forum.", C, "planned"),
    (JOINT, "The two countries will co-host the next forum.", C, "planned"),
    # negation, possibility
    (JOINT, "The two sides did not reach an agreement on spectrum sharing.", C, "negated"),
    (JOINT, "The two sides did not rule out cooperation with third countries.", C, "hypothetical"),
    (COMMUNIQUE, "The ministers announced plans to build a joint ground station in Kenya.", C, "planned"),
    (COMMUNIQUE, "France and India reaffirmed their intention to sign a framework agreement on space.", C, "planned"),
    (COMMUNIQUE, "Both sides agreed to intensify exchanges between their space agencies.", C, "asserted"),
    (COMMUNIQUE, "The ministers welcomed the launch of the joint climate satellite in March.", C, "asserted"),
    (COMMUNIQUE, "The two sides will explore new avenues for cooperation in space situational awareness.", C, "planned"),
    (COMMUNIQUE, "The ministers noted that the two agencies had not yet concluded the implementing arrangement.", C, "negated"),
    (COMMUNIQUE, "France and India reaffirm their engagement to work towards a joint climate satellite.", C, "planned"),
    (COMMUNIQUE, "France values its engagement with India on Earth observation.", C, "asserted"),
    (COMMUNIQUE, "Both countries confirmed their engagement in the joint mission to the Moon.", C, "asserted"),
    (COMMUNIQUE, "As their partnership grows, France and India are widening their engagement to match its global reach.", C, "asserted"),
]  # fmt: skip

LEGAL = [
    (TREATY, "The Parties shall cooperate in the exchange of scientific data.", C, "normative"),
    (TREATY, "Neither Party shall transfer the equipment to a third country without the written consent of the other Party.", C, "normative"),
    (TREATY, "The Parties shall not be liable to each other for damage arising from joint activities.", C, "normative"),
    (TREATY, "A Party may invite other agencies to take part in the joint activities.", C, "normative"),
    (TREATY, "The Parties may by mutual consent amend this Agreement.", C, "normative"),
    (TREATY, "The Parties undertake to consult each other on any matter arising from this Agreement.", C, "normative"),
    (TREATY, "Each Party undertakes to facilitate the entry of the personnel of the other Party.", C, "normative"),
    (TREATY, "The Parties agree to exchange personnel for joint research.", C, "normative"),
    (TREATY, "Each Party shall designate a point of contact for the joint activities.", C, "normative"),
    (TREATY, "The Parties shall encourage cooperation between their scientific institutions.", C, "normative"),
    (TREATY, "If a dispute arises, the Parties shall first consult each other.", C, "normative"),
    (TREATY, "Should a space object of one Party cause damage, the Parties shall consult promptly.", C, "normative"),
    (TREATY, "Nothing in this Agreement shall require either Party to share classified information with the other.", C, "normative"),
    (TREATY, "Desiring to expand their cooperation in Earth science,", C, "normative"),
    (TREATY, "Recognizing the benefits of cooperation between the two agencies,", C, "asserted"),
    (TREATY, "Noting that both Parties have long cooperated in space research,", C, "asserted"),
    # the wording of a memorandum: "will", "intend to", "is responsible for" state provisions
    (MOU, "The Participants will share the results of the joint experiments.", C, "normative"),
    (MOU, "The Participants will not exchange funds under this Memorandum.", C, "normative"),
    (MOU, "The Participants will consult each other should any question arise.", C, "normative"),
    (MOU, "Each Participant will bear the cost of its own activities under this Memorandum.", C, "normative"),
    (MOU, "ISRO will provide the radar and NASA will provide the launch.", C, "normative"),
    (MOU, "Recognizing that ISRO will launch a satellite with NASA,", C, "planned"),
    (MOU, "The Participants intend to cooperate on a best efforts basis.", C, "normative"),
    (MOU, "NASA is responsible for the launch of the instrument provided by ISRO.", C, "normative"),
    (MOU, "Each Participant is responsible for funding its own activities.", C, "normative"),
    # the lead-in of a list of duties: the modal before the colon governs the items' verbs
    (ORDER, "Within 90 days of this order, the Secretary of Energy, in consultation with the Administrator of NASA, shall:", C, "normative"),
    (ORDER, "The Secretary of State, working with allies and partners, shall, as appropriate:", C, "normative"),
    (GUIDELINES, "To that end, States and international organizations should:", C, "normative"),
    (ORDER, "The Secretary shall coordinate with NASA on the following matters:", C, "normative"),
    (ORDER, "The Council met with representatives of the following agencies:", C, "asserted"),
    (FACTS, "Canada and Mexico will, with the support of their space agencies:", C, "planned"),
    (FACTS, "Canada and Mexico agreed on three areas of work:", C, "asserted"),
    # the purpose of an instrument is no plan of its parties
    (GUIDELINES, "The guidelines are intended to support cooperation among States in sharing data.", C, "asserted"),
    (RELEASE, "The new agreement is intended to make exchanges between the two agencies easier.", C, "asserted"),
    (RELEASE, "The new module is intended to carry Canadian and Mexican instruments to the Moon.", C, "planned"),
    (SPEECH, "We intend to help Kenya build a ground station for the network.", C, "planned"),
    (JOINT, "The two countries are intended to become full partners in the program.", C, "planned"),
    # operative decisions, demands and authorizations of a resolution bind like its calls
    (RESOLUTION, "Decides to convene a conference on cooperation in outer space in 2027,", C, "normative"),
    (RESOLUTION, "Demands that all States refrain from interfering with the satellites of other States,", K, "normative"),
    (RESOLUTION, "Authorizes the Office to conclude arrangements with regional centres,", C, "normative"),
    (RESOLUTION, "Welcomes the decision of the Committee to cooperate with regional centres,", C, "asserted"),
    (RESOLUTION, "Notes that the Committee decided last year to hold a joint workshop with regional centres,", C, "asserted"),
]  # fmt: skip

RELEASES = [
    (RELEASE, "NASA and ESA signed an agreement on Tuesday to work together on the Mars sample return mission.", C, "asserted"),
    (RELEASE, "Officials from the two countries met in Paris to discuss cooperation on climate satellites.", C, "asserted"),
    (RELEASE, "The two agencies have worked together since 1998.", C, "asserted"),
    (RELEASE, "The two agencies have agreed to share tracking data.", C, "asserted"),
    (RELEASE, "NASA is working with JAXA to study a crewed rover.", C, "asserted"),
    (RELEASE, "The mission would not have been possible without the support of our partners in Italy.", C, "asserted"),
    (RELEASE, "The mission went ahead without the support of Russia.", C, "negated"),
    (RELEASE, "The agency declined to join the program.", C, "negated"),
    (RELEASE, "The companies have not disclosed the value of the contract with the agency.", C, "asserted"),
    (RELEASE, "Under the agreement, JAXA will provide a pressurized rover.", C, "planned"),
    (RELEASE, "Under the new arrangement, the two agencies will jointly operate the ground network.", C, "planned"),
    (RELEASE, "The partnership would allow Japanese scientists to use the deep space network of NASA.", C, "planned"),
    (RELEASE, "The deal would have given Russia a share of the launch market.", C, "hypothetical"),
    (RELEASE, "A partnership with Japan would lower the cost of the mission.", C, "hypothetical"),
    (RELEASE, "NASA will provide the launch for the radar built by ISRO.", C, "planned"),
    (RELEASE, "NASA is responsible for the launch of the instrument provided by ISRO.", C, "asserted"),
    (RELEASE, "The two agencies announced plans to build a lunar communications relay.", C, "planned"),
    (RELEASE, "The agency announced plans to partner with three universities in Kenya.", C, "planned"),
    (RELEASE, "The agency said it would work with Canada on the robotic arm.", C, "planned"),
    (RELEASE, "The director said the two agencies would share data from the mission.", C, "planned"),
    (RELEASE, "The two agencies are expected to sign the agreement next month.", C, "planned"),
    (RELEASE, "The partners hope to launch the first joint mission before the end of the decade.", C, "planned"),
    (RELEASE, "ESA and JAXA intend to sign the implementing arrangement later this year.", C, "planned"),
    (RELEASE, "The center will host researchers from India and Brazil beginning in June.", C, "planned"),
    (RELEASE, "The partnership will enable researchers in Ghana to use the satellite's data.", C, "planned"),
    (RELEASE, "Should the test succeed, ESA and NASA will fly the instrument together in 2028.", C, "hypothetical"),
    (RELEASE, "The ministers also discussed how the two agencies could work together on lunar science.", C, "hypothetical"),
    (RELEASE, "The ministers also discussed how the two agencies worked together in the 1990s.", C, "asserted"),
]  # fmt: skip

ANALYSIS = [
    (PAPER, "China may seek partners for its lunar station among developing countries.", C, "hypothetical"),
    (PAPER, "Closer cooperation between Europe and Japan could reduce costs for both.", C, "hypothetical"),
    (PAPER, "If the United States withdraws, Russia might turn to China.", C, "hypothetical"),
    (PAPER, "Had the Soviet Union survived, the station might have been a joint project.", C, "hypothetical"),
    (PAPER, "It remains unclear whether India will join the Chinese station.", C, "hypothetical"),
    (PAPER, "Whether the partnership survives the next election remains to be seen.", C, "hypothetical"),
    (PAPER, "China is likely to expand its partnerships in Latin America.", C, "hypothetical"),
    (PAPER, "The agreement is unlikely to survive the current tensions.", C, "hypothetical"),
    (PAPER, "Perhaps the two agencies will find a way to work together.", C, "hypothetical"),
    (PAPER, "Policymakers should treat space cooperation as a tool of diplomacy.", C, "normative"),
    (PAPER, "The United States ought to invite India into the program.", C, "normative"),
    (PAPER, "Many scholars argue that the United States must engage China in space.", C, "normative"),
    (PAPER, "Critics argue that the agency should end its dependence on Russian engines.", C, "normative"),
    (PAPER, "Europe has no choice but to cooperate with the United States.", C, "normative"),
    (PAPER, "Europe has no agreement with China on lunar science.", C, "negated"),
    (PAPER, "Washington and Beijing have never cooperated on human spaceflight.", C, "negated"),
    (PAPER, "The agreement was never ratified by the Senate.", C, "negated"),
    (PAPER, "Neither China nor Russia has signed the Accords.", C, "negated"),
    (PAPER, "Cooperation with Russia is no longer possible.", C, "negated"),
    (PAPER, "The United States did not want to share the technology with China.", C, "negated"),
    (PAPER, "Neither side wanted a race in orbit.", K, "negated"),
    (PAPER, "The rivalry between the two powers is not limited to launch vehicles.", K, "asserted"),
    (PAPER, "The agreement does not restrict cooperation with third countries.", C, "asserted"),
    (PAPER, "Not only did India join the program, it also funded a module.", C, "asserted"),
    (PAPER, "The two countries competed fiercely during the Cold War.", K, "asserted"),
    (PAPER, "The Soviet Union and the United States signed the Outer Space Treaty in 1967.", C, "asserted"),
    (PAPER, "China has signed agreements with more than forty countries.", C, "asserted"),
    (PAPER, "Moscow would later join the program as a full partner.", C, "asserted"),
    (PAPER, "Russia was to provide the service module.", C, "planned"),
    (PAPER, "Russia and China announced in 2021 that they would build a research station together.", C, "planned"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    SPEECHES + JOINT_STATEMENTS + LEGAL + RELEASES + ANALYSIS,
)
def test_modality_per_register(titled_claim, title, text, label, modality):
    """The modality of each sentence by the guide, in its register (the document's title)."""
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


@pytest.mark.parametrize(
    "table", [SPEECHES, JOINT_STATEMENTS, LEGAL, RELEASES, ANALYSIS], ids=lambda t: str(len(t))
)
def test_every_register_has_cases_of_several_modalities(table):
    """At least 15 cases per register, and more than one modality in each (a table of one value
    would not tell the rules apart)."""
    assert len(table) >= 15
    assert len({case[3] for case in table}) >= 2


JS = "Joint Statement of the United States and Japan"
TWO_LEADERS = "Remarks by President Biden and Prime Minister Kishida in Press Conference"
ONE_STATE = "Remarks by President Biden and Vice President Harris at the Space Council"
KENYA_FS = "FACT SHEET: The United States and Kenya Expand Their Space Partnership"


@pytest.mark.parametrize(
    ("title", "text", "parties"),
    [
        # remarks by two leaders of two states: "we" and "our two countries" are both
        (TWO_LEADERS, "We will fly a Japanese astronaut to the lunar surface together.", {"United States", "Japan"}),
        (TWO_LEADERS, "Our two countries are building a new partnership in space.", {"United States", "Japan"}),
        # ... two speakers of one state: "we" is that state
        (ONE_STATE, "We will work with Japan on the Gateway.", {"United States", "Japan"}),
        # the co-chairs are the sides
        (JS, "Japan and Kenya co-chair the working group on debris and intend to deliver its report next year.", {"Japan", "Kenya"}),
        (JS, "The United States co-chairs the forum with Kenya and intends to expand it.", {"United States", "Kenya"}),
        # a channel or frame is no side; a body worked "with" or "in coordination with" is one
        (JS, "We will promote the safe use of spectrum through the ITU.", {"United States", "Japan"}),
        (JS, "We will cooperate on disaster monitoring through the Asian Development Bank.", {"United States", "Japan"}),
        (JS, "In the framework of the UN, we will promote norms for space operations.", {"United States", "Japan"}),
        (JS, "We will work with the World Bank to finance ground stations in Africa.", {"United States", "Japan", "World Bank"}),
        (JS, "We will strengthen cooperation on space traffic in coordination with the United Nations.", {"United States", "Japan", "UN"}),
        (JS, "The two countries will coordinate their positions at the United Nations.", {"United States", "Japan"}),
        # a body that vouches for a thing ("approved / certified by X") is no side; a maker is
        (PAPER, "India and France will fly instruments certified by ESA on their joint satellite.", {"India", "France"}),
        (JS, "The two countries support the peacekeeping mission authorized by the UN Security Council.", {"United States", "Japan"}),
        (PAPER, "The rover, built by JAXA, will fly on a NASA lander.", {"JAXA", "NASA"}),
        (PAPER, "The station was built by NASA with the help of JAXA.", {"NASA", "JAXA"}),
        # the author of a text of rules the act is measured against is no side; a body that
        # acts, or whose own decision is welcomed, is one
        (JS, "We call for the full implementation of UN Security Council resolutions by all States, including North Korea.", {"United States", "Japan", "North Korea"}),
        (JS, "We call on Iran to comply fully with UN Security Council resolutions.", {"United States", "Japan", "Iran"}),
        (JS, "The Security Council adopted a resolution imposing sanctions on North Korea.", {"UN Security Council", "North Korea"}),
        (JS, "We welcome ESA's decision to join the program.", {"United States", "Japan", "ESA"}),
        # a fact sheet's item without a subject: the issuing government acts "with" the partners
        # it names, not "between" two others it names
        (KENYA_FS, "- Launching a joint program with partners including Japan, Canada, and the United Kingdom.", {"Japan", "Canada", "United Kingdom", "United States"}),
        (KENYA_FS, "- Launching a joint program with Japan and Canada.", {"Japan", "Canada", "United States"}),
        (KENYA_FS, "- Launching a new partnership between NASA and CSIRO on Earth observation.", {"NASA", "CSIRO"}),
        (PAPER, "- Launching a joint program with Japan and Canada.", {"Japan", "Canada"}),
    ],
)  # fmt: skip
def test_parties_of_speakers_co_chairs_channels_and_vouchers(titled_claim, title, text, parties):
    """The sides of claims by two speakers, by co-chairs, through channels and with a body that
    vouches for a thing (issue 17)."""
    assert set(titled_claim(title, text)._.sc_claim_parties) == parties
