"""Modality and parties in registers the dev documents hardly show (issue 17, tenth round): a
table per register of the team's own sentences in the forms every speech, joint statement, UN
resolution, set of principles, treaty, news story, hearing and policy paper uses, each with the
answer of docs/annotation-guide.md ("Modality", "Parties"). None is taken from a real document;
each rule they check holds in any text of the register, and the tables carry negative cases
beside the positive ones ("Also requests ..." is a call, "Also notes ..." is not; "recommends
that NATO expand" is a norm, "recommended that ..." reports one).
"""

from __future__ import annotations

import pytest

SPEECH = "Remarks by the Secretary of State at the Space Foundation"
JOINT = "Joint Statement by the United States and India"
RESOLUTION = (
    "Resolution adopted by the General Assembly on International cooperation in the peaceful "
    "uses of outer space"
)
PRINCIPLES = "Principles Relating to Remote Sensing of the Earth from Outer Space"
TREATY = (
    "Agreement between the Government of Canada and the Government of Japan concerning "
    "Cooperation in Space"
)
NEWS = "Japan and India to launch joint lunar probe"
HEARING = "Hearing before the Committee on Science, Space, and Technology"
POLICY = "Space Policy Review: Partners and Rivals"
TWO_LEADERS = (
    "Remarks by President Biden and Prime Minister Kishida of Japan in Joint Press Conference"
)
ONE_SPEAKER = "Remarks by President Biden at the Space Council"
HARRIS = "Remarks by Vice President Harris at the National Space Council"
JS_JAPAN = "Joint Statement of the United States and Japan"
JS_KENYA = "Joint Statement of India and Kenya"

C, K = "cooperation", "competition"

SPEECHES = [
    (SPEECH, 'I am proud to announce that Brazil has signed the Artemis Accords.', C, 'asserted'),
    (SPEECH, 'I am proud to announce that we will partner with Kenya on a new ground station.', C, 'planned'),
    (SPEECH, 'We are going to build the Gateway with Canada and Europe.', C, 'planned'),
    (SPEECH, 'We must work together with our allies to deter aggression in space.', C, 'normative'),
    (SPEECH, 'Let us work together to keep space safe for every nation.', C, 'normative'),
    (SPEECH, 'We look forward to welcoming India into the Accords.', C, 'planned'),
    (SPEECH, 'I call on every spacefaring nation to join this moratorium.', C, 'normative'),
    (SPEECH, 'We will not allow China to dominate the lunar south pole.', K, 'planned'),
    (SPEECH, 'We have to stay ahead of China in space.', K, 'normative'),
    (SPEECH, 'It is time for America to lead again alongside its allies.', C, 'normative'),
    (SPEECH, 'We need stronger partnerships with African nations.', C, 'normative'),
    (SPEECH, 'Our goal is to land the first international astronaut on the Moon with Japan.', C, 'planned'),
    (SPEECH, 'I hope that Russia and the United States can keep working together on the station.', C, 'planned'),
    (SPEECH, 'I am confident that more nations will join the Accords this year.', C, 'planned'),
    (SPEECH, 'Together with our partners, we have kept the station crewed for two decades.', C, 'asserted'),
    (SPEECH, "We won't let our adversaries write the rules of space.", K, 'planned'),
    (SPEECH, 'China is racing to reach the Moon before us.', K, 'asserted'),
    (SPEECH, 'I want to thank our partners at ESA for their contribution to the mission.', C, 'asserted'),
    (SPEECH, 'We will continue to stand with our partners in Europe.', C, 'planned'),
    (SPEECH, 'We need to work with our allies to counter Chinese influence in space.', K, 'normative'),
    (SPEECH, 'We are committed to working with every nation that shares our values.', C, 'planned'),
    (SPEECH, 'We should not cede the Moon to China.', K, 'normative'),
    (SPEECH, 'We cannot let China win this race.', K, 'normative'),
    (SPEECH, 'Let me be clear: we will defend our satellites against any threat.', K, 'planned'),
    (SPEECH, 'I invite all nations to sign the Accords.', C, 'normative'),
    (SPEECH, 'We are working closely with Japan on the lunar rover.', C, 'asserted'),
    (SPEECH, 'We signed an agreement with Italy last month.', C, 'asserted'),
    (SPEECH, 'Our nations have never been closer in space.', C, 'asserted'),
    (SPEECH, 'I urge Congress to fund our partnerships with allies.', C, 'normative'),
    (SPEECH, 'We intend to bring more partners into the program.', C, 'planned'),
    (SPEECH, "We don't cooperate with China on human spaceflight.", C, 'negated'),
    (SPEECH, 'Today I am announcing that the United States commits to working with every nation on these norms.', C, 'planned'),
    (SPEECH, 'We are proud to partner with Japan on this mission.', C, 'asserted'),
    (SPEECH, 'Our partnership with Japan is stronger than ever.', C, 'asserted'),
    (SPEECH, 'And we will do it with our allies.', C, 'planned'),
    (SPEECH, 'We believe that all nations should use space for peaceful purposes together.', C, 'normative'),
    (SPEECH, 'Today, more than thirty nations have signed the Accords.', C, 'asserted'),
    (SPEECH, 'It is up to us to set the norms of space together with our allies.', C, 'normative'),
    (SPEECH, 'We are calling on other nations to make the same commitment.', C, 'normative'),
    (SPEECH, 'We will be working with our partners to develop these norms.', C, 'planned'),
    (SPEECH, 'We have a responsibility to work with our allies on these rules.', C, 'normative'),
    (SPEECH, 'We are determined to lead in space with our partners.', C, 'planned'),
    (SPEECH, 'My hope is that this council will expand our partnerships.', C, 'planned'),
    (SPEECH, 'We will not stand by while China militarizes space.', K, 'planned'),
    (SPEECH, 'We are going to have to work with our allies on this.', C, 'normative'),
    (SPEECH, "We've got to keep working with our allies.", C, 'normative'),
    (SPEECH, 'Let me say this plainly: China is our chief competitor in space.', K, 'asserted'),
    (SPEECH, 'So today, I am pleased to announce that the United States will join the new coalition.', C, 'planned'),
    (SPEECH, 'Under this administration, we have strengthened our alliances in space.', C, 'asserted'),
    (SPEECH, 'And we are committed to doing so in partnership with our allies.', C, 'planned'),
    (SPEECH, 'That is why we established the Artemis Accords with our partners.', C, 'asserted'),
    (SPEECH, 'Together, we will set the standards for responsible behavior in space.', C, 'planned'),
    (SPEECH, 'Our adversaries are developing weapons to attack our satellites.', K, 'asserted'),
    (SPEECH, 'We need to make sure that our allies are with us.', C, 'normative'),
    (SPEECH, "We're seeing more countries join the Accords every year.", C, 'asserted'),
    (SPEECH, "We're ready to work with any nation that shares our values.", C, 'planned'),
    (SPEECH, "I'm here to tell you that we will stand with our allies.", C, 'planned'),
    (SPEECH, 'We will continue to call on other nations to join us.', C, 'planned'),
    (SPEECH, 'America will always stand with its allies.', C, 'planned'),
    (SPEECH, 'I encourage all of you to work with our partners abroad.', C, 'normative'),
    (SPEECH, 'We need allies and partners by our side.', C, 'normative'),
    (SPEECH, 'It is important that we work with our allies on these rules.', C, 'normative'),
    (SPEECH, 'Nations must work together to address the debris problem.', C, 'normative'),
    (SPEECH, "It's critical that we continue to partner with industry and our allies.", C, 'normative'),
    (SPEECH, 'I believe that America must lead in space with its allies.', C, 'normative'),
    (SPEECH, 'I am proud to say that our alliance is stronger than ever.', C, 'asserted'),
    (SPEECH, "I'm so pleased that Japan has joined us on this journey.", C, 'asserted'),
    (SPEECH, 'We will never stop working with our partners.', C, 'planned'),
    (SPEECH, 'We are proud that thirty nations have joined the Accords.', C, 'asserted'),
    (SPEECH, "Let's keep working together with our allies.", C, 'normative'),
    (SPEECH, "I'd like to thank our partners from Japan for joining us today.", C, 'asserted'),
    (SPEECH, 'In the coming months, we will launch a new partnership with African nations.', C, 'planned'),
    (SPEECH, 'We should all be proud of what our partnership has achieved.', C, 'asserted'),
    (SPEECH, 'This agreement will strengthen our partnership with Brazil.', C, 'planned'),
    (SPEECH, "We must be ready to work with our allies at a moment's notice.", C, 'normative'),
]  # fmt: skip

JOINT_STATEMENTS = [
    (JOINT, 'The two sides agreed to strengthen cooperation in satellite navigation.', C, 'asserted'),
    (JOINT, 'The leaders reaffirmed their commitment to deepen cooperation in space.', C, 'planned'),
    (JOINT, 'The two sides reaffirmed their commitment to the peaceful use of outer space.', C, 'asserted'),
    (JOINT, 'The two leaders decided to establish a civil space dialogue.', C, 'asserted'),
    (JOINT, 'The leaders welcomed the signing of an implementing arrangement between ISRO and NASA.', C, 'asserted'),
    (JOINT, 'The two sides expressed their readiness to cooperate in satellite launches.', C, 'planned'),
    (JOINT, 'The two countries will continue to work together in space science.', C, 'planned'),
    (JOINT, 'Both countries are committed to expanding their space partnership.', C, 'planned'),
    (JOINT, 'The leaders encourage their space agencies to explore joint missions.', C, 'normative'),
    (JOINT, 'The two sides expressed satisfaction with the progress of the joint satellite project.', C, 'asserted'),
    (JOINT, 'The leaders noted the growing cooperation between their space agencies.', C, 'asserted'),
    (JOINT, 'The two sides exchanged views on cooperation in outer space.', C, 'asserted'),
    (JOINT, 'We reaffirm our intention to cooperate on lunar exploration.', C, 'planned'),
    (JOINT, 'We are determined to deepen our cooperation in space.', C, 'planned'),
    (JOINT, 'The two sides will strengthen exchanges between their space agencies.', C, 'planned'),
    (JOINT, 'We welcome the progress made by the working group on space security.', C, 'asserted'),
    (JOINT, 'The two leaders look forward to the launch of the joint satellite next year.', C, 'planned'),
    (JOINT, 'The two sides agree to enhance cooperation in space situational awareness.', C, 'planned'),
    (JOINT, 'The leaders called on all countries to refrain from placing weapons in outer space.', K, 'asserted'),
    (JOINT, 'We call on all countries to refrain from placing weapons in outer space.', K, 'normative'),
    (JOINT, 'Both sides oppose the placement of weapons in outer space.', K, 'asserted'),
    (JOINT, 'The two sides stressed the importance of cooperation in the peaceful uses of outer space.', C, 'normative'),
    (JOINT, 'The two sides underlined the need to strengthen coordination in multilateral fora.', C, 'normative'),
    (JOINT, 'The leaders tasked their officials to prepare a roadmap for space cooperation.', C, 'asserted'),
    (JOINT, 'The two sides will work toward the conclusion of a framework agreement.', C, 'planned'),
    (JOINT, 'The leaders highlighted the successful launch of the joint satellite.', C, 'asserted'),
    (JOINT, 'The two sides shared the view that space cooperation should be expanded.', C, 'normative'),
    (JOINT, 'The Prime Minister thanked the President for the support of his country in the mission.', C, 'asserted'),
    (JOINT, 'We intend to sign a memorandum on space weather by the end of the year.', C, 'planned'),
    (JOINT, 'The two sides are exploring a joint mission to Venus.', C, 'hypothetical'),
    (JOINT, 'The two leaders signed a framework agreement on space cooperation.', C, 'asserted'),
    (JOINT, 'The two sides have not yet agreed on the terms of the data exchange.', C, 'negated'),
    (JOINT, 'The two sides shared their experience of cooperation with African states.', C, 'asserted'),
    (JOINT, 'The leaders expressed their conviction that the partnership will grow in the years ahead.', C, 'planned'),
    (JOINT, 'The two sides are of the view that the United Nations should lead cooperation in space.', C, 'normative'),
    (JOINT, 'The leaders emphasized their commitment to work together on space exploration.', C, 'planned'),
    (JOINT, 'The two sides will further strengthen their cooperation in satellite navigation.', C, 'planned'),
    (JOINT, 'Both sides recognized the progress achieved in space cooperation.', C, 'asserted'),
    (JOINT, 'The two sides reviewed the progress of their cooperation in space.', C, 'asserted'),
    (JOINT, 'The leaders applauded the launch of the joint satellite.', C, 'asserted'),
    (JOINT, 'India intends to contribute a rover, and the United States intends to provide the lander.', C, 'planned'),
    (JOINT, 'The two sides signed a memorandum on space weather and agreed to explore further projects.', C, 'asserted'),
    (JOINT, 'The sides confirmed their intention to sign a framework agreement.', C, 'planned'),
    (JOINT, 'The two sides also discussed the possibility of a joint mission to Mars.', C, 'hypothetical'),
    (JOINT, 'The two sides welcomed the establishment of a joint working group on space.', C, 'asserted'),
    (JOINT, 'The two leaders instructed their teams to explore a joint mission.', C, 'asserted'),
    (JOINT, 'The two sides expressed their determination to expand cooperation in space.', C, 'planned'),
    (JOINT, 'The leaders discussed ways to deepen cooperation in space.', C, 'asserted'),
    (JOINT, 'The two leaders committed to further expand cooperation in space.', C, 'planned'),
    (JOINT, 'The Leaders affirm their intention to expand cooperation in space science.', C, 'planned'),
    (JOINT, 'We are expanding our cooperation on space exploration.', C, 'asserted'),
    (JOINT, 'We celebrate the fiftieth anniversary of our partnership in space.', C, 'asserted'),
    (JOINT, 'Today, we are launching a new dialogue on commercial space.', C, 'asserted'),
    (JOINT, 'We announce the establishment of a joint working group on space situational awareness.', C, 'asserted'),
    (JOINT, 'We have instructed our teams to develop a framework for cooperation.', C, 'asserted'),
    (JOINT, 'We share a commitment to the peaceful use of outer space.', C, 'asserted'),
    (JOINT, 'We share the goal of returning humans to the Moon together.', C, 'planned'),
    (JS_JAPAN, 'We strongly oppose any unilateral attempt to change the status quo in space by force.', K, 'asserted'),
    (JS_JAPAN, 'We share concerns about the growing threats to satellites.', K, 'asserted'),
    (JS_JAPAN, 'We are taking steps to deepen our cooperation on space situational awareness.', C, 'asserted'),
    (JS_JAPAN, 'We stand together in our determination to keep space safe and secure.', C, 'planned'),
    (JS_JAPAN, 'We continue to work closely on lunar exploration.', C, 'asserted'),
    (JS_JAPAN, 'We remain committed to working together on the Gateway.', C, 'planned'),
    (JS_JAPAN, 'We have agreed to establish a space security dialogue.', C, 'asserted'),
    (JS_JAPAN, 'We express our strong support for the Artemis Accords.', C, 'asserted'),
    (JS_JAPAN, 'We strive to expand cooperation on Earth observation.', C, 'planned'),
    (JS_JAPAN, 'Building on this progress, we will hold the first space security dialogue this year.', C, 'planned'),
    (JS_JAPAN, 'We stand with Ukraine in the face of aggression.', C, 'asserted'),
    (JS_JAPAN, "We note with concern Russia's test of a destructive missile against a satellite.", K, 'asserted'),
    (JS_JAPAN, 'We are deepening our cooperation on satellite navigation.', C, 'asserted'),
    (JS_JAPAN, 'We will also seek opportunities for joint missions to the Moon.', C, 'planned'),
    (JS_JAPAN, 'We applaud the successful launch of the joint satellite.', C, 'asserted'),
    (JS_JAPAN, 'We are exploring options for a joint mission to the Moon.', C, 'hypothetical'),
    (JS_JAPAN, 'We are considering a joint mission to the Moon.', C, 'hypothetical'),
    (JS_JAPAN, 'We never stopped cooperating on the station, even during difficult times.', C, 'asserted'),
    (JS_JAPAN, 'We reaffirm that cooperation in space is a pillar of our alliance.', C, 'asserted'),
    (JS_JAPAN, 'We reaffirm that our cooperation in space will continue to grow.', C, 'planned'),
    (JS_JAPAN, 'The two countries took steps to deepen their cooperation in 2015.', C, 'asserted'),
    (JS_JAPAN, 'We stand together with the people of Ukraine.', C, 'asserted'),
]  # fmt: skip

RESOLUTIONS = [
    (RESOLUTION, 'Urges all States, in particular those with major space capabilities, to contribute actively to the prevention of an arms race in outer space,', C, 'normative'),
    (RESOLUTION, 'Calls upon all States to become parties to the treaties governing outer space,', C, 'normative'),
    (RESOLUTION, 'Invites Member States to share their experience on debris mitigation with the Committee,', C, 'normative'),
    (RESOLUTION, 'Requests the Secretary-General to report to the Assembly at its next session on cooperation among States,', C, 'normative'),
    (RESOLUTION, 'Recognizes the importance of international cooperation in developing the rule of law in outer space,', C, 'asserted'),
    (RESOLUTION, 'Notes with satisfaction that more States have joined the registration convention,', C, 'asserted'),
    (RESOLUTION, 'Decides that the Committee shall continue its work on the sustainability of outer space activities,', C, 'normative'),
    (RESOLUTION, 'Encourages States to cooperate in the mitigation of space debris,', C, 'normative'),
    (RESOLUTION, 'Emphasizes the need to share the benefits of space technology through international cooperation,', C, 'normative'),
    (RESOLUTION, 'Recalling its previous resolutions on international cooperation in the peaceful uses of outer space,', C, 'asserted'),
    (RESOLUTION, 'Noting the growing participation of developing countries in space cooperation,', C, 'asserted'),
    (RESOLUTION, 'Convinced of the need to strengthen international cooperation in space,', C, 'normative'),
    (RESOLUTION, 'Bearing in mind that all States should contribute to the peaceful exploration of space,', C, 'normative'),
    (RESOLUTION, 'Reaffirming the importance of international cooperation in space,', C, 'asserted'),
    (RESOLUTION, 'Stressing the need for closer coordination among States on space traffic,', C, 'normative'),
    (RESOLUTION, 'Welcomes the entry into force of the agreement between the Office and the host country,', C, 'asserted'),
    (RESOLUTION, 'Appeals to all States to refrain from actions contrary to the peaceful use of outer space,', C, 'normative'),
    (RESOLUTION, 'Expresses its appreciation to the Governments that have hosted regional workshops with the Office,', C, 'asserted'),
    (RESOLUTION, 'Agrees that the Committee should consider new ways of cooperating with industry,', C, 'normative'),
    (RESOLUTION, 'Endorses the report of the Committee on its joint work with regional centres,', C, 'asserted'),
    (RESOLUTION, 'Takes note with appreciation of the cooperation between the Office and the regional centres,', C, 'asserted'),
    (RESOLUTION, 'Considers that international cooperation in space should be strengthened,', C, 'normative'),
    (RESOLUTION, 'Reiterates the need for all States to cooperate in the exploration of outer space,', C, 'normative'),
    (RESOLUTION, 'Also requests the Committee to continue to cooperate with regional organizations,', C, 'normative'),
    (RESOLUTION, 'Further invites States to contribute to the trust fund for joint projects,', C, 'normative'),
    (RESOLUTION, 'Acknowledging the contribution of the regional centres to joint capacity-building,', C, 'asserted'),
    (RESOLUTION, 'Recognizing that the prevention of an arms race in outer space would avert a grave danger,', K, 'hypothetical'),
    (RESOLUTION, 'Calls upon all States to refrain from placing weapons in outer space,', K, 'normative'),
    (RESOLUTION, 'Notes the cooperation among Member States in the framework of the Committee,', C, 'asserted'),
    (RESOLUTION, 'Recommends that States cooperate in the exchange of data on near-Earth objects,', C, 'normative'),
    (RESOLUTION, 'Deeply convinced that cooperation among States benefits all humankind,', C, 'asserted'),
    (RESOLUTION, 'Taking into account that many States rely on cooperation for access to space,', C, 'asserted'),
    (RESOLUTION, 'Underlines the importance of cooperation between the Committee and the Conference on Disarmament,', C, 'asserted'),
    (RESOLUTION, '3. Urges all States to take part in the work of the Committee,', C, 'normative'),
    (RESOLUTION, '5. Also requests the Office to continue its cooperation with regional centres,', C, 'normative'),
    (RESOLUTION, 'Requests also the Committee to continue to cooperate with regional organizations,', C, 'normative'),
    (RESOLUTION, '7. Further encourages Member States to share data on space weather,', C, 'normative'),
    (RESOLUTION, 'Believing that wider cooperation among States will help developing countries,', C, 'planned'),
    (RESOLUTION, 'Considering that international cooperation in space should be strengthened,', C, 'normative'),
    (RESOLUTION, 'Recognizing that all States should share the benefits of space exploration,', C, 'normative'),
    (RESOLUTION, 'Affirming that the exploration of outer space shall be carried out for the benefit of all countries,', C, 'normative'),
    (RESOLUTION, 'Mindful of the need to strengthen cooperation among States in space,', C, 'normative'),
    (RESOLUTION, 'Aware of the benefits of cooperation among States in space science,', C, 'asserted'),
    (RESOLUTION, 'Welcomes the cooperation of States in the framework of the Committee and encourages them to continue it,', C, 'asserted'),
    (RESOLUTION, 'Reaffirms that States should cooperate in the peaceful exploration of outer space,', C, 'normative'),
    (RESOLUTION, 'Invites States that have not yet done so to become parties to the treaties on outer space,', C, 'normative'),
    (RESOLUTION, 'Requests the Committee to continue its work with regional centres as a matter of priority,', C, 'normative'),
    (RESOLUTION, 'Notes with appreciation that several States have offered to host regional workshops,', C, 'asserted'),
    (RESOLUTION, 'Decides to include in the provisional agenda of its next session the item on cooperation in outer space,', C, 'normative'),
    (RESOLUTION, 'Also notes the cooperation among Member States in the framework of the Committee,', C, 'asserted'),
    (RESOLUTION, 'Noting the cooperation between the Office and the regional centres,', C, 'asserted'),
    (RESOLUTION, 'Reiterates its support for the cooperation among regional centres,', C, 'asserted'),
    (RESOLUTION, 'Bearing in mind the long history of cooperation among States in outer space,', C, 'asserted'),
    (RESOLUTION, 'Noting the urgent need for closer cooperation among States on space debris,', C, 'normative'),
    (RESOLUTION, 'Further notes with appreciation the joint work of the Office and its partners,', C, 'asserted'),
    (RESOLUTION, 'Strongly urges all States to refrain from the destruction of space objects,', C, 'normative'),
    (RESOLUTION, 'Urges Member States that have not yet done so to consider joining the treaties on outer space,', C, 'normative'),
    (RESOLUTION, 'Requests the Secretary-General to continue to support the cooperation among States,', C, 'normative'),
    (RESOLUTION, 'Takes note of the report of the Committee on its cooperation with regional centres,', C, 'asserted'),
    (RESOLUTION, 'Calls for enhanced cooperation among States on space debris,', C, 'normative'),
    (RESOLUTION, 'Recognizes the need to strengthen cooperation among States in outer space,', C, 'normative'),
    (RESOLUTION, 'Stresses that States should cooperate in the prevention of an arms race in outer space,', K, 'normative'),
    (RESOLUTION, 'Expresses its satisfaction at the cooperation between the Office and Member States,', C, 'asserted'),
    (RESOLUTION, 'Emphasizes that international cooperation should be strengthened,', C, 'normative'),
    (RESOLUTION, 'Reaffirms its commitment to international cooperation in outer space,', C, 'asserted'),
    (RESOLUTION, 'Also urges States to cooperate with the Office in its work on debris,', C, 'normative'),
    (RESOLUTION, 'Once again calls upon all States to cooperate in the peaceful uses of outer space,', C, 'normative'),
    (RESOLUTION, 'Further requests the Office to work with regional centres on capacity-building,', C, 'normative'),
    (RESOLUTION, 'Affirms that cooperation in outer space shall be conducted in accordance with international law,', C, 'normative'),
    (RESOLUTION, 'Having considered the report of the Committee on international cooperation,', C, 'asserted'),
    (RESOLUTION, 'Encourages the Office to continue its cooperation with the regional centres,', C, 'normative'),
]  # fmt: skip

PRINCIPLES_AND_TREATIES = [
    (TREATY, 'The States Parties shall cooperate in the rescue of astronauts in distress.', C, 'normative'),
    (TREATY, 'Each Party undertakes to notify the other Party of any planned launch.', C, 'normative'),
    (TREATY, 'The Parties may conclude implementing arrangements for specific projects.', C, 'normative'),
    (TREATY, 'The Parties agree that data from joint missions shall be made public.', C, 'normative'),
    (TREATY, 'Nothing in this Agreement shall be construed as limiting cooperation with third parties.', C, 'normative'),
    (TREATY, 'The Parties shall not use the jointly developed equipment for military purposes.', C, 'normative'),
    (TREATY, 'Any dispute between the Parties shall be settled by consultation.', C, 'normative'),
    (TREATY, 'The Parties shall endeavour to facilitate the exchange of scientists.', C, 'normative'),
    (TREATY, 'Each Party shall bear the costs of its own participation in joint activities.', C, 'normative'),
    (TREATY, 'The Parties agree to waive all claims against each other arising from joint activities.', C, 'normative'),
    (TREATY, 'Either Party may terminate this Agreement by written notice to the other Party.', C, 'normative'),
    (TREATY, 'The Parties will cooperate in the fields of Earth observation and space science.', C, 'normative'),
    (TREATY, 'Considering the long tradition of cooperation between the two countries,', C, 'asserted'),
    (TREATY, 'Wishing to strengthen cooperation between their space agencies,', C, 'normative'),
    (TREATY, 'Taking into account the Outer Space Treaty to which both Parties are party,', C, 'asserted'),
    (PRINCIPLES, 'States participating in remote sensing activities should make available to other States the data they hold.', C, 'normative'),
    (PRINCIPLES, 'Remote sensing activities shall be conducted on the basis of respect for the sovereignty of all States.', C, 'normative'),
    (PRINCIPLES, 'States carrying out remote sensing programmes shall promote international cooperation in these activities.', C, 'normative'),
    (PRINCIPLES, 'The sensed State shall have access to the primary data concerning its territory.', C, 'normative'),
    (PRINCIPLES, 'To maximize the benefits, States are encouraged to establish joint ground stations.', C, 'normative'),
    (PRINCIPLES, 'The United Nations shall promote cooperation in remote sensing among States.', C, 'normative'),
    (PRINCIPLES, 'Such cooperation should be based on equitable terms.', C, 'normative'),
    (PRINCIPLES, 'States may conclude agreements with each other on the exchange of data.', C, 'normative'),
]  # fmt: skip

NEWS_AND_RELEASES = [
    (NEWS, 'Japan is set to launch a joint lunar probe with India next year.', C, 'planned'),
    (NEWS, 'ESA plans to work with NASA on a sample return mission.', C, 'planned'),
    (NEWS, 'The agreement is expected to be signed at the summit.', C, 'planned'),
    (NEWS, 'The agency aims to launch the joint satellite by 2027.', C, 'planned'),
    (NEWS, 'Roscosmos said it will leave the station after 2024.', C, 'planned'),
    (NEWS, 'The minister said the two countries had agreed to share launch data.', C, 'asserted'),
    (NEWS, 'NASA officials said they would not work with the Chinese agency.', C, 'negated'),
    (NEWS, 'The two companies announced a partnership on Tuesday to develop satellite buses.', C, 'asserted'),
    (NEWS, 'Beijing is seeking to expand its influence in Latin America through space deals.', K, 'planned'),
    (NEWS, 'Officials hope the deal will be finalized in the spring.', C, 'planned'),
    (NEWS, 'Under the plan, European astronauts would fly to the Gateway.', C, 'planned'),
    (NEWS, 'It remains to be seen whether the partnership will last.', C, 'hypothetical'),
    (NEWS, 'China and Russia have agreed to build a lunar research station together.', C, 'asserted'),
    (NEWS, 'Russia will withdraw from the station partnership after 2028, officials said.', C, 'planned'),
    (NEWS, 'The deal could be signed as early as next week.', C, 'hypothetical'),
    (NEWS, 'The agency would welcome new partners, the director told reporters.', C, 'planned'),
    (NEWS, 'India launched a satellite for Nepal on Monday.', C, 'asserted'),
    (NEWS, 'The startup is poised to sign a contract with the European Space Agency.', C, 'planned'),
    (NEWS, 'The two agencies are scheduled to meet in Geneva in May.', C, 'planned'),
    (NEWS, 'NASA has no plans to work with China.', C, 'negated'),
    (NEWS, 'The committee recommended that NASA work with ESA on the lander.', C, 'asserted'),
    (NEWS, 'The data suggest that China is working with Russia on the station.', C, 'asserted'),
    (NEWS, 'NASA has plans to work with India on a radar mission.', C, 'planned'),
    (NEWS, 'The two agencies explored Mars together in the 1970s.', C, 'asserted'),
    (NEWS, 'Japan and India are exploring a partnership on lunar landers.', C, 'hypothetical'),
    (NEWS, 'Japan and India will explore a partnership on lunar landers.', C, 'planned'),
    (NEWS, 'Russia has announced it will quit the station after 2024.', C, 'planned'),
    (NEWS, 'NASA said it had no plans to partner with China.', C, 'negated'),
    (NEWS, 'The agreement will see ESA provide the service module.', C, 'planned'),
    (NEWS, 'The deal marks the first time the two agencies have collaborated.', C, 'asserted'),
    (NEWS, 'The two nations could sign an agreement as soon as next month.', C, 'hypothetical'),
]  # fmt: skip

HEARINGS = [
    (HEARING, 'Would NASA be willing to cooperate with China if Congress lifted the ban?', C, 'hypothetical'),
    (HEARING, 'I am concerned that China could use its lunar station for military purposes.', K, 'hypothetical'),
    (HEARING, 'How can we work more closely with our allies on space situational awareness?', C, 'hypothetical'),
    (HEARING, 'Congress must ensure that NASA keeps working with its international partners.', C, 'normative'),
    (HEARING, 'We are falling behind China in launch capacity.', K, 'asserted'),
    (HEARING, 'The committee should examine how the agency works with its foreign partners.', C, 'normative'),
    (HEARING, 'China has launched more satellites than the United States this year.', K, 'asserted'),
    (HEARING, 'Does the administration intend to renew the agreement with Russia?', C, 'hypothetical'),
    (HEARING, 'NASA will continue to work with Congress on the budget for the station.', C, 'planned'),
    (HEARING, 'Our partnership with Japan has delivered real results.', C, 'asserted'),
    (HEARING, 'Is the agency prepared to work with our allies on a lunar base?', C, 'hypothetical'),
    (HEARING, 'The witness testified that NASA had worked with Roscosmos for decades.', C, 'asserted'),
    (HEARING, 'I would urge the agency to expand its partnerships with our allies.', C, 'normative'),
    (HEARING, 'We cannot afford to fall behind China in space.', K, 'normative'),
    (HEARING, 'I worry that our partners might turn to China for launches.', C, 'hypothetical'),
    (HEARING, 'In my view, the agency should seek more partners in Asia.', C, 'normative'),
    (HEARING, 'China is building a coalition of partners for its lunar station.', K, 'asserted'),
]  # fmt: skip

POLICY_PAPERS = [
    (POLICY, 'The United States should deepen its cooperation with India in space.', C, 'normative'),
    (POLICY, 'Washington needs to build coalitions with like-minded states.', C, 'normative'),
    (POLICY, 'Such a partnership could help Europe reduce its dependence on Russia.', C, 'hypothetical'),
    (POLICY, 'It is essential that allies coordinate their space policies.', C, 'normative'),
    (POLICY, "China's space program may pose a challenge to American leadership.", K, 'hypothetical'),
    (POLICY, 'A joint mission would strengthen ties between the two countries.', C, 'hypothetical'),
    (POLICY, 'This paper recommends that NATO expand its cooperation with the EU in space.', C, 'normative'),
    (POLICY, 'We recommend that the agency pursue partnerships with African states.', C, 'normative'),
    (POLICY, 'The alliance ought to treat attacks on satellites as attacks on its members.', K, 'normative'),
    (POLICY, 'China and Russia have deepened their cooperation in recent years.', C, 'asserted'),
    (POLICY, 'India has chosen not to join either bloc.', C, 'negated'),
    (POLICY, 'The partnership has been criticized for its lack of transparency.', C, 'asserted'),
    (POLICY, 'This paper recommends closer cooperation with India.', C, 'normative'),
    (POLICY, 'We recommend that allies should coordinate their launch policies.', C, 'normative'),
    (POLICY, 'Officials do not have any plans to cooperate with Moscow.', C, 'negated'),
    (POLICY, 'There are no plans to extend the partnership with Russia.', C, 'negated'),
]  # fmt: skip

PARTIES = [
    (TWO_LEADERS, 'The Prime Minister and I agreed to deepen our cooperation in space.', C, 'asserted', {'Japan', 'United States'}),
    (TWO_LEADERS, 'Our two nations will land a Japanese astronaut on the Moon.', C, 'planned', {'Japan', 'United States'}),
    (ONE_SPEAKER, 'President Macron and I will work together on space.', C, 'planned', {'France', 'United States'}),
    (ONE_SPEAKER, 'I call on every nation to join the United States in this pledge.', C, 'normative', {'United States'}),
    (ONE_SPEAKER, 'We will work with India on the radar satellite.', C, 'planned', {'India', 'United States'}),
    (JS_JAPAN, 'Both countries will expand cooperation on space situational awareness.', C, 'planned', {'Japan', 'United States'}),
    (JS_JAPAN, 'The two sides will hold a space dialogue every year.', C, 'planned', {'Japan', 'United States'}),
    (JS_JAPAN, 'The leaders call on the international community to support Ukraine.', C, 'normative', {'Japan', 'Ukraine', 'United States'}),
    (JS_JAPAN, 'Japan will provide a pressurized rover, and the United States will fly two Japanese astronauts to the Moon.', C, 'planned', {'Japan', 'United States'}),
    (JS_JAPAN, 'We call on all countries to refrain from destructive tests against satellites.', K, 'normative', {'Japan', 'United States'}),
    (JS_JAPAN, 'We call on China to refrain from destructive tests against satellites.', K, 'normative', {'China', 'Japan', 'United States'}),
    (JS_KENYA, 'Both sides agreed to strengthen cooperation in Earth observation.', C, 'asserted', {'India', 'Kenya'}),
    (JS_KENYA, 'The two leaders welcomed the launch of a Kenyan satellite on an Indian rocket.', C, 'asserted', {'India', 'Kenya'}),
    (JS_KENYA, 'Prime Minister Modi and President Ruto agreed to expand cooperation in space.', C, 'asserted', {'India', 'Kenya'}),
    (JS_KENYA, 'The Indian side offered training for Kenyan engineers.', C, 'asserted', {'India', 'Kenya'}),
    (JS_KENYA, 'The Kenyan side thanked India for its support.', C, 'asserted', {'India', 'Kenya'}),
    (JS_KENYA, 'India and Kenya call upon all States to respect the Outer Space Treaty.', C, 'normative', {'India', 'Kenya'}),
    (ONE_SPEAKER, 'My friend, Prime Minister Albanese, and I agreed to expand our space partnership.', C, 'asserted', {'Australia', 'United States'}),
    (ONE_SPEAKER, 'Yesterday I met with Prime Minister Modi to discuss our cooperation in space.', C, 'asserted', {'India', 'United States'}),
    (HARRIS, 'Last month, I signed an agreement with the President of Nigeria on space cooperation.', C, 'asserted', {'Nigeria', 'United States'}),
    (HARRIS, 'I have worked closely with our allies in Europe on these norms.', C, 'asserted', {'United States'}),
    (HARRIS, "I spoke with President Ruto about Kenya's role in the Accords.", C, 'asserted', {'Kenya', 'United States'}),
    (ONE_SPEAKER, 'I thank NASA for its work.', C, 'asserted', {'NASA'}),
    (JS_JAPAN, 'Our two governments keep up close coordination across Southeast Asia, especially on Myanmar.', C, 'asserted', {'Japan', 'United States'}),
    (JS_JAPAN, 'The allies intend to coordinate their approaches to Iran.', C, 'planned', {'Japan', 'United States'}),
    (JS_JAPAN, 'We will coordinate our sanctions against Russia.', K, 'planned', {'Japan', 'Russia', 'United States'}),
    (JS_JAPAN, 'We will work with partners in the region on disaster relief with Indonesia.', C, 'planned', {'Indonesia', 'Japan', 'United States'}),
    (JS_JAPAN, 'We will cooperate on ocean data, including at the next summit organized by Chile and Peru.', C, 'planned', {'Japan', 'United States'}),
    (JS_JAPAN, 'We will cooperate with Chile on ocean data.', C, 'planned', {'Chile', 'Japan', 'United States'}),
    (JS_JAPAN, 'The rover, built by Canada, will fly on our joint mission.', C, 'planned', {'Canada', 'Japan', 'United States'}),
]  # fmt: skip

TABLES = {
    "speech": SPEECHES,
    "joint statement": JOINT_STATEMENTS,
    "resolution": RESOLUTIONS,
    "principles and treaties": PRINCIPLES_AND_TREATIES,
    "news and releases": NEWS_AND_RELEASES,
    "hearing": HEARINGS,
    "policy paper": POLICY_PAPERS,
}


@pytest.mark.parametrize(
    ("title", "text", "label", "modality"),
    [case for table in TABLES.values() for case in table],
)
def test_modality_in_each_register(titled_claim, title, text, label, modality):
    """The modality of each sentence by the guide, in its register (the document's title)."""
    assert titled_claim(title, text, label)._.sc_claim_modality == modality


@pytest.mark.parametrize("register", list(TABLES))
def test_each_register_table_tells_modalities_apart(register):
    """At least ten cases per register and more than one modality in each (a table of one value
    would not tell the rules apart)."""
    table = TABLES[register]
    assert len(table) >= 10
    assert len({case[3] for case in table}) >= 2


@pytest.mark.parametrize(("title", "text", "label", "modality", "parties"), PARTIES)
def test_parties_of_speakers_sides_and_addressees(
    titled_claim, title, text, label, modality, parties
):
    """The sides of claims by a speaker with a counterpart ("President Macron and I", "I signed
    an agreement with ..."; an "I" that thanks is no side), by "both sides" / "the two sides" /
    "the Indian side" of a joint statement, and of calls: an addressee named as a state is a
    side, "all States" or "the international community" is none; a state that coordination is
    "on" or that coordinated approaches are "to" is its topic, no side ("sanctions against X"
    keep X); the host of a venue ("the summit organized by X") is none, a maker ("built by X")
    is one."""
    sentence = titled_claim(title, text, label)
    assert set(sentence._.sc_claim_parties) == parties
    assert sentence._.sc_claim_modality == modality


@pytest.mark.parametrize(
    "text",
    [
        '"The Prime Minister and I agreed to expand the space partnership," the Kenyan envoy said.',
        '"I signed an agreement with Nigeria on space cooperation," the minister told reporters.',
    ],
)
def test_a_quoted_i_is_not_the_speakers_side(titled_claim, text):
    """An "I" inside quotation marks is the person quoted, not the speaker of the remarks: the
    speaker's state does not become a side through it."""
    sentence = titled_claim(ONE_SPEAKER, text, C)
    assert "United States" not in set(sentence._.sc_claim_parties)
