"""The European Union's register: "the Union", "the Commission", "Parliament" are the EU and
its institutions in a document that calls the EU "the Union" (eighteenth round, from the
wave-5 blind documents' misses: a parliamentary briefing and a committee hearing summary that
never spell out "European Commission"; every row is the team's own text).
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.union_institutions import union_institutions, union_register


def named(text: str, names: list[str]) -> list[tuple[str, str]]:
    return [(text[s:e], n) for s, e, n in union_institutions(text, names)]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("The EU has a plan. The Commission said the Union would act, and Parliament agreed.",
         ["EU"],
         [("Commission", "European Commission"), ("Union", "EU"),
          ("Parliament", "European Parliament")]),
        ("The EU and Japan met. Members asked whether the Parliament's vote would bind the Union.",
         ["EU", "Japan"],
         [("Parliament", "European Parliament"), ("Union", "EU")]),
        # another commission named: "the Commission" stays ambiguous, "the Union" does not
        ("The EU and the Federal Communications Commission met. The Commission and the Union "
         "agreed.",
         ["EU", "Federal Communications Commission"],
         [("Union", "EU")]),
        # negative: no "the Union" (an outside writer says "the EU"); the EU not named; the
        # Soviet Union named more often; a longer name; a national parliament
        ("The EU has a plan. The Commission said so, and Parliament agreed.", ["EU"], []),
        ("The Union said so and the Commission agreed.", [], []),
        ("The Soviet Union and the EU met; the Soviet Union left. The Union collapsed.",
         ["Soviet Union", "EU", "Soviet Union"], []),
        ("The EU spoke of the Union. The Commission on Science met, as did the Union Cabinet.",
         ["EU"], [("Union", "EU")]),
        ("The EU spoke of the Union. The UK Parliament and the Scottish Parliament met.",
         ["EU"], [("Union", "EU")]),
        ("The EU spoke of the Union. He gave the State of the Union address.",
         ["EU"], [("Union", "EU")]),
    ],
)  # fmt: skip
def test_union_institutions(text, names, expected):
    assert named(text, names) == expected


def test_a_national_parliament_keeps_parliament():
    text = "The EU asked the Union to act. The UK Parliament debated it, and Parliament agreed."
    assert union_register(text, ["EU", "UK Parliament"])
    assert ("Parliament", "European Parliament") not in named(text, ["EU", "UK Parliament"])


def actors(doc) -> list[tuple[str, str]]:
    return [(s.text, s.kb_id_) for s in doc.spans["actors"]]


def test_in_a_document(make_doc):
    doc = make_doc(
        [
            "The European Union wants a constellation of its own for secure links.",
            "The Commission signed the concession in December, and the Union will own the "
            "system. Critics in Parliament asked about its cost.",
        ]
    )
    assert ("Commission", "European Commission") in actors(doc)
    assert ("Union", "EU") in actors(doc)
    assert ("Parliament", "European Parliament") in actors(doc)


def test_not_in_an_outside_document(make_doc):
    doc = make_doc(
        [
            "The United Kingdom left the EU in 2020 and now sets its own space rules.",
            "The strategy will be laid before Parliament in the spring.",
        ]
    )
    assert ("Parliament", "European Parliament") not in actors(doc)
