"""Organisations, programmes and companies the gazetteer does not list, in the registers users
bring, and near-misses that are no actor (issue 14): the own-words table below
through the whole pipeline. The rules it exercises: a body's name goes on
across "of <place>" (``official_names.with_place``), "Directorate General" heads a name
(``names.head_word``), the heads Subcommittee, Board, Panel, Caucus and College, a firm the
NER reads as a person by its trade word and "<Name> Space Systems"
(``companies.shaped_companies``), a name an appositive calls a firm or a body
(``companies.apposed_names``), "Project <Name>" (``shaped_names.project_name``), and a new
body whose name ends in a listed body's whole name (``ActorNames._inside_new_bodies``). The
cases the rules cannot read yet are strict xfails, with the reason."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.companies import without_legal_form

#: Each case is ``(register, text, expected)``; ``expected`` holds ``(name, type)`` of every
#: actor in the sentence; a name with "|" lists the forms that count as the same actor (a long
#: form and the acronym the text defines for it). The table was marked before the pipeline
#: read it (the blind figure, name F1 0.791 before the round's rules and 0.912 after, is in
#: the round's report); two marks were mended after that run, as their comments say.
CASES: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("journal", "Data for this study were provided by the Halvorsen Institute for Orbital "
     "Governance, which tracks national licensing regimes.",
     [("Halvorsen Institute for Orbital Governance", "organization")]),
    ("journal", "Researchers at the Tarnow Laboratory for Space Law compiled the treaty texts.",
     [("Tarnow Laboratory for Space Law", "organization")]),
    ("journal", "The Ostrava Centre for Satellite Policy has argued that licensing should be "
     "shared across borders.",
     [("Ostrava Centre for Satellite Policy", "organization")]),
    ("journal", "A survey by the Quellbrook Space Policy Institute found wide support for debris "
     "rules.",
     [("Quellbrook Space Policy Institute", "organization")]),
    ("journal", "Scholars at Marlow Valley University have long studied how small states enter "
     "orbit.",
     [("Marlow Valley University", "organization")]),
    ("journal", "The University of Eastern Kestria hosted the first workshop on lunar resources.",
     [("University of Eastern Kestria", "organization")]),
    ("journal", "As Lindqvist argues in Orbital Commons and the Limits of Law, cooperation rests "
     "on trust.",
     []),
    ("journal", "The Orbital Debris Coordination Committee met twice in 2019 to review collision "
     "data.",
     [("Orbital Debris Coordination Committee", "organization")]),
    ("journal", "Funding from the Brightwater Foundation allowed the team to model launch "
     "markets.",
     [("Brightwater Foundation", "organization")]),
    ("journal", "Section 4.2 of the paper, Measuring Cooperation in Low Earth Orbit, sets out the "
     "method.",
     []),
    ("journal", "Morane and Tuttle (2018) describe the same pattern in Latin America.",
     []),
    ("journal", "The Nordic Consortium for Space Weather pooled radar time among its members.",
     [("Nordic Consortium for Space Weather", "organization")]),
    ("journal", "Our interviews with officials of the Directorate of Space Affairs of Kestria "
     "were held in 2021.",
     [("Directorate of Space Affairs of Kestria", "agency")]),
    ("journal", "The Pan-African Remote Sensing Working Group shares imagery free of charge.",
     [("Pan-African Remote Sensing Working Group", "organization")]),
    ("journal", "Table 3 reports launch counts by country and year.",
     []),
    ("journal", "The Veldt Astrophysics Laboratory built the detector under a contract with NASA.",
     [("Veldt Astrophysics Laboratory", "organization"), ("NASA", "agency")]),
    ("journal", "The Solway Institute of Technology trains most of the region's satellite "
     "engineers.",
     [("Solway Institute of Technology", "organization")]),
    ("journal", "Critics within the Pacific Rim Space Law Association warned against exclusive "
     "zones on the Moon.",
     [("Pacific Rim Space Law Association", "organization")]),
    ("journal", "Under the Kestrel Initiative, twelve universities share ground stations.",
     [("Kestrel Initiative", "program")]),
    ("journal", "The Orbital Futures Program funded four doctoral projects on debris removal.",
     [("Orbital Futures Program", "program")]),
    ("journal", "Chapter Two, Rivals in the Sky, reviews the older literature.",
     []),
    ("journal", "The Halden Society for Planetary Science awarded the prize to a student team.",
     [("Halden Society for Planetary Science", "organization")]),
    ("news", "Vantor Orbital Systems Inc. said on Tuesday it had won a contract to build two "
     "relay satellites.",
     [("Vantor Orbital Systems Inc.", "company")]),
    ("news", "Greyfell Aerospace Ltd will supply the propulsion module, the firm said.",
     [("Greyfell Aerospace Ltd", "company")]),
    ("news", "The German startup Lichtwerk Raumfahrt GmbH plans a first launch next year.",
     [("Lichtwerk Raumfahrt GmbH", "company"), ("Germany", "country")]),
    ("news", "Corvane Space Systems signed a deal with the Kenya Space Agency.",
     [("Corvane Space Systems", "company"), ("Kenya Space Agency", "agency")]),
    ("news", "Shares of Ardmore Satellite Corp. rose after the award.",
     [("Ardmore Satellite Corp.", "company")]),
    ("news", "Tessaly Aerospace, a Greek maker of small launchers, raised new funds.",
     [("Tessaly Aerospace", "company"), ("Greece", "country")]),
    ("news", "Brannock, a Chinese state-owned firm, will build the tracking station.",
     [("Brannock", "company"), ("China", "country")]),
    ("news", "Helioform, a nonprofit that trains engineers in Africa, joined the project.",
     [("Helioform", "organization")]),
    ("news", "The launch provider Skyrest has booked three flights for the spring.",
     [("Skyrest", "company")]),
    ("news", "Monday's launch was delayed by high winds.",
     []),
    ("news", "Officials at the Kestrian Ministry of Transport and Space declined to comment.",
     [("Kestrian Ministry of Transport and Space", "agency")]),
    ("news", "The Ministry of Digital Affairs of Estonia approved the satellite licence.",
     [("Ministry of Digital Affairs of Estonia", "agency")]),
    ("news", "The deal was brokered by the Office of Space Industry of Chile.",
     [("Office of Space Industry of Chile", "agency")]),
    ("news", "Dornvale Technologies will test its engine at a site in Scotland.",
     [("Dornvale Technologies", "company")]),
    ("news", "The Lumen X2 satellite bus sold out within a month.",
     []),
    ("news", "Pell Orbital Industries and Stravik Dynamics are bidding for the contract.",
     [("Pell Orbital Industries", "company"), ("Stravik Dynamics", "company")]),
    ("news", "Analysts at Harwick Capital Group expect further consolidation.",
     [("Harwick Capital Group", "company")]),
    ("news", "Project Bluefin, a plan to refuel satellites in orbit, has slipped to 2027.",
     [("Project Bluefin", "program")]),
    ("news", "The Lunar Gateway Alliance of universities met in Lisbon.",
     [("Lunar Gateway Alliance", "organization")]),
    ("news", "Ostmark Space Holdings bought a stake in the company.",
     [("Ostmark Space Holdings", "company")]),
    ("news", "Arden Falls is a quiet town where the rocket factory now employs 400 people.",
     []),
    ("news", "Breaking News: Launch Window Opens Friday",
     []),
    ("news", "Saber Robotics, based in Austin, builds arms for servicing craft.",
     [("Saber Robotics", "company")]),
    ("news", "Executives of Quorvel Satellite Communications Ltd. met regulators in Delhi.",
     [("Quorvel Satellite Communications Ltd.", "company")]),
    ("news", "Mirela Dragan, the chief executive of Astrovia, said the merger would go ahead.",
     [("Mirela Dragan", "person"), ("Astrovia", "company")]),
    ("news", "The Kestria Space Forum drew delegates from twenty countries.",
     [("Kestria Space Forum", "organization")]),
    ("news", "In Lagos, the Nigerian Institute for Space Enterprise opened a training centre.",
     [("Nigerian Institute for Space Enterprise", "organization")]),
    ("news", "The Orion Nebula is visible from the southern hemisphere this month.",
     []),
    ("press release", "Calder Aerospace Corporation today announced a partnership with the "
     "University of Tromsdal.",
     [("Calder Aerospace Corporation", "company"), ("University of Tromsdal", "organization")]),
    ("press release", "Nexorb Space Technologies Pvt. Ltd. will provide the ground software.",
     [("Nexorb Space Technologies Pvt. Ltd.", "company")]),
    ("press release", "The Arctic Space Weather Initiative brings together agencies from Norway "
     "and Finland.",
     [("Arctic Space Weather Initiative", "program"), ("Norway", "country"),
      ("Finland", "country")]),
    ("press release", "About Veltra Launch Services: Veltra Launch Services is a provider of "
     "rideshare flights.",
     [("Veltra Launch Services", "company")]),
    ("press release", "The StarGrid 400 terminal is available to order now.",
     []),
    ("press release", "Ravensby Space Systems will deliver the first flight unit in March.",
     [("Ravensby Space Systems", "company")]),
    # "Orbital Systems" are a firm's trade words as "Space Systems" are; a sentence's opening
    # preposition is no part of the firm's name
    ("hearing", "We at Tarvik Orbital Systems have flown four crews to our station.",
     [("Tarvik Orbital Systems", "company")]),
    ("hearing", "From Halvard Robotics, we welcome the chief engineer.",
     [("Halvard Robotics", "company")]),
    ("news", "With Global Navigation Satellite Systems, ships know where they are.",
     []),
    ("press release", "The Kestrel Lunar Communications Program will place two relays around the "
     "Moon.",
     [("Kestrel Lunar Communications Program", "program")]),
    ("press release", "Thornbury Instruments S.A. and the Institute of Space Physics of Saxony "
     "will share data.",
     [("Thornbury Instruments S.A.", "company"),
      ("Institute of Space Physics of Saxony", "organization")]),
    ("press release", "For media inquiries, contact the press office.",
     []),
    ("press release", "Orbitrack, a Denver-based satellite operator, joined the consortium.",
     [("Orbitrack", "company")]),
    ("press release", "The Coastal Monitoring Consortium (CMC) will use the data to map erosion.",
     [("Coastal Monitoring Consortium|CMC", "organization")]),
    ("press release", "The Space Skills Foundation (SSF) awarded grants to 30 students.",
     [("Space Skills Foundation|SSF", "organization")]),
    ("press release", "Today Is a Great Day for Space Science",
     []),
    ("press release", "Meridale Satcom Holdings plc reported higher revenue from its lunar relay "
     "business.",
     [("Meridale Satcom Holdings plc", "company")]),
    ("press release", "The Lunar Surface Innovation Network of firms and universities welcomes "
     "its fiftieth member.",
     [("Lunar Surface Innovation Network", "organization")]),
    ("press release", "The Kovac Model 7 camera flew on the test flight.",
     []),
    ("press release", "Ferrum Aerospace Engineering Ltd has opened a plant in Wales.",
     [("Ferrum Aerospace Engineering Ltd", "company")]),
    ("press release", "Project Starling will test docking between two small satellites.",
     [("Project Starling", "program")]),
    ("hearing", "I am testifying today on behalf of the Commercial Orbit Users Association.",
     [("Commercial Orbit Users Association", "organization")]),
    ("hearing", "Mr. Chairman, the Subcommittee on Space Competitiveness has reviewed the budget "
     "request.",
     [("Subcommittee on Space Competitiveness", "organization")]),
    ("hearing", "Before joining the Council on Orbital Security, I served in the Air Force.",
     # the Air Force marked after the blind run: a listed actor
     [("Council on Orbital Security", "organization"), ("Air Force", "organization")]),
    ("hearing", "Thank you, Senator Alvarez, for the question.",
     [("Alvarez", "person")]),
    ("hearing", "The Office of Lunar Commerce at the department would license mining.",
     [("Office of Lunar Commerce", "agency")]),
    ("hearing", "Witnesses from the Space Traffic Advisory Board urged faster action.",
     [("Space Traffic Advisory Board", "organization")]),
    ("hearing", "Dr. Priya Menon, Director of the Center for Cislunar Studies at Ashford "
     "University, testified.",
     [("Priya Menon", "person"), ("Center for Cislunar Studies", "organization"),
      ("Ashford University", "organization")]),
    ("hearing", "The Bureau of Orbital Safety has issued no rules so far.",
     [("Bureau of Orbital Safety", "agency")]),
    ("hearing", "The Commercial Space Transportation Advisory Panel met last week.",
     [("Commercial Space Transportation Advisory Panel", "organization")]),
    ("hearing", "Section 302 of the bill would move these duties to another office.",
     []),
    ("hearing", "Our members, including Halberd Launch Systems Inc. and Orbix Corp., support the "
     "bill.",
     [("Halberd Launch Systems Inc.", "company"), ("Orbix Corp.", "company")]),
    ("hearing", "The Space Workforce Development Program trains veterans as technicians.",
     [("Space Workforce Development Program", "program")]),
    ("hearing", "Representative Okafor asked whether the Deep Space Logistics Initiative was "
     "funded.",
     [("Okafor", "person"), ("Deep Space Logistics Initiative", "program")]),
    ("hearing", "Good Morning Chairman and Members of the Committee.",
     []),
    ("hearing", "The Interagency Working Group on Orbital Debris reports to the council.",
     [("Interagency Working Group on Orbital Debris", "organization")]),
    ("white paper", "The Wexford Centre for Strategic Space Studies proposes a code of conduct "
     "for rendezvous.",
     [("Wexford Centre for Strategic Space Studies", "organization")]),
    ("white paper", "Executive Summary",
     []),
    ("white paper", "The Global Lunar Data Commons Initiative would pool survey data.",
     [("Global Lunar Data Commons Initiative", "program")]),
    ("white paper", "Recommendations for a Sustainable Orbital Economy",
     []),
    ("white paper", "The Space Resources Roundtable of industry and academia meets yearly.",
     [("Space Resources Roundtable", "organization")]),
    ("white paper", "Firms such as Polaris Ridge Aerospace and Tern Orbital Ltd already offer "
     "inspection services.",
     [("Polaris Ridge Aerospace", "company"), ("Tern Orbital Ltd", "company")]),
    ("white paper", "The Atlantic Council of Space Insurers warns that premiums will rise.",
     [("Atlantic Council of Space Insurers", "organization")]),
    ("white paper", "Figure 2 shows the number of active satellites since 2000.",
     []),
    ("white paper", "The Space Sustainability Rating Consortium scores missions on their disposal "
     "plans.",
     [("Space Sustainability Rating Consortium", "organization")]),
    ("white paper", "Annex B lists the Lunar Surface Operations Guidelines in full.",
     []),
    ("white paper", "Low Earth Orbit Congestion and What To Do About It",
     []),
    ("white paper", "The Kestrel Heavy rocket can lift 20 tonnes.",
     []),
    ("white paper", "The Institute for Orbital Economics estimates the market at 40 billion "
     "dollars.",
     [("Institute for Orbital Economics", "organization")]),
    ("white paper", "Partners of the Open Orbit Project include Tavera Space Ltd.",
     [("Open Orbit Project", "program"), ("Tavera Space Ltd.", "company")]),
    ("white paper", "According to the Fairhaven Space Research Foundation, debris doubled in a "
     "decade.",
     [("Fairhaven Space Research Foundation", "organization")]),
    ("treaty", "The Ministry of Science, Technology and Space of Kestria and the National "
     "Institute of Aeronautics of Portugal shall exchange data.",
     [("Ministry of Science, Technology and Space of Kestria", "agency"),
      ("National Institute of Aeronautics of Portugal", "organization")]),
    ("treaty", "The Parties shall establish a Joint Steering Committee to oversee the work.",
     [("Joint Steering Committee", "organization")]),
    ("treaty", "Article 5 (Exchange of Personnel) sets out the terms.",
     []),
    ("treaty", "The Implementing Agencies shall be the Directorate General for Space of Morocco "
     "and the Polish Space Research Council.",
     [("Directorate General for Space of Morocco", "agency"),
      ("Polish Space Research Council", "organization")]),
    ("treaty", "Disputes shall be settled by consultation between the Parties.",
     []),
    ("treaty", "Done at Vienna in two originals, in the English and Spanish languages.",
     []),
    ("treaty", "The Secretariat of the Andean Space Cooperation Council shall keep the records.",
     [("Andean Space Cooperation Council", "organization")]),
    ("treaty", "Each Party shall designate a point of contact for the Joint Lunar Programme.",
     [("Joint Lunar Programme", "program")]),
    ("treaty", "The Space Research Institute of the Hellenic Republic shall host the meeting.",
     [("Space Research Institute of the Hellenic Republic", "organization")]),
    ("treaty", "Annex I: Technical Specifications of the Ground Segment",
     []),
    ("treaty", "This Memorandum shall enter into force upon signature.",
     []),
    ("treaty", "The Kestrian Agency for Earth Observation shall provide the satellite images.",
     [("Kestrian Agency for Earth Observation", "agency")]),
    ("UN text", "The Expert Group on Space Weather presented its report to the Subcommittee.",
     [("Expert Group on Space Weather", "organization")]),
    ("UN text", "The Regional Centre for Space Science and Technology Education in Western Asia "
     "offered courses.",
     [("Regional Centre for Space Science and Technology Education in Western Asia",
       "organization")]),
    ("UN text", "The delegation of Paraguay welcomed the work of the Space Law Capacity Building "
     "Network.",
     [("Paraguay", "country"), ("Space Law Capacity Building Network", "organization")]),
    ("UN text", "Recalling its resolution 76/3 of 25 October 2021,",
     # marked after the blind run: the project names a cited resolution as an instrument
     [("UN General Assembly resolution 76/3", "agreement")]),
    ("UN text", "The Action Team on Near-Earth Objects met during the session.",
     [("Action Team on Near-Earth Objects", "organization")]),
    ("UN text", "The Global Navigation Satellite Systems Providers' Forum held its meeting in "
     "Vienna.",
     [("Global Navigation Satellite Systems Providers' Forum", "organization")]),
    ("UN text", "The Access to Space for All Initiative offers flight opportunities to developing "
     "countries.",
     [("Access to Space for All Initiative", "program")]),
    ("UN text", "Statements were made by the representatives of Chile and Kenya.",
     [("Chile", "country"), ("Kenya", "country")]),
    ("UN text", "The Space Generation Youth Council made a statement as an observer.",
     [("Space Generation Youth Council", "organization")]),
    ("UN text", "Agenda item 7: Space debris",
     []),
    ("UN text", "The Caribbean Network for Space Science Education reported on its activities.",
     [("Caribbean Network for Space Science Education", "organization")]),
    ("UN text", "The Asia-Pacific Satellite Navigation Forum (APSNF) requested observer status.",
     [("Asia-Pacific Satellite Navigation Forum|APSNF", "organization")]),
    ("news", "The Kestrel Orbital Research Bureau (KORB) will run the new tracking network.",
     [("Kestrel Orbital Research Bureau|KORB", "agency")]),
    ("journal", "The African Space Law Institute (ASLI) trains lawyers from 15 countries.",
     [("African Space Law Institute|ASLI", "organization")]),
    ("news", "Tamsin Vale Industries won the bid, beating Corra Dynamics.",
     [("Tamsin Vale Industries", "company"), ("Corra Dynamics", "company")]),
    ("journal", "The Hargreave Index of Space Capability ranks 40 states.",
     []),
    ("news", "Kestria Avenue was closed for the parade of the astronauts.",
     []),
    ("white paper", "The Kestrel Clause in the draft would cap liability.",
     []),
    ("news", "The Maple Leaf satellite was built by Ottawa Orbital Inc. for the Canadian "
     "government.",
     [("Ottawa Orbital Inc.", "company"), ("Canada", "country")]),
    ("press release", "Thalos Microsystems GmbH and Breva Aerospace S.p.A. will co-develop the "
     "lander leg.",
     [("Thalos Microsystems GmbH", "company"), ("Breva Aerospace S.p.A.", "company")]),
    ("hearing", "The Space Commerce Caucus will hold a briefing for staff.",
     [("Space Commerce Caucus", "organization")]),
    ("journal", "The Varn Commission on Space Governance published its final report in 2020.",
     [("Varn Commission on Space Governance", "organization")]),
    ("news", "Lunaris Mining Company says it will prospect near the lunar south pole.",
     [("Lunaris Mining Company", "company")]),
    ("journal", "The Trinity Satellite Project at Delmore College built three cubesats.",
     [("Trinity Satellite Project", "program"), ("Delmore College", "organization")]),
    ("white paper", "The International Lunar Research Station Partners Forum met online.",
     [("International Lunar Research Station Partners Forum", "organization")]),
    ("news", "A spokesperson for Sorrel Space Ventures LLC declined to comment.",
     [("Sorrel Space Ventures LLC", "company")]),
    ("hearing", "Professor Ines Halloway of Grantham University said the rules are unclear.",
     [("Ines Halloway", "person"), ("Grantham University", "organization")]),
    ("journal", "Following Kessler and Tarrant, we model collisions as a chain.",
     []),
    ("news", "The National Space Council of Kestria will meet on Friday.",
     [("National Space Council of Kestria", "organization")]),
    ("press release", "The Centre for Earth Observation Applications of Ghana will process the "
     "images.",
     [("Centre for Earth Observation Applications of Ghana", "organization")]),
    ("UN text", "The Space Technology for Disaster Response Programme trains officials.",
     [("Space Technology for Disaster Response Programme", "program")]),
    ("news", "Engineers at Brightline Propulsion Labs fired the engine for 90 seconds.",
     [("Brightline Propulsion Labs", "company")]),
    ("journal", "The Pacific Institute of Space Law and Policy hosted the moot court.",
     [("Pacific Institute of Space Law and Policy", "organization")]),
    ("news", "Operators such as Kairo Space and Vesna Orbital already fly such satellites.",
     [("Kairo Space", "company"), ("Vesna Orbital", "company")]),
    ("treaty", "The Joint Committee on Space Cooperation shall meet once a year.",
     [("Joint Committee on Space Cooperation", "organization")]),
    ("news", "The Space Policy Review 2024 notes a rise in launches.",
     []),
    ("hearing", "Chapter 3 of Title 51 governs commercial launches.",
     []),
    ("press release", "Welcome to the Orbit Summit 2025!",
     []),
    ("journal", "The Orbital Rights Project at Kestria Law School studies spectrum disputes.",
     [("Orbital Rights Project", "program"), ("Kestria Law School", "organization")]),
    ("news", "Hollins Satellite Ltd, a British operator, filed for bankruptcy.",
     [("Hollins Satellite Ltd", "company"), ("United Kingdom", "country")]),
    ("white paper", "The Commission on the Future of Space Industry called for tax credits.",
     [("Commission on the Future of Space Industry", "organization")]),
    # added after the blind run: an organ named by its members alone is no name
    ("news", "The Board of Directors approved the loan to the Kestrel Institute.",
     [("Kestrel Institute", "organization")]),
]  # fmt: skip


#: The cases the pipeline still reads wrongly, by the start of their text, and why.
_OPEN = {
    "The launch provider Skyrest": "the NER reads a one-word name after a firm's noun as a "
    "person's, and a person's reading wins",
    "The Lunar Gateway Alliance": "a listed station's name inside an unlisted body's name the "
    "NER does not mark",
    "The Orion Nebula": "a listed programme's name before a capitalised word of another kind "
    "of name (a nebula)",
    "About Veltra Launch Services": "'Services' is no trade word of a firm's name",
    "Project Starling": "the tagger reads the name after 'Project' as a common noun",
    "The Atlantic Council of Space": "a listed body's name that goes on with 'of' and "
    "capitalised words is kept as the listed body",
    "The Space Sustainability Rating": "a listed name followed by a body's head word is "
    "kept as the listed name",
    "The Regional Centre for Space": "a place after 'in' that ends a body's name",
    "The Action Team on": "'Team' is no body's head word",
    "The Global Navigation Satellite Systems": "the NER does not mark a name with a "
    "possessive inside",
    "The Access to Space for All": "the NER cuts the name before its head word",
    "The National Space Council of Kestria": "a listed name before 'of' and an unlisted "
    "country's name is kept as the listed body",
    "Engineers at Brightline": "'Labs' is no head word of a firm or a body",
    "Welcome to the Orbit Summit": "an event's name the NER marks as an organisation",
    "The Orbital Rights Project at Kestria": "'School' is no body's head word",
    "The Commission on the Future": "the NER marks only the name's tail",
}


def _params():
    for register, text, expected in CASES:
        reason = next((why for start, why in _OPEN.items() if text.startswith(start)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        yield pytest.param(text, expected, id=f"{register}: {text[:48]}", marks=marks)


@pytest.mark.parametrize(("text", "expected"), list(_params()))
def test_unseen_bodies(make_doc, text, expected):
    # a firm no list holds is named without its legal form (the guide); the table marks
    # the name as written
    forms = {
        (without_legal_form(alt) if kind == "company" else alt): name
        for name, kind in expected
        for alt in name.split("|")
    }
    doc = make_doc(text)
    found = {(forms.get(s.kb_id_, s.kb_id_), s.label_) for s in doc.spans["actors"]}
    assert found == set(expected)


def test_open_cases_name_real_cases():
    """Each open case's key starts a sentence of the table (a stale key would hide nothing)."""
    for start in _OPEN:
        assert any(text.startswith(start) for _, text, _ in CASES), start
