"""Default word lists of the actor component (``pipeline.nlp.components.actors``), each a
setting of ``spaceclaims_actors`` in ``default.cfg``: names that hold an actor's alias without
being that actor, country names that are given names, combining forms before a hyphen, and the
head words a definite short form refers back by."""

from __future__ import annotations

#: Names that contain an actor's alias but are not that actor (places, regions, peoples).
DEFAULT_STOP_PHRASES = [
    "Latin America", "Latin American", "Latin Americans", "North America", "North American",
    "South America", "South American", "Central America", "Central American",
    "Native American", "Native Americans", "African American", "African Americans",
    "Indian Ocean", "Arabian Sea", "Arabian Peninsula", "South China Sea", "East China Sea",
    "Korean Peninsula", "Persian Gulf", "Gulf of Mexico", "New Mexico", "Mexico City",
    "Washington State", "Washington Post", "Georgia Tech", "Jordan River", "Dead Sea",
    "Chinese Taipei", "American Samoa", "Russian roulette", "Indian summer", "Turkish delight",
    "French fries", "Chinese whispers", "Indo-Pacific", "Indo-European", "Anglo-Saxon",
    "Anglo-Saxons", "Greco-Roman", "Sino-Tibetan", "Amazon rainforest", "Amazon River",
    "Amazon Basin", "Amazon basin", "Amazon region", "Amazon forest",
    # "the Amazon" closing a clause is the forest, as a firm's name there goes without "the"
    "the Amazon.", "the Amazon,", "the Amazon;", "the Amazon:",
    # a route between two places, not NASA's Moon to Mars programme; persons, not programmes
    "from the Moon to Mars", "from Moon to Mars", "Galileo Galilei", "Nicolaus Copernicus",
]  # fmt: skip
#: Country names that are also given names: followed by a surname they are a person.
DEFAULT_GIVEN_NAMES = ["Georgia", "Jordan", "Chad", "Israel", "India", "Kenya", "Chile"]
#: Combining forms before a hyphen ("Sino-American") -> canonical country.
DEFAULT_COMBINING_FORMS = {
    "Sino": "China", "Russo": "Russia", "Indo": "India", "Franco": "France",
    "Anglo": "United Kingdom", "Italo": "Italy", "Nippo": "Japan", "Japano": "Japan",
    "Turco": "Turkey", "Greco": "Greece", "Graeco": "Greece", "Hispano": "Spain",
    "Luso": "Portugal", "Austro": "Austria", "Germano": "Germany", "Sovieto": "Soviet Union",
}  # fmt: skip
#: Head words of names that a later "the <Head>" refers back to ("the Accords", "the Treaty").
DEFAULT_SHORT_FORM_HEADS = [
    "Accords", "Accord", "Treaty", "Agreement", "Convention", "Memorandum", "Charter",
    "Declaration", "Protocol", "Guidelines", "Amendment", "Act", "Regulations", "Agency",
    "Administration", "Corporation", "Commission", "Committee", "Council", "Academy",
    "Institute", "Office", "Consortium", "Organization", "Organisation", "Initiative",
    "Programme", "Program", "Station", "Observatory", "Telescope", "Centre", "Center",
    "Conference", "Forum", "Authority", "Bureau", "Ministry", "Department", "Secretariat",
    "Association", "Federation", "Laboratory",
]  # fmt: skip
