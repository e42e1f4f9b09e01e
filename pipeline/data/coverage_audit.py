"""More facts for the gazetteer (issue 14, round twelve): what a coverage audit from general
knowledge found missing, state by state and body by body, after the tables of
``space_sector.py``, ``wider_actors.py`` and ``spacefaring.py``. Offices and bureaus that run
space diplomacy, UN working groups and expert groups on space security, instruments of private
space law and national space laws, regional African bodies and programmes, satellite series of
the newer space states, and further aliases of listed actors (short names, former names,
spelling variants). Written from general knowledge: names, acronyms, owners. No text of any
document.

Same columns and merge as ``space_sector.SPACE_SECTOR`` (``build_gazetteer.py`` adds these rows
after ``spacefaring.py``): a row whose canonical name is already listed gives that actor its new
aliases, and an alias another row already has is left out.

Left out on purpose, because the bare form is more often something else or names several
bodies: "OEWG" and "GGE" (working groups and expert groups on many subjects; only their
space forms are listed), "PAROS" (an agenda item, not a body or an instrument), "CIS", "CMA",
"MOD", "SSC", "SSO", "LSA", "AU", "BIS", "ORF", "CIIS" and "AIA" (acronyms with other common
meanings, or another listed actor's), "FAST" and "Explore Mars" (words of running text),
"Vienna Declaration" (a human rights declaration too), "Rosalind Franklin" and "Laplace"
(persons), "Themis" (a goddess and a NASA mission besides the European demonstrator), and
launch sites, ranges and spaceports (places: Esrange, Woomera, Alcântara, Vostochny, Wenchang).
"""

from __future__ import annotations

# One row per line keeps the table scannable; the formatter would split it.
# fmt: off
COVERAGE_AUDIT: list[tuple[str, str, str, str, str, str]] = [
    # --- United States: offices of space diplomacy and security, programmes, laws
    ("Bureau of Arms Control, Deterrence and Stability", "agency", "United States", "Bureau of Arms Control, Verification and Compliance|ADS Bureau", "", ""),
    ("Office of Space Affairs", "agency", "United States", "State Department Office of Space Affairs", "", ""),
    ("TraCSS", "program", "United States", "Traffic Coordination System for Space", "", ""),
    ("Space Fence", "program", "United States", "", "", ""),
    ("Lunar Exploration Analysis Group", "organization", "United States", "LEAG", "", ""),
    ("House Committee on Science, Space, and Technology", "agency", "United States", "Committee on Science, Space, and Technology|House Science, Space and Technology Committee", "", ""),
    ("Space Studies Board", "organization", "United States", "", "", ""),
    ("National Defense Industrial Association", "organization", "United States", "NDIA", "", ""),
    ("Space Frontier Foundation", "organization", "United States", "", "", ""),
    ("Mars Society", "organization", "United States", "", "", ""),
    ("XPRIZE Foundation", "organization", "United States", "X Prize Foundation|XPRIZE", "", ""),
    ("Google Lunar XPRIZE", "program", "", "Google Lunar X Prize|Lunar XPRIZE", "", ""),
    ("Breakthrough Initiatives", "organization", "United States", "", "", ""),
    ("Breakthrough Starshot", "program", "United States", "", "", ""),
    ("National Radio Astronomy Observatory", "organization", "United States", "NRAO", "", ""),
    ("Arecibo Observatory", "organization", "United States", "", "", ""),
    ("Green Bank Observatory", "organization", "United States", "", "", ""),
    ("Space Adventures", "company", "United States", "", "", ""),
    ("Zero Gravity Corporation", "company", "United States", "", "", ""),
    # --- China, Japan, Korea, Taiwan, North Korea
    ("China Meteorological Administration", "agency", "China", "", "", ""),
    ("Japan Air Self-Defense Force", "agency", "Japan", "Air and Space Self-Defense Force|JASSDF", "", ""),
    ("Japan Space Resources Act", "agreement", "Japan", "Act on the Promotion of Business Activities Related to the Exploration and Development of Space Resources", "", ""),
    ("FORMOSAT", "program", "Taiwan", "FORMOSAT-2|FORMOSAT-5|FORMOSAT-7|FORMOSAT-8|Formosat", "", ""),
    ("NADA", "agency", "North Korea", "NATA", "", ""),
    # --- Europe
    ("Skynet", "program", "United Kingdom", "Skynet 5|Skynet 6|Skynet 6A", "", ""),
    ("Outer Space Act 1986", "agreement", "United Kingdom", "UK Outer Space Act|Outer Space Act|Outer Space Act 1986 (UK)", "", ""),
    ("Space Industry Act 2018", "agreement", "United Kingdom", "UK Space Industry Act|Space Industry Act", "", ""),
    ("French Space Operations Act", "agreement", "France", "French Space Operations Law|Loi relative aux opérations spatiales", "", ""),
    ("Luxembourg Space Resources Law", "agreement", "Luxembourg", "Law on the Exploration and Use of Space Resources|Luxembourg space resources law", "", ""),
    ("Eurospace", "organization", "", "ASD-Eurospace", "", ""),
    ("European Interparliamentary Space Conference", "organization", "", "EISC", "", ""),
    ("IADC Space Debris Mitigation Guidelines", "agreement", "", "IADC Guidelines|IADC Space Debris Mitigation Guidelines", "", ""),
    ("Royal Aeronautical Society", "organization", "United Kingdom", "", "", ""),
    ("British Interplanetary Society", "organization", "United Kingdom", "", "", ""),
    # --- Latin America
    ("CONAE", "agency", "Argentina", "Argentine National Space Activities Commission|Argentine National Commission on Space Activities", "", ""),
    ("Chilean Space Agency", "agency", "Chile", "Agencia Chilena del Espacio", "", ""),
    ("VRSS", "program", "Venezuela", "VRSS-1|VRSS-2|Venezuelan Remote Sensing Satellite", "", ""),
    # --- Africa
    ("African Space Policy and Strategy", "agreement", "", "African Space Policy|African Space Strategy", "", ""),
    ("African Space Council", "organization", "", "Africa Space Council", "", ""),
    ("GMES and Africa", "program", "", "GMES & Africa|GMES Africa|Global Monitoring for Environment and Security and Africa", "", ""),
    ("AfriGEOSS", "program", "", "", "", ""),
    ("African Leadership Conference on Space Science and Technology", "organization", "", "African Leadership Conference on Space Science and Technology for Sustainable Development|African Leadership Conference", "", ""),
    ("RECTAS", "organization", "Nigeria", "Regional Centre for Training in Aerospace Surveys", "", ""),
    ("RCMRD", "organization", "Kenya", "Regional Centre for Mapping of Resources for Development", "", ""),
    ("AARSE", "organization", "", "African Association of Remote Sensing of the Environment", "", ""),
    ("Alcomsat-1", "mission", "Algeria", "Alcomsat 1|AlComSat-1", "", ""),
    ("Obafemi Awolowo University", "organization", "Nigeria", "", "", ""),
    # --- Asia and the Middle East
    ("Nepal Academy of Science and Technology", "organization", "Nepal", "NAST", "", ""),
    ("Arab Space Coordination Group", "organization", "", "Arab Space Cooperation Group", "", ""),
    # --- UN bodies and groups on space security, and their instruments
    ("OEWG on Space Threats", "organization", "", "OEWG on Reducing Space Threats|OEWG on reducing space threats|Open-Ended Working Group on Reducing Space Threats through Norms, Rules and Principles of Responsible Behaviours|Open-ended Working Group on Reducing Space Threats through Norms, Rules and Principles of Responsible Behaviours", "", ""),
    ("OEWG on PAROS", "organization", "", "Open-Ended Working Group on PAROS|Open-ended Working Group on PAROS|Open-ended Working Group on the Prevention of an Arms Race in Outer Space|Open-Ended Working Group on the Prevention of an Arms Race in Outer Space", "", ""),
    ("GGE on PAROS", "organization", "", "Group of Governmental Experts on PAROS|Group of Governmental Experts on Further Practical Measures for the Prevention of an Arms Race in Outer Space|UN GGE on PAROS", "", ""),
    ("GGE on TCBMs", "organization", "", "Group of Governmental Experts on Transparency and Confidence-Building Measures in Outer Space Activities|Group of Governmental Experts on TCBMs|Group of Governmental Experts on Transparency and Confidence-building Measures in Outer Space Activities", "", ""),
    ("ITU Convention", "agreement", "", "Convention of the International Telecommunication Union", "", ""),
    ("Cape Town Convention", "agreement", "", "Convention on International Interests in Mobile Equipment", "", ""),
    ("Space Assets Protocol", "agreement", "", "Space Protocol|Protocol on Matters Specific to Space Assets", "", ""),
    ("Sendai Framework", "agreement", "", "Sendai Framework for Disaster Risk Reduction|Sendai Framework for Disaster Risk Reduction 2015-2030", "", ""),
    ("Bogotá Declaration", "agreement", "", "Bogota Declaration|Declaration of the First Meeting of Equatorial Countries", "", ""),
    ("Vienna Declaration on Space and Human Development", "agreement", "", "", "", ""),
    ("Space Benefits Declaration", "agreement", "", "Benefits Declaration", "", ""),
    ("International Charter Space and Major Disasters", "organization", "", "International Disaster Charter", "", ""),
    ("Summit for Space Sustainability", "organization", "", "Space Sustainability Summit", "", ""),
    # --- round fifteen: first satellites and early probes of the spacefaring states, debris
    # removal demonstrators, and craft whose bare name is a common word, listed in a longer
    # form only ("Psyche mission", "Hera mission" are left to the rule for a name before
    # "mission", which names them by the bare name)
    ("Ariel 1", "mission", "United Kingdom", "Ariel-1|Ariel I", "", ""),
    ("Prospero satellite", "mission", "United Kingdom", "Prospero X-3|X-3 Prospero", "", ""),
    ("Black Arrow", "program", "United Kingdom", "Black Arrow rocket|Black Arrow launcher", "", ""),
    ("Ohsumi", "mission", "Japan", "Ōsumi|Osumi satellite", "", ""),
    ("Hiten", "mission", "Japan", "MUSES-A|Hiten probe", "", ""),
    ("Sakigake", "mission", "Japan", "MS-T5", "", ""),
    ("Suisei", "mission", "Japan", "PLANET-A|Planet-A", "", ""),
    ("ELSA-d", "mission", "Japan", "End-of-Life Services by Astroscale-demonstration|ELSA-D", "", ""),
    ("ELSA-M", "mission", "Japan", "ELSA-m", "", ""),
    ("ADRAS-J", "mission", "Japan", "Active Debris Removal by Astroscale-Japan", "", ""),
    ("JASMINE", "mission", "Japan", "Japan Astrometry Satellite Mission for Infrared Exploration", "", ""),
    ("LiteBIRD", "mission", "Japan", "", "", ""),
    ("Epsilon rocket", "program", "Japan", "Epsilon launch vehicle", "", ""),
    ("Hakuto-R Mission 2", "mission", "Japan", "HAKUTO-R Mission 2|Resilience lander", "", ""),
    ("Tianlian", "program", "China", "Tianlian relay satellites|Tianlian satellites", "", ""),
    ("Kuafu-1", "mission", "China", "Kuafu 1|Advanced Space-based Solar Observatory", "", ""),
    ("KSLV-III", "program", "South Korea", "KSLV-3|Korea Space Launch Vehicle-III", "", ""),
    ("Anasis-II", "mission", "South Korea", "Anasis-2|ANASIS-II", "", ""),
    ("Nayif-1", "mission", "United Arab Emirates", "Nayif 1", "", ""),
    ("Kosmos 2553", "mission", "Russia", "Cosmos 2553|Kosmos-2553", "", ""),
    ("Federatsiya", "program", "Russia", "PTK NP|Orel spacecraft|Oryol spacecraft", "", ""),
    ("TRUTHS", "mission", "United Kingdom", "Traceable Radiometry Underpinning Terrestrial- and Helio-Studies", "", ""),
    ("Skylon", "program", "United Kingdom", "Skylon spaceplane", "", ""),
    ("Luna program", "program", "Soviet Union", "Luna series", "", ""),
    ("ILRS Guide for Partnership", "agreement", "", "International Lunar Research Station (ILRS) Guide for Partnership|ILRS partnership guide|ILRS Partnership Guide", "", ""),
    # --- round sixteen: a university laboratory that builds instruments for several agencies
    ("LASP", "organization", "United States", "Laboratory for Atmospheric and Space Physics", "", ""),
    # --- round eighteen: a state's cabinet its own texts name (a body's council is the body
    # itself, by the guide's organ decision, so ESA's council is not listed)
    ("UAE Cabinet", "agency", "United Arab Emirates", "Cabinet of the United Arab Emirates|Emirati Cabinet", "", "Cabinet of the United Arab Emirates"),
    # --- round twenty: launch sites, navies and missions of several states, from general
    # knowledge (a bare "Alcântara" is the town too, so only the centre's full names)
    ("Tanegashima Space Center", "organization", "Japan", "Tanegashima Space Centre|TNSC", "", ""),
    ("Uchinoura Space Center", "organization", "Japan", "Uchinoura Space Centre", "", ""),
    ("Alcântara Launch Center", "organization", "Brazil", "Alcantara Launch Center|Alcântara Launch Centre|Alcantara Launch Centre|Centro de Lançamento de Alcântara", "", ""),
    ("SABIA-Mar", "mission", "", "SABIA-MAR|SABIA Mar", "", ""),
    ("IDEFIX", "mission", "", "IDEFIX rover", "", ""),
    ("Indonesian Navy", "agency", "Indonesia", "TNI-AL|TNI Angkatan Laut", "", ""),
    ("French Navy", "agency", "France", "Marine nationale|Marine Nationale", "", ""),
    ("Brazilian Navy", "agency", "Brazil", "Marinha do Brasil", "", ""),
    # --- round twenty-one: committees of parliaments that space texts name, under the names a
    # hearing's cover, a committee's minutes and a witness's thanks use (a chamber's
    # committee whose name another chamber's shares keeps its chamber: "House Committee on
    # Foreign Affairs"), and the short name the business press gives a listed company
    ("Senate Committee on Commerce, Science, and Transportation", "agency", "United States", "Committee on Commerce, Science, and Transportation|Committee on Commerce, Science and Transportation|Senate Commerce, Science, and Transportation Committee", "", ""),
    ("House Foreign Affairs Committee", "agency", "United States", "House Committee on Foreign Affairs", "", ""),
    ("House Armed Services Committee", "agency", "United States", "House Committee on Armed Services", "", ""),
    ("Senate Armed Services Committee", "agency", "United States", "Senate Committee on Armed Services", "", ""),
    ("Standing Committee on Industry and Technology", "agency", "Canada", "House of Commons Standing Committee on Industry and Technology|Standing Committee on Industry, Science and Technology", "", ""),
    ("Science, ICT, Broadcasting and Communications Committee", "agency", "South Korea", "Science, ICT, Broadcasting, and Communications Committee", "", ""),
    ("Mitsubishi Heavy Industries", "company", "Japan", "Mitsubishi Heavy", "", ""),
    # --- round twenty-two: the UN's own style writes a working group's name in lower case
    # ("the open-ended working group on ..."), as statements at the Conference on Disarmament
    # and the First Committee quote it; regional communities and export-control groups of
    # states; national legislatures and committees by their own names (not "Bundesrat", which
    # Germany and Austria both have, nor "Chamber of Deputies" or "National Assembly" alone,
    # which many states' chambers are called; "Assembly of the Republic" is Portugal's, as
    # space texts name it, though Mozambique's parliament bears the name too)
    ("OEWG on Space Threats", "organization", "", "open-ended working group on reducing space threats|open-ended working group on reducing space threats through norms, rules and principles of responsible behaviours", "", ""),
    ("OEWG on PAROS", "organization", "", "open-ended working group on PAROS|open-ended working group on the prevention of an arms race in outer space|open-ended working group on the prevention of an arms race in outer space in all its aspects|Open-ended Working Group on the Prevention of an Arms Race in Outer Space in All Its Aspects", "", ""),
    ("East African Community", "organization", "", "EAC", "", ""),
    ("Caribbean Community", "organization", "", "CARICOM", "", ""),
    ("Andean Community", "organization", "", "Comunidad Andina", "", ""),
    ("Pacific Alliance", "organization", "", "Alianza del Pacífico", "", ""),
    ("Nordic Council", "organization", "", "", "", ""),
    ("New Agenda Coalition", "organization", "", "", "", ""),
    ("Nuclear Suppliers Group", "organization", "", "", "", ""),
    ("Zangger Committee", "organization", "", "", "", ""),
    ("AMCOST", "organization", "", "African Ministerial Council on Science and Technology", "", ""),
    ("Storting", "agency", "Norway", "Norwegian Storting|Stortinget|Norwegian Parliament", "", ""),
    ("Riksdag", "agency", "Sweden", "Swedish Riksdag|Swedish Parliament", "", ""),
    ("Folketing", "agency", "Denmark", "Danish Folketing|Folketinget|Danish Parliament", "", ""),
    ("Eduskunta", "agency", "Finland", "Parliament of Finland|Finnish Parliament", "", ""),
    ("Oireachtas", "agency", "Ireland", "Houses of the Oireachtas", "", ""),
    ("Dáil Éireann", "agency", "Ireland", "Dail Eireann", "", ""),
    ("Seanad Éireann", "agency", "Ireland", "Seanad Eireann", "", ""),
    ("House of Lords", "agency", "United Kingdom", "", "", ""),
    ("House of Lords Science and Technology Committee", "agency", "United Kingdom", "Lords Science and Technology Committee|Science and Technology Committee of the House of Lords", "", ""),
    ("Grand National Assembly of Turkey", "agency", "Turkey", "Grand National Assembly of Türkiye|Turkish Grand National Assembly", "", ""),
    ("National Assembly of South Korea", "agency", "South Korea", "National Assembly of the Republic of Korea|National Assembly of Korea|Korean National Assembly", "", ""),
    ("Parliament of South Africa", "agency", "South Africa", "South African Parliament", "", ""),
    ("National Assembly of South Africa", "agency", "South Africa", "", "", ""),
    ("National Council of Provinces", "agency", "South Africa", "", "", ""),
    ("Parliament of Canada", "agency", "Canada", "Canadian Parliament", "", ""),
    ("Parliament of Australia", "agency", "Australia", "Australian Parliament|Commonwealth Parliament", "", ""),
    ("Cortes Generales", "agency", "Spain", "Spanish Parliament", "", ""),
    ("Congress of Deputies", "agency", "Spain", "Spanish Congress of Deputies", "", ""),
    ("Assembly of the Republic", "agency", "Portugal", "Assembleia da República|Portuguese Parliament", "", ""),
]
# fmt: on
