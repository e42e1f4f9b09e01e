"""More facts for the gazetteer (issue 14): missions, national laboratories, research institutes
and universities that space texts name, councils and offices, UN and regional bodies, and a few
instruments, with their aliases and acronyms. Modules and segments of a station stay out, as in
``OTHER``: texts use them as places.

``build_gazetteer.py`` adds these rows after its own table (``OTHER``): a row whose canonical
name is already a form there gives that actor its new aliases, and an alias another row already
has is left out, so the two tables can grow apart without clashing. Same columns as ``OTHER``:
(canonical, type, country, aliases, metonyms, full name). Facts only: names, acronyms, owners.
"""

from __future__ import annotations

# One row per line keeps the table scannable; the formatter would split it.
# fmt: off
SPACE_SECTOR: list[tuple[str, str, str, str, str, str]] = [
    # --- stations
    ("Bharatiya Antariksh Station", "station", "India", "Indian space station", "", ""),
    # --- missions and programs
    ("Crew Dragon Demo-2", "mission", "United States", "Demo-2|SpaceX Demo-2|Crew Demo-2|Crew Dragon Demo-2 mission", "", ""),
    ("Crew Dragon Demo-1", "mission", "United States", "Demo-1|SpaceX Demo-1|Crew Demo-1", "", ""),
    ("Atmosphere Observing System", "mission", "United States", "", "", ""),
    ("KiboCUBE", "program", "", "KiboCube", "", ""),
    ("Human Space Technology Initiative", "program", "", "Human Space Initiative", "", ""),
    ("Crew Module Atmospheric Re-entry Experiment", "mission", "India", "", "", ""),
    ("Luna 25", "mission", "Russia", "Luna-25", "", ""),
    ("Luna 26", "mission", "Russia", "Luna-26", "", ""),
    ("Luna 27", "mission", "Russia", "Luna-27", "", ""),
    ("Soyuz-T", "program", "Soviet Union", "Soyuz T spacecraft", "", ""),
    ("Soyuz-TM", "program", "Russia", "Soyuz TM spacecraft", "", ""),
    ("Dextre", "program", "Canada", "Special Purpose Dexterous Manipulator", "", ""),
    # --- national laboratories, research institutes, universities
    ("Los Alamos National Laboratory", "organization", "United States", "LANL", "", ""),
    ("Sandia National Laboratories", "organization", "United States", "Sandia National Laboratory|Sandia", "", ""),
    ("Oak Ridge National Laboratory", "organization", "United States", "ORNL", "", ""),
    ("Argonne National Laboratory", "organization", "United States", "", "", ""),
    ("Idaho National Laboratory", "organization", "United States", "", "", ""),
    ("Air Force Research Laboratory", "organization", "United States", "AFRL", "", ""),
    ("MIT Lincoln Laboratory", "organization", "United States", "Lincoln Laboratory", "", ""),
    ("Stanford University", "organization", "United States", "", "", ""),
    ("Harvard University", "organization", "United States", "", "", ""),
    ("University of Washington", "organization", "United States", "", "", ""),
    ("University of Colorado Boulder", "organization", "United States", "CU Boulder", "", ""),
    ("Purdue University", "organization", "United States", "", "", ""),
    ("Hampton University", "organization", "United States", "", "", ""),
    ("Arizona State University", "organization", "United States", "", "", ""),
    ("Keio University", "organization", "Japan", "", "", ""),
    ("University of Tsukuba", "organization", "Japan", "", "", ""),
    ("University of Tokyo", "organization", "Japan", "Tokyo University", "", ""),
    ("Kyoto University", "organization", "Japan", "", "", ""),
    ("Tohoku University", "organization", "Japan", "", "", ""),
    ("RIKEN", "organization", "Japan", "", "", ""),
    ("AIST", "organization", "Japan", "National Institute of Advanced Industrial Science and Technology", "", "National Institute of Advanced Industrial Science and Technology"),
    ("Tsukuba Space Center", "organization", "Japan", "Tsukuba Space Centre|TKSC", "", ""),
    ("National Aerospace Laboratory of Japan", "agency", "Japan", "", "", ""),
    ("Australian National University", "organization", "Australia", "", "", ""),
    ("University of Sydney", "organization", "Australia", "", "", ""),
    ("University of Bern", "organization", "Switzerland", "", "", ""),
    ("University of Leicester", "organization", "United Kingdom", "", "", ""),
    ("Imperial College London", "organization", "United Kingdom", "", "", ""),
    ("Delft University of Technology", "organization", "Netherlands", "TU Delft", "", ""),
    ("Technical University of Munich", "organization", "Germany", "TU Munich", "", ""),
    ("Helmholtz Association", "organization", "Germany", "Helmholtz Association of German Research Centres", "", ""),
    ("German Space Operations Center", "organization", "Germany", "German Space Operations Centre|GSOC", "", ""),
    ("Columbus Control Centre", "organization", "Germany", "Columbus Control Center|Columbus Control center", "", ""),
    ("Space Research Institute of the Austrian Academy of Sciences", "organization", "Austria", "IWF Graz", "", ""),
    ("Austrian Research Promotion Agency", "agency", "Austria", "", "", ""),
    ("Xi'an Aerospace Propulsion Institute", "organization", "China", "", "", ""),
    ("Beijing Institute of Space Mechanics and Electricity", "organization", "China", "", "", ""),
    ("Peking University", "organization", "China", "", "", ""),
    ("Moscow State University", "organization", "Russia", "Lomonosov Moscow State University", "", ""),
    ("Bauman Moscow State Technical University", "organization", "Russia", "", "", ""),
    ("Moscow Aviation Institute", "organization", "Russia", "", "", ""),
    ("Yuri Gagarin Cosmonaut Training Center", "organization", "Russia", "Gagarin Cosmonaut Training Center|Gagarin Cosmonaut Training Centre", "", ""),
    ("IIT Kanpur", "organization", "India", "Indian Institute of Technology Kanpur", "", ""),
    ("IIT Bombay", "organization", "India", "Indian Institute of Technology Bombay", "", ""),
    ("IIT Madras", "organization", "India", "Indian Institute of Technology Madras", "", ""),
    ("National Chung-Shan Institute of Science and Technology", "agency", "Taiwan", "NCSIST", "", ""),
    ("Mohammed bin Rashid University", "organization", "United Arab Emirates", "", "", ""),
    ("Khalifa University", "organization", "United Arab Emirates", "", "", ""),
    ("KAUST", "organization", "Saudi Arabia", "King Abdullah University of Science and Technology", "", ""),
    ("Technion", "organization", "Israel", "Technion – Israel Institute of Technology", "", ""),
    ("Universidad de Chile", "organization", "Chile", "University of Chile", "", ""),
    ("Carnegie Mellon University", "organization", "United States", "", "", ""),
    # --- councils, offices and services
    ("Space Strategy Office", "agency", "Japan", "", "", ""),
    ("Strategic Defense Initiative Organization", "agency", "United States", "SDIO|Strategic Defense Initiative Organisation", "", ""),
    ("Ballistic Missile Defense Organization", "agency", "United States", "BMDO", "", ""),
    ("Indian Coast Guard", "agency", "India", "", "", ""),
    ("National Space Policy Secretariat", "agency", "Japan", "", "", ""),
    ("Central Committee of the Communist Party of the Soviet Union", "organization", "Soviet Union", "CPSU Central Committee|Central Committee of the CPSU", "", ""),
    ("State Commission on Piloted Flights", "agency", "Soviet Union", "", "", ""),
    ("KB Salyut", "company", "Russia", "Salyut Design Bureau", "", ""),
    ("State Secretariat for Education, Research and Innovation", "agency", "Switzerland", "State Secretariat for Education, Research, and Innovation", "", ""),
    ("Swiss Space Office", "agency", "Switzerland", "", "", ""),
    ("French Ministry of the Armed Forces", "agency", "France", "French Ministry of Armed Forces|French Minister of the Armed Forces|French Minister of Armed Forces|French Armed Forces Minister", "", ""),
    ("Strategic Headquarters for Space Policy", "agency", "Japan", "Strategic Headquarters for Space Development", "", ""),
    ("UNOOSA", "organization", "", "Office for Outer Space Affairs|Outer Space Affairs Division", "", ""),
    ("INTA", "agency", "Spain", "National Institute for Aerospace Technique", "", ""),
    ("LPSC", "organization", "India", "Liquid Propulsion Systems Center|Liquid Propulsion System Centre", "", ""),
    ("Space for Climate Observatory Charter", "agreement", "", "SCO Charter", "", ""),
    ("French Ministry of Higher Education and Research", "agency", "France", "French Ministry of Higher Education, Research and Innovation", "", ""),
    ("Department of Political and Peacebuilding Affairs", "organization", "", "Department for Political Affairs and Peacebuilding|DPPA", "", ""),
    ("UN Secretariat", "organization", "", "United Nations Secretariat|U.N. Secretariat", "", ""),
    ("Semiconductor Industry Association", "organization", "United States", "", "", ""),
    ("Global Satellite Operators Association", "organization", "", "GSOA", "", ""),
    ("Carter Center", "organization", "United States", "The Carter Center", "", ""),
    ("Indian Ocean Rim Association", "organization", "", "IORA", "", ""),
    ("Comprehensive Dialogue on Space", "organization", "", "U.S.-France Comprehensive Dialogue on Space|US-France Comprehensive Dialogue on Space|Comprehensive Space Dialogue", "", ""),
    ("Space for Climate Observatory", "organization", "", "Space Climate Observatory", "", ""),
    ("Tokyo Electric Power Company", "company", "Japan", "TEPCO|Tokyo Electric Power Company Holdings", "", ""),
    # --- regional bodies and an organ, coast guards, missions and a spaceport that agency
    # plans, regional policies and joint statements name (seventeenth round)
    ("ASEAN Secretariat", "organization", "", "Secretariat of ASEAN", "", ""),
    ("AHA Centre", "organization", "", "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management|ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management|AHA Center", "", "ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management"),
    ("IBSA Dialogue Forum", "organization", "", "India-Brazil-South Africa Dialogue Forum|India–Brazil–South Africa Dialogue Forum|IBSA", "", ""),
    ("European Economic Area", "organization", "", "", "", ""),
    ("China Coast Guard", "agency", "China", "", "", ""),
    ("Philippine Coast Guard", "agency", "Philippines", "", "", ""),
    ("NigComSat-1", "mission", "Nigeria", "NigComSat 1", "", ""),
    ("CBERS-6", "mission", "", "CBERS 6", "", ""),
    ("San Marco", "program", "Italy", "San Marco project|San Marco programme|San Marco program", "", ""),
    ("San Marco 2", "mission", "Italy", "San Marco-2", "", ""),
    ("Vigil", "mission", "", "Vigil mission", "", ""),
    ("MULA", "mission", "Philippines", "Multispectral Unit for Land Assessment", "", ""),
    ("SaxaVord Spaceport", "company", "United Kingdom", "SaxaVord", "", ""),
    # --- instruments
    ("ROK-U.S. Mutual Defense Treaty", "agreement", "", "U.S.-ROK Mutual Defense Treaty|US-ROK Mutual Defense Treaty|ROK-US Mutual Defense Treaty|Mutual Defense Treaty between the United States and the Republic of Korea", "", ""),
    ("Canadian Space Agency Act", "agreement", "Canada", "", "", ""),
    ("Basic Space Law", "agreement", "Japan", "Basic Space Act|Basic Act on Space Policy", "", ""),
    ("Space Activities Act", "agreement", "Japan", "Japanese Space Activities Act", "", ""),
]
# fmt: on

#: Extra aliases of actors ``build_gazetteer.OTHER`` already lists (a cabinet secretary names
#: the department, in both word orders).
EXTRA_ALIASES: dict[str, str] = {
    "Department of the Interior": "Secretary of the Interior|Interior Secretary",
    "Department of Energy": "Energy Secretary",
    "Department of Commerce": "Commerce Secretary",
    "Department of Defense": "Defense Secretary",
    "Department of Transportation": "Transportation Secretary",
    "Department of Homeland Security": "Homeland Security Secretary",
    "Godrej Aerospace": "Godrej Enterprises Group|Godrej Enterprises",
    "Fumio Kishida": "KISHIDA Fumio",
}
