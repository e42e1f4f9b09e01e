"""Modality in the forms of speeches, joint statements, UN resolutions, treaties and orders, and of
negations and conditionals (issue 17, eleventh round): a table of the team's own sentences, each
marked by docs/annotation-guide.md ("Modality") before the pipeline was run on it. None is taken
from a real document; the forms are those any text of the register uses. Each table carries
negative cases beside the positive ones ("we will continue to" is a plan, "we have to" a norm,
"I want to thank" a courtesy; "Urges" opening a paragraph is a call, "Noting with
satisfaction" is not; "shall not" is a rule, not a denial).
"""

from __future__ import annotations

import pytest

SPEECH = "Remarks by the NASA Administrator at the International Astronautical Congress"
JOINT = "Joint Statement by the Federative Republic of Brazil and Japan"
RESOLUTION = "Resolution adopted by the General Assembly on space cooperation for development"
TREATY = (
    "Agreement between the Government of Australia and the Government of India on Cooperation "
    "in the Exploration and Use of Outer Space"
)
ORDER = "Executive Order on Strengthening the Nation's Space Partnerships"
PAPER = "Space Partnerships in a Contested Domain: A Policy Brief"

C, K = "cooperation", "competition"

SPEECHES = [
    (SPEECH, 'We are going to send astronauts from Germany and Japan to the lunar surface.', C, 'planned'),
    (SPEECH, 'We will continue to work hand in hand with the Canadian Space Agency.', C, 'planned'),
    (SPEECH, 'I am proud to announce that Nigeria and Rwanda have joined the Accords.', C, 'asserted'),
    (SPEECH, 'I am proud to announce that NASA will fly an Emirati astronaut to the Gateway.', C, 'planned'),
    (SPEECH, 'We have to work with our partners to keep the orbits clean.', C, 'normative'),
    (SPEECH, 'Let us build this future together with all nations.', C, 'normative'),
    (SPEECH, 'Why would we turn our backs on the partners who stood with us?', C, 'hypothetical'),
    (SPEECH, 'We must stand together against those who would turn space into a battlefield.', K, 'normative'),
    (SPEECH, 'Our goal is to build a permanent presence on the Moon with our international partners.', C, 'planned'),
    (SPEECH, 'I look forward to working with each of our partners in the years ahead.', C, 'planned'),
    (SPEECH, 'I want to thank the Government of Italy for its partnership.', C, 'asserted'),
    (SPEECH, 'We will not allow any nation to deny us access to space.', K, 'planned'),
    (SPEECH, 'We are not going to give up on our partnership with Europe.', C, 'planned'),
    (SPEECH, 'If we do not work with our allies, China will write the rules of the road.', K, 'hypothetical'),
    (SPEECH, 'Together we have flown astronauts from more than twenty countries.', C, 'asserted'),
    (SPEECH, 'We cannot do this without our partners.', C, 'normative'),
    (SPEECH, 'I have asked my team to open talks with the Indian space agency.', C, 'asserted'),
    (SPEECH, 'We need every spacefaring nation at the table.', C, 'normative'),
    (SPEECH, 'That is why I am asking Congress to fund our share of the station.', C, 'normative'),
    (SPEECH, 'Next year, an Italian astronaut will fly with us to the station.', C, 'planned'),
    (SPEECH, "We're gonna work with Japan on the pressurized rover.", C, 'planned'),
    (SPEECH, 'We were proud to host the Indian delegation last week.', C, 'asserted'),
    (SPEECH, 'I am pleased to welcome the minister from Brazil, whose country signed the Accords this morning.', C, 'asserted'),
    (SPEECH, 'Our task is to bring new partners into the program.', C, 'normative'),
    (SPEECH, "We'll keep flying with our European friends.", C, 'planned'),
    (SPEECH, 'We hope to sign an agreement with Kenya before the end of the year.', C, 'planned'),
    (SPEECH, 'Thank you to our partners in Japan, who have been with us every step of the way.', C, 'asserted'),
    (SPEECH, 'And so we will keep building on this partnership.', C, 'planned'),
    (SPEECH, "I'm going to ask Congress to support this partnership.", C, 'planned'),
    (SPEECH, "We've been working with India for decades.", C, 'asserted'),
    (SPEECH, 'Can you imagine what we could do together with Europe?', C, 'hypothetical'),
    (SPEECH, 'We want every nation to join us.', C, 'planned'),
    (SPEECH, 'We owe it to our children to work together.', C, 'normative'),
    (SPEECH, 'Let me tell you about our partnership with Kenya.', C, 'asserted'),
    (SPEECH, 'We should be working with our allies, not against them.', C, 'normative'),
    (SPEECH, "We're committed to getting this done with our partners.", C, 'planned'),
    # negative cases written with the fixes the blind cases led to
    (SPEECH, 'We owe our success to our partners in Europe.', C, 'asserted'),
    (SPEECH, 'That is why we signed the agreement with Japan.', C, 'asserted'),
    # a fourth batch, marked before any run
    (SPEECH, "We're gonna have to work together on this.", C, 'normative'),
    (SPEECH, 'I am announcing today that we will double our funding for joint missions with African nations.', C, 'planned'),
    (SPEECH, "I'd love to see an Indian astronaut on the Moon with us.", C, 'planned'),
    (SPEECH, 'We have been clear that we will not cooperate with Russia on new projects.', C, 'negated'),
    (SPEECH, 'Thank you, Prime Minister, for your partnership.', C, 'asserted'),
    (SPEECH, 'We are here today to celebrate a partnership that spans fifty years.', C, 'asserted'),
    (SPEECH, 'Why not build the next station together?', C, 'hypothetical'),
    (SPEECH, "It's time we brought more nations into this effort.", C, 'normative'),
    (SPEECH, 'It was the first time we flew with Japan.', C, 'asserted'),
    (SPEECH, 'It is a time when we worked closely with Russia.', C, 'asserted'),
]  # fmt: skip

JOINT_STATEMENTS = [
    (JOINT, 'The leaders reaffirmed their shared commitment to a safe and stable space environment.', C, 'asserted'),
    (JOINT, 'The leaders decided to launch a bilateral dialogue on space security.', C, 'asserted'),
    (JOINT, 'The leaders noted the steady progress of joint work on Earth observation satellites.', C, 'asserted'),
    (JOINT, 'The leaders welcomed the planned launch of the joint climate satellite.', C, 'planned'),
    (JOINT, 'The leaders committed to expanding the exchange of satellite data.', C, 'planned'),
    (JOINT, 'The two sides intend to hold the next meeting of the joint committee in Tokyo.', C, 'planned'),
    (JOINT, 'The two sides agreed to set up a working group on lunar exploration.', C, 'asserted'),
    (JOINT, 'The two sides will explore cooperation in space weather forecasting.', C, 'planned'),
    (JOINT, 'Both leaders look forward to the first flight of a Brazilian astronaut.', C, 'planned'),
    (JOINT, 'The two sides agree that their agencies should deepen cooperation in satellite navigation.', C, 'normative'),
    (JOINT, 'The leaders welcomed the recent visit of the NASA Administrator to Brasilia.', C, 'asserted'),
    (JOINT, 'The leaders directed their space agencies to prepare a plan for joint missions.', C, 'asserted'),
    (JOINT, 'The two sides expressed the hope that a framework agreement could be concluded soon.', C, 'planned'),
    (JOINT, 'The two sides are committed to the implementation of the space cooperation roadmap.', C, 'planned'),
    (JOINT, 'The leaders encouraged greater participation of private companies in joint projects.', C, 'asserted'),
    (JOINT, 'The two sides will continue consultations on keeping low orbits usable for decades to come.', C, 'planned'),
    (JOINT, 'We resolve to deepen our partnership in space exploration.', C, 'planned'),
    (JOINT, 'We welcome Japan\'s decision to join the lunar gateway program.', C, 'asserted'),
    (JOINT, 'Both countries seek to expand commercial space cooperation.', C, 'planned'),
    (JOINT, 'The leaders noted with concern the rise in destructive tests against satellites.', K, 'asserted'),
    (JOINT, 'The two sides pledged to coordinate their positions at the United Nations.', C, 'planned'),
    (JOINT, 'The two sides did not reach agreement on the transfer of launch technology.', C, 'negated'),
    (JOINT, 'We encourage our space agencies to exchange researchers.', C, 'normative'),
    (JOINT, 'The two sides signed a memorandum of understanding on satellite navigation.', C, 'asserted'),
    # a fourth batch, marked before any run
    (JOINT, 'The leaders underscored the importance of deepening cooperation on space weather.', C, 'normative'),
    (JOINT, 'The leaders tasked their ministers with drafting a new space agreement.', C, 'asserted'),
    (JOINT, 'Both sides agreed to continue their consultations on space security.', C, 'asserted'),
    (JOINT, 'The two sides will jointly organize a space workshop in 2026.', C, 'planned'),
    (JOINT, 'The leaders expressed their intention to conclude a framework agreement at the earliest.', C, 'planned'),
    (JOINT, 'The two sides noted that the joint satellite was launched successfully last year.', C, 'asserted'),
    (JOINT, 'We commit to working together to make space safer.', C, 'planned'),
    (JOINT, 'The two leaders did not discuss cooperation in human spaceflight.', C, 'negated'),
]  # fmt: skip

RESOLUTIONS = [
    (RESOLUTION, 'Recognizing the value of regional centres in building the space skills of developing countries,', C, 'asserted'),
    (RESOLUTION, 'Noting with satisfaction the growing number of States that take part in the work of the Committee,', C, 'asserted'),
    (RESOLUTION, 'Urges Member States to share information on the objects they place in orbit,', C, 'normative'),
    (RESOLUTION, 'Invites regional organizations to contribute to the joint programme of the Office,', C, 'normative'),
    (RESOLUTION, 'Requests the Secretary-General to convene a meeting of experts on the coordination of space traffic,', C, 'normative'),
    (RESOLUTION, 'Decides to take up the question of cooperation in outer space again at its next session,', C, 'normative'),
    (RESOLUTION, 'Mindful that cooperation in outer space could help developing countries reach their goals,', C, 'hypothetical'),
    (RESOLUTION, 'Welcomes the contribution of the Member States that have hosted training courses,', C, 'asserted'),
    (RESOLUTION, 'Stresses that all States should refrain from the intentional destruction of satellites,', K, 'normative'),
    (RESOLUTION, 'Calls upon the States that have not yet done so to become parties to the registration convention,', C, 'normative'),
    (RESOLUTION, 'Affirming that international cooperation should take into account the needs of developing countries,', C, 'normative'),
    (RESOLUTION, 'Notes the joint efforts of the Office and the regional centres on disaster management,', C, 'asserted'),
    (RESOLUTION, 'Desiring to promote cooperation among States in the exchange of satellite data,', C, 'normative'),
    (RESOLUTION, 'Having considered the report of the Committee on its cooperation with industry,', C, 'asserted'),
    (RESOLUTION, 'Encourages Member States to support the joint programmes of the regional centres,', C, 'normative'),
    (RESOLUTION, 'Requests the Office to continue its cooperation with regional centres,', C, 'normative'),
    (RESOLUTION, 'Notes with appreciation that several States have offered to host workshops with the Office,', C, 'asserted'),
    (RESOLUTION, 'Emphasizing the need for all States to share data on space objects,', C, 'normative'),
    (RESOLUTION, 'Invites States that have not done so to consider joining the Convention,', C, 'normative'),
    (RESOLUTION, 'Calls for closer cooperation between the Committee and the Conference on Disarmament,', C, 'normative'),
    # a fourth batch, marked before any run
    (RESOLUTION, 'Once again urges all States to refrain from actions that would threaten satellites,', K, 'normative'),
    (RESOLUTION, 'Notes with concern that some States continue to test weapons against satellites,', K, 'asserted'),
]  # fmt: skip

TREATIES_AND_ORDERS = [
    (TREATY, 'The Parties shall exchange scientific data from joint missions without delay.', C, 'normative'),
    (TREATY, 'Either Party may invite third parties to take part in joint projects.', C, 'normative'),
    (TREATY, 'Nothing in this Agreement shall prevent either Party from cooperating with other States.', C, 'normative'),
    (TREATY, 'Each Party undertakes to inform the other Party of any launch that may affect joint activities.', C, 'normative'),
    (TREATY, 'The Parties agree to establish a joint committee to oversee the implementation of this Agreement.', C, 'normative'),
    (TREATY, 'The Parties shall consult each other at the request of either Party.', C, 'normative'),
    (TREATY, 'No Party shall transfer jointly developed technology to a third State without the consent of the other Party.', C, 'normative'),
    (TREATY, 'The Parties may agree in writing to extend the scope of their cooperation.', C, 'normative'),
    (TREATY, 'In case of an emergency, each Party shall assist the astronauts of the other Party.', C, 'normative'),
    (ORDER, 'The Administrator of NASA is authorized to enter into agreements with foreign space agencies.', C, 'normative'),
    (ORDER, 'The Secretary of Commerce is directed to coordinate with the Secretary of State on export licenses for allied partners.', C, 'normative'),
    (ORDER, 'The heads of agencies shall work with the National Space Council to review their international agreements.', C, 'normative'),
    (ORDER, 'Within 90 days of this order, the Secretary of State, in consultation with the Administrator of NASA, shall submit a plan for space partnerships with allies.', C, 'normative'),
    (ORDER, 'It is the policy of the Government to widen its space partnerships with allies.', C, 'normative'),
    (TREATY, 'Noting that the two countries have cooperated in space science since the 1980s,', C, 'asserted'),
    (ORDER, 'For decades, the United States has worked with its allies to explore space.', C, 'asserted'),
    (ORDER, 'The Secretary of Defense may cooperate with allied governments on space situational awareness.', C, 'normative'),
    (ORDER, 'The Secretary shall, in coordination with the Administrator, establish a working group with allied agencies.', C, 'normative'),
    (TREATY, 'The Parties recognize that cooperation in space benefits both nations.', C, 'asserted'),
    (ORDER, 'Nothing in this order shall be construed to limit the cooperation of the Department with foreign partners.', C, 'normative'),
    # negative cases written with the fixes the blind cases led to
    (ORDER, 'In 2019, the Administrator was authorized to sign agreements with foreign space agencies.', C, 'asserted'),
    (TREATY, 'Should a dispute arise, the Parties shall consult each other.', C, 'normative'),
]  # fmt: skip

#: Shared forms of the fifteenth round (issue 17), each met in blind documents of more than one
#: register: a text (or its article) that asks its addressees to act, a denial in a conceding
#: "but" conjunct after a main clause that states the relation, "not just" / "not only", and
#: "recommend that" over a plural subject, a pledge of restraint ("pledged not to test"), the
#: "unless" of a standing rule; each with its negatives.
SHARED_FORMS = [
    (PAPER, "The Outer Space Treaty asks states to inform one another before any risky activity.", C, "normative"),
    (PAPER, "Article 5 asks the parties that operate landers to share their landing sites.", C, "normative"),
    (PAPER, "The resolution invites all Member States to join the registry of lunar missions.", C, "normative"),
    # negative: a state's standing invitation, a text that asks nothing, a denied request
    (PAPER, "China invites all countries to join its lunar station.", C, "asserted"),
    (PAPER, "The agreement does not ask Japan to share its data with Europe.", C, "negated"),
    # (a negotiation under way is planned since the guide's decision of the eighteenth round;
    # the conceding "but" conjunct still does not deny it)
    (PAPER, "Kenya and Japan are negotiating a launch deal, but no contract has been signed.", C, "planned"),
    (PAPER, "The Accords are a real instrument of diplomacy, but a signature is not a mission.", C, "asserted"),
    # negative: the main clause states no relation (or only by its subject): the denial is the claim
    (PAPER, "The launch went well, but Japan did not join the mission.", C, "negated"),
    (PAPER, "The old treaty went further, but none of the major powers has ratified it.", C, "negated"),
    (PAPER, "India is not just a partner of Russia in rocketry.", C, "asserted"),
    (PAPER, "Egypt does not only buy Chinese satellites but also builds them with Chinese help.", C, "asserted"),
    (PAPER, "India is not a partner of Russia in rocketry.", C, "negated"),
    (PAPER, "We recommend that the two agencies pool their tracking data.", C, "normative"),
    # negative: "suggest that" infers a fact
    (PAPER, "Our figures suggest that the two agencies pool their tracking data.", C, "asserted"),
    # a pledge of restraint is in force; a pledge to act a plan, a vow not to join a denial
    (PAPER, "Japan pledged not to test weapons against the satellites of its neighbours.", C, "asserted"),
    (PAPER, "India pledged to expand its cooperation with Japan.", C, "planned"),
    (PAPER, "China vowed never to join the Artemis Accords.", C, "negated"),
    # a trailing "unless" after a rule in force is its exception; after a future, or fronted,
    # a condition
    (PAPER, "The law bars NASA from working with China unless Congress is told first.", K, "asserted"),
    (PAPER, "NASA will lose its partners to China unless Congress acts.", K, "hypothetical"),
    (PAPER, "Unless Congress acts, NASA will lose its partners to China.", K, "hypothetical"),
    # in an agreement, "intend to" with named parties states a provision, as "will" does;
    # in a joint statement it is a plan
    (TREATY, "ISRO and the Australian Space Agency intend to exchange tracking data twice a year.", C, "normative"),
    (JOINT, "ISRO and the Australian Space Agency intend to exchange tracking data twice a year.", C, "planned"),
]  # fmt: skip

NEGATIONS_AND_CONDITIONS = [
    (PAPER, 'Russia did not renew its agreement with the European Space Agency.', C, 'negated'),
    (PAPER, 'The two agencies have never flown a joint mission.', C, 'negated'),
    (PAPER, 'India is not a partner in the lunar station project led by China.', C, 'negated'),
    (PAPER, 'Even without an agreement on data sharing, the two agencies exchange warnings of close approaches.', C, 'asserted'),
    (PAPER, 'If the talks succeed, Japan will join the lunar station.', C, 'hypothetical'),
    (PAPER, 'Should the partnership collapse, Europe would need a new launch provider.', C, 'hypothetical'),
    (PAPER, 'Unless Congress lifts the ban, NASA cannot work with the Chinese agency.', C, 'hypothetical'),
    (PAPER, 'The agency declined to join the project led by China.', C, 'negated'),
    (PAPER, 'Neither country has signed the Accords.', C, 'negated'),
    (PAPER, 'The deal does not cover crewed flights.', C, 'asserted'),
    (PAPER, 'Japan would have joined the program had the budget allowed it.', C, 'hypothetical'),
    (PAPER, 'Europe no longer relies on Russian rockets for its launches.', C, 'negated'),
    (PAPER, 'Brazil has yet to ratify its agreement with the United States.', C, 'negated'),
    (PAPER, 'Cooperation with Japan on the station has never been more important.', C, 'asserted'),
    (PAPER, 'China and Russia signed an agreement on the lunar station in 2021.', C, 'asserted'),
    (PAPER, 'Were India to join the Accords, the group would span every continent.', C, 'hypothetical'),
    (PAPER, 'The talks ended without an agreement on shared launches.', C, 'negated'),
    (PAPER, 'Neither agency ruled out a joint mission.', C, 'hypothetical'),
    (PAPER, 'China has refused to share data with NASA.', C, 'negated'),
    (PAPER, 'Europe is no longer dependent on Russia for launches.', C, 'negated'),
    (PAPER, 'The agreement is not limited to science missions.', C, 'asserted'),
    # negative cases written with the fixes the blind cases led to
    (PAPER, 'NASA is authorized to spend money on partnerships with European firms.', C, 'asserted'),
    (PAPER, 'The two agencies have never been partners.', C, 'negated'),
    (PAPER, 'Europe still relies on Russian rockets for some launches.', C, 'asserted'),
]  # fmt: skip

CONVENTION = "Convention on Cooperation in the Exploration of Outer Space"
SHEET = "FACT SHEET: United States Expands Space Partnerships in Africa"
JOINT_SHEET = "FACT SHEET: The United States and Brazil Deepen Their Space Partnership"
JS = "Joint Statement of Brazil and Japan"

#: The sides of claims in treaties (a clause between "States Parties" or "each State Party" and
#: an office or organisation; party terms), fact sheets (several partners of the issuing state)
#: and joint statements ("the two sides", "both leaders" are the two states of the title).
PARTIES = [
    (CONVENTION, 'Each State Party shall inform the Secretary-General of the United Nations of any space object it places in orbit.', C, 'normative', {'States Parties', 'UN Secretary-General'}),
    (CONVENTION, 'States Parties shall send the Secretary-General of the United Nations a yearly report on their joint launches.', C, 'normative', {'States Parties', 'UN Secretary-General'}),
    (CONVENTION, 'The Secretary-General of the United Nations shall transmit the information to all States Parties.', C, 'normative', {'States Parties', 'UN Secretary-General'}),
    (CONVENTION, 'States Parties shall cooperate with the World Meteorological Organization in the exchange of weather data.', C, 'normative', {'States Parties', 'WMO'}),
    (CONVENTION, 'Each State Party shall help the crew of a spacecraft of another State Party in distress.', C, 'normative', {'States Parties'}),
    (CONVENTION, 'The launching State shall notify the State of registry of the return of the object.', C, 'normative', {'Launching State', 'State of Registry'}),
    (CONVENTION, 'States Parties undertake to report to the Secretary-General of the United Nations on the measures they have taken.', C, 'normative', {'States Parties', 'UN Secretary-General'}),
    (SHEET, '- Signing space cooperation agreements with Kenya, Nigeria and Rwanda;', C, 'asserted', {'United States', 'Kenya', 'Nigeria', 'Rwanda'}),
    (SHEET, '- Launching a satellite data program with partners including Ghana, Senegal and Angola.', C, 'asserted', {'United States', 'Ghana', 'Senegal', 'Angola'}),
    (SHEET, 'The United States will work with Nigeria, Egypt and South Africa to widen access to satellite data.', C, 'planned', {'United States', 'Nigeria', 'Egypt', 'South Africa'}),
    (SHEET, '- Establishing a partnership between NOAA and the Kenya Space Agency on weather data.', C, 'asserted', {'NOAA', 'Kenya Space Agency'}),
    (JOINT_SHEET, '- The two countries will fly a joint Earth observation satellite in 2028.', C, 'planned', {'Brazil', 'United States'}),
    (JS, 'The two sides agreed to expand cooperation in Earth observation.', C, 'asserted', {'Brazil', 'Japan'}),
    (JS, 'Both leaders welcomed the progress of the joint satellite project.', C, 'asserted', {'Brazil', 'Japan'}),
    (JS, 'The two countries will hold a space dialogue next year.', C, 'planned', {'Brazil', 'Japan'}),
    (CONVENTION, 'Any State Party may request consultations with another State Party on the matter.', C, 'normative', {'States Parties'}),
    (CONVENTION, 'The Contracting Parties shall cooperate with the International Telecommunication Union on the safety of launches.', C, 'normative', {'Contracting Parties', 'ITU'}),
    (CONVENTION, 'Each Contracting Party shall notify the other Contracting Parties of any accident involving a joint payload.', C, 'normative', {'Contracting Parties'}),
    (CONVENTION, 'The Secretary-General shall inform all States Parties of each new accession.', C, 'normative', {'UN Secretary-General', 'States Parties'}),
    (CONVENTION, 'States Parties shall share with the United Nations Office for Outer Space Affairs the results of their joint studies.', C, 'normative', {'States Parties', 'UNOOSA'}),
    (CONVENTION, 'A launching State that receives a request for help from the State of registry shall respond without delay.', C, 'normative', {'Launching State', 'State of Registry'}),
    (SHEET, '- Expanding satellite weather cooperation with the African Union and the Kenya Space Agency.', C, 'asserted', {'United States', 'African Union', 'Kenya Space Agency'}),
    (SHEET, '- NASA and ESA signed a memorandum on climate data with the African Union.', C, 'asserted', {'NASA', 'ESA', 'African Union'}),
    (JS, 'The leaders of both countries agreed to hold regular space consultations.', C, 'asserted', {'Brazil', 'Japan'}),
    (JS, 'Both governments will support exchanges between their space industries.', C, 'planned', {'Brazil', 'Japan'}),
    (JS, 'The two sides welcomed the cooperation between JAXA and the European Space Agency on the Mars moons mission.', C, 'asserted', {'JAXA', 'ESA'}),
    (JS, 'Japan and Brazil will jointly build a small satellite for disaster monitoring.', C, 'planned', {'Japan', 'Brazil'}),
    (JS, 'Both sides will encourage their space agencies to exchange researchers.', C, 'planned', {'Brazil', 'Japan'}),
    # written with the fix for the objects of an item's verb (the government acts on them)
    (SHEET, '- Supporting Ghana and Senegal in building their first weather satellites.', C, 'asserted', {'United States', 'Ghana', 'Senegal'}),
    (SHEET, '- Training engineers from Kenya and Rwanda at NASA centers.', C, 'asserted', {'NASA', 'Kenya', 'Rwanda'}),
    (SHEET, '- Noting progress in talks between Kenya and Rwanda on a shared ground station.', C, 'asserted', {'Kenya', 'Rwanda'}),
    (JS, 'Both sides encourage their space agencies to exchange researchers.', C, 'normative', {'Brazil', 'Japan'}),
]  # fmt: skip


#: Known misses: the parser reads a capitalised "Welcoming" that opens a list item as a proper
#: noun, so the item has no verb (neither the issuing government nor the role after "as" is
#: found). Strict: the test fails once the parse reads it right.
PARTY_MISSES = [
    (SHEET, '- Welcoming Angola and Nigeria as new signatories of the Artemis Accords.', C, 'asserted', {'United States', 'Angola', 'Nigeria'}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "text", "label", "modality", "parties"),
    [
        *PARTIES,
        *(pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in PARTY_MISSES),
    ],
)
def test_parties_of_clauses_lists_and_joint_sides(
    titled_claim, title, text, label, modality, parties
):
    """The sides of a treaty clause between States Parties and an office, of a fact sheet's
    item with several partners of the issuing state, and of "the two sides" of a joint
    statement."""
    sentence = titled_claim(title, text, label)
    assert set(sentence._.sc_claim_parties) == parties
    assert sentence._.sc_claim_modality == modality


TABLES = {
    "speech": SPEECHES,
    "joint statement": JOINT_STATEMENTS,
    "resolution": RESOLUTIONS,
    "treaty and order": TREATIES_AND_ORDERS,
    "negation and condition": NEGATIONS_AND_CONDITIONS,
    "shared forms": SHARED_FORMS,
}


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [case for table in TABLES.values() for case in table],
)
def test_modality_of_register_forms(titled_claim, title, text, label, modality):
    """The modality of each sentence by the guide, in its register (the document's title)."""
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


@pytest.mark.parametrize("register", list(TABLES))
def test_each_table_tells_modalities_apart(register):
    """At least ten cases and more than one modality in each table (a table of one value would
    not tell the rules apart)."""
    table = TABLES[register]
    assert len(table) >= 10
    assert len({case[3] for case in table}) >= 2
