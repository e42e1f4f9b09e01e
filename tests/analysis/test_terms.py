"""Distinguishing terms: tokens, terms and the Monroe, Colaresi & Quinn (2008) log-odds with an
informative Dirichlet prior, on a corpus small enough to compute by hand."""

from __future__ import annotations

import csv
import math
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.analysis.terms import distinguishing_terms, log_odds, terms_of, tokenize
from pipeline.cli import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _dict_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("China's ILRS grew.", ["china", "ILRS", "grew"]),
        ("Russia’s role", ["russia", "role"]),
        ("the US and us", ["the", "US", "and", "us"]),  # the acronym is not the pronoun
        ("US-led partners", ["us-led", "partners"]),
        ("In 2021, 12 states (ESA) joined.", ["in", "states", "ESA", "joined"]),
    ],
)
def test_tokenize(text, tokens):
    assert tokenize(text) == tokens


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("the lunar partnership", ["lunar", "partnership", "lunar partnership"]),
        ("a race against rivals", ["race", "against", "rivals", "race against", "against rivals"]),
        ("one of the United States", ["united", "states", "united states"]),
        ("it is in the", []),
    ],
)
def test_terms_are_unigrams_and_bigrams_without_function_words(text, terms):
    assert terms_of(text) == terms


# A: "lunar partnership", "partnership grows"; B: "lunar race", "race grows".
# Terms and counts (A, B): lunar 1,1; partnership 2,0; grows 1,1; race 0,2; and four bigrams
# seen once. n_A = n_B = 6. Prior = both groups' counts, so alpha_0 = 12.
# partnership: alpha = 2
#   delta = log((2+2)/(6+12-2-2)) - log((0+2)/(6+12-0-2)) = log(4/14) - log(2/16) = 0.826679
#   var = 1/(2+2) + 1/(0+2) = 0.75, z = 0.826679 / sqrt(0.75) = 0.954567
# lunar partnership: alpha = 1
#   delta = log(2/16) - log(1/17) = 0.753772, var = 1/2 + 1/1 = 1.5, z = 0.615452
# lunar and grows: equal counts, delta = 0.
TEXTS_A = ["lunar partnership", "partnership grows"]
TEXTS_B = ["lunar race", "race grows"]


@pytest.mark.parametrize(
    ("term", "delta", "z"),
    [
        ("partnership", 0.826679, 0.954567),
        ("race", -0.826679, -0.954567),
        ("lunar partnership", 0.753772, 0.615452),
        ("race grows", -0.753772, -0.615452),
        ("lunar", 0.0, 0.0),
        ("grows", 0.0, 0.0),
    ],
)
def test_log_odds_by_hand(term, delta, z):
    table = distinguishing_terms(TEXTS_A, TEXTS_B, min_count=1).set_index("term")
    assert table.loc[term, "log_odds"] == pytest.approx(delta, abs=1e-6)
    assert table.loc[term, "z"] == pytest.approx(z, abs=1e-6)


def test_terms_are_ranked_from_a_to_b_with_examples():
    table = distinguishing_terms(TEXTS_A, TEXTS_B, name_a="ILRS", name_b="Artemis", min_count=1)
    assert list(table["term"][:2]) == ["partnership", "lunar partnership"]
    assert list(table["term"][-2:]) == ["race grows", "race"]  # ties: alphabetical
    first = table.iloc[0]
    assert (first["favours"], first["example"]) == ("ILRS", "lunar partnership")
    last = table.iloc[-1]
    assert (last["favours"], last["example"]) == ("Artemis", "lunar race")
    assert table.set_index("term").loc["lunar", "favours"] == ""


def test_min_count_drops_rare_terms():
    table = distinguishing_terms(TEXTS_A, TEXTS_B, min_count=2)
    assert sorted(table["term"]) == ["grows", "lunar", "partnership", "race"]


def test_prior_shrinks_terms_seen_once():
    # The same 1-vs-0 split is less certain than 10-vs-0: z grows with evidence.
    one = log_odds(Counter(x=1), Counter(y=1), Counter(x=1, y=1)).set_index("term")
    ten = log_odds(Counter(x=10), Counter(y=10), Counter(x=10, y=10)).set_index("term")
    assert 0 < one.loc["x", "z"] < ten.loc["x", "z"]
    # hand: alpha_x = 1, alpha_0 = 2, n = 1 each: log(2/1) - log(1/2) = log 4, var = 1/2 + 1
    assert one.loc["x", "log_odds"] == pytest.approx(math.log(4))
    assert one.loc["x", "se"] == pytest.approx(math.sqrt(1.5))


def test_cli_terms_between_runs(tmp_path):
    out = tmp_path / "terms.csv"
    args = ["compare", str(FIXTURES / "run_a"), str(FIXTURES / "run_b")]
    args += ["--terms", "run_a", "run_b", "--min-count", "2", "--out", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    rows = _dict_rows(out)
    assert list(rows[0]) == ["term", "n_a", "n_b", "log_odds", "se", "z", "favours", "example"]
    by_term = {r["term"]: r for r in rows}
    # Claim sentences only: "ILRS" is in 3 of run_a's (a0, a1, b1) and 1 of run_b's.
    assert (by_term["ILRS"]["n_a"], by_term["ILRS"]["n_b"]) == ("3", "1")
    assert by_term["ILRS"]["favours"] == "run_a"
    assert "ILRS" in by_term["ILRS"]["example"]
    assert by_term["japan"]["favours"] == "run_b"


def test_cli_terms_by_condition_prints_both_ends():
    args = ["compare", str(FIXTURES / "run_a"), "--terms", "year<2021", "year>=2021"]
    result = CliRunner().invoke(cli, [*args, "--min-count", "1"])
    assert result.exit_code == 0, result.output
    assert "year<2021" in result.output and "year>=2021" in result.output
