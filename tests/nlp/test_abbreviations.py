import pytest

from pipeline.nlp.components.abbreviations import find_abbreviations


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("The China National Space Administration (CNSA) said.", "CNSA", "China National Space Administration"),
        ("China's National Space Agency (CNSA) announced it.", "CNSA", "China's National Space Agency"),
        ("plans for the International Lunar Research Station (ILRS) grew", "ILRS", "International Lunar Research Station"),
        ("they signed a Memorandum of Understanding (MoU) in 2021", "MoU", "Memorandum of Understanding"),
        ("the Asia-Pacific Space Cooperation Organization (APSCO) joined", "APSCO", "Asia-Pacific Space Cooperation Organization"),
        ("the Committee on the Peaceful Uses of Outer Space (COPUOS) met", "COPUOS", "Committee on the Peaceful Uses of Outer Space"),
        ("under the Korea Aerospace Research Institute (KARI) plan", "KARI", "Korea Aerospace Research Institute"),
    ],
)  # fmt: skip
def test_definitions_found(text, short, long):
    assert find_abbreviations(text).get(short) == long


@pytest.mark.parametrize(
    "text",
    [
        "It grew quickly (see below).",
        "The budget rose (2019) sharply.",
        "It was launched in March (a first).",
        "Several states (China, Russia) objected.",
        "The text (ABC) bears no relation to the letters.",
    ],
)
def test_non_definitions_ignored(text):
    assert find_abbreviations(text) == {}
