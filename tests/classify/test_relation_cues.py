"""Relation-cue features: which kinds of relation words a sentence holds."""

from __future__ import annotations

import pytest

from pipeline.classify.relation_cues import RelationCues, cue_counts


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        ("Kenya and Japan signed a memorandum on weather satellites.", "cooperation", 2),
        ("The agencies co-developed the lander and jointly fund its operation.", "cooperation", 3),
        ("Beijing hosted a delegation from Islamabad.", "cooperation", 1),
        ("Washington blacklisted the firm and threatened further sanctions.", "competition", 2),
        ("The rivals compete for contracts; one competitor sued.", "competition", 3),
        # words that name rivalry in some sentences and none in most real prose are no cues
        # (issue 12): threats from the climate, common challenges, building blocks, warning
        # satellites, restricted areas, the months ahead, the competent authority
        ("Drought threatens harvests and warning systems track it.", "competition", 0),
        ("Together they address the challenges ahead against the odds.", "competition", 0),
        ("The building blocks lag behind; access is restricted.", "competition", 0),
        ("The competent authority shows leadership and independence.", "competition", 0),
        ("The pressurised module trains staff at the camp.", "competition", 0),
        ("They condemn the ban and the sanctions against the rival bloc.", "competition", 5),
        ("India seeks to outpace its rival in lunar exploration.", "competition", 2),
        ("The rover measured the temperature of the regolith.", "cooperation", 0),
        ("The rover measured the temperature of the regolith.", "competition", 0),
        ("NASA may not use funds for that purpose.", "negation", 1),
        ("NASA may not use funds for that purpose.", "hedge", 1),
        ("Russia never joined, and it cannot join now.", "negation", 2),
        ("The interplay of rivalry and partnership defines the decade.", "contrast", 1),
        # words are words: "significant", "according", "fundamental", "hostile", "view",
        # "determine", "now" and "designed" hold no cue of the other kind
        (
            "A significant portion, according to its fundamental plan, was hostile.",
            "cooperation",
            0,
        ),
        ("In our view the results determine nothing now.", "competition", 0),
        ("In our view the results determine nothing now.", "negation", 0),
        ("The hostile exchange soured relations.", "competition", 1),
        # the longest cue at a place wins: "counterweight" is a contrast cue, not "counter"
        ("A counterweight to Beijing, they said, to counter it.", "contrast", 1),
        ("A counterweight to Beijing, they said, to counter it.", "competition", 1),
        ("They won't and don't co-operate.", "negation", 2),
        ("They won't and don't co-operate.", "cooperation", 1),
        ("The probe was designed in 2019 and scanned the crater.", "cooperation", 0),
        ("The probe was designed in 2019 and scanned the crater.", "competition", 0),
    ],
)
def test_cue_counts(text, group, expected):
    assert cue_counts(text)[group] == expected


def test_features_reward_both_kinds_of_cue_together():
    cues = RelationCues(weight=1.0).fit(["unused"])
    matrix = cues.transform(
        [
            "China and Russia signed an accord to counter the rival bloc.",
            "China and Russia signed an accord on lunar science.",
            "The lander weighs 1.2 tonnes.",
        ]
    ).toarray()
    names = list(cues.get_feature_names_out())
    both = names.index("cue_coop_x_comp")
    assert matrix.shape == (3, len(names))
    assert matrix[0, both] > 0
    assert matrix[1, both] == 0
    assert not matrix[2].any()
    assert (
        RelationCues(weight=0.5).transform(["signed a pact"]).toarray() * 2
        == (cues.transform(["signed a pact"]).toarray())
    ).all()


# Masked sentences, as the classifier reads them (pipeline.classify.masking).
@pytest.mark.parametrize(
    ("text", "parties", "several"),
    [
        ("entcountry and entagency signed a memorandum in entdate.", 2, True),
        ("entagency will work with partners on the lander.", 1, True),  # "with", "partners"
        ("We welcome entcountry's decision to take part.", 1, True),  # "we" and one party
        ("The nations agreed to share tracking data.", 0, True),  # a group of sides
        # one side or none: a cooperation word alone is no relation between actors
        ("The station supports missions of up to two months.", 0, False),
        ("entagency shall provide administrative support.", 1, False),
        ("entmission collected data for entprogram in entdate.", 0, False),  # not parties
        ("We are proud of the crew.", 0, False),  # "we" without a party
    ],
)
def test_structure_features_count_the_sides(text, parties, several):
    from pipeline.classify.cue_words import STRUCTURE_FEATURE_NAMES, structure_features

    row = dict(zip(STRUCTURE_FEATURE_NAMES, structure_features(text), strict=True))
    assert row["parties_two_or_more"] == float(parties >= 2)
    assert row["parties_one"] == float(parties == 1)
    assert row["parties_none"] == float(parties == 0)
    assert row["several_sides"] == float(several)


def test_cooperation_cues_are_split_by_the_number_of_sides():
    from pipeline.classify.cue_words import STRUCTURE_FEATURE_NAMES, structure_features

    def row(text):
        return dict(zip(STRUCTURE_FEATURE_NAMES, structure_features(text), strict=True))

    between = row("entcountry and entcountry signed an agreement.")
    alone = row("entagency signed the contract for its rocket.")
    assert between["cooperation_x_several"] > 0 and between["cooperation_x_single"] == 0
    assert alone["cooperation_x_single"] > 0 and alone["cooperation_x_several"] == 0
    rivals = row("entcountry and entcountry compete for the lead.")
    assert rivals["competition_x_several"] > 0 and rivals["competition_x_single"] == 0


def test_relation_cues_with_structure_add_the_side_columns():
    plain = RelationCues(weight=1.0)
    sides = RelationCues(weight=1.0, structure=True)
    text = ["entcountry and entagency signed an accord."]
    assert plain.transform(text).shape[1] == len(plain.get_feature_names_out()) == 9
    wide = sides.transform(text).toarray()
    assert wide.shape[1] == len(sides.get_feature_names_out()) == 21
    assert (wide[:, :9] == plain.transform(text).toarray()).all()
