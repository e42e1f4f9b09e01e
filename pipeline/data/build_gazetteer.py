"""Regenerate ``pipeline/data/gazetteer.csv`` from the hand-written tables in this file.

Why a script: the gazetteer has over 600 rows whose surface forms must be unique across actors
and must come in several spellings (with and without diacritics, "Chang'e 4" / "Chang'e-4" /
"CE-4"). Writing the variants by hand invites drift, so the tables below hold each fact once and
this script derives the variants, checks uniqueness, and writes the CSV in a stable order.

Sources: public facts written from knowledge (names, acronyms, capitals, demonyms); pycountry
(ISO 3166) supplies the official long names of countries and a few alias spellings.

Usage (offline, with the project's virtualenv)::

    .venv/bin/python pipeline/data/build_gazetteer.py           # rewrite gazetteer.csv
    .venv/bin/python pipeline/data/build_gazetteer.py --check   # exit 1 if the file is stale

Edit the tables here, not the CSV: ``tests/test_gazetteer_data.py`` fails when the CSV and this
script disagree. Users who only want extra actors should write their own file and pass it with
``--gazetteer FILE`` (see README.md beside this file).
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import pycountry

HERE = Path(__file__).resolve().parent
OUT = HERE / "gazetteer.csv"
COLUMNS = ("actor", "type", "country", "aliases", "metonyms", "full_name")

# The 193 member states of the United Nations, as ISO 3166-1 alpha-3 codes.
UN_MEMBERS = frozenset(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA
    BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
    COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD
    GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ
    LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE
    MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
    QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF
    SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA
    USA URY UZB VUT VEN VNM YEM ZMB ZWE
    """.split()  # noqa: SIM905 - a block of codes reads better than 193 quoted strings
)
# Permanent observer states of the UN General Assembly.
UN_OBSERVERS = frozenset({"VAT", "PSE"})

# Countries: (ISO 3166 alpha-3 code, or XKX for Kosovo, which ISO does not list; canonical
# name; extra aliases; demonyms/adjectives; capital-city or seat metonyms). "|" separates items. Ambiguous demonyms
# are left out on purpose: "Korean" (two Koreas), "Congolese" (two Congos), "Dominican"
# (Dominica / Dominican Republic), "Central African" (a region). Capitals that equal the country
# name (Singapore, Monaco, San Marino, Luxembourg, Djibouti) are not repeated as metonyms, and
# Brussels stands for the European Union, not Belgium.
# One row per line keeps the tables scannable; the formatter would split them.
# fmt: off
COUNTRIES: list[tuple[str, str, str, str, str]] = [
    ("AFG", "Afghanistan", "Islamic Emirate of Afghanistan", "Afghan", "Kabul"),
    ("ALB", "Albania", "", "Albanian", "Tirana|Tiranë"),
    ("DZA", "Algeria", "", "Algerian", "Algiers"),
    ("AND", "Andorra", "", "Andorran", "Andorra la Vella"),
    ("AGO", "Angola", "", "Angolan", "Luanda"),
    ("ATG", "Antigua and Barbuda", "Antigua & Barbuda", "Antiguan|Barbudan", "St. John's|Saint John's"),
    ("ARG", "Argentina", "", "Argentine|Argentinian|Argentinean", "Buenos Aires|Casa Rosada"),
    ("ARM", "Armenia", "", "Armenian", "Yerevan"),
    ("AUS", "Australia", "Commonwealth of Australia", "Australian", "Canberra"),
    ("AUT", "Austria", "", "Austrian", "Vienna"),
    ("AZE", "Azerbaijan", "", "Azerbaijani|Azeri", "Baku"),
    ("BHS", "Bahamas", "The Bahamas", "Bahamian", "Nassau"),
    ("BHR", "Bahrain", "", "Bahraini", "Manama"),
    ("BGD", "Bangladesh", "", "Bangladeshi", "Dhaka"),
    ("BRB", "Barbados", "", "Barbadian|Bajan", "Bridgetown"),
    ("BLR", "Belarus", "Byelorussian SSR|Byelorussia|Belorussia", "Belarusian|Belarussian", "Minsk"),
    ("BEL", "Belgium", "", "Belgian", ""),
    ("BLZ", "Belize", "", "Belizean", "Belmopan"),
    ("BEN", "Benin", "Dahomey", "Beninese", "Porto-Novo|Cotonou"),
    ("BTN", "Bhutan", "", "Bhutanese", "Thimphu"),
    ("BOL", "Bolivia", "", "Bolivian", "Sucre|La Paz"),
    ("BIH", "Bosnia and Herzegovina", "Bosnia-Herzegovina|Bosnia & Herzegovina|Bosnia", "Bosnian", "Sarajevo"),
    ("BWA", "Botswana", "", "Botswanan|Motswana", "Gaborone"),
    ("BRA", "Brazil", "", "Brazilian", "Brasília|Planalto"),
    ("BRN", "Brunei", "Nation of Brunei", "Bruneian", "Bandar Seri Begawan"),
    ("BGR", "Bulgaria", "", "Bulgarian", "Sofia"),
    ("BFA", "Burkina Faso", "Upper Volta", "Burkinabè", "Ouagadougou"),
    ("BDI", "Burundi", "", "Burundian", "Gitega|Bujumbura"),
    ("CPV", "Cabo Verde", "Cape Verde", "Cape Verdean|Cabo Verdean", "Praia"),
    ("KHM", "Cambodia", "Kampuchea", "Cambodian", "Phnom Penh"),
    ("CMR", "Cameroon", "", "Cameroonian", "Yaoundé"),
    ("CAN", "Canada", "", "Canadian", "Ottawa"),
    ("CAF", "Central African Republic", "", "", "Bangui"),
    ("TCD", "Chad", "", "Chadian", "N'Djamena|Ndjamena"),
    ("CHL", "Chile", "", "Chilean", "Santiago|Santiago de Chile"),
    ("CHN", "China", "PRC|P.R.C.|P.R. China|People's Republic of China|Mainland China|mainland China|Communist China", "Chinese", "Beijing|Peking|Zhongnanhai"),
    ("COL", "Colombia", "", "Colombian", "Bogotá"),
    ("COM", "Comoros", "", "Comorian", "Moroni"),
    ("COG", "Republic of the Congo", "Republic of Congo|Congo-Brazzaville|Congo Republic", "", "Brazzaville"),
    ("CRI", "Costa Rica", "", "Costa Rican", "San José"),
    ("CIV", "Côte d'Ivoire", "Ivory Coast", "Ivorian", "Yamoussoukro|Abidjan"),
    ("HRV", "Croatia", "", "Croatian|Croat", "Zagreb"),
    ("CUB", "Cuba", "", "Cuban", "Havana"),
    ("CYP", "Cyprus", "", "Cypriot", "Nicosia"),
    ("CZE", "Czech Republic", "Czechia", "Czech", "Prague"),
    ("PRK", "North Korea", "DPRK|D.P.R.K.", "North Korean", "Pyongyang"),
    ("COD", "Democratic Republic of the Congo", "DR Congo|DRC|D.R. Congo|Democratic Republic of Congo|Congo-Kinshasa|Zaire", "", "Kinshasa"),
    ("DNK", "Denmark", "", "Danish|Dane", "Copenhagen"),
    ("DJI", "Djibouti", "", "Djiboutian", ""),
    ("DMA", "Dominica", "", "", "Roseau"),
    ("DOM", "Dominican Republic", "", "", "Santo Domingo"),
    ("ECU", "Ecuador", "", "Ecuadorian|Ecuadorean", "Quito"),
    ("EGY", "Egypt", "", "Egyptian", "Cairo"),
    ("SLV", "El Salvador", "", "Salvadoran|Salvadorian", "San Salvador"),
    ("GNQ", "Equatorial Guinea", "", "Equatorial Guinean|Equatoguinean", "Malabo"),
    ("ERI", "Eritrea", "", "Eritrean", "Asmara"),
    ("EST", "Estonia", "", "Estonian", "Tallinn"),
    ("SWZ", "Eswatini", "Swaziland", "Swazi", "Mbabane|Lobamba"),
    ("ETH", "Ethiopia", "", "Ethiopian", "Addis Ababa"),
    ("FJI", "Fiji", "", "Fijian", "Suva"),
    ("FIN", "Finland", "", "Finnish", "Helsinki"),
    ("FRA", "France", "", "French", "Paris|Élysée|Élysée Palace"),
    ("GAB", "Gabon", "", "Gabonese", "Libreville"),
    ("GMB", "Gambia", "The Gambia", "Gambian", "Banjul"),
    ("GEO", "Georgia", "", "Georgian", "Tbilisi"),
    ("DEU", "Germany", "", "German", "Berlin"),
    ("GHA", "Ghana", "", "Ghanaian", "Accra"),
    ("GRC", "Greece", "", "Greek|Hellenic", "Athens"),
    ("GRD", "Grenada", "", "Grenadian", "St. George's|Saint George's"),
    ("GTM", "Guatemala", "", "Guatemalan", "Guatemala City"),
    ("GIN", "Guinea", "Guinea-Conakry", "Guinean", "Conakry"),
    ("GNB", "Guinea-Bissau", "Guinea Bissau", "Bissau-Guinean", "Bissau"),
    ("GUY", "Guyana", "", "Guyanese", "Georgetown"),
    ("HTI", "Haiti", "", "Haitian", "Port-au-Prince"),
    ("HND", "Honduras", "", "Honduran", "Tegucigalpa"),
    ("HUN", "Hungary", "", "Hungarian", "Budapest"),
    ("ISL", "Iceland", "", "Icelandic", "Reykjavík"),
    ("IND", "India", "Bharat", "Indian", "New Delhi"),
    ("IDN", "Indonesia", "", "Indonesian", "Jakarta"),
    ("IRN", "Iran", "", "Iranian", "Tehran|Teheran"),
    ("IRQ", "Iraq", "", "Iraqi", "Baghdad"),
    ("IRL", "Ireland", "Republic of Ireland|Éire", "Irish", "Dublin"),
    ("ISR", "Israel", "", "Israeli", "Jerusalem"),
    ("ITA", "Italy", "", "Italian", "Rome"),
    ("JAM", "Jamaica", "", "Jamaican", "Kingston"),
    ("JPN", "Japan", "", "Japanese", "Tokyo"),
    ("JOR", "Jordan", "", "Jordanian", "Amman"),
    ("KAZ", "Kazakhstan", "Qazaqstan|Kazakstan", "Kazakh|Kazakhstani", "Astana|Nur-Sultan"),
    ("KEN", "Kenya", "", "Kenyan", "Nairobi"),
    ("KIR", "Kiribati", "", "I-Kiribati", "Tarawa|South Tarawa"),
    ("KWT", "Kuwait", "", "Kuwaiti", "Kuwait City"),
    ("KGZ", "Kyrgyzstan", "Kirghizia", "Kyrgyz|Kyrgyzstani", "Bishkek"),
    ("LAO", "Laos", "Lao PDR", "Lao|Laotian", "Vientiane"),
    ("LVA", "Latvia", "", "Latvian", "Riga"),
    ("LBN", "Lebanon", "", "Lebanese", "Beirut"),
    ("LSO", "Lesotho", "", "Basotho|Mosotho", "Maseru"),
    ("LBR", "Liberia", "", "Liberian", "Monrovia"),
    ("LBY", "Libya", "", "Libyan", "Tripoli"),
    ("LIE", "Liechtenstein", "", "Liechtensteiner", "Vaduz"),
    ("LTU", "Lithuania", "", "Lithuanian", "Vilnius"),
    ("LUX", "Luxembourg", "", "Luxembourgish|Luxembourger", ""),
    ("MDG", "Madagascar", "", "Malagasy", "Antananarivo"),
    ("MWI", "Malawi", "", "Malawian", "Lilongwe"),
    ("MYS", "Malaysia", "", "Malaysian", "Kuala Lumpur|Putrajaya"),
    ("MDV", "Maldives", "", "Maldivian", "Malé"),
    ("MLI", "Mali", "", "Malian", "Bamako"),
    ("MLT", "Malta", "", "Maltese", "Valletta"),
    ("MHL", "Marshall Islands", "", "Marshallese", "Majuro"),
    ("MRT", "Mauritania", "", "Mauritanian", "Nouakchott"),
    ("MUS", "Mauritius", "", "Mauritian", "Port Louis"),
    ("MEX", "Mexico", "", "Mexican", "Mexico City"),
    ("FSM", "Micronesia", "", "Micronesian", "Palikir"),
    ("MDA", "Moldova", "", "Moldovan", "Chișinău|Chişinău|Kishinev"),
    ("MCO", "Monaco", "", "Monégasque", ""),
    ("MNG", "Mongolia", "", "Mongolian", "Ulaanbaatar|Ulan Bator"),
    ("MNE", "Montenegro", "", "Montenegrin", "Podgorica"),
    ("MAR", "Morocco", "", "Moroccan", "Rabat"),
    ("MOZ", "Mozambique", "", "Mozambican", "Maputo"),
    ("MMR", "Myanmar", "Burma", "Burmese", "Naypyidaw|Nay Pyi Taw|Naypyitaw"),
    ("NAM", "Namibia", "", "Namibian", "Windhoek"),
    ("NRU", "Nauru", "", "Nauruan", "Yaren"),
    ("NPL", "Nepal", "", "Nepalese|Nepali", "Kathmandu"),
    ("NLD", "Netherlands", "Holland", "Dutch", "Amsterdam|The Hague|the Hague"),
    ("NZL", "New Zealand", "Aotearoa", "New Zealander", "Wellington"),
    ("NIC", "Nicaragua", "", "Nicaraguan", "Managua"),
    ("NER", "Niger", "", "Nigerien", "Niamey"),
    ("NGA", "Nigeria", "", "Nigerian", "Abuja"),
    ("MKD", "North Macedonia", "Macedonia|Former Yugoslav Republic of Macedonia|FYROM", "North Macedonian|Macedonian", "Skopje"),
    ("NOR", "Norway", "", "Norwegian", "Oslo"),
    ("OMN", "Oman", "", "Omani", "Muscat"),
    ("PAK", "Pakistan", "", "Pakistani", "Islamabad"),
    ("PLW", "Palau", "", "Palauan", "Ngerulmud"),
    ("PAN", "Panama", "", "Panamanian", "Panama City"),
    ("PNG", "Papua New Guinea", "", "Papua New Guinean", "Port Moresby"),
    ("PRY", "Paraguay", "", "Paraguayan", "Asunción"),
    ("PER", "Peru", "", "Peruvian", "Lima"),
    ("PHL", "Philippines", "", "Philippine|Filipino", "Manila|Malacañang"),
    ("POL", "Poland", "", "Polish", "Warsaw"),
    ("PRT", "Portugal", "", "Portuguese", "Lisbon"),
    ("QAT", "Qatar", "", "Qatari", "Doha"),
    ("KOR", "South Korea", "Republic of Korea|ROK|R.O.K.", "South Korean", "Seoul"),
    ("ROU", "Romania", "", "Romanian", "Bucharest"),
    ("RUS", "Russia", "", "Russian", "Moscow|Kremlin|the Kremlin"),
    ("RWA", "Rwanda", "", "Rwandan", "Kigali"),
    ("KNA", "Saint Kitts and Nevis", "St Kitts and Nevis|St. Kitts and Nevis|Saint Christopher and Nevis", "Kittitian|Nevisian", "Basseterre"),
    ("LCA", "Saint Lucia", "St Lucia|St. Lucia", "Saint Lucian", "Castries"),
    ("VCT", "Saint Vincent and the Grenadines", "St Vincent and the Grenadines|St. Vincent and the Grenadines", "Vincentian", "Kingstown"),
    ("WSM", "Samoa", "Western Samoa", "Samoan", "Apia"),
    ("SMR", "San Marino", "", "Sammarinese", ""),
    ("STP", "São Tomé and Príncipe", "", "Santomean|São Toméan", "São Tomé"),
    ("SAU", "Saudi Arabia", "KSA", "Saudi", "Riyadh"),
    ("SEN", "Senegal", "", "Senegalese", "Dakar"),
    ("SRB", "Serbia", "", "Serbian|Serb", "Belgrade"),
    ("SYC", "Seychelles", "", "Seychellois", "Victoria"),
    ("SLE", "Sierra Leone", "", "Sierra Leonean", "Freetown"),
    ("SGP", "Singapore", "", "Singaporean", ""),
    ("SVK", "Slovakia", "", "Slovak|Slovakian", "Bratislava"),
    ("SVN", "Slovenia", "", "Slovenian|Slovene", "Ljubljana"),
    ("SLB", "Solomon Islands", "", "Solomon Islander", "Honiara"),
    ("SOM", "Somalia", "", "Somali", "Mogadishu"),
    ("ZAF", "South Africa", "", "South African", "Pretoria"),
    ("SSD", "South Sudan", "", "South Sudanese", "Juba"),
    ("ESP", "Spain", "", "Spanish", "Madrid|Moncloa"),
    ("LKA", "Sri Lanka", "Ceylon", "Sri Lankan", "Sri Jayawardenepura Kotte|Colombo"),
    ("SDN", "Sudan", "", "Sudanese", "Khartoum"),
    ("SUR", "Suriname", "Surinam", "Surinamese", "Paramaribo"),
    ("SWE", "Sweden", "", "Swedish|Swede", "Stockholm"),
    ("CHE", "Switzerland", "", "Swiss", "Bern|Berne"),
    ("SYR", "Syria", "", "Syrian", "Damascus"),
    ("TJK", "Tajikistan", "", "Tajik|Tajikistani", "Dushanbe"),
    ("TZA", "Tanzania", "", "Tanzanian", "Dodoma"),
    ("THA", "Thailand", "", "Thai", "Bangkok"),
    ("TLS", "Timor-Leste", "East Timor", "Timorese|East Timorese", "Dili"),
    ("TGO", "Togo", "", "Togolese", "Lomé"),
    ("TON", "Tonga", "", "Tongan", "Nuku'alofa|Nukuʻalofa"),
    ("TTO", "Trinidad and Tobago", "Trinidad & Tobago", "Trinidadian|Tobagonian", "Port of Spain|Port-of-Spain"),
    ("TUN", "Tunisia", "", "Tunisian", "Tunis"),
    ("TUR", "Turkey", "Republic of Turkey", "Turkish", "Ankara"),
    ("TKM", "Turkmenistan", "", "Turkmen", "Ashgabat|Ashkhabad"),
    ("TUV", "Tuvalu", "", "Tuvaluan", "Funafuti"),
    ("UGA", "Uganda", "", "Ugandan", "Kampala"),
    ("UKR", "Ukraine", "", "Ukrainian", "Kyiv|Kiev"),
    ("ARE", "United Arab Emirates", "UAE|U.A.E.", "Emirati", "Abu Dhabi"),
    ("GBR", "United Kingdom", "UK|U.K.|Britain|Great Britain", "British|Briton", "London|Downing Street|Whitehall"),
    ("USA", "United States", "U.S.|US|USA|U.S.A.|America|United States of America|Biden administration|Biden Administration|Biden-Harris Administration|Biden-Harris administration|Trump administration|Trump Administration|Obama administration|Obama Administration|Bush administration|Bush Administration", "American", "Washington|Washington, D.C.|Washington D.C.|Washington DC|White House|the White House"),
    ("URY", "Uruguay", "Oriental Republic of Uruguay", "Uruguayan", "Montevideo"),
    ("UZB", "Uzbekistan", "", "Uzbek|Uzbekistani", "Tashkent"),
    ("VUT", "Vanuatu", "", "Ni-Vanuatu", "Port Vila"),
    ("VEN", "Venezuela", "", "Venezuelan", "Caracas|Miraflores Palace"),
    ("VNM", "Vietnam", "Socialist Republic of Vietnam", "Vietnamese", "Hanoi|Ha Noi"),
    ("YEM", "Yemen", "", "Yemeni", "Sanaa|Sana'a"),
    ("ZMB", "Zambia", "", "Zambian", "Lusaka"),
    ("ZWE", "Zimbabwe", "", "Zimbabwean", "Harare"),
    # Observer states, Taiwan and Kosovo.
    ("VAT", "Holy See", "Vatican|Vatican City State", "", "Vatican City"),
    ("PSE", "Palestine", "State of Palestine|Palestinian Authority", "Palestinian", "Ramallah"),
    ("TWN", "Taiwan", "Republic of China|Chinese Taipei", "Taiwanese", "Taipei"),
    ("XKX", "Kosovo", "Republic of Kosovo", "Kosovar|Kosovan", "Pristina|Priština|Prishtina"),
]
# fmt: on

# Former states: (canonical, aliases, demonyms, metonyms, full name). Capitals still in use by a
# successor (Moscow, Belgrade, Prague) stay with the successor.
# One row per line keeps the tables scannable; the formatter would split them.
# fmt: off
FORMER_STATES: list[tuple[str, str, str, str, str]] = [
    ("Soviet Union", "USSR|U.S.S.R.|Union of Soviet Socialist Republics|Soviets", "Soviet", "", "Union of Soviet Socialist Republics"),
    ("East Germany", "German Democratic Republic|GDR|DDR", "East German", "East Berlin", "German Democratic Republic"),
    ("West Germany", "", "West German", "Bonn", "Federal Republic of Germany (1949–1990)"),
    ("Yugoslavia", "Socialist Federal Republic of Yugoslavia|SFR Yugoslavia|SFRY", "Yugoslav|Yugoslavian", "", "Socialist Federal Republic of Yugoslavia"),
    ("Czechoslovakia", "Czechoslovak Socialist Republic|ČSSR", "Czechoslovak|Czechoslovakian", "", "Czechoslovak Socialist Republic"),
]
# fmt: on

# Long forms where pycountry has none or an unsuitable one ("Korea, Republic of").
FULL_NAME_OVERRIDES = {
    "KOR": "Republic of Korea",
    "COD": "Democratic Republic of the Congo",
    "TWN": "Republic of China (Taiwan)",
    "VAT": "Holy See",
    "PSE": "State of Palestine",
    "XKX": "Republic of Kosovo",
    "RUS": "Russian Federation",
    "LAO": "Lao People's Democratic Republic",
    "SYR": "Syrian Arab Republic",
    "BRN": "Brunei Darussalam",
    "IRL": "Ireland",
    "ERI": "State of Eritrea",
}
# pycountry names that must not become aliases (ambiguous between two states).
NO_PYCOUNTRY_ALIAS = frozenset({"Congo"})
# Diacritic-free spellings that would be a common English word or another place.
NO_FOLD = frozenset({"Male", "San Jose"})


def _chang_e(n: str) -> str:
    """All usual spellings of the Chang'e mission ``n`` ("4", "5-T1"), "|"-joined."""
    forms = [f"Chang'e-{n}", f"Chang'e{n}", f"Chang'E {n}", f"Chang'E-{n}", f"Change-{n}"]
    if n.isdigit():
        forms.append(f"CE-{n}")
    return "|".join(forms)


def _numbered(stem: str, n: int, roman: str) -> str:
    """Spellings of a numbered mission name: "Artemis II", "Artemis 2", "Artemis-2", ..."""
    forms = [f"{stem} {n}", f"{stem}-{n}", f"{stem}-{roman}", f"{stem} {roman}"]
    return "|".join(forms)


# Everything that is not a country: (canonical, type, country, aliases, metonyms, full name).
# One row per line keeps the tables scannable; the formatter would split them.
# fmt: off
OTHER: list[tuple[str, str, str, str, str, str]] = [
    # --- United States: agencies and state bodies
    ("NASA", "agency", "United States", "National Aeronautics and Space Administration|U.S. space agency|US space agency|American space agency|America's space agency", "", "National Aeronautics and Space Administration"),
    ("NOAA", "agency", "United States", "National Oceanic and Atmospheric Administration", "", "National Oceanic and Atmospheric Administration"),
    ("Space Force", "agency", "United States", "United States Space Force|U.S. Space Force|US Space Force|USSF", "", "United States Space Force"),
    ("US Space Command", "agency", "United States", "U.S. Space Command|United States Space Command|USSPACECOM", "", "United States Space Command"),
    ("Space Development Agency", "agency", "United States", "", "", ""),
    ("Department of Defense", "agency", "United States", "U.S. Department of Defense|US Department of Defense|United States Department of Defense|Defense Department|DoD|DOD|Secretary of Defense|Secretary of War|Department of War", "Pentagon|the Pentagon", "United States Department of Defense"),
    ("Department of State", "agency", "United States", "State Department|U.S. Department of State|US Department of State|United States Department of State|U.S. State Department|US State Department|Secretary of State", "Foggy Bottom", "United States Department of State"),
    ("Department of Commerce", "agency", "United States", "Commerce Department|U.S. Department of Commerce|US Department of Commerce|United States Department of Commerce|Secretary of Commerce", "", "United States Department of Commerce"),
    ("Office of Space Commerce", "agency", "United States", "", "", ""),
    ("FAA", "agency", "United States", "Federal Aviation Administration|Office of Commercial Space Transportation|FAA/AST", "", "Federal Aviation Administration"),
    ("FCC", "agency", "United States", "Federal Communications Commission", "", "Federal Communications Commission"),
    ("Congress", "agency", "United States", "U.S. Congress|US Congress|United States Congress|U.S. Senate|US Senate|United States Senate|U.S. House of Representatives|US House of Representatives|United States House of Representatives", "Capitol Hill", "United States Congress"),
    ("National Space Council", "agency", "United States", "Space Council|U.S. National Space Council|US National Space Council", "", ""),
    ("NRO", "agency", "United States", "National Reconnaissance Office", "", "National Reconnaissance Office"),
    ("DARPA", "agency", "United States", "Defense Advanced Research Projects Agency", "", "Defense Advanced Research Projects Agency"),
    ("GAO", "agency", "United States", "Government Accountability Office|General Accounting Office", "", "U.S. Government Accountability Office"),
    ("OSTP", "agency", "United States", "Office of Science and Technology Policy|White House Office of Science and Technology Policy", "", "Office of Science and Technology Policy"),
    # --- China: agencies, state and party bodies, research institutions
    ("CNSA", "agency", "China", "China National Space Administration|China's National Space Agency|China National Space Agency|China's National Space Administration|Chinese National Space Administration|National Space Administration of China|Chinese space agency|Chinese Space Agency|China's space agency", "", "China National Space Administration"),
    ("CMSA", "agency", "China", "China Manned Space Agency|China Manned Space Engineering Office|CMSEO", "", "China Manned Space Agency"),
    ("Lunar Exploration and Space Program Center", "agency", "China", "Lunar Exploration and Space Engineering Center|Lunar Exploration and Space Program Center of CNSA|CNSA Lunar Exploration and Space Program Center", "", "Lunar Exploration and Space Program Center, CNSA"),
    ("SASTIND", "agency", "China", "State Administration for Science, Technology and Industry for National Defense|State Administration for Science, Technology and Industry for National Defence", "", "State Administration for Science, Technology and Industry for National Defense"),
    ("PLA", "agency", "China", "People's Liberation Army", "", "Chinese People's Liberation Army"),
    ("PLA Strategic Support Force", "agency", "China", "People's Liberation Army Strategic Support Force|Strategic Support Force|PLASSF|PLA SSF", "", "People's Liberation Army Strategic Support Force (2015–2024)"),
    ("PLA Aerospace Force", "agency", "China", "People's Liberation Army Aerospace Force", "", "People's Liberation Army Aerospace Force"),
    ("PLA Rocket Force", "agency", "China", "People's Liberation Army Rocket Force|PLARF", "", "People's Liberation Army Rocket Force"),
    ("State Council", "agency", "China", "State Council of the People's Republic of China|Chinese State Council|China's State Council", "", "State Council of the People's Republic of China"),
    ("State Council Information Office", "agency", "China", "SCIO", "", "State Council Information Office of the People's Republic of China"),
    ("Central Military Commission", "agency", "China", "", "", "Central Military Commission"),
    ("National People's Congress", "agency", "China", "NPC", "", "National People's Congress of the People's Republic of China"),
    ("CCP", "organization", "China", "Chinese Communist Party|Communist Party of China|CPC", "", "Communist Party of China"),
    ("CAS", "organization", "China", "Chinese Academy of Sciences", "", "Chinese Academy of Sciences"),
    ("NSSC", "organization", "China", "National Space Science Center", "", "National Space Science Center, Chinese Academy of Sciences"),
    ("DSEL", "organization", "China", "Deep Space Exploration Laboratory|Deep Space Exploration Lab|Tiandu Laboratory", "", "Deep Space Exploration Laboratory"),
    ("CAST", "organization", "China", "China Academy of Space Technology", "", "China Academy of Space Technology"),
    ("CALT", "organization", "China", "China Academy of Launch Vehicle Technology", "", "China Academy of Launch Vehicle Technology"),
    # --- Russia and the Soviet Union
    ("Roscosmos", "agency", "Russia", "State Space Corporation Roscosmos|Roscosmos State Corporation|Roskosmos|Russian Federal Space Agency|Federal Space Agency|Russian Space Agency|Russian space agency|Russia's space agency|Rosaviakosmos|RKA", "", "State Space Corporation Roscosmos"),
    ("Russian Aerospace Forces", "agency", "Russia", "Aerospace Forces of the Russian Federation|VKS|Russian Space Forces", "", "Aerospace Forces of the Russian Federation"),
    ("Russian Academy of Sciences", "organization", "Russia", "", "", "Russian Academy of Sciences"),
    ("IKI", "organization", "Russia", "Space Research Institute of the Russian Academy of Sciences|IKI RAS", "", "Space Research Institute of the Russian Academy of Sciences"),
    # --- Europe: ESA, EU bodies and national agencies
    ("ESA", "agency", "", "European Space Agency|European space agency", "", "European Space Agency"),
    ("EUSPA", "agency", "", "European Union Agency for the Space Programme|EU Agency for the Space Programme|European GNSS Agency", "", "European Union Agency for the Space Programme"),
    ("DG DEFIS", "agency", "", "Directorate-General for Defence Industry and Space|DEFIS", "", "Directorate-General for Defence Industry and Space, European Commission"),
    ("CNES", "agency", "France", "Centre national d'études spatiales|Centre National d'Études Spatiales|National Centre for Space Studies|National Center for Space Studies|French space agency|French Space Agency", "", "Centre national d'études spatiales"),
    ("DLR", "agency", "Germany", "German Aerospace Center|German Aerospace Centre|Deutsches Zentrum für Luft- und Raumfahrt|German Space Agency|German space agency", "", "Deutsches Zentrum für Luft- und Raumfahrt"),
    ("ASI", "agency", "Italy", "Italian Space Agency|Agenzia Spaziale Italiana|Italian space agency", "", "Agenzia Spaziale Italiana"),
    ("UKSA", "agency", "United Kingdom", "UK Space Agency|U.K. Space Agency|United Kingdom Space Agency|British space agency|British Space Agency", "", "UK Space Agency"),
    ("BNSC", "agency", "United Kingdom", "British National Space Centre", "", "British National Space Centre (1985–2010)"),
    ("Spanish Space Agency", "agency", "Spain", "Agencia Espacial Española|AEE", "", "Agencia Espacial Española"),
    ("CDTI", "agency", "Spain", "Centre for the Development of Industrial Technology|Centro para el Desarrollo Tecnológico Industrial", "", "Centro para el Desarrollo Tecnológico y la Innovación"),
    ("INTA", "agency", "Spain", "Instituto Nacional de Técnica Aeroespacial|National Institute for Aerospace Technology", "", "Instituto Nacional de Técnica Aeroespacial"),
    ("POLSA", "agency", "Poland", "Polish Space Agency|Polska Agencja Kosmiczna", "", "Polish Space Agency"),
    ("Luxembourg Space Agency", "agency", "Luxembourg", "", "", "Luxembourg Space Agency"),
    ("Netherlands Space Office", "agency", "Netherlands", "NSO", "", "Netherlands Space Office"),
    ("BELSPO", "agency", "Belgium", "Belgian Federal Science Policy Office|Belgian Science Policy Office", "", "Belgian Federal Science Policy Office"),
    ("Swedish National Space Agency", "agency", "Sweden", "SNSA|Rymdstyrelsen|Swedish Space Agency|Swedish National Space Board", "", "Swedish National Space Agency"),
    ("Norwegian Space Agency", "agency", "Norway", "NOSA|Norsk Romsenter|Norwegian Space Centre|Norwegian Space Center", "", "Norwegian Space Agency"),
    ("Swiss Space Office", "agency", "Switzerland", "", "", "Swiss Space Office"),
    ("Portugal Space", "agency", "Portugal", "Portuguese Space Agency|Agência Espacial Portuguesa", "", "Portugal Space"),
    ("Hellenic Space Center", "agency", "Greece", "Hellenic Space Centre|Greek Space Agency", "", "Hellenic Space Center"),
    ("ROSA", "agency", "Romania", "Romanian Space Agency", "", "Romanian Space Agency"),
    ("SSAU", "agency", "Ukraine", "State Space Agency of Ukraine|National Space Agency of Ukraine|NSAU|Derzhkosmos", "", "State Space Agency of Ukraine"),
    ("National Academy of Sciences of Belarus", "agency", "Belarus", "NAS of Belarus|NASB", "", "National Academy of Sciences of Belarus"),
    ("TUA", "agency", "Turkey", "Turkish Space Agency|Türkiye Uzay Ajansı|Turkish space agency", "", "Türkiye Uzay Ajansı"),
    # --- Middle East and Africa
    ("Israel Space Agency", "agency", "Israel", "Israeli Space Agency|Israeli space agency", "", "Israel Space Agency"),
    ("Iranian Space Agency", "agency", "Iran", "Iran Space Agency|Iranian space agency", "", "Iranian Space Agency"),
    ("Iranian Space Research Center", "agency", "Iran", "", "", "Iranian Space Research Center"),
    ("IRGC", "agency", "Iran", "Islamic Revolutionary Guard Corps", "", "Islamic Revolutionary Guard Corps"),
    ("IRGC Aerospace Force", "agency", "Iran", "Aerospace Force of the Islamic Revolutionary Guard Corps|Islamic Revolutionary Guard Corps Aerospace Force", "", "Aerospace Force of the Islamic Revolutionary Guard Corps"),
    ("Saudi Space Agency", "agency", "Saudi Arabia", "Saudi Space Commission", "", "Saudi Space Agency"),
    ("UAE Space Agency", "agency", "United Arab Emirates", "UAESA|United Arab Emirates Space Agency", "", "UAE Space Agency"),
    ("MBRSC", "agency", "United Arab Emirates", "Mohammed bin Rashid Space Centre|Mohammed Bin Rashid Space Centre|Mohammed bin Rashid Space Center", "", "Mohammed bin Rashid Space Centre"),
    ("NSSA", "agency", "Bahrain", "National Space Science Agency", "", "National Space Science Agency"),
    ("Egyptian Space Agency", "agency", "Egypt", "EgSA|EGSA|Egypt Space Agency", "", "Egyptian Space Agency"),
    ("NARSS", "agency", "Egypt", "National Authority for Remote Sensing and Space Sciences", "", "National Authority for Remote Sensing and Space Sciences"),
    ("Algerian Space Agency", "agency", "Algeria", "ASAL|Agence Spatiale Algérienne", "", "Agence Spatiale Algérienne"),
    ("NASRDA", "agency", "Nigeria", "National Space Research and Development Agency", "", "National Space Research and Development Agency"),
    ("SANSA", "agency", "South Africa", "South African National Space Agency", "", "South African National Space Agency"),
    ("Kenya Space Agency", "agency", "Kenya", "Kenyan Space Agency", "", "Kenya Space Agency"),
    ("ESSTI", "agency", "Ethiopia", "Ethiopian Space Science and Technology Institute", "", "Ethiopian Space Science and Technology Institute (2016–2022)"),
    ("SSGI", "agency", "Ethiopia", "Space Science and Geospatial Institute", "", "Space Science and Geospatial Institute"),
    ("GSSTI", "agency", "Ghana", "Ghana Space Science and Technology Institute", "", "Ghana Space Science and Technology Institute"),
    ("Rwanda Space Agency", "agency", "Rwanda", "", "", "Rwanda Space Agency"),
    ("GGPEN", "agency", "Angola", "Gabinete de Gestão do Programa Espacial Nacional|National Space Program Management Office", "", "Gabinete de Gestão do Programa Espacial Nacional"),
    ("ZINGSA", "agency", "Zimbabwe", "Zimbabwe National Geospatial and Space Agency", "", "Zimbabwe National Geospatial and Space Agency"),
    ("ASES", "agency", "Senegal", "Senegalese Space Agency|Senegalese Space Studies Agency|Agence Sénégalaise d'Études Spatiales", "", "Agence Sénégalaise d'Études Spatiales"),
    ("AGEOS", "agency", "Gabon", "Agence Gabonaise d'Études et d'Observations Spatiales", "", "Agence Gabonaise d'Études et d'Observations Spatiales"),
    ("African Space Agency", "agency", "", "AfSA", "", "African Space Agency"),
    # --- Asia and Oceania
    ("JAXA", "agency", "Japan", "Japan Aerospace Exploration Agency|Japanese space agency|Japanese Space Agency|Japan's space agency", "", "Japan Aerospace Exploration Agency"),
    ("ISAS", "agency", "Japan", "Institute of Space and Astronautical Science", "", "Institute of Space and Astronautical Science"),
    ("NASDA", "agency", "Japan", "National Space Development Agency of Japan", "", "National Space Development Agency of Japan (1969–2003)"),
    ("MEXT", "agency", "Japan", "Ministry of Education, Culture, Sports, Science and Technology", "", "Ministry of Education, Culture, Sports, Science and Technology"),
    ("National Space Policy Secretariat", "agency", "Japan", "", "", "National Space Policy Secretariat, Cabinet Office"),
    ("ISRO", "agency", "India", "Indian Space Research Organisation|Indian Space Research Organization|Indian space agency|Indian Space Agency|India's space agency", "", "Indian Space Research Organisation"),
    ("IN-SPACe", "agency", "India", "Indian National Space Promotion and Authorization Centre|Indian National Space Promotion and Authorisation Centre", "", "Indian National Space Promotion and Authorization Centre"),
    ("Department of Space", "agency", "India", "Indian Department of Space", "", "Department of Space, Government of India"),
    ("Defence Space Agency", "agency", "India", "", "", "Defence Space Agency"),
    ("KARI", "agency", "South Korea", "Korea Aerospace Research Institute", "", "Korea Aerospace Research Institute"),
    ("KASA", "agency", "South Korea", "Korea AeroSpace Administration|Korea Aerospace Administration", "", "Korea AeroSpace Administration"),
    ("MSIT", "agency", "South Korea", "Ministry of Science and ICT", "", "Ministry of Science and ICT"),
    ("NADA", "agency", "North Korea", "National Aerospace Development Administration|National Aerospace Technology Administration|Korean Committee of Space Technology|KCST", "", "National Aerospace Development Administration"),
    ("TASA", "agency", "Taiwan", "Taiwan Space Agency|NSPO|National Space Organization|National Space Program Office", "", "Taiwan Space Agency"),
    ("SUPARCO", "agency", "Pakistan", "Space and Upper Atmosphere Research Commission|Pakistan Space and Upper Atmosphere Research Commission", "", "Space and Upper Atmosphere Research Commission"),
    ("SPARRSO", "agency", "Bangladesh", "Bangladesh Space Research and Remote Sensing Organization", "", "Bangladesh Space Research and Remote Sensing Organization"),
    ("GISTDA", "agency", "Thailand", "Geo-Informatics and Space Technology Development Agency", "", "Geo-Informatics and Space Technology Development Agency"),
    ("NARIT", "organization", "Thailand", "National Astronomical Research Institute of Thailand", "", "National Astronomical Research Institute of Thailand"),
    ("BRIN", "agency", "Indonesia", "National Research and Innovation Agency|Badan Riset dan Inovasi Nasional", "", "Badan Riset dan Inovasi Nasional"),
    ("LAPAN", "agency", "Indonesia", "National Institute of Aeronautics and Space|Lembaga Penerbangan dan Antariksa Nasional|Indonesian National Institute of Aeronautics and Space", "", "Lembaga Penerbangan dan Antariksa Nasional (1963–2021)"),
    ("PhilSA", "agency", "Philippines", "Philippine Space Agency", "", "Philippine Space Agency"),
    ("MYSA", "agency", "Malaysia", "Malaysian Space Agency|Agensi Angkasa Malaysia", "", "Malaysian Space Agency"),
    ("ANGKASA", "agency", "Malaysia", "Agensi Angkasa Negara|National Space Agency of Malaysia", "", "Agensi Angkasa Negara (2002–2019)"),
    ("VAST", "agency", "Vietnam", "Vietnam Academy of Science and Technology", "", "Vietnam Academy of Science and Technology"),
    ("VNSC", "agency", "Vietnam", "Vietnam National Space Center|Vietnam National Space Centre", "", "Vietnam National Space Center"),
    ("OSTIn", "agency", "Singapore", "Office for Space Technology and Industry", "", "Office for Space Technology and Industry"),
    ("Kazcosmos", "agency", "Kazakhstan", "KazCosmos|National Space Agency of the Republic of Kazakhstan|Kazakh Space Agency", "", "National Space Agency of the Republic of Kazakhstan"),
    ("Uzbekcosmos", "agency", "Uzbekistan", "Uzbekkosmos|Uzbek Space Agency", "", "Agency for Space Research and Technologies of Uzbekistan"),
    ("Azercosmos", "agency", "Azerbaijan", "Space Agency of the Republic of Azerbaijan|Azerkosmos", "", "Azercosmos Space Agency of the Republic of Azerbaijan"),
    ("Turkmen National Space Agency", "agency", "Turkmenistan", "National Space Agency under the President of Turkmenistan", "", "National Space Agency under the President of Turkmenistan"),
    ("Australian Space Agency", "agency", "Australia", "Australia's space agency", "", "Australian Space Agency"),
    ("CSIRO", "organization", "Australia", "Commonwealth Scientific and Industrial Research Organisation", "", "Commonwealth Scientific and Industrial Research Organisation"),
    ("New Zealand Space Agency", "agency", "New Zealand", "NZSA", "", "New Zealand Space Agency"),
    # --- The Americas
    ("CSA", "agency", "Canada", "Canadian Space Agency|Agence spatiale canadienne", "", "Canadian Space Agency"),
    ("AEM", "agency", "Mexico", "Mexican Space Agency|Agencia Espacial Mexicana", "", "Agencia Espacial Mexicana"),
    ("AEB", "agency", "Brazil", "Brazilian Space Agency|Agência Espacial Brasileira", "", "Agência Espacial Brasileira"),
    ("INPE", "agency", "Brazil", "National Institute for Space Research|Instituto Nacional de Pesquisas Espaciais", "", "Instituto Nacional de Pesquisas Espaciais"),
    ("CONAE", "agency", "Argentina", "Comisión Nacional de Actividades Espaciales|National Commission on Space Activities", "", "Comisión Nacional de Actividades Espaciales"),
    ("Colombian Space Commission", "agency", "Colombia", "Comisión Colombiana del Espacio", "", "Comisión Colombiana del Espacio"),
    ("CONIDA", "agency", "Peru", "National Commission for Aerospace Research and Development|Comisión Nacional de Investigación y Desarrollo Aeroespacial", "", "Comisión Nacional de Investigación y Desarrollo Aeroespacial"),
    ("ABE", "agency", "Bolivia", "Bolivian Space Agency|Agencia Boliviana Espacial", "", "Agencia Boliviana Espacial"),
    ("ABAE", "agency", "Venezuela", "Bolivarian Agency for Space Activities|Agencia Bolivariana para Actividades Espaciales", "", "Agencia Bolivariana para Actividades Espaciales"),
    ("Paraguayan Space Agency", "agency", "Paraguay", "Agencia Espacial del Paraguay|AEP", "", "Agencia Espacial del Paraguay"),
    ("Costa Rican Space Agency", "agency", "Costa Rica", "Agencia Espacial Costarricense", "", "Agencia Espacial Costarricense"),
    ("SNAE", "agency", "Nicaragua", "National Secretariat for Outer Space, Moon and Other Celestial Bodies Affairs", "", "Secretaría Nacional para Asuntos del Espacio Ultraterrestre, la Luna y otros Cuerpos Celestes"),
    ("ALCE", "agency", "", "Latin American and Caribbean Space Agency|Agencia Latinoamericana y Caribeña del Espacio", "", "Agencia Latinoamericana y Caribeña del Espacio"),
    # --- International organisations and fora
    ("UN", "organization", "", "United Nations|U.N.", "", "United Nations"),
    ("UN General Assembly", "organization", "", "United Nations General Assembly|U.N. General Assembly|UNGA|General Assembly", "", "General Assembly of the United Nations"),
    ("UN Security Council", "organization", "", "United Nations Security Council|U.N. Security Council|UNSC|Security Council", "", "United Nations Security Council"),
    ("COPUOS", "organization", "", "Committee on the Peaceful Uses of Outer Space|UN COPUOS|UNCOPUOS|United Nations Committee on the Peaceful Uses of Outer Space", "", "Committee on the Peaceful Uses of Outer Space"),
    ("UNOOSA", "organization", "", "United Nations Office for Outer Space Affairs|UN Office for Outer Space Affairs|U.N. Office for Outer Space Affairs|OOSA", "", "United Nations Office for Outer Space Affairs"),
    ("Conference on Disarmament", "organization", "", "", "", "Conference on Disarmament"),
    ("UNIDIR", "organization", "", "United Nations Institute for Disarmament Research", "", "United Nations Institute for Disarmament Research"),
    ("ITU", "organization", "", "International Telecommunication Union|International Telecommunications Union", "", "International Telecommunication Union"),
    ("IAEA", "organization", "", "International Atomic Energy Agency", "", "International Atomic Energy Agency"),
    ("WMO", "organization", "", "World Meteorological Organization", "", "World Meteorological Organization"),
    ("UNESCO", "organization", "", "United Nations Educational, Scientific and Cultural Organization", "", "United Nations Educational, Scientific and Cultural Organization"),
    ("EU", "organization", "", "European Union|E.U.", "Brussels", "European Union"),
    ("European Commission", "organization", "", "EU Commission", "Berlaymont", "European Commission"),
    ("European Parliament", "organization", "", "", "", "European Parliament"),
    ("Council of the European Union", "organization", "", "Council of the EU", "", "Council of the European Union"),
    ("NATO", "organization", "", "North Atlantic Treaty Organization|North Atlantic Treaty Organisation", "", "North Atlantic Treaty Organization"),
    ("APSCO", "organization", "", "Asia-Pacific Space Cooperation Organization|Asia-Pacific Space Cooperation Organisation|Asia Pacific Space Cooperation Organization", "", "Asia-Pacific Space Cooperation Organization"),
    ("APRSAF", "organization", "", "Asia-Pacific Regional Space Agency Forum", "", "Asia-Pacific Regional Space Agency Forum"),
    ("ASEAN", "organization", "", "Association of Southeast Asian Nations|Association of South-East Asian Nations", "", "Association of Southeast Asian Nations"),
    ("African Union", "organization", "", "", "", "African Union"),
    ("BRICS", "organization", "", "", "", "BRICS"),
    ("SCO", "organization", "", "Shanghai Cooperation Organisation|Shanghai Cooperation Organization", "", "Shanghai Cooperation Organisation"),
    ("G7", "organization", "", "Group of Seven|G-7", "", "Group of Seven"),
    ("G20", "organization", "", "Group of Twenty|G-20", "", "Group of Twenty"),
    ("Arab Space Coordination Group", "organization", "", "ASCG", "", "Arab Space Coordination Group"),
    ("AUASS", "organization", "", "Arab Union for Astronomy and Space Sciences", "", "Arab Union for Astronomy and Space Sciences"),
    ("Arab League", "organization", "", "League of Arab States", "", "League of Arab States"),
    ("GCC", "organization", "", "Gulf Cooperation Council|Cooperation Council for the Arab States of the Gulf", "", "Cooperation Council for the Arab States of the Gulf"),
    ("CELAC", "organization", "", "Community of Latin American and Caribbean States", "", "Community of Latin American and Caribbean States"),
    ("Quad", "organization", "", "Quadrilateral Security Dialogue", "", "Quadrilateral Security Dialogue"),
    ("IAF", "organization", "", "International Astronautical Federation", "", "International Astronautical Federation"),
    ("IAA", "organization", "", "International Academy of Astronautics", "", "International Academy of Astronautics"),
    ("IISL", "organization", "", "International Institute of Space Law", "", "International Institute of Space Law"),
    ("IAU", "organization", "", "International Astronomical Union", "", "International Astronomical Union"),
    ("ISU", "organization", "", "International Space University", "", "International Space University"),
    ("COSPAR", "organization", "", "Committee on Space Research", "", "Committee on Space Research"),
    ("IAC", "organization", "", "International Astronautical Congress", "", "International Astronautical Congress"),
    ("ISECG", "organization", "", "International Space Exploration Coordination Group", "", "International Space Exploration Coordination Group"),
    ("ILEWG", "organization", "", "International Lunar Exploration Working Group", "", "International Lunar Exploration Working Group"),
    ("ILOA", "organization", "United States", "International Lunar Observatory Association|ILOA Hawai'i", "", "International Lunar Observatory Association"),
    ("Moon Village Association", "organization", "", "", "", "Moon Village Association"),
    ("IADC", "organization", "", "Inter-Agency Space Debris Coordination Committee", "", "Inter-Agency Space Debris Coordination Committee"),
    ("CEOS", "organization", "", "Committee on Earth Observation Satellites", "", "Committee on Earth Observation Satellites"),
    ("Group on Earth Observations", "organization", "", "", "", "Group on Earth Observations"),
    ("EUMETSAT", "organization", "", "European Organisation for the Exploitation of Meteorological Satellites", "", "European Organisation for the Exploitation of Meteorological Satellites"),
    ("Intersputnik", "organization", "", "Intersputnik International Organization of Space Communications", "", "Intersputnik International Organization of Space Communications"),
    ("ILRSCO", "organization", "", "International Lunar Research Station Cooperation Organization", "", "International Lunar Research Station Cooperation Organization"),
    ("Secure World Foundation", "organization", "United States", "", "", "Secure World Foundation"),
    ("JPL", "organization", "United States", "Jet Propulsion Laboratory", "", "Jet Propulsion Laboratory"),
    ("SpaceIL", "organization", "Israel", "", "", "SpaceIL"),
    # --- Companies
    ("SpaceX", "company", "United States", "Space Exploration Technologies Corp.|Space Exploration Technologies Corporation|Space Exploration Technologies", "", "Space Exploration Technologies Corp."),
    ("Blue Origin", "company", "United States", "", "", "Blue Origin"),
    ("Boeing", "company", "United States", "Boeing Company|The Boeing Company", "", "The Boeing Company"),
    ("Lockheed Martin", "company", "United States", "Lockheed Martin Corporation|Lockheed Martin Space|Lockheed", "", "Lockheed Martin Corporation"),
    ("Northrop Grumman", "company", "United States", "Northrop Grumman Corporation|Northrop", "", "Northrop Grumman Corporation"),
    ("ULA", "company", "United States", "United Launch Alliance", "", "United Launch Alliance"),
    ("Rocket Lab", "company", "United States", "", "", "Rocket Lab"),
    ("Sierra Space", "company", "United States", "", "", "Sierra Space"),
    ("Axiom Space", "company", "United States", "", "", "Axiom Space"),
    ("Intuitive Machines", "company", "United States", "", "", "Intuitive Machines"),
    ("Astrobotic", "company", "United States", "Astrobotic Technology", "", "Astrobotic Technology"),
    ("Firefly", "company", "United States", "Firefly Aerospace", "", "Firefly Aerospace"),
    ("Maxar", "company", "United States", "Maxar Technologies", "", "Maxar Technologies"),
    ("Planet Labs", "company", "United States", "Planet Labs PBC", "", "Planet Labs PBC"),
    ("Viasat", "company", "United States", "ViaSat", "", "Viasat"),
    ("Iridium", "company", "United States", "Iridium Communications", "", "Iridium Communications"),
    ("Virgin Galactic", "company", "United States", "", "", "Virgin Galactic"),
    ("Relativity Space", "company", "United States", "", "", "Relativity Space"),
    ("Intelsat", "company", "", "Intelsat S.A.", "", "Intelsat"),
    ("Airbus", "company", "", "Airbus Defence and Space|Airbus SE|Airbus Group", "", "Airbus SE"),
    ("Arianespace", "company", "France", "", "", "Arianespace"),
    ("ArianeGroup", "company", "France", "", "", "ArianeGroup"),
    ("Thales Alenia Space", "company", "France", "", "", "Thales Alenia Space"),
    ("Eutelsat", "company", "France", "Eutelsat Group|Eutelsat Communications", "", "Eutelsat Group"),
    ("OneWeb", "company", "United Kingdom", "Eutelsat OneWeb", "", "OneWeb"),
    ("Inmarsat", "company", "United Kingdom", "", "", "Inmarsat"),
    ("SSTL", "company", "United Kingdom", "Surrey Satellite Technology|Surrey Satellite Technology Ltd", "", "Surrey Satellite Technology Ltd"),
    ("OHB", "company", "Germany", "OHB SE|OHB System", "", "OHB SE"),
    ("Avio", "company", "Italy", "", "", "Avio S.p.A."),
    ("SES", "company", "Luxembourg", "SES S.A.", "", "SES S.A."),
    ("MDA Space", "company", "Canada", "MacDonald, Dettwiler and Associates", "", "MDA Space"),
    ("Toyota", "company", "Japan", "Toyota Motor Corporation|Toyota Motor", "", "Toyota Motor Corporation"),
    ("Thales", "company", "France", "Thales Group", "", "Thales Group"),
    ("Mitsubishi Heavy Industries", "company", "Japan", "MHI", "", "Mitsubishi Heavy Industries"),
    ("ispace", "company", "Japan", "ispace inc.|ispace Europe", "", "ispace, inc."),
    ("CASC", "company", "China", "China Aerospace Science and Technology Corporation", "", "China Aerospace Science and Technology Corporation"),
    ("CASIC", "company", "China", "China Aerospace Science and Industry Corporation", "", "China Aerospace Science and Industry Corporation"),
    ("CGWIC", "company", "China", "China Great Wall Industry Corporation", "", "China Great Wall Industry Corporation"),
    ("China SatNet", "company", "China", "China Satellite Network Group", "", "China Satellite Network Group"),
    ("Spacesail", "company", "China", "Shanghai Spacesail Technologies", "", "Shanghai Spacesail Technologies"),
    ("Chang Guang Satellite Technology", "company", "China", "Chang Guang|CGSTL", "", "Chang Guang Satellite Technology"),
    ("Galactic Energy", "company", "China", "", "", "Galactic Energy"),
    ("LandSpace", "company", "China", "Landspace|LandSpace Technology", "", "LandSpace Technology"),
    ("iSpace (China)", "company", "China", "iSpace|Interstellar Glory|Beijing Interstellar Glory Space Technology", "", "Beijing Interstellar Glory Space Technology"),
    ("CAS Space", "company", "China", "", "", "CAS Space"),
    ("Energia", "company", "Russia", "RSC Energia|Rocket and Space Corporation Energia|S.P. Korolev Rocket and Space Corporation Energia", "", "S.P. Korolev Rocket and Space Corporation Energia"),
    ("Glavkosmos", "company", "Russia", "", "", "Glavkosmos"),
    ("Lavochkin", "company", "Russia", "NPO Lavochkin|Lavochkin Association", "", "Lavochkin Association"),
    ("Khrunichev", "company", "Russia", "Khrunichev State Research and Production Space Center|Khrunichev Center", "", "Khrunichev State Research and Production Space Center"),
    ("Yuzhnoye", "company", "Ukraine", "Yuzhnoye Design Office|Yuzhnoye State Design Office|KB Yuzhnoye", "", "Yuzhnoye State Design Office"),
    ("Antrix", "company", "India", "Antrix Corporation|Antrix Corporation Limited", "", "Antrix Corporation Limited"),
    ("NSIL", "company", "India", "NewSpace India Limited", "", "NewSpace India Limited"),
    ("Skyroot", "company", "India", "Skyroot Aerospace", "", "Skyroot Aerospace"),
    ("Israel Aerospace Industries", "company", "Israel", "IAI", "", "Israel Aerospace Industries"),
    ("Korea Aerospace Industries", "company", "South Korea", "KAI", "", "Korea Aerospace Industries"),
    ("Hanwha Aerospace", "company", "South Korea", "", "", "Hanwha Aerospace"),
    ("Kazakhstan Gharysh Sapary", "company", "Kazakhstan", "", "", "Kazakhstan Gharysh Sapary"),
    # --- Programs (including constellations and vehicle families)
    ("Artemis program", "program", "United States", "Artemis|Artemis programme|Artemis Program|Artemis Programme|Artemis campaign", "", ""),
    ("ILRS", "program", "China", "International Lunar Research Station|International Lunar Research Stations|International Scientific Lunar Station|International Lunar Science Station", "", "International Lunar Research Station"),
    ("CLEP", "program", "China", "China Lunar Exploration Program|Chinese Lunar Exploration Program|China Lunar Exploration Programme|Chinese Lunar Exploration Programme|China Lunar Exploration Project|Chang'e program|Chang'e programme|Chang'e Program|Chang'e Project|Chang'e project|Chang'E program", "", "China Lunar Exploration Program"),
    ("China Manned Space Program", "program", "China", "China Manned Space Programme|China Manned Space Engineering|Project 921", "", ""),
    ("Tianzhou", "program", "China", "Tianzhou cargo spacecraft", "", ""),
    ("CBERS", "program", "", "China–Brazil Earth Resources Satellite|China-Brazil Earth Resources Satellite|CBERS program|CBERS programme", "", "China–Brazil Earth Resources Satellite"),
    ("Shenzhou", "program", "China", "Shenzhou program|Shenzhou programme|Shenzhou spacecraft", "", ""),
    ("Mengzhou", "program", "China", "Mengzhou spacecraft", "", ""),
    ("Long March", "program", "China", "Long March rocket|Long March rockets|Long March family|Long March 5|Long March-5|Long March 5B|Long March 9|Long March-9|Long March 10|Long March-10|CZ-5|CZ-9|CZ-10", "", "Long March (Chang Zheng) launch vehicles"),
    ("BeiDou", "program", "China", "BeiDou Navigation Satellite System|BDS|Beidou|BeiDou-3", "", "BeiDou Navigation Satellite System"),
    ("Guowang", "program", "China", "Guowang constellation", "", ""),
    ("Qianfan", "program", "China", "Qianfan constellation|Thousand Sails|G60 Starlink", "", ""),
    ("Belt and Road Initiative", "program", "China", "BRI|Belt and Road|One Belt One Road|One Belt, One Road|OBOR|New Silk Road", "", ""),
    ("Space Silk Road", "program", "China", "Belt and Road Space Information Corridor|Space Information Corridor", "", ""),
    ("Digital Silk Road", "program", "China", "", "", ""),
    ("Apollo program", "program", "United States", "Apollo|Apollo programme|Apollo Program|Project Apollo", "", ""),
    ("Project Mercury", "program", "United States", "Mercury program|Mercury programme", "", ""),
    ("Project Gemini", "program", "United States", "Gemini program|Gemini programme", "", ""),
    ("Space Shuttle", "program", "United States", "Space Shuttle program|Space Shuttle programme|Shuttle program", "", ""),
    ("Constellation program", "program", "United States", "Constellation Program|Project Constellation", "", ""),
    ("CLPS", "program", "United States", "Commercial Lunar Payload Services", "", "Commercial Lunar Payload Services"),
    ("Human Landing System", "program", "United States", "HLS", "", ""),
    ("Starship HLS", "program", "United States", "Starship Human Landing System", "", ""),
    ("Starship", "program", "United States", "", "", ""),
    ("Blue Moon", "program", "United States", "Blue Moon lander", "", ""),
    ("Orion", "program", "United States", "Orion spacecraft|Orion Multi-Purpose Crew Vehicle|Orion MPCV|Orion capsule", "", "Orion Multi-Purpose Crew Vehicle"),
    ("SLS", "program", "United States", "Space Launch System", "", "Space Launch System"),
    ("GPS", "program", "United States", "Global Positioning System|NAVSTAR|Navstar GPS", "", "Global Positioning System"),
    ("Starlink", "program", "United States", "Starlink constellation", "", ""),
    ("Crew Dragon", "program", "United States", "Dragon 2|Crew Dragon capsule|Cargo Dragon|Dragon spacecraft|Dragon capsule", "", ""),
    ("Starliner", "program", "United States", "CST-100 Starliner|Boeing Starliner", "", ""),
    ("Cygnus", "program", "United States", "Cygnus spacecraft", "", ""),
    ("Dream Chaser", "program", "United States", "", "", ""),
    ("Project Kuiper", "program", "United States", "Kuiper constellation", "", ""),
    ("Mars Sample Return", "program", "", "MSR|Mars Sample Return campaign", "", ""),
    ("Luna program", "program", "Soviet Union", "Luna programme|Luna Program", "", ""),
    ("Vostok program", "program", "Soviet Union", "Vostok programme", "", ""),
    ("Soviet space program", "program", "Soviet Union", "Soviet space programme", "", ""),
    ("Interkosmos", "program", "Soviet Union", "Intercosmos|Interkosmos programme|Intercosmos program", "", ""),
    ("Soyuz", "program", "Russia", "Soyuz program|Soyuz programme|Soyuz spacecraft|Soyuz rocket", "", ""),
    ("GLONASS", "program", "Russia", "Glonass", "", "Global Navigation Satellite System (GLONASS)"),
    ("Chandrayaan program", "program", "India", "Chandrayaan programme|Chandrayaan", "", ""),
    ("Gaganyaan", "program", "India", "Gaganyaan programme|Gaganyaan program|Gaganyaan mission", "", ""),
    ("NavIC", "program", "India", "Navigation with Indian Constellation|IRNSS|Indian Regional Navigation Satellite System", "", "Navigation with Indian Constellation"),
    ("QZSS", "program", "Japan", "Quasi-Zenith Satellite System|Michibiki", "", "Quasi-Zenith Satellite System"),
    ("Galileo", "program", "", "Galileo navigation system|Galileo satellite navigation system|Galileo programme|Galileo program|Galileo constellation|Galileo system", "", ""),
    ("Copernicus", "program", "", "Copernicus programme|Copernicus Programme|Copernicus program|EU Copernicus", "", ""),
    ("EU Space Programme", "program", "", "European Union Space Programme|EU Space Program|Union Space Programme", "", "Space Programme of the European Union"),
    ("IRIS²", "program", "", "Infrastructure for Resilience, Interconnectivity and Security by Satellite|IRIS 2", "", "Infrastructure for Resilience, Interconnectivity and Security by Satellite"),
    ("Ariane 6", "program", "", "Ariane-6|Ariane 6 rocket", "", ""),
    ("ExoMars", "program", "", "ExoMars programme|ExoMars program|ExoMars Trace Gas Orbiter|Trace Gas Orbiter|TGO|Rosalind Franklin rover|ExoMars rover", "", ""),
    ("Moonlight", "program", "", "Moonlight initiative|Moonlight Initiative|Moonlight programme", "", ""),
    ("Argonaut", "program", "", "Argonaut lander|European Large Logistics Lander|EL3", "", ""),
    # --- Missions
    ("Chang'e 1", "mission", "China", _chang_e("1"), "", ""),
    ("Chang'e 2", "mission", "China", _chang_e("2"), "", ""),
    ("Chang'e 3", "mission", "China", _chang_e("3"), "", ""),
    ("Chang'e 4", "mission", "China", _chang_e("4"), "", ""),
    ("Chang'e 5-T1", "mission", "China", "Chang'e-5 T1|Chang'e 5 T1|Chang'e-5-T1", "", ""),
    ("Chang'e 5", "mission", "China", _chang_e("5"), "", ""),
    ("Chang'e 6", "mission", "China", _chang_e("6"), "", ""),
    ("Chang'e 7", "mission", "China", _chang_e("7"), "", ""),
    ("Chang'e 8", "mission", "China", _chang_e("8"), "", ""),
    ("Yutu", "mission", "China", "Yutu rover|Jade Rabbit", "", ""),
    ("Yutu-2", "mission", "China", "Yutu 2|Yutu2|Yutu-2 rover|Jade Rabbit 2|Jade Rabbit-2", "", ""),
    ("Queqiao", "mission", "China", "Queqiao relay satellite|Magpie Bridge", "", ""),
    ("Queqiao-2", "mission", "China", "Queqiao 2|Queqiao-2 relay satellite", "", ""),
    ("Tianwen-1", "mission", "China", "Tianwen 1|Tianwen1", "", ""),
    ("Zhurong", "mission", "China", "Zhurong rover", "", ""),
    ("Tianwen-2", "mission", "China", "Tianwen 2|Tianwen2", "", ""),
    ("Tianwen-3", "mission", "China", "Tianwen 3|Tianwen3", "", ""),
    ("Xuntian", "mission", "China", "Chinese Space Station Telescope|CSST|Xuntian telescope", "", "Chinese Space Station Telescope"),
    ("Artemis I", "mission", "United States", _numbered("Artemis", 1, "I"), "", ""),
    ("Artemis II", "mission", "United States", _numbered("Artemis", 2, "II"), "", ""),
    ("Artemis III", "mission", "United States", _numbered("Artemis", 3, "III"), "", ""),
    ("Artemis IV", "mission", "United States", _numbered("Artemis", 4, "IV"), "", ""),
    ("Apollo 11", "mission", "United States", "Apollo-11", "", ""),
    ("Apollo–Soyuz", "mission", "", "Apollo-Soyuz|Apollo–Soyuz Test Project|Apollo-Soyuz Test Project|ASTP", "", "Apollo–Soyuz Test Project"),
    ("VIPER", "mission", "United States", "Volatiles Investigating Polar Exploration Rover", "", "Volatiles Investigating Polar Exploration Rover"),
    ("LRO", "mission", "United States", "Lunar Reconnaissance Orbiter", "", "Lunar Reconnaissance Orbiter"),
    ("CAPSTONE", "mission", "United States", "Cislunar Autonomous Positioning System Technology Operations and Navigation Experiment", "", ""),
    ("Peregrine Mission One", "mission", "United States", "Peregrine Mission 1|Peregrine lander|Peregrine", "", ""),
    ("IM-1", "mission", "United States", "Odysseus lander|Odysseus|IM-1 mission", "", ""),
    ("Blue Ghost", "mission", "United States", "Blue Ghost Mission 1|Blue Ghost lander", "", ""),
    ("Hubble", "mission", "United States", "Hubble Space Telescope|HST", "", "Hubble Space Telescope"),
    ("James Webb Space Telescope", "mission", "United States", "JWST|Webb telescope|Webb Space Telescope|James Webb Telescope", "", ""),
    ("Mars 2020", "mission", "United States", "Perseverance rover|Perseverance", "", ""),
    ("Mars Science Laboratory", "mission", "United States", "Curiosity rover|Curiosity", "", ""),
    ("OSIRIS-REx", "mission", "United States", "", "", ""),
    ("Lunar Pathfinder", "mission", "", "", "", ""),
    ("NISAR", "mission", "", "NASA-ISRO Synthetic Aperture Radar|NASA–ISRO Synthetic Aperture Radar", "", "NASA-ISRO Synthetic Aperture Radar"),
    ("SVOM", "mission", "", "Space Variable Objects Monitor|Space-based multi-band astronomical Variable Objects Monitor", "", "Space-based multi-band astronomical Variable Objects Monitor"),
    ("SMILE", "mission", "", "Solar wind Magnetosphere Ionosphere Link Explorer", "", "Solar wind Magnetosphere Ionosphere Link Explorer"),
    ("JUICE", "mission", "", "Jupiter Icy Moons Explorer", "", "Jupiter Icy Moons Explorer"),
    ("Einstein Probe", "mission", "China", "", "", ""),
    ("ICUBE-Q", "mission", "Pakistan", "iCube-Qamar|ICUBE-Qamar", "", ""),
    ("BepiColombo", "mission", "", "", "", ""),
    ("Sputnik", "mission", "Soviet Union", "Sputnik 1|Sputnik-1|Sputnik I", "", ""),
    ("Luna 25", "mission", "Russia", "Luna-25|Luna25", "", ""),
    ("Luna 26", "mission", "Russia", "Luna-26", "", ""),
    ("Luna 27", "mission", "Russia", "Luna-27", "", ""),
    ("Chandrayaan-1", "mission", "India", "Chandrayaan 1|Chandrayaan-I", "", ""),
    ("Chandrayaan-2", "mission", "India", "Chandrayaan 2|Chandrayaan-II", "", ""),
    ("Chandrayaan-3", "mission", "India", "Chandrayaan 3|Chandrayaan-III", "", ""),
    ("Mangalyaan", "mission", "India", "Mars Orbiter Mission", "", "Mars Orbiter Mission"),
    ("Aditya-L1", "mission", "India", "Aditya L1", "", ""),
    ("LUPEX", "mission", "", "Lunar Polar Exploration Mission|Lunar Polar Exploration", "", "Lunar Polar Exploration Mission"),
    ("SLIM", "mission", "Japan", "Smart Lander for Investigating Moon", "", "Smart Lander for Investigating Moon"),
    ("Hakuto-R", "mission", "Japan", "HAKUTO-R|Hakuto-R Mission 1|HAKUTO-R Mission 1", "", ""),
    ("Hayabusa2", "mission", "Japan", "Hayabusa 2|Hayabusa-2", "", ""),
    ("Danuri", "mission", "South Korea", "Korea Pathfinder Lunar Orbiter|KPLO", "", "Korea Pathfinder Lunar Orbiter"),
    ("Beresheet", "mission", "Israel", "Bereshit|Beresheet lander", "", ""),
    ("Emirates Mars Mission", "mission", "United Arab Emirates", "Hope probe|Hope Probe|Hope Mars Mission|Hope Mars mission|Hope orbiter|EMM|Al-Amal|Al Amal", "", "Emirates Mars Mission"),
    ("Rashid rover", "mission", "United Arab Emirates", "Rashid lunar rover|Emirates Lunar Mission|Rashid-1|Rashid 1", "", ""),
    ("Rashid 2", "mission", "United Arab Emirates", "Rashid-2|Rashid 2 rover", "", ""),
    # --- Stations
    ("ISS", "station", "", "International Space Station", "", "International Space Station"),
    ("Tiangong", "station", "China", "Tiangong space station|Tiangong Space Station|Chinese space station|Chinese Space Station|China Space Station|China's space station|CSS", "", "Tiangong space station"),
    ("Tiangong-1", "station", "China", "Tiangong 1", "", ""),
    ("Tiangong-2", "station", "China", "Tiangong 2", "", ""),
    ("Gateway", "station", "United States", "Lunar Gateway|Lunar Orbital Platform-Gateway|LOP-G|Deep Space Gateway", "", "Lunar Gateway"),
    ("Mir", "station", "Russia", "Mir space station|Mir station|Mir Space Station", "", ""),
    ("Salyut", "station", "Soviet Union", "Salyut program|Salyut programme|Salyut space stations", "", ""),
    ("Skylab", "station", "United States", "", "", ""),
    ("Russian Orbital Station", "station", "Russia", "Russian Orbital Service Station|ROSS", "", ""),
    ("Bharatiya Antariksh Station", "station", "India", "Indian Space Station", "", ""),
    ("Axiom Station", "station", "United States", "", "", ""),
    ("Orbital Reef", "station", "United States", "", "", ""),
    ("Starlab", "station", "United States", "", "", ""),
    # --- Agreements, treaties, laws and regulations
    ("Outer Space Treaty", "agreement", "", "Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies|Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, Including the Moon and Other Celestial Bodies|1967 Outer Space Treaty|Outer Space Treaty of 1967|UN Outer Space Treaty|OST", "", "Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies"),
    ("Rescue Agreement", "agreement", "", "Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space|Rescue and Return Agreement|Astronaut Rescue Agreement", "", "Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space"),
    ("Liability Convention", "agreement", "", "Convention on International Liability for Damage Caused by Space Objects|Space Liability Convention", "", "Convention on International Liability for Damage Caused by Space Objects"),
    ("Registration Convention", "agreement", "", "Convention on Registration of Objects Launched into Outer Space", "", "Convention on Registration of Objects Launched into Outer Space"),
    ("Moon Agreement", "agreement", "", "Moon Treaty|Agreement Governing the Activities of States on the Moon and Other Celestial Bodies|1979 Moon Agreement", "", "Agreement Governing the Activities of States on the Moon and Other Celestial Bodies"),
    ("ISS Intergovernmental Agreement", "agreement", "", "ISS IGA|IGA|Space Station Intergovernmental Agreement|Intergovernmental Agreement on the International Space Station|International Space Station Intergovernmental Agreement|Agreement concerning cooperation on the civil International Space Station|Agreement Concerning Cooperation on the Civil International Space Station", "", "Agreement Concerning Cooperation on the Civil International Space Station (1998)"),
    ("Artemis Accords", "agreement", "", "Artemis Accord|Principles for Cooperation in the Civil Exploration and Use of the Moon, Mars, Comets, and Asteroids for Peaceful Purposes", "", "The Artemis Accords: Principles for Cooperation in the Civil Exploration and Use of the Moon, Mars, Comets, and Asteroids for Peaceful Purposes"),
    ("Sino-Russian ILRS MoU", "agreement", "", "China-Russia ILRS MoU|Sino-Russian ILRS memorandum|ILRS MoU|Memorandum of Understanding between the Government of the People's Republic of China and the Government of the Russian Federation Regarding Cooperation for the Construction of the International Lunar Research Station", "", "Memorandum of Understanding between the Government of the People's Republic of China and the Government of the Russian Federation Regarding Cooperation for the Construction of the International Lunar Research Station (2021)"),
    ("Joint Statement on ILRS", "agreement", "", "ILRS Joint Statement", "", ""),
    ("ILRS Guide for Partnership", "agreement", "", "International Lunar Research Station Guide for Partnership|Guide for Partnership", "", "International Lunar Research Station Guide for Partnership"),
    ("Wolf Amendment", "agreement", "United States", "Wolf amendment|Wolf Provision|Wolf provision", "", "Section 530 of the Department of Defense and Full-Year Continuing Appropriations Act, 2011 (renewed annually)"),
    ("ITAR", "agreement", "United States", "International Traffic in Arms Regulations", "", "International Traffic in Arms Regulations"),
    ("EAR", "agreement", "United States", "Export Administration Regulations", "", "Export Administration Regulations"),
    ("National Aeronautics and Space Act", "agreement", "United States", "National Aeronautics and Space Act of 1958|Space Act of 1958", "", "National Aeronautics and Space Act of 1958"),
    ("Commercial Space Launch Competitiveness Act", "agreement", "United States", "U.S. Commercial Space Launch Competitiveness Act|SPACE Act of 2015", "", "U.S. Commercial Space Launch Competitiveness Act (2015)"),
    ("National Defense Authorization Act", "agreement", "United States", "NDAA", "", "National Defense Authorization Act (annual)"),
    ("NASA Authorization Act", "agreement", "United States", "National Aeronautics and Space Administration Authorization Act", "", "National Aeronautics and Space Administration Authorization Act (periodic)"),
    ("CHIPS and Science Act", "agreement", "United States", "CHIPS Act", "", "CHIPS and Science Act (2022)"),
    ("Open Skies Treaty", "agreement", "", "Treaty on Open Skies", "", "Treaty on Open Skies (1992)"),
    ("Comprehensive Nuclear-Test-Ban Treaty", "agreement", "", "CTBT|Comprehensive Test Ban Treaty|Comprehensive Nuclear Test Ban Treaty", "", "Comprehensive Nuclear-Test-Ban Treaty (1996)"),
    ("Partial Test Ban Treaty", "agreement", "", "PTBT|Limited Test Ban Treaty|LTBT|Partial Nuclear Test Ban Treaty|Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water", "", "Treaty Banning Nuclear Weapon Tests in the Atmosphere, in Outer Space and Under Water"),
    ("ABM Treaty", "agreement", "", "Anti-Ballistic Missile Treaty|Treaty on the Limitation of Anti-Ballistic Missile Systems", "", "Treaty on the Limitation of Anti-Ballistic Missile Systems"),
    ("New START", "agreement", "", "New Strategic Arms Reduction Treaty|New START Treaty", "", ""),
    ("MTCR", "agreement", "", "Missile Technology Control Regime", "", "Missile Technology Control Regime"),
    ("Wassenaar Arrangement", "agreement", "", "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies", "", "Wassenaar Arrangement on Export Controls for Conventional Arms and Dual-Use Goods and Technologies"),
    ("PPWT", "agreement", "", "Treaty on the Prevention of the Placement of Weapons in Outer Space", "", "Treaty on the Prevention of the Placement of Weapons in Outer Space, the Threat or Use of Force against Outer Space Objects (draft)"),
    ("ITU Constitution", "agreement", "", "Constitution of the International Telecommunication Union", "", "Constitution of the International Telecommunication Union"),
    ("ITU Radio Regulations", "agreement", "", "Radio Regulations", "", "Radio Regulations of the International Telecommunication Union"),
    ("UN Charter", "agreement", "", "Charter of the United Nations|United Nations Charter", "", "Charter of the United Nations"),
    ("Declaration of Legal Principles", "agreement", "", "Declaration of Legal Principles Governing the Activities of States in the Exploration and Use of Outer Space", "", "Declaration of Legal Principles Governing the Activities of States in the Exploration and Use of Outer Space (1963)"),
    ("LTS Guidelines", "agreement", "", "Guidelines for the Long-term Sustainability of Outer Space Activities|Long-term Sustainability Guidelines", "", "Guidelines for the Long-term Sustainability of Outer Space Activities (2019)"),
    ("Space Debris Mitigation Guidelines", "agreement", "", "UN Space Debris Mitigation Guidelines", "", "Space Debris Mitigation Guidelines of the Committee on the Peaceful Uses of Outer Space (2007)"),
    ("Paris Agreement", "agreement", "", "Paris Climate Agreement|Paris climate agreement|Paris Accord", "", "Paris Agreement (2015)"),
    ("AUKUS", "agreement", "", "", "", "AUKUS security partnership"),
    # --- Grown from gaps seen in real documents: offices, councils, departments, ministries,
    # committees, UN bodies and programmes, laboratories and design bureaus, missions, launchers
    # and station modules of the spacefaring states (numbered series are generated below).
    ("Executive Office of the President", "agency", "United States", "EOP", "", "Executive Office of the President of the United States"),
    ("National Security Council", "agency", "United States", "U.S. National Security Council|US National Security Council", "", "United States National Security Council"),
    ("Office of Management and Budget", "agency", "United States", "OMB", "", ""),
    ("Office of Administration", "agency", "United States", "", "", ""),
    ("Department of Transportation", "agency", "United States", "U.S. Department of Transportation|US Department of Transportation|Transportation Department|Secretary of Transportation", "", "United States Department of Transportation"),
    ("Department of Energy", "agency", "United States", "U.S. Department of Energy|US Department of Energy|Energy Department|Secretary of Energy", "", "United States Department of Energy"),
    ("Department of Homeland Security", "agency", "United States", "U.S. Department of Homeland Security|DHS|Secretary of Homeland Security", "", "United States Department of Homeland Security"),
    ("Department of Health and Human Services", "agency", "United States", "U.S. Department of Health and Human Services|HHS", "", "United States Department of Health and Human Services"),
    ("Department of the Interior", "agency", "United States", "U.S. Department of the Interior|Interior Department", "", ""),
    ("Department of Agriculture", "agency", "United States", "U.S. Department of Agriculture|USDA", "", ""),
    ("National Science Foundation", "agency", "United States", "U.S. National Science Foundation|NSF", "", ""),
    ("USGS", "agency", "United States", "U.S. Geological Survey|United States Geological Survey|US Geological Survey", "", "United States Geological Survey"),
    ("USAID", "agency", "United States", "U.S. Agency for International Development|United States Agency for International Development", "", "United States Agency for International Development"),
    ("Defense Innovation Unit", "agency", "United States", "U.S. Defense Innovation Unit|DIU", "", ""),
    ("Science Mission Directorate", "agency", "United States", "NASA Science Mission Directorate", "", ""),
    ("Naval Research Laboratory", "organization", "United States", "U.S. Naval Research Laboratory|NRL", "", ""),
    ("Lawrence Livermore National Laboratory", "organization", "United States", "LLNL", "", ""),
    ("National Renewable Energy Laboratory", "organization", "United States", "NREL", "", ""),
    ("ISS National Lab", "organization", "United States", "International Space Station National Lab|International Space Station National Laboratory|ISS National Laboratory", "", ""),
    ("Deep Space Network", "program", "United States", "NASA Deep Space Network", "", ""),
    ("Commercial Low Earth Orbit Development Program", "program", "United States", "", "", ""),
    ("Augustine Committee", "organization", "United States", "Review of United States Human Space Flight Plans Committee", "", ""),
    ("UN Secretary-General", "organization", "", "United Nations Secretary-General|U.N. Secretary-General|UN Secretary General|Secretary-General", "", "Secretary-General of the United Nations"),
    ("UN Secretariat", "organization", "", "United Nations Secretariat|U.N. Secretariat", "", ""),
    ("UN-SPIDER", "program", "", "United Nations Platform for Space-based Information for Disaster Management and Emergency Response|UN-SPIDER Programme|UN-SPIDER programme", "", "United Nations Platform for Space-based Information for Disaster Management and Emergency Response"),
    ("UN-Space", "organization", "", "Inter-Agency Meeting on Outer Space Activities|Inter Agency Meeting on Outer Space Activities", "", "Inter-Agency Meeting on Outer Space Activities"),
    ("United Nations Programme on Space Applications", "program", "", "UN Programme on Space Applications", "", ""),
    ("ICG", "organization", "", "International Committee on Global Navigation Satellite Systems", "", "International Committee on Global Navigation Satellite Systems"),
    ("COPUOS Legal Subcommittee", "organization", "", "Legal Subcommittee of the Committee on the Peaceful Uses of Outer Space|Legal Subcommittee", "", ""),
    ("COPUOS Scientific and Technical Subcommittee", "organization", "", "Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space|Scientific and Technical Subcommittee", "", ""),
    ("WTO", "organization", "", "World Trade Organization", "", "World Trade Organization"),
    ("WHO", "organization", "", "World Health Organization", "", "World Health Organization"),
    ("Pacific Islands Forum", "organization", "", "", "", ""),
    ("Hamas", "organization", "", "", "", ""),
    ("European Space Conference", "organization", "", "", "", ""),
    ("ESOC", "agency", "", "European Space Operations Centre|European Space Operations Center", "", "European Space Operations Centre"),
    ("ESTEC", "agency", "", "European Space Research and Technology Centre", "", "European Space Research and Technology Centre"),
    ("DRDO", "agency", "India", "Defence Research and Development Organisation|Defence Research and Development Organization", "", "Defence Research and Development Organisation"),
    ("Indian Air Force", "agency", "India", "", "", ""),
    ("Indian Navy", "agency", "India", "", "", ""),
    ("Vikram Sarabhai Space Centre", "organization", "India", "VSSC|Vikram Sarabhai Space Center", "", ""),
    ("ISRO Propulsion Complex", "organization", "India", "IPRC", "", ""),
    ("Satish Dhawan Space Centre", "organization", "India", "SDSC|Satish Dhawan Space Center", "", ""),
    ("Hindustan Aeronautics Limited", "company", "India", "HAL", "", ""),
    ("National Aerospace Laboratory of Japan", "agency", "Japan", "NAL", "", ""),
    ("Canadian Security Intelligence Service", "agency", "Canada", "", "", ""),
    ("Gas Dynamics Laboratory", "organization", "Soviet Union", "GDL", "", ""),
    ("GIRD", "organization", "Soviet Union", "Group for the Study of Reactive Motion", "", ""),
    ("RNII", "organization", "Soviet Union", "Reactive Scientific Research Institute|Jet Propulsion Research Institute", "", ""),
    ("OKB-1", "organization", "Soviet Union", "", "", ""),
    ("Ministry of General Machine-Building", "agency", "Soviet Union", "Ministry of General Machine Building", "", ""),
    ("EADS", "company", "", "European Aeronautic Defence and Space Company", "", ""),
    ("Sierra Nevada Corporation", "company", "United States", "", "", ""),
    ("Voyager Space", "company", "United States", "", "", ""),
    ("GE Aerospace", "company", "United States", "", "", ""),
    ("General Atomics", "company", "United States", "", "", ""),
    ("Google", "company", "United States", "", "", ""),
    ("Lunar Outpost", "company", "United States", "", "", ""),
    ("Venturi Astrolab", "company", "United States", "Astrolab", "", ""),
    ("Telesat", "company", "Canada", "", "", ""),
    ("Magellan Aerospace", "company", "Canada", "", "", ""),
    ("COM DEV", "company", "Canada", "", "", ""),
    ("NEC", "company", "Japan", "NEC Corporation", "", ""),
    ("Clementine", "mission", "United States", "Clementine mission|Deep Space Program Science Experiment", "", ""),
    ("Lunar Prospector", "mission", "United States", "", "", ""),
    ("SWOT", "mission", "", "Surface Water and Ocean Topography|Surface Water Ocean Topography", "", "Surface Water and Ocean Topography"),
    ("TRMM", "mission", "", "Tropical Rainfall Measuring Mission", "", ""),
    ("GPM Core Observatory", "mission", "", "Global Precipitation Measurement", "", ""),
    ("Asteroid Redirect Mission", "mission", "United States", "", "", ""),
    ("Schiaparelli", "mission", "", "Schiaparelli EDM", "", ""),
    ("Nozomi", "mission", "Japan", "PLANET-B", "", ""),
    ("Fobos-Grunt", "mission", "Russia", "Phobos-Grunt", "", ""),
    ("Yinghuo-1", "mission", "China", "", "", ""),
    ("Alouette 1", "mission", "Canada", "Alouette-1|Alouette I", "", ""),
    ("Radarsat-2", "mission", "Canada", "RADARSAT-2", "", ""),
    ("Freedom 7", "mission", "United States", "", "", ""),
    ("Falcon 9", "program", "United States", "", "", ""),
    ("Falcon Heavy", "program", "United States", "", "", ""),
    ("Delta IV Heavy", "program", "United States", "", "", ""),
    ("Ares I", "program", "United States", "", "", ""),
    ("Dragon XL", "program", "United States", "", "", ""),
    ("Lunar Terrain Vehicle", "program", "United States", "LTV", "", ""),
    ("Moon to Mars", "program", "United States", "Moon to Mars program", "", ""),
    ("H-IIA", "program", "Japan", "H-2A|H-IIA rocket", "", ""),
    ("H-IIB", "program", "Japan", "H-2B", "", ""),
    ("H-II", "program", "Japan", "H-2", "", ""),
    ("H3", "program", "Japan", "H3 rocket", "", ""),
    ("M-V", "program", "Japan", "", "", ""),
    ("LVM3", "program", "India", "GSLV Mk III|GSLV Mark III", "", ""),
    ("Automated Transfer Vehicle", "program", "", "ATV", "", ""),
    ("European Robotic Arm", "program", "", "ERA", "", ""),
    ("Venera", "program", "Soviet Union", "Venera programme|Venera program", "", ""),
    ("Lunokhod program", "program", "Soviet Union", "Lunokhod programme", "", ""),
    ("Buran", "program", "Soviet Union", "Buran programme|Buran program", "", ""),
    ("Almaz", "program", "Soviet Union", "Almaz programme|Almaz program", "", ""),
    ("TKS", "program", "Soviet Union", "TKS spacecraft", "", ""),
    ("R-7", "program", "Soviet Union", "R-7 Semyorka", "", ""),
    ("Kliper", "program", "Russia", "", "", ""),
    ("Space Station Freedom", "station", "United States", "", "", ""),
    ("Artemis Base Camp", "station", "United States", "", "", ""),
    ("Kvant-1", "station", "Soviet Union", "Kvant 1", "", ""),
    ("Kvant-2", "station", "Soviet Union", "Kvant 2", "", ""),
    ("Kristall", "station", "Soviet Union", "", "", ""),
    ("Spektr", "station", "Russia", "", "", ""),
    ("Priroda", "station", "Russia", "", "", ""),
    ("Zarya", "station", "Russia", "", "", ""),
    ("Zvezda", "station", "Russia", "Zvezda module", "", ""),
    ("Nauka", "station", "Russia", "Nauka module", "", ""),
    ("Assistant to the President for Science and Technology", "agency", "United States", "APST", "", ""),
    ("Assistant to the President for National Security Affairs", "agency", "United States", "APNSA", "", ""),
    ("Assistant to the President for Economic Policy", "agency", "United States", "APEP", "", ""),
    ("Progress", "program", "Soviet Union", "Progress spacecraft|Progress cargo spacecraft|Progress resupply spacecraft", "", ""),
    ("Users' Advisory Group", "organization", "United States", "National Space Council Users' Advisory Group|Users Advisory Group", "", ""),
    ("Voyager 1", "mission", "United States", "Voyager-1", "", ""),
    ("Voyager 2", "mission", "United States", "Voyager-2", "", ""),
    ("Viking program", "program", "United States", "Viking programme|Viking 1|Viking 2|Viking landers", "", ""),
    ("Ingenuity", "mission", "United States", "Ingenuity helicopter", "", ""),
    ("Spirit rover", "mission", "United States", "", "", ""),
    ("Opportunity rover", "mission", "United States", "", "", ""),
    ("New Horizons", "mission", "United States", "", "", ""),
    ("Juno", "mission", "United States", "Juno spacecraft|Juno probe", "", ""),
    ("Cassini–Huygens", "mission", "", "Cassini-Huygens|Cassini|Huygens probe|Huygens", "", ""),
    ("InSight", "mission", "United States", "InSight lander", "", ""),
    ("DART", "mission", "United States", "Double Asteroid Redirection Test", "", ""),
    ("Europa Clipper", "mission", "United States", "", "", ""),
    ("Psyche mission", "mission", "United States", "Psyche spacecraft", "", ""),
    ("Explorer 1", "mission", "United States", "Explorer-1", "", ""),
    ("Rosetta", "mission", "", "Rosetta mission|Rosetta spacecraft", "", ""),
    ("Gaia", "mission", "", "Gaia mission|Gaia spacecraft", "", ""),
    ("Mars Express", "mission", "", "", "", ""),
    ("Vega", "program", "", "Vega rocket|Vega-C|Vega C", "", ""),
    ("Ariane 5", "program", "", "Ariane-5|Ariane V", "", ""),
    ("Hayabusa", "mission", "Japan", "MUSES-C", "", ""),
    ("Kaguya", "mission", "Japan", "SELENE", "", ""),
    ("Akatsuki", "mission", "Japan", "Venus Climate Orbiter|PLANET-C", "", ""),
    ("Kounotori", "program", "Japan", "HTV|H-II Transfer Vehicle", "", ""),
    ("PSLV", "program", "India", "Polar Satellite Launch Vehicle", "", ""),
    ("GSLV", "program", "India", "Geosynchronous Satellite Launch Vehicle", "", ""),
    ("SSLV", "program", "India", "Small Satellite Launch Vehicle", "", ""),
    ("AstroSat", "mission", "India", "Astrosat", "", ""),
    ("Nuri", "program", "South Korea", "KSLV-II|KSLV-2", "", ""),
    ("Economy Act", "agreement", "United States", "", "", ""),
    ("ANZUS Treaty", "agreement", "", "ANZUS", "", ""),
    ("United States Constitution", "agreement", "United States", "Constitution of the United States|U.S. Constitution|US Constitution", "", ""),
    ("Global Digital Compact", "agreement", "", "", "", ""),
    # --- Persons (heads of state and of agencies often named in policy texts)
    ("Xi Jinping", "person", "China", "President Xi|Chairman Xi", "", ""),
    ("Joe Biden", "person", "United States", "Biden|President Biden|Joseph R. Biden|Joseph R. Biden Jr.|Joseph Biden", "", ""),
    ("Donald Trump", "person", "United States", "Trump|President Trump|Donald J. Trump", "", ""),
    ("Vladimir Putin", "person", "Russia", "Putin|President Putin", "", ""),
    ("Bill Nelson", "person", "United States", "Administrator Nelson|Senator Bill Nelson", "", ""),
    ("Jared Isaacman", "person", "United States", "Isaacman", "", ""),
    ("Jim Bridenstine", "person", "United States", "Bridenstine|James Bridenstine", "", ""),
    ("Yuri Borisov", "person", "Russia", "Yury Borisov|Yuriy Borisov", "", ""),
    ("Dmitry Rogozin", "person", "Russia", "Rogozin|Dmitri Rogozin|Dmitriy Rogozin", "", ""),
    ("Wu Yanhua", "person", "China", "", "", ""),
    ("Zhang Kejian", "person", "China", "", "", ""),
    ("Ye Peijian", "person", "China", "", "", ""),
    ("Wu Weiren", "person", "China", "", "", ""),
    ("Narendra Modi", "person", "India", "Modi|Prime Minister Modi|PM Modi", "", ""),
    ("Josef Aschbacher", "person", "Austria", "Aschbacher", "", ""),
    ("Kamala Harris", "person", "United States", "Vice President Harris|Madam Vice President Harris", "", ""),
    ("Barack Obama", "person", "United States", "President Obama|Obama", "", ""),
    ("George W. Bush", "person", "United States", "President George W. Bush", "", ""),
    ("John F. Kennedy", "person", "United States", "President Kennedy|JFK", "", ""),
    ("Ronald Reagan", "person", "United States", "President Reagan", "", ""),
    ("Dwight D. Eisenhower", "person", "United States", "President Eisenhower", "", ""),
    ("Jake Sullivan", "person", "United States", "", "", ""),
    ("Antony Blinken", "person", "United States", "Secretary Blinken|Blinken", "", ""),
    ("Mike Pence", "person", "United States", "Vice President Pence|Pence", "", ""),
    ("Moon Jae-in", "person", "South Korea", "President Moon", "", ""),
    ("Yoon Suk Yeol", "person", "South Korea", "President Yoon|Yoon Suk-yeol", "", ""),
    ("Fumio Kishida", "person", "Japan", "Prime Minister Kishida|Kishida", "", ""),
    ("Shinzo Abe", "person", "Japan", "Prime Minister Abe", "", ""),
    ("Anthony Albanese", "person", "Australia", "Prime Minister Albanese|Albanese", "", ""),
    ("Emmanuel Macron", "person", "France", "President Macron|Macron", "", ""),
    ("Mohamed bin Zayed", "person", "United Arab Emirates", "Mohamed bin Zayed Al Nahyan|President Mohamed bin Zayed", "", ""),
    ("Ajit Doval", "person", "India", "NSA Doval|Doval", "", ""),
    ("Nikita Khrushchev", "person", "Soviet Union", "Khrushchev", "", ""),
    ("Sergei Korolev", "person", "Soviet Union", "Korolev|Sergey Korolev", "", ""),
    ("Yuri Gagarin", "person", "Soviet Union", "Gagarin", "", ""),
    ("Jan Wörner", "person", "Germany", "Johann-Dietrich Wörner", "", ""),
    ("Simonetta Di Pippo", "person", "Italy", "", "", ""),
    ("Antonio Guterres", "person", "Portugal", "António Guterres", "", ""),
]
# fmt: on


#: Numbered series of flights, stations and conferences: (stem, type, country, numbers). Each
#: number gives the canonical "<stem><n>" with its spellings; actors already in OTHER are kept.
NUMBERED: list[tuple[str, str, str, range]] = [
    ("STS-", "mission", "United States", range(1, 136)),
    ("Crew-", "mission", "United States", range(1, 13)),
    ("Expedition ", "mission", "", range(1, 76)),
    ("Soyuz ", "mission", "Soviet Union", range(1, 41)),
    ("Progress ", "mission", "Soviet Union", range(1, 43)),
    ("Soyuz T-", "mission", "Soviet Union", range(1, 16)),
    ("Soyuz TM-", "mission", "Russia", range(1, 35)),
    ("Salyut ", "station", "Soviet Union", range(1, 8)),
    ("Vostok ", "mission", "Soviet Union", range(1, 7)),
    ("Gemini ", "mission", "United States", range(3, 13)),
    ("Apollo ", "mission", "United States", range(1, 18)),
    ("COP", "organization", "", range(1, 36)),
]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def numbered_rows(existing: set[str]) -> Iterator[dict[str, str]]:
    """The rows of ``NUMBERED`` and the later Artemis flights, except names already listed."""
    for stem, kind, country, numbers in NUMBERED:
        for n in numbers:
            actor = f"{stem}{n}"
            if actor in existing:
                continue
            forms = []
            if stem.endswith(" ") and stem != "Soyuz ":  # "Soyuz-2" is a rocket
                forms.append(f"{stem.rstrip()}-{n}")
            elif stem.endswith("-"):
                forms.append(f"{stem.rstrip('-')} {n}")
            elif stem == "COP":
                forms.append(f"COP {n}")
            yield {
                "actor": actor, "type": kind, "country": country,
                "aliases": "|".join(f for f in forms if f not in existing),
                "metonyms": "", "full_name": "",
            }  # fmt: skip
    for n in (5, 6, 7):
        actor = f"Artemis {_ROMAN[n - 1]}"
        if actor not in existing:
            yield {
                "actor": actor, "type": "mission", "country": "United States",
                "aliases": _numbered("Artemis", n, _ROMAN[n - 1]).replace(f"Artemis {_ROMAN[n - 1]}|", "")
                .replace(f"|Artemis {_ROMAN[n - 1]}", ""),
                "metonyms": "", "full_name": "",
            }  # fmt: skip


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def _fold(text: str) -> str:
    """``text`` without combining marks ("Brasília" -> "Brasilia", "IRIS²" -> "IRIS2")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def with_variants(forms: Iterable[str], exclude: str = "") -> list[str]:
    """``forms`` in order, each followed by its diacritic-free spelling, without duplicates.

    Apostrophe variants (' and ’) are not listed: ``pipeline.nlp.extract.gazetteer`` adds them when it
    loads any gazetteer file.
    """
    out: list[str] = []
    seen = {exclude}
    for form in forms:
        for variant in (form, _fold(form)):
            if variant not in seen and variant not in NO_FOLD:
                seen.add(variant)
                out.append(variant)
    return out


def _pycountry_forms(alpha3: str) -> tuple[list[str], str]:
    """Aliases (name, official and common names) and the long name pycountry gives a code."""
    entry = pycountry.countries.get(alpha_3=alpha3)
    if entry is None:
        return [], FULL_NAME_OVERRIDES.get(alpha3, "")
    names = [getattr(entry, key, "") for key in ("name", "official_name", "common_name")]
    names = [n.removeprefix("the ") for n in names if n]
    aliases = [n for n in names if "," not in n and n not in NO_PYCOUNTRY_ALIAS]
    official = getattr(entry, "official_name", "") or entry.name
    full = FULL_NAME_OVERRIDES.get(alpha3) or official.removeprefix("the ")
    return aliases, full


#: Demonyms whose plural names someone else (Native Americans are not India).
NO_PLURAL = frozenset({"Indian", "Dominican"})


def _plurals(demonyms: str) -> list[str]:
    """Plural nouns of the demonyms ending in -an ("Canadians", "Americans", "Russians")."""
    return [f"{d}s" for d in split(demonyms) if d.endswith("an") and d not in NO_PLURAL]


def country_rows() -> Iterator[dict[str, str]]:
    seen_codes: set[str] = set()
    for alpha3, actor, aliases, demonyms, capitals in COUNTRIES:
        if alpha3 in seen_codes:
            raise ValueError(f"country code {alpha3} listed twice")
        seen_codes.add(alpha3)
        py_aliases, full = _pycountry_forms(alpha3)
        forms = with_variants(
            [actor, *split(aliases), *py_aliases, *split(demonyms), *_plurals(demonyms)],
            exclude=actor,
        )
        yield {
            "actor": actor,
            "type": "country",
            "country": "",
            "aliases": "|".join(forms),
            "metonyms": "|".join(with_variants(split(capitals))),
            "full_name": full if full != actor else "",
        }
    missing = (UN_MEMBERS | UN_OBSERVERS | {"TWN"}) - seen_codes
    if missing:
        raise ValueError(f"no country row for {sorted(missing)}")
    for actor, aliases, demonyms, metonyms, full in FORMER_STATES:
        yield {
            "actor": actor,
            "type": "country",
            "country": "",
            "aliases": "|".join(
                with_variants([actor, *split(aliases), *split(demonyms)], exclude=actor)
            ),
            "metonyms": "|".join(with_variants(split(metonyms))),
            "full_name": full,
        }


def other_rows() -> Iterator[dict[str, str]]:
    for actor, kind, country, aliases, metonyms, full in OTHER:
        yield {
            "actor": actor,
            "type": kind,
            "country": country,
            "aliases": "|".join(with_variants([actor, *split(aliases)], exclude=actor)),
            "metonyms": "|".join(with_variants(split(metonyms))),
            "full_name": full if full != actor else "",
        }


def _normalise(form: str) -> str:
    return form.replace("\u2019", "'")


def build_rows() -> list[dict[str, str]]:
    """All gazetteer rows; raise ``ValueError`` when a surface form belongs to two actors."""
    countries = sorted(country_rows(), key=lambda r: r["actor"])
    rows = countries + list(other_rows())
    taken = {f for r in rows for f in [r["actor"], *split(r["aliases"]), *split(r["metonyms"])]}
    rows += list(numbered_rows(taken))
    owner: dict[str, str] = {}
    for row in rows:
        forms = [row["actor"], *split(row["aliases"]), *split(row["metonyms"])]
        for form in forms:
            key = _normalise(form)
            if owner.setdefault(key, row["actor"]) != row["actor"]:
                raise ValueError(f"{form!r} is used by both {owner[key]!r} and {row['actor']!r}")
    country_names = {r["actor"] for r in countries}
    for row in rows:
        if row["country"] and row["country"] not in country_names:
            raise ValueError(f"{row['actor']!r}: unknown country {row['country']!r}")
    return rows


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if gazetteer.csv is stale")
    parser.add_argument(
        "--out", type=Path, default=OUT, help="where to write (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    text = render(build_rows())
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
