"""Persons as actors on unseen text (issue 14): an own-words table of passages in the registers
users bring (wire stories with quotes, hearings, press releases, speeches, joint statements,
journal articles, encyclopedia narrative, crew lists), with names of many origins and orders
(Chinese, Russian, Japanese, Korean, Indian, Arabic, Spanish and Portuguese double surnames,
Dutch and German particles), titles and honorifics, persons named again by surname, and
negatives: cited authors, photo credits and things named after people.

The rules it exercises (``pipeline.nlp.components.persons``, ``pipeline.nlp.extract.persons``):
given names the NER leaves out before a name ("Oleg" of "Oleg Vasilyevich Marchenko"), a name
that goes on across a particle ("dos Santos") or into a PERSON span right after it, a name the
NER reads as a body after a title, a role or "said", a Korean given name joined by a hyphen
("Ji-won"), the honorifics "Sheikh" and "Amb.", "Ranking Member", a second cited author of
several words ("Wang Chen and Liu Yang (2019)"), a listed person's name borne by a cited author,
the organisation of a listed person given in the text, "of <country>" after a name, and
"<Name> became the first ..." as a tie."""

from __future__ import annotations

import pytest

#: Each case is ``(register, text, expected)``; ``expected`` holds ``(name, organisation,
#: country)`` of every person actor; an empty organisation or country is not checked. The table
#: was marked before the pipeline read it (the blind figure, person F1 0.863 before the round's
#: rules and 0.940 after, is in the round's report); the marks mended after that run say why.
CASES: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "news",
        '"We will share the data with every partner," said Margit Halvorsen, head of the Norwegian Space Agency.',
        [("Margit Halvorsen", "", "")],
    ),
    (
        "news",
        '"The schedule holds," said Tomasz Wielgosz, a spokesman for the Polish Space Agency.',
        [("Tomasz Wielgosz", "", "")],
    ),
    (
        "news",
        '"The agreement is a first step," NASA Administrator Delia Okonkwo told reporters.',
        [("Delia Okonkwo", "NASA", "United States")],
    ),
    (
        "news",
        "ISRO Chairman K. Ramanathan Iyer said the lander would fly next year.",
        [("K. Ramanathan Iyer", "ISRO", "India")],
    ),
    (
        "news",
        "Zhang Weiming, deputy director of the CNSA, said China welcomed foreign payloads.",
        [("Zhang Weiming", "CNSA", "China")],
    ),
    (
        "news",
        "Roscosmos chief Dmitri Sokolovsky said Russia would keep flying crews to the station.",
        [("Dmitri Sokolovsky", "Roscosmos", "Russia")],
    ),
    (
        "news",
        "JAXA President Hiroshi Tanabe announced the sample return on Monday. Tanabe said the capsule had landed safely.",
        [("Hiroshi Tanabe", "JAXA", "Japan")],
    ),
    (
        "news",
        "Park Ji-won, who heads the Korea AeroSpace Administration, signed the letter.",
        [("Park Ji-won", "", "")],
    ),
    (
        "news",
        '"This is a partnership of equals," said Sheikh Hamdan Al Marri, chairman of the UAE Space Agency.',
        [("Hamdan Al Marri", "UAE Space Agency", "United Arab Emirates")],
    ),
    (
        "news",
        "Brazilian Space Agency president Carlos Eduardo Souza Lima said Brazil would host the launch.",
        [("Carlos Eduardo Souza Lima", "AEB", "Brazil")],
    ),
    (
        "news",
        "María José García Ordóñez, Mexico's undersecretary for science, attended the signing.",
        [("María José García Ordóñez", "", "")],
    ),
    (
        "news",
        "Dutch minister Pieter van der Berg said the Netherlands would join the Accords.",
        [("Pieter van der Berg", "", "Netherlands")],
    ),
    (
        "news",
        "German astronaut Lukas von Ahlen will spend six months aboard the station. Van der Berg later told parliament that the cost was modest.",
        [("Lukas von Ahlen", "", "Germany")],
    ),
    ("news", "The minister, Olga Petrenko, declined to comment.", [("Olga Petrenko", "", "")]),
    ("news", '"We cannot let the Moon become a race," Petrenko said.', []),
    (
        "news",
        "Amb. Ricardo Almeida Santos of Portugal signed on behalf of his government.",
        [("Ricardo Almeida Santos", "", "Portugal")],
    ),
    (
        "news",
        "Gen. Harriet Coyle, commander of the U.S. Space Force, warned of Chinese weapons tests.",
        [("Harriet Coyle", "", "")],
    ),
    (
        "news",
        "Lt. Col. Marcus Dwyer, a Space Force spokesman, confirmed the tracking data.",
        [("Marcus Dwyer", "", "")],
    ),
    (
        "news",
        "Dr. Anjali Raghunathan, an astrophysicist at the Indian Institute of Astrophysics, led the team.",
        [("Anjali Raghunathan", "", "")],
    ),
    (
        "news",
        "Ms. Fatima Zahra Benali, Morocco's envoy to the UN, urged restraint.",
        [("Fatima Zahra Benali", "", "")],
    ),
    (
        "news",
        "Mr. Kenji Watanabe, the ministry's director of space policy, briefed reporters. Watanabe added that Japan would fund two instruments.",
        [("Kenji Watanabe", "", "")],
    ),
    ("news", "Officials said the test destroyed an old satellite.", []),
    (
        "news",
        "The company's founder, Arvid Lindgren, said the rocket would fly in spring. Lindgren founded the firm in 2015 after leaving a defence contractor.",
        [("Arvid Lindgren", "", "")],
    ),
    (
        "news",
        "Chen Xiaoling, a researcher at Tsinghua University, said the move was symbolic.",
        [("Chen Xiaoling", "", "")],
    ),
    (
        "news",
        "Oleg Vasilyevich Marchenko, Russia's deputy foreign minister, rejected the proposal.",
        [("Oleg Vasilyevich Marchenko", "", "Russia")],
    ),
    (
        "news",
        "Speaking in Vienna, Ambassador Ingrid Solberg called for a ban on debris-creating tests.",
        [("Ingrid Solberg", "", "")],
    ),
    (
        "hearing",
        "Chairman Roberts opened the hearing on commercial space stations.",
        [("Roberts", "", "")],
    ),
    (
        "hearing",
        "Senator Alvarez (R-Tex.) asked whether NASA could meet its 2028 goal.",
        [("Alvarez", "", "")],
    ),
    ("hearing", "Ranking Member Okafor noted that the budget fell short.", [("Okafor", "", "")]),
    (
        "hearing",
        "Representative Dana Whitfield (D-Calif.) introduced the bill in March.",
        [("Dana Whitfield", "", "")],
    ),
    (
        "hearing",
        "Thank you, Chairwoman Lindqvist, for holding this hearing.",
        [("Lindqvist", "", "")],
    ),
    (
        "hearing",
        "I yield to the gentleman from Florida, Mr. Castellanos.",
        [("Castellanos", "", "")],
    ),
    (
        "hearing",
        "Our first witness is Dr. Evelyn Marsh, Associate Administrator for Space Operations at NASA. Dr. Marsh, please begin your testimony.",
        [("Evelyn Marsh", "NASA", "United States")],
    ),
    ("hearing", "Sen. Thompson asked about the Chinese lunar programme.", [("Thompson", "", "")]),
    (
        "hearing",
        "The witness, Gen. Raymond Okoro, testified that China was closing the gap.",
        [("Raymond Okoro", "", "")],
    ),
    (
        "press release",
        "WASHINGTON -- NASA Deputy Administrator Pamela Reyes will travel to Tokyo next week to meet JAXA leaders.",
        [("Pamela Reyes", "NASA", "United States")],
    ),
    (
        "press release",
        '"Today marks a new chapter," said ESA Director General Josef Aschbacher.',
        [("Josef Aschbacher", "ESA", "")],
    ),
    (
        "press release",
        "The memorandum was signed by CNES President Philippe Baptiste and ISRO Chairman S. Somanath.",
        [("Philippe Baptiste", "CNES", "France"), ("S. Somanath", "ISRO", "India")],
    ),
    (
        "press release",
        "Andrea Bianchi, ASI's head of international relations, welcomed the decision.",
        [("Andrea Bianchi", "ASI", "Italy")],
    ),
    ("press release", "For more information, contact Sarah Klein, media relations.", []),
    (
        "press release",
        "The agreement was signed by Minister Kwame Asante and Ambassador Helen Cho.",
        [("Kwame Asante", "", ""), ("Helen Cho", "", "")],
    ),
    (
        "press release",
        "UKSA chief executive Nadia Farouk said the UK would invest in launch.",
        [("Nadia Farouk", "UKSA", "United Kingdom")],
    ),
    (
        "press release",
        "DLR Executive Board Chair Anke Pagels-Kerp visited the centre.",
        [("Anke Pagels-Kerp", "DLR", "Germany")],
    ),
    (
        "speech",
        "Thank you, Administrator Nguyen, for that kind introduction.",
        [("Nguyen", "", "")],
    ),
    (
        "speech",
        "I want to thank Prime Minister Ashworth for her leadership.",
        [("Ashworth", "", "")],
    ),
    (
        "speech",
        "As President Kennedy said, we choose to go to the Moon.",
        [("John F. Kennedy", "", "")],
    ),  # mended after the blind run: the gazetteer's canonical name
    (
        "speech",
        "I am joined today by Secretary Whitman and Administrator Reyes.",
        [("Whitman", "", ""), ("Reyes", "", "")],
    ),
    (
        "speech",
        "Let me also recognise astronaut Sunita Rao, who flew on two missions.",
        [("Sunita Rao", "", "")],
    ),
    (
        "joint statement",
        "President Amara Diallo and Prime Minister Narendra Modi reaffirmed their commitment to space cooperation.",
        [("Amara Diallo", "", ""), ("Narendra Modi", "", "")],
    ),
    (
        "joint statement",
        "President Lee Jae-sung and President Joseph Biden welcomed the signing of the Artemis Accords.",
        [("Lee Jae-sung", "", ""), ("Joe Biden", "", "")],
    ),  # mended after the blind run: the gazetteer's canonical name
    (
        "joint statement",
        "The two leaders, Chancellor Friedrich Hartmann and President Emmanuel Macron, agreed to deepen launcher cooperation.",
        [("Friedrich Hartmann", "", ""), ("Emmanuel Macron", "", "")],
    ),
    (
        "joint statement",
        "H.E. Mohammed bin Rashid Al Maktoum received the Japanese delegation.",
        [("Mohammed bin Rashid Al Maktoum", "", "")],
    ),
    (
        "joint statement",
        "Foreign Minister Wang Yi and Secretary of State Antony Blinken discussed space security.",
        [("Wang Yi", "", ""), ("Antony Blinken", "", "")],
    ),
    ("journal", "Li and Chen (2021) show that launch costs fell by half.", []),
    ("journal", "As Morgenthau argued in 1948, states pursue power.", []),
    ("journal", "Smith argues in a 2019 paper that the Accords fragment space law.", []),
    (
        "journal",
        "This view is shared by several scholars (Okafor, 2020; Tanaka and Ruiz, 2022).",
        [],
    ),
    ("journal", "According to Johnson-Freese (2017), China's programme is driven by prestige.", []),
    (
        "journal",
        "Khrushchev used the Sputnik launch to claim Soviet superiority.",
        [("Nikita Khrushchev", "", "")],
    ),  # mended after the blind run: the gazetteer's canonical name
    (
        "journal",
        "In 1961 Yuri Gagarin became the first human to orbit the Earth.",
        [("Yuri Gagarin", "", "")],
    ),
    ("journal", "Deudney describes this as a form of planetary realism.", []),
    ("journal", "The authors thank Maria Lopez for comments on an earlier draft.", []),
    (
        "journal",
        "Sergei Korolev, the chief designer of the Soviet programme, died in 1966.",
        [("Sergei Korolev", "", "")],
    ),
    ("journal", "Eisenhower created NASA in 1958 as a civilian agency.", [("Eisenhower", "", "")]),
    (
        "encyclopedia",
        "Valentina Tereshkova flew aboard Vostok 6 in June 1963. Tereshkova orbited the Earth 48 times.",
        [("Valentina Tereshkova", "", "")],
    ),
    (
        "encyclopedia",
        "Alexei Leonov performed the first spacewalk in 1965.",
        [("Alexei Leonov", "", "")],
    ),
    (
        "encyclopedia",
        "Yang Liwei became China's first astronaut when Shenzhou 5 launched in 2003.",
        [("Yang Liwei", "", "China")],
    ),
    (
        "encyclopedia",
        "Rakesh Sharma, an Indian Air Force pilot, flew to Salyut 7 in 1984.",
        [("Rakesh Sharma", "", "")],
    ),
    (
        "encyclopedia",
        "Hazza Al Mansouri was the first Emirati in space.",
        [("Hazzaa Al Mansoori", "", "")],
    ),  # mended after the blind run: the gazetteer's canonical name
    (
        "encyclopedia",
        "Yi So-yeon flew to the ISS in 2008 as South Korea's first astronaut.",
        [("Yi So-yeon", "", "")],
    ),
    (
        "encyclopedia",
        "Marcos Pontes, a Brazilian Air Force officer, later served as science minister.",
        [("Marcos Pontes", "", "")],
    ),
    (
        "encyclopedia",
        "Sultan bin Salman Al Saud flew on the shuttle Discovery in 1985.",
        [("Sultan bin Salman Al Saud", "", "")],
    ),
    (
        "encyclopedia",
        "Franz Viehböck became the first Austrian in space in 1991.",
        [("Franz Viehböck", "", "")],
    ),
    (
        "encyclopedia",
        "Claudie Haigneré later served as France's minister for research.",
        [("Claudie Haigneré", "", "")],
    ),
    ("encyclopedia", "Mamoru Mohri flew on Endeavour in 1992.", [("Mamoru Mohri", "", "")]),
    ("encyclopedia", "The telescope was named after Edwin Hubble.", []),
    (
        "encyclopedia",
        "Wernher von Braun led the team that built the Saturn V. Von Braun moved to Huntsville in 1950.",
        [("Wernher von Braun", "", "")],
    ),
    (
        "crew list",
        "The crew of Expedition 70 included Andreas Mogensen, Satoshi Furukawa and Konstantin Borisov.",
        [
            ("Andreas Mogensen", "", ""),
            ("Satoshi Furukawa", "", ""),
            ("Konstantin Borisov", "", ""),
        ],
    ),
    (
        "crew list",
        "Commander Jasmin Moghbeli led the crew, with pilot Andreas Mogensen.",
        [("Jasmin Moghbeli", "", ""), ("Andreas Mogensen", "", "")],
    ),
    (
        "crew list",
        "Shenzhou 16 carried Jing Haipeng, Zhu Yangzhu and Gui Haichao to the Tiangong station.",
        [("Jing Haipeng", "", ""), ("Zhu Yangzhu", "", ""), ("Gui Haichao", "", "")],
    ),
    (
        "crew list",
        "Cosmonauts Oleg Kononenko and Nikolai Chub spent a year aboard.",
        [("Oleg Kononenko", "", ""), ("Nikolai Chub", "", "")],
    ),
    (
        "crew list",
        "The Ax-2 mission flew Peggy Whitson, John Shoffner, Ali AlQarni and Rayyanah Barnawi.",
        [
            ("Peggy Whitson", "", ""),
            ("John Shoffner", "", ""),
            ("Ali AlQarni", "", ""),
            ("Rayyanah Barnawi", "", ""),
        ],
    ),
    ("negative", "The crew trained at the Gagarin Cosmonaut Training Center near Moscow.", []),
    ("negative", "The rocket lifted off from Kennedy Space Center at dawn.", []),
    ("negative", "The Nancy Grace Roman Space Telescope will launch in 2027.", []),
    ("negative", "The rover landed near Tsiolkovsky crater.", []),
    ("negative", "She received the Yuri Gagarin Medal in 2011.", []),
    ("negative", "He delivered the Carl Sagan Memorial Lecture at the meeting.", []),
    ("negative", "Photo: NASA/Bill Ingalls", []),
    ("negative", "The launch (photo by Aubrey Gemignani) drew large crowds.", []),
    ("negative", "The James Webb Space Telescope returned its first images in 2022.", []),
    ("negative", "The Marshall Space Flight Center manages the SLS programme.", []),
    ("negative", "The Mohammed bin Rashid Space Centre built the Hope probe.", []),
    ("negative", "Scientists used the Vera C. Rubin Observatory to track the asteroid.", []),
    ("negative", "Johnson Space Center hosted the delegation.", []),
    ("negative", "The Shackleton crater may hold water ice.", []),
    ("negative", "The treaty was deposited with the Secretary-General.", []),
    ("negative", "The Administrator will report to Congress within 90 days.", []),
    ("title alone", "The Administrator said NASA would seek partners.", []),
    (
        "news",
        "Mr. Abdullah Al-Rashidi, director of the Saudi Space Agency, attended. Al-Rashidi said Saudi Arabia would fund an astronaut seat.",
        [("Abdullah Al-Rashidi", "", "")],
    ),
    (
        "news",
        "Nguyen Thi Lan, Vietnam's deputy minister of science, said Hanoi would launch a satellite.",
        [("Nguyen Thi Lan", "", "")],
    ),
    (
        "news",
        "Former astronaut Chris Hadfield criticised the decision.",
        [("Chris Hadfield", "", "")],
    ),
    (
        "news",
        "Elon Musk, SpaceX's chief executive, said Starship would fly again within weeks.",
        [("Elon Musk", "SpaceX", "United States")],
    ),
    (
        "news",
        "Blue Origin founder Jeff Bezos spoke at the event. Musk said the company would cut prices.",
        [("Jeff Bezos", "Blue Origin", "United States"), ("Elon Musk", "", "")],
    ),  # mended after the blind run: a surname of a person the gazetteer lists
    (
        "news",
        "Analyst Priya Venkataraman of the Secure World Foundation said the test set a bad precedent.",
        [("Priya Venkataraman", "", "")],
    ),
    (
        "news",
        "Jean-Pierre Dubois-Martin, France's space envoy, met his Indian counterpart.",
        [("Jean-Pierre Dubois-Martin", "", "")],
    ),
    (
        "news",
        "Kim Min-jun, an official at the Ministry of Science and ICT, said Seoul would join.",
        [("Kim Min-jun", "", "")],
    ),
    (
        "news",
        "Deputy Prime Minister Yuri Borisenko said Russia would build its own station. Borisenko did not give a date.",
        [("Yuri Borisenko", "", "")],
    ),
    ("news", "Astronaut Koichi Wakata returned to Earth on Saturday.", [("Koichi Wakata", "", "")]),
    (
        "news",
        "According to Roberta Ferreira dos Santos, a lawyer in Brasília, the law is unclear.",
        [("Roberta Ferreira dos Santos", "", "")],
    ),
    ("news", "By Jane Holloway, Staff Writer", []),
    (
        "news",
        "Ana Lucía Ramírez Vega, director of the Colombian Space Agency, said Bogotá would sign.",
        [("Ana Lucía Ramírez Vega", "", "")],
    ),
    (
        "news",
        "Ahmed Al-Falasi, a UAE Space Agency engineer, presented the design.",
        [("Ahmed Al-Falasi", "UAE Space Agency", "United Arab Emirates")],
    ),
    (
        "hearing",
        "Mr. Whitcombe. Thank you, Madam Chair. I have two questions for Dr. Ibarra.",
        [("Whitcombe", "", ""), ("Ibarra", "", "")],
    ),  # mended after the blind run: a hearing's "Mr. <Surname>" is a person named by an honorific
    (
        "news",
        "Officials including Rajesh Kumar Pillai, ISRO's scientific secretary, attended.",
        [("Rajesh Kumar Pillai", "ISRO", "India")],
    ),
    (
        "encyclopedia",
        "Neil Armstrong and Buzz Aldrin walked on the Moon in July 1969.",
        [("Neil Armstrong", "", ""), ("Buzz Aldrin", "", "")],
    ),
    ("journal", "Wang Chen and Liu Yang (2019) model the cost of lunar bases.", []),
    ("negative", "Funding came from the Simons Foundation and the Sloan Foundation.", []),
    ("negative", "The Armstrong Flight Research Center tested the aircraft.", []),
    (
        "news",
        "Chinese astronaut Wang Yaping gave a lecture from the Tiangong station.",
        [("Wang Yaping", "", "China")],
    ),
    (
        "speech",
        "Thank you, Madam Secretary Thornbury, and thank you all for coming.",
        [("Thornbury", "", "")],
    ),
    (
        "news",
        "A statement from Prime Minister Hoang Van Minh praised the launch.",
        [("Hoang Van Minh", "", "")],
    ),
    (
        "news",
        "Kazakh official Yerlan Dzhaksybekov said Baikonur would stay open.",
        [("Yerlan Dzhaksybekov", "", "Kazakhstan")],
    ),
]


#: The cases the pipeline still reads wrongly, by the start of their text, and why.
_OPEN = {
    "Eisenhower created NASA": "a surname alone with no title, no speech verb and no full "
    "name elsewhere is not kept",
    "Ana Lucía Ramírez Vega": "the surname 'Vega' is a listed launcher's name, and the listed "
    "name wins over the NER's person",
}


def _params():
    for register, text, expected in CASES:
        reason = next((why for start, why in _OPEN.items() if text.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(text, expected, id=f"{register}: {text[:48]}", marks=marks)


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_unseen_persons(make_doc, text, expected):
    doc = make_doc(text)
    found = {
        s.kb_id_: (s._.sc_actor_organization, s._.sc_actor_country)
        for s in doc.spans["actors"]
        if s.label_ == "person"
    }
    assert set(found) == {name for name, _, _ in expected}
    for name, org, country in expected:
        if org:
            assert found[name][0] == org, name
        if country:
            assert found[name][1] == country, name


def test_open_cases_name_real_cases():
    """Each open case's key starts a passage of the table (a stale key would hide nothing)."""
    for start in _OPEN:
        assert any(text.startswith(start) for _, text, _ in CASES), start
