"""Sentence ends at abbreviations (issue 13): a table of cases that holds for any English text.

Each row is a paragraph given as its expected sentences: the sentences joined with a space are
the input. Rows where a period after an abbreviation does NOT end the sentence ("Dr. Mei
Tanaka", "Sec. 3", "10:30 a.m. EDT", "J. R. R. Tolkien") and rows where it does ("... in the
U.S. The agency", "... at 11 a.m. NASA will", "... in Washington, D.C. Leaders") stand side by
side. All sentences are made up for this table.
"""

from __future__ import annotations

import pytest

CASES = [
    [
        "The U.S. delegation arrived on Monday.",
        "It left on Friday.",
    ],
    [
        "The probe was built in the U.S.",
        "The agency then sent it to Japan.",
    ],
    [
        "Contract No. 7 was awarded to a small firm.",
        "It covers two launches.",
    ],
    [
        "Under Art. 4 the parties must consult.",
        "Neither side did so.",
    ],
    [
        "Dr. Mei Tanaka leads the team.",
        "She joined in 2019.",
    ],
    [
        "The panel was chaired by Gen. Paul Harris of the Space Force.",
        "He spoke first.",
    ],
    [
        "Orbital Widgets Inc. won the bid.",
        "The runner-up protested.",
    ],
    [
        "The rocket was built by Orbital Widgets Inc.",
        "The Company declined to comment.",
    ],
    [
        "Parts came from Meridian Corp. and two suppliers.",
        "Delivery is due in May.",
    ],
    [
        "The parties may share data, e.g. orbit tracks and weather images.",
        "They agreed on this.",
    ],
    [
        "The second stage, i.e. the upper stage, failed.",
        "Engineers are studying why.",
    ],
    [
        "The station weighs approx. 420 tonnes.",
        "It is the largest in orbit.",
    ],
    [
        "The accord was signed on Jan. 12, 2021 in Paris.",
        "Ten states joined later.",
    ],
    [
        "The launch slipped to Sept. 30 because of weather.",
        "Crews stood down.",
    ],
    [
        "The office is on St. James Street near the river.",
        "It opened last year.",
    ],
    [
        "The work went to Atlas Co. and a partner.",
        "Both are based in Ohio.",
    ],
    [
        "The firm is Kestrel Launch Ltd. of Glasgow.",
        "It employs forty people.",
    ],
    [
        "She earned a Ph.D. in physics before joining the agency.",
        "She now leads the lunar office.",
    ],
    [
        "The vehicle lifted off at 6 a.m. local time.",
        "The crew reported no problems.",
    ],
    [
        "The briefing starts at 4 p.m. Eastern time.",
        "Reporters must register.",
    ],
    [
        "The hatch opened at 9 p.m.",
        "The crew then floated inside.",
    ],
    [
        "The story was written by J. R. R. Tolkien long ago.",
        "It has nothing to do with rockets.",
    ],
    [
        "The lab was founded by Robert H. Goddard's students.",
        "They later moved west.",
    ],
    [
        "Under Sec. 3 of the act the agency must report yearly.",
        "The first report is due soon.",
    ],
    [
        "The act was amended by Pub. L. 115-10 in 2017.",
        "The change was minor.",
    ],
    [
        "Mr. Alvarez thanked the minister.",
        "The meeting ended at noon.",
    ],
    [
        "The talks were led by Amb. Rosa Lin and Sen. Mark Dole.",
        "Both spoke to reporters.",
    ],
    [
        "The treaty entered into force in Oct. 1967.",
        "It now has over one hundred parties.",
    ],
    [
        "The station was visited by astronauts from the U.K. and Canada.",
        "Each stayed a week.",
    ],
    [
        "The company moved its headquarters to Washington, D.C.",
        "Staff followed in stages.",
    ],
    [
        "The company moved its headquarters to Washington, D.C. in 2020.",
        "Staff followed in stages.",
    ],
    [
        "The rover, built by Lunar Works Co., landed safely.",
        "It sent images within hours.",
    ],
    [
        "See Fig. 3 and Tab. 2 for the budget.",
        "Costs rose sharply.",
    ],
    [
        "Prof. Ana Ruiz and Dr. Omar Haddad signed the letter.",
        "It was sent in March.",
    ],
    [
        "The mission, led by Lt. Col. Sara Moss, lasted six months.",
        "It ended early.",
    ],
    [
        "The budget request for fiscal year 2024 is about $25 billion, vs. $24 billion a year earlier.",
        "Congress has not acted.",
    ],
    [
        "The satellite was launched from Cape Canaveral, Fla. last week.",
        "It is working well.",
    ],
    [
        "He cited Smith et al. in his remarks.",
        "The room was quiet.",
    ],
    [
        "He cited Smith et al. (2020) in his remarks.",
        "The room was quiet.",
    ],
    [
        "The spacecraft reached orbit in Feb. 2023 after two delays.",
        "It carries four instruments.",
    ],
    [
        "The event was held at St. Louis University.",
        "Students attended.",
    ],
    [
        "The U.S. and China both plan crewed landings.",
        "Neither has set a firm date.",
    ],
    [
        "The agreement covers space weather, debris tracking, etc.",
        "Talks continue next year.",
    ],
    [
        "The firm was renamed Sky Systems Inc. in 2019 after a merger.",
        "It now has 500 staff.",
    ],
    [
        "The letter was signed by Adm. Lee and Maj. Gen. Ortiz.",
        "Both retired later.",
    ],
    [
        "The ceremony took place at 10 a.m. on Tuesday.",
        "Guests included diplomats.",
    ],
    [
        "Launch is set for 10:30 a.m. EDT on Thursday.",
        "Coverage begins an hour earlier.",
    ],
    [
        "He lives in the U.S. now.",
        "His family stayed in Spain.",
    ],
    [
        "The budget of the U.S. Space Force grew.",
        "So did its staff.",
    ],
    [
        "The hatch opens at 7:15 p.m. CST tonight.",
        "Viewers can watch online.",
    ],
    [
        "Docking is planned for about 3 a.m. Tuesday, March 5.",
        "NASA will carry it live.",
    ],
    [
        "The vote is at 2 p.m. on Friday.",
        "Members must attend.",
    ],
    [
        "The launch window opens at 11 a.m.",
        "Weather looks good.",
    ],
    [
        "Doors open at 8 a.m. UTC and close at noon.",
        "Guests must register.",
    ],
    [
        "The briefing is at 1 p.m. ET in the main hall.",
        "It will be streamed.",
    ],
    [
        "The summit took place in Washington, D.C.",
        "Leaders from ten nations attended.",
    ],
    [
        "The summit took place in Washington, D.C. on Monday.",
        "Leaders attended.",
    ],
    [
        "The court in Washington, D.C. ruled against the firm.",
        "It will appeal.",
    ],
    [
        "The probe was assembled in Pasadena, Calif.",
        "Tests begin next month.",
    ],
    [
        "Engineers in Huntsville, Ala. built the stage.",
        "It was shipped by barge.",
    ],
    [
        "The launch was delayed to Nov. 3.",
        "Engineers needed more time.",
    ],
    [
        "The award went to No. 2 on the list.",
        "Nobody objected.",
    ],
    [
        "The company is listed as Orion Space Corp.",
        "Its shares rose.",
    ],
    [
        "The firm hired Maria Lopez, Ph.D.",
        "She will lead research.",
    ],
    [
        "The agreement was signed by Jones Jr. and two aides.",
        "It is binding.",
    ],
    [
        "The award was named for Martin Luther King Jr.",
        "It honours public service.",
    ],
    [
        "The vehicle flew in Dec. 2022 and again in Jan. 2023.",
        "Both flights succeeded.",
    ],
    [
        "Minister A. K. Sharma opened the meeting.",
        "He thanked the guests.",
    ],
    [
        "Delegates from the U.S.S.R. and the U.S. met in Geneva.",
        "Talks lasted a week.",
    ],
    [
        "The object is about 3 ft. wide.",
        "It tumbles slowly.",
    ],
    [
        "The craft traveled approx. 4,000 km.",
        "It then stopped.",
    ],
    # a clock time, a place closed by "D.C." or a date ends the sentence before a name ...
    ["Talks ran until 3 p.m.", "Credit markets were calm that week."],
    ["The probe reached orbit on Jan. 5.", "ESA confirmed the signal."],
    ["The probe reached orbit on March 5, 2024.", "ESA confirmed the signal."],
    ["The panel met in Washington, D.C.", "Members of both parties attended."],
    # ... but a weekday, a zone or a place's time goes on with it
    ["Staff met in Washington, D.C. Monday to plan the launch.", "It went well."],
    ["The window opens at 9 p.m. Moscow time on Friday.", "Crews are ready."],
    ["The burn starts at 4 a.m. GMT and lasts a minute.", "It went as planned."],
    # "Ma." (María) of a Filipino given name, a currency's "Rs.", an engineer's "Engr." /
    # "Eng." and a statute's "et seq." go on; "Ma." and "et seq." still end a sentence before
    # a capitalised function word
    ["The talks were led by Dr. Ma. Luisa Reyes of the space agency.", "She spoke first."],
    ["Sec. Ma. Cristina Dizon signed for the Philippines.", "The deal runs five years."],
    ["The state set aside Rs. 2,400 crore for the orbiter.", "Work starts this year."],
    ["The lab costs about Rs. 90 lakh a year to run.", "Donors cover half."],
    ["The antenna was designed by Engr. Paolo Santos and his team.", "It is now in use."],
    ['"We are ready," said Eng. Huda Al Mansoori, the mission lead.', "Launch is next week."],
    [
        "The order relies on the Space Act (51 U.S.C. 20101 et seq.) and on later laws.",
        "It took effect at once.",
    ],
    ["The rules are set out in 14 C.F.R. 400 et seq.", "They apply to every launch."],
    ["The store was founded by Jack Ma.", "The firm later sold it."],
]


@pytest.mark.parametrize("sentences", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_ends_at_abbreviations(make_doc, sentences):
    doc = make_doc(" ".join(sentences))
    assert [s.text.strip() for s in doc.sents] == sentences
