"""Instrument forms of the twentieth round, found on the blind agreements set (a mission annex,
a trilateral agreement); the texts are the team's own, with negative cases.

- The Parties of an instrument set under the joint letterhead of two agencies
  (`nlp/extract/instrument_sides.py::letterhead_signatories`): a mission annex or project
  arrangement whose masthead carries both agencies' names and whose title names no "between"
  refers to its signatories as "the Parties"; they are the two agencies, not their states
  (ANNOTATION_GUIDE, "The Parties of an agreement").
- The testimonium that closes an instrument ("IN WITNESS WHEREOF the undersigned ... have
  signed this Agreement", `nlp/extract/claim_sides.py::principal_mentions`): the undersigned
  sign for the Parties, who are its sides."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.instrument_sides import letterhead_signatories
from tests.nlp.test_instrument_parties import instrument_claim  # noqa: F401  (the fixture)

LETTERHEAD = "Indian Space Research Organisation (ISRO)      Italian Space Agency (ASI)"
ANNEX = "PROJECT ANNEX 3 to the Memorandum of Understanding on Space Science"


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # the letterhead's agencies are the Parties of the annex under it
        (LETTERHEAD, [ANNEX, "The Parties shall share the cost of the ground segment."],
         ["ASI", "ISRO"]),
        (LETTERHEAD, [ANNEX, "Neither Party shall pass the other Party's data to a third State."],
         ["ASI", "ISRO"]),
        (LETTERHEAD, ["ANNEX B to the Implementing Arrangement on Lunar Science",
                      "Each Party shall bear the cost of its own instruments."], ["ASI", "ISRO"]),
        # negative: a masthead of a government and an agency keeps the states
        ("Government of the Kingdom of Norway      Kenya Space Agency",
         [ANNEX, "The Parties shall share the cost of the ground segment."],
         ["Kenya", "Norway"]),
    ],
)  # fmt: skip
def test_parties_of_an_instrument_under_two_agencies(instrument_claim, title, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


AGENCY_ACTORS = [("ISRO", "agency", "India"), ("ASI", "agency", "Italy")]


@pytest.mark.parametrize(
    ("title", "actors", "text", "expected"),
    [
        (LETTERHEAD, AGENCY_ACTORS, f"{ANNEX}\n\nThe Parties shall meet.", ("ISRO", "ASI")),
        # an agency's English name with its state in brackets: that state is no third party
        (LETTERHEAD, [*AGENCY_ACTORS, ("Italy", "country", "")],
         f"{ANNEX}\n\nEach Party shall meet its costs.", ("ISRO", "ASI")),
        # negative: a joint news release of two agencies names no instrument
        (LETTERHEAD, AGENCY_ACTORS, "NEWS RELEASE\n\nThe Parties shall meet.", ()),
        # negative: an instrument that never speaks of its Parties
        (LETTERHEAD, AGENCY_ACTORS, f"{ANNEX}\n\nThe agencies will meet.", ()),
        # negative: a title that names its parties "between" is read by title_signatories
        ("Arrangement between ISRO and ASI", AGENCY_ACTORS,
         f"{ANNEX}\n\nThe Parties shall meet.", ()),
        # negative: three agencies, or another state beside them
        (LETTERHEAD, [*AGENCY_ACTORS, ("JAXA", "agency", "Japan")],
         f"{ANNEX}\n\nThe Parties shall meet.", ()),
        (LETTERHEAD, [*AGENCY_ACTORS, ("Brazil", "country", "")],
         f"{ANNEX}\n\nThe Parties shall meet.", ()),
    ],
)  # fmt: skip
def test_letterhead_signatories(title, actors, text, expected):
    assert letterhead_signatories(title, actors, text) == expected


TRILATERAL = (
    "The Government of the Republic of Chile, the Government of the Republic of Peru and the "
    "Government of the Republic of Ecuador, hereinafter jointly referred to as "
    '"the Contracting Parties",'
)


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        ("AGREEMENT", [TRILATERAL, "IN WITNESS WHEREOF, the undersigned, duly authorised by their "
                       "Governments, have signed this Agreement."], ["Chile", "Ecuador", "Peru"]),
        (LETTERHEAD, [ANNEX, "The Parties shall meet.",
                      "In witness whereof the undersigned have signed this Annex."],
         ["ASI", "ISRO"]),
        # negative: "the undersigned" outside the testimonium names no side
        ("AGREEMENT", [TRILATERAL, "The undersigned officials met in Lima to review the data."],
         []),
    ],
)  # fmt: skip
def test_the_undersigned_of_a_testimonium(instrument_claim, title, blocks, parties):  # noqa: F811
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)
