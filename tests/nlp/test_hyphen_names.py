"""A person's name whose last part is joined by a hyphen, cut there by the NER
(``pipeline/nlp/extract/hyphen_names.py``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.hyphen_names import hyphen_end


def _tokens(text: str) -> tuple[list[str], list[bool]]:
    """Token texts and trailing spaces of ``text``, a hyphen its own token as spaCy splits it."""
    words, spaces = [], []
    for chunk in text.split(" "):
        parts = chunk.replace("-", " - ").split()
        for k, part in enumerate(parts):
            words.append(part)
            spaces.append(k == len(parts) - 1)
    return words, spaces


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("Member Kim Do-hyun asked", 1, 2, "Kim Do-hyun"),  # a Korean given name after it
        ("Karim Abdel-Wahab signed", 0, 2, "Karim Abdel-Wahab"),  # an Arabic compound name
        ("said Ruth Okonkwo-Hale today", 1, 3, "Ruth Okonkwo-Hale"),  # a double family name
        ("said Anna Berg-Lund-Ek today", 1, 3, "Anna Berg-Lund-Ek"),
        # a spaced dash is punctuation, not part of the name
        ("Kim - the member - asked", 0, 1, "Kim"),
        ("Anna Berg - who chairs it", 0, 2, "Anna Berg"),
        # a two-word name does not take a following capitalised compound
        ("Anna Berg Co-chaired it", 0, 2, "Anna Berg"),
        # a hyphen before a number or a symbol is no part of a name
        ("Anna Berg-2 spoke", 0, 2, "Anna Berg"),
        ("Anna Berg went", 0, 2, "Anna Berg"),
    ],
)  # fmt: skip
def test_hyphen_end(text, start, end, expected):
    words, spaces = _tokens(text)
    found = hyphen_end(words, spaces, start, end)
    assert (
        "".join(
            w + (" " if s else "")
            for w, s in zip(words[start:found], spaces[start:found], strict=True)
        ).strip()
        == expected
    )


def test_a_hyphened_name_in_a_document(make_doc):
    doc = make_doc(
        "We now turn to questions, beginning with Member Kim Do-hyun. "
        "Karim Abdel-Wahab, who heads the Egyptian Space Agency, signed the pact. "
        "Dr. Abdel-Wahab said the data would be shared."
    )
    persons = [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"]
    assert ("Kim Do-hyun", "Kim Do-hyun") in persons
    assert ("Karim Abdel-Wahab", "Karim Abdel-Wahab") in persons
    assert ("Abdel-Wahab", "Karim Abdel-Wahab") in persons
