"""compare: counts, shares, Wilson intervals, the index and its se, expected counts, filters
and dyads, checked against the hand-made runs in tests/fixtures/run_a and run_b.

run_a (no bloc column, no claims.csv), 7 sentences; p = (p_cooperation, p_competition):
  a0 2020 Introduction cooperation (.9,.1)  China, Russia, ILRS
  a1 2020 Introduction competition (.2,.8)  United States, ILRS, Artemis (country US)
  a2 2020 Results      both        (.7,.6)  NASA (country US), ESA, Gateway, China
  a3 2020 Results      neutral     (.1,.1)  -
  b0 2021 -            competition (.3,.9)  China, United States  (text starts with "- ")
  b1 2021 -            cooperation (.8,.2)  China, Pakistan, ILRS
  b2 2021 -            neutral     (.2,.3)  China three times
run_b (bloc column, claims.csv, modality), 6 sentences of one 2022 document:
  0 both (.8,.7) Artemis Accords[Artemis], ILRS[ILRS]    1 cooperation (.9,.1) Japan, US, Gateway
  2 competition (.1,.9) China[ILRS], US                  3 neutral (.05,.05)
  4 cooperation (.85,.1) Japan, Artemis Accords          5 both (.75,.8) Japan, US, China
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.analysis.compare import (
    AnalysisError,
    compare,
    coop_comp_index,
    dyads,
    filter_corpus,
    group_sids,
    wilson_interval,
)
from pipeline.analysis.load import load_corpus, read_table, run_labels, write_table
from pipeline.cli import cli

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RUN_A = FIXTURES / "run_a"
RUN_B = FIXTURES / "run_b"


def _dict_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def run_a():
    return load_corpus([RUN_A])


@pytest.fixture(scope="module")
def both_runs():
    return load_corpus([RUN_A, RUN_B])


# Wilson (1927) score interval; reference values as tabulated by Newcombe (1998), method 3.
@pytest.mark.parametrize(
    ("k", "n", "lo", "hi"),
    [
        (2, 5, 0.1176, 0.7693),
        (0, 10, 0.0, 0.2775),
        (5, 10, 0.2366, 0.7634),
        (1, 1, 0.2065, 1.0),
        (81, 263, 0.2553, 0.3662),
    ],
)
def test_wilson_interval_matches_published_values(k, n, lo, hi):
    got_lo, got_hi = wilson_interval(k, n)
    assert float(got_lo) == pytest.approx(lo, abs=1e-4)
    assert float(got_hi) == pytest.approx(hi, abs=1e-4)


def test_wilson_interval_of_an_empty_group_is_undefined():
    lo, hi = wilson_interval(0, 0)
    assert math.isnan(float(lo)) and math.isnan(float(hi))


# index = log((coop + .5) / (comp + .5)), se = sqrt(1/(coop + .5) + 1/(comp + .5))
@pytest.mark.parametrize(
    ("coop", "comp", "index", "se"),
    [
        (3, 2, math.log(3.5 / 2.5), math.sqrt(1 / 3.5 + 1 / 2.5)),  # 0.336472, 0.828079
        (0, 0, 0.0, 2.0),
        (1, 3, -0.847298, 0.975900),
        (4, 3, 0.251314, 0.712697),
    ],
)
def test_index_and_standard_error(coop, comp, index, se):
    got_index, got_se = coop_comp_index(coop, comp)
    assert float(got_index) == pytest.approx(index, abs=1e-6)
    assert float(got_se) == pytest.approx(se, abs=1e-6)


# by, group: n, cooperation, competition, both, neutral, expected coop, expected comp
@pytest.mark.parametrize(
    ("by", "group", "counts", "expected"),
    [
        ("actor", "China", (5, 2, 1, 1, 1), (2.9, 2.1)),  # b2 mentions China 3x: counted once
        ("actor", "ILRS", (3, 2, 1, 0, 0), (1.9, 1.1)),
        ("actor", "United States", (2, 0, 2, 0, 0), (0.5, 1.7)),
        ("actor", "NASA", (1, 0, 0, 1, 0), (0.7, 0.6)),
        # NASA and Artemis belong to the United States: a1, a2, b0 (a1 once, not twice).
        ("country", "United States", (3, 0, 2, 1, 0), (1.2, 2.3)),
        ("country", "Russia", (1, 1, 0, 0, 0), (0.9, 0.1)),
        ("year", "2020", (4, 1, 1, 1, 1), (1.9, 1.6)),
        ("year", "2021", (3, 1, 1, 0, 1), (1.3, 1.4)),
        ("document", "Lunar partners", (4, 1, 1, 1, 1), (1.9, 1.6)),
        ("document", "texts/notes.txt", (3, 1, 1, 0, 1), (1.3, 1.4)),  # untitled: source
        ("section", "Introduction", (2, 1, 1, 0, 0), (1.1, 0.9)),
        ("section", "(none)", (3, 1, 1, 0, 1), (1.3, 1.4)),
    ],
)
def test_counts_per_group(run_a, by, group, counts, expected):
    table = compare(run_a, [by]).set_index("group")
    row = table.loc[group]
    assert tuple(int(row[c]) for c in ("n", "cooperation", "competition", "both", "neutral")) == (
        counts
    )
    assert row["expected_coop_claims"] == pytest.approx(expected[0])
    assert row["expected_comp_claims"] == pytest.approx(expected[1])


def test_statistics_of_one_group(run_a):
    china = compare(run_a, ["actor"]).set_index("group").loc["China"]
    # coop = cooperation + both = 3, comp = competition + both = 2
    assert (china["coop_claims"], china["comp_claims"]) == (3, 2)
    assert china["index"] == pytest.approx(0.336472, abs=1e-6)
    assert china["index_se"] == pytest.approx(0.828079, abs=1e-6)
    assert china["index_lo"] == pytest.approx(0.336472 - 1.959964 * 0.828079, abs=1e-5)
    assert china["share_cooperation"] == pytest.approx(0.4)
    assert china["share_cooperation_lo"] == pytest.approx(0.1176, abs=1e-4)
    assert china["share_cooperation_hi"] == pytest.approx(0.7693, abs=1e-4)
    assert china["share_neutral"] == pytest.approx(0.2)


def test_actor_groups_overlap_but_each_counts_a_sentence_once(run_a):
    table = compare(run_a, ["actor"])
    mentions = run_a.actors
    assert (mentions["actor"] == "China").sum() == 7
    assert table.set_index("group").loc["China", "n"] == 5
    # Distinct (sentence, actor) pairs: a0 3 + a1 3 + a2 4 + b0 2 + b1 3 + b2 1 = 16.
    assert table["n"].sum() == 16
    assert len(run_a.sentences) == 7


def test_without_by_each_run_is_a_group(both_runs):
    table = compare(both_runs).set_index("group")
    assert list(table.index) == ["run_a", "run_b"]
    assert tuple(table.loc["run_a", ["n", "coop_claims", "comp_claims"]]) == (7, 3, 3)
    assert table.loc["run_a", "index"] == pytest.approx(0.0)
    assert table.loc["run_a", "index_se"] == pytest.approx(math.sqrt(2 / 3.5))
    assert table.loc["run_a", "expected_coop_claims"] == pytest.approx(3.2)
    assert table.loc["run_b", "index"] == pytest.approx(math.log(4.5 / 3.5))
    assert table.loc["run_b", "expected_comp_claims"] == pytest.approx(2.65)


def test_groups_stay_within_their_run(both_runs):
    table = compare(both_runs, ["actor"])
    china = table[table["group"] == "China"].set_index("run")
    assert china.loc["run_a", "n"] == 5
    assert china.loc["run_b", "n"] == 2  # sentences 2 and 5


@pytest.mark.parametrize(
    ("group", "n", "index", "se"),
    [
        ("Artemis", 5, math.log(4.5 / 3.5), math.sqrt(1 / 4.5 + 1 / 3.5)),
        ("ILRS", 3, math.log(2.5 / 3.5), math.sqrt(1 / 2.5 + 1 / 3.5)),
    ],
)
def test_by_bloc_reads_the_bloc_column(group, n, index, se):
    table = compare(load_corpus([RUN_B]), ["bloc"]).set_index("group")
    assert table.loc[group, "n"] == n
    assert table.loc[group, "index"] == pytest.approx(index)
    assert table.loc[group, "index_se"] == pytest.approx(se)


def test_by_bloc_without_the_column_says_so(run_a):
    with pytest.raises(AnalysisError, match="bloc"):
        compare(run_a, ["bloc"])


def test_cross_tab_of_two_dimensions(run_a):
    table = compare(run_a, ["actor", "year"]).set_index("group")
    assert table.loc["China | 2020", "n"] == 2  # a0, a2
    assert table.loc["China | 2021", "n"] == 3  # b0, b1, b2
    assert table.loc["ILRS | 2021", "cooperation"] == 1
    assert list(table.columns[:3]) == ["run", "actor", "year"]


def test_year_groups_read_in_time_order(run_a):
    assert list(compare(run_a, ["year"])["group"]) == ["2020", "2021"]


def _keys(corpus) -> list[str]:
    s = corpus.sentences
    return [f"{d[0]}{i}" for d, i in zip(s["doc_id"], s["sentence_id"], strict=True)]


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        (["year>=2021"], ["b0", "b1", "b2"]),
        (["year<2021"], ["a0", "a1", "a2", "a3"]),
        (["actor=China"], ["a0", "a2", "b0", "b1", "b2"]),
        (["actor=china"], ["a0", "a2", "b0", "b1", "b2"]),  # case does not matter
        (["actor!=China"], ["a1", "a3"]),
        (["country=United States"], ["a1", "a2", "b0"]),
        (["label=competition"], ["a1", "b0"]),
        (["label=cooperation|both"], ["a0", "a2", "b1"]),
        (["text~ilrs"], ["a0", "a1", "b1"]),
        (["section=Results", "label!=neutral"], ["a2"]),
        (["p_competition>0.5"], ["a1", "a2", "b0"]),
        (["document=texts/notes.txt", "actor=Pakistan"], ["b1"]),
        (["text~- China"], ["b0"]),  # the neutralised cell was restored
    ],
)
def test_where_conditions(run_a, conditions, expected):
    assert _keys(filter_corpus(run_a, conditions)) == expected


def test_where_keeps_actor_and_date_rows_of_kept_sentences_only(run_a):
    kept = filter_corpus(run_a, ["year=2021"])
    assert set(kept.actors["doc_id"]) == {"bbbbbbbbbbbb"}
    assert list(kept.dates["value"]) == ["2023"]


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ("year", "COLUMN OP VALUE"),
        ("yeer>2020", "no column 'yeer'"),
        ("year>soon", "is a number"),
        ("bloc=ILRS", "no column 'bloc'"),
    ],
)
def test_bad_conditions_say_what_is_wrong(run_a, condition, message):
    with pytest.raises(AnalysisError, match=message):
        filter_corpus(run_a, [condition])


@pytest.mark.parametrize(
    ("by", "name", "expected"),
    [
        ([], "run_a", 7),
        (["actor"], "China", 5),
        (["actor"], "united states", 2),
        (["actor", "year"], "China | 2021", 3),
        (["actor"], "year<2021", 4),  # a condition, whatever --by
    ],
)
def test_groups_named_for_terms(run_a, by, name, expected):
    assert len(group_sids(run_a, by, name)) == expected


def test_unknown_group_lists_the_largest(run_a):
    with pytest.raises(AnalysisError, match="China"):
        group_sids(run_a, ["actor"], "Atlantis")


def test_dyads_are_unordered_pairs_counted_by_label():
    table = dyads(load_corpus([RUN_B]))
    rows = [tuple(r) for r in table.drop(columns="run").itertuples(index=False)]
    assert rows == [
        ("China", "United States", 0, 2, 0, 2),
        ("Japan", "United States", 2, 0, 0, 2),  # (Japan, US) and (US, Japan)
        ("Artemis Accords", "ILRS", 0, 0, 1, 1),
        ("Artemis Accords", "Japan", 1, 0, 0, 1),
        ("China", "Japan", 0, 1, 0, 1),
    ]


def test_dyads_without_claims_say_why(run_a):
    with pytest.raises(AnalysisError, match="claims.csv"):
        dyads(run_a)


def test_dyads_follow_where():
    corpus = filter_corpus(load_corpus([RUN_B]), ["modality=planned"])
    assert dyads(corpus)[["party_a", "party_b", "cooperation"]].values.tolist() == [
        ["Japan", "United States", 1]
    ]


@pytest.mark.parametrize(
    ("paths", "labels", "expected"),
    [
        (["x/one/out", "x/two/out"], [], ["one/out", "two/out"]),
        (["x/one", "x/two"], [], ["one", "two"]),
        (["x/one", "x/two"], ["ILRS", "Artemis"], ["ILRS", "Artemis"]),
    ],
)
def test_run_labels(paths, labels, expected):
    assert run_labels(paths, labels) == expected


def test_run_labels_must_match_the_runs():
    with pytest.raises(ValueError, match="one each"):
        run_labels(["a", "b"], ["only"])


@pytest.mark.parametrize("run", [RUN_A, RUN_B])
def test_fixture_offsets_point_at_the_mentions(run):
    corpus = load_corpus([run])
    text = corpus.sentences.set_index("sid")["text"]
    for table in (corpus.actors, corpus.dates):
        for row in table.itertuples():
            assert text[row.sid][row.start : row.end] == row.mention


def test_write_table_neutralises_text_but_not_numbers(tmp_path):
    import pandas as pd

    frame = pd.DataFrame({"group": ["=SUM(A1)", "-x", "China"], "index": [-0.5, 0.25, 0.0]})
    path = write_table(frame, tmp_path / "t.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["group", "index"], ["'=SUM(A1)", "-0.5"], ["'-x", "0.25"], ["China", "0.0"]]
    assert list(read_table(path)["group"]) == ["=SUM(A1)", "-x", "China"]


def test_cli_compare_writes_the_table(tmp_path):
    out = tmp_path / "by_actor.csv"
    result = CliRunner().invoke(
        cli, ["compare", str(RUN_A), str(RUN_B), "--by", "actor", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    rows = _dict_rows(out)
    china = [r for r in rows if r["group"] == "China" and r["run"] == "run_a"][0]
    assert (china["n"], china["cooperation"], china["both"]) == ("5", "2", "1")
    assert float(china["index"]) == pytest.approx(0.336472, abs=1e-6)
    assert float(china["expected_coop_claims"]) == pytest.approx(2.9)


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["--by", "year"], 0, "2021"),
        (["--where", "label=competition"], 0, "run_a"),
        (["--dyads"], 1, "claims.csv"),
        (["--by", "bloc"], 1, "bloc"),
        (["--where", "nonsense"], 1, "COLUMN OP VALUE"),
        (["--terms", "x", "y", "--dyads"], 2, "not both"),
    ],
)
def test_cli_compare_prints_or_explains(args, code, text):
    result = CliRunner().invoke(cli, ["compare", str(RUN_A), *args])
    assert result.exit_code == code, result.output
    assert text in result.output


def test_cli_dyads(tmp_path):
    out = tmp_path / "dyads.csv"
    result = CliRunner().invoke(cli, ["compare", str(RUN_B), "--dyads", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = _dict_rows(out)
    assert rows[0] == {
        "run": "run_b", "party_a": "China", "party_b": "United States", "cooperation": "0",
        "competition": "2", "both": "0", "total": "2",
    }  # fmt: skip


# --- plots -----------------------------------------------------------------------------------


def test_plot_corpus_writes_every_chart_the_data_allows(tmp_path, both_runs):
    from pipeline.analysis.plots import plot_corpus

    written, notes = plot_corpus(both_runs, ["actor"], tmp_path)
    names = sorted(p.name for p in written)
    assert names == [
        "dyads.png", "dyads.svg", "index_time_actor.png", "index_time_actor.svg",
        "shares_actor.png", "shares_actor.svg", "timeline.png", "timeline.svg",
    ]  # fmt: skip
    assert notes == []
    assert all(p.stat().st_size > 1000 for p in written)
    assert (tmp_path / "shares_actor.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_corpus_notes_what_it_skips(tmp_path, run_a):
    from pipeline.analysis.plots import plot_corpus

    written, notes = plot_corpus(run_a, ["country"], tmp_path)
    assert "dyads: skipped (no claims.csv in these runs)" in notes
    assert {p.stem for p in written} == {"shares_country", "index_time_country", "timeline"}


def test_svg_bars_link_to_their_sentences_and_are_reproducible(run_a):
    from pipeline.analysis.plots import figure_svg, shares_figure
    from pipeline.analysis.report import filter_link

    table = compare(run_a, ["actor"])
    svg = figure_svg(shares_figure(table, link=filter_link))
    # one link per bar: 9 actors x 4 labels, plus group names and legend entries
    assert svg.count("label=cooperation") == 9 + 1
    assert 'xlink:href="#filter?actor=China&amp;label=cooperation"' in svg
    assert svg == figure_svg(shares_figure(table, link=filter_link))


def test_cli_plot(tmp_path):
    result = CliRunner().invoke(
        cli,
        ["plot", str(RUN_A), "--by", "year", "--where", "label!=neutral", "--out", str(tmp_path)],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "shares_year.svg").exists()
    assert (tmp_path / "index_time_run.png").exists()  # over time: one line per run
    assert "dyads: skipped" in result.output
