"""Label counts, shares and a cooperation-versus-competition index per group of sentences.

A *group* is a value of one or more dimensions (``actor``, ``country``, ``bloc``, ``document``,
``year``, ``section``, ``journal``, ``run``, ...) within one run. A sentence belongs to every
group its dimensions give it: with ``actor`` it counts once for each distinct actor it
mentions, so groups overlap and their ``n`` do not add up to the number of sentences.

Statistics (per group, from the hard labels and the calibrated probabilities):

- ``share_<label>`` with a Wilson score 95% interval (Wilson 1927), which stays inside 0..1
  and behaves for small groups, unlike the normal approximation;
- ``coop_claims`` = cooperation + both and ``comp_claims`` = competition + both, and
  ``index`` = log((coop_claims + 0.5) / (comp_claims + 0.5)) with standard error
  sqrt(1/(coop_claims + 0.5) + 1/(comp_claims + 0.5)), the empirical logit scale of Lowe,
  Benoit, Mikhaylov & Laver (2011, "Scaling policy preferences from coded political texts");
  positive means more cooperation than competition claims;
- ``expected_coop_claims`` and ``expected_comp_claims``: sums of ``p_cooperation`` and
  ``p_competition``, the counts expected from the classifier's probabilities, beside the hard
  counts, so that a group whose hard counts hinge on borderline sentences shows it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from pipeline.analysis.load import MISSING, Corpus
from pipeline.errors import AnalysisError
from pipeline.schema import CLAIM_LABELS, LABELS

Z95 = 1.959963984540054
#: Dimensions computed from actors.csv: a sentence is in one group per distinct value.
ACTOR_DIMENSIONS = ("actor", "country", "bloc", "actor_type")
#: Dimensions read from the sentence row (with its document's metadata).
DIMENSIONS = ("actor", "country", "bloc", "document", "year", "section", "journal", "run")


def wilson_interval(k, n, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for a proportion k/n (arrays welcome); NaN where n is 0.

    centre = (p + z²/2n) / (1 + z²/n), half-width = z·sqrt(p(1-p)/n + z²/4n²) / (1 + z²/n).
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)


def coop_comp_index(coop, comp) -> tuple[np.ndarray, np.ndarray]:
    """The log ratio of cooperation to competition claims (+0.5 each) and its standard error."""
    coop = np.asarray(coop, dtype=float) + 0.5
    comp = np.asarray(comp, dtype=float) + 0.5
    return np.log(coop / comp), np.sqrt(1 / coop + 1 / comp)


# --- filters ---------------------------------------------------------------------------------

_CONDITION = re.compile(r"^\s*([A-Za-z_]+)\s*(!=|>=|<=|=|>|<|~)\s*(.*?)\s*$", re.S)


@dataclass(frozen=True)
class Condition:
    """One ``--where`` condition: ``column op value``.

    Operators: ``=`` (case-insensitive; ``a|b`` means either), ``!=``, ``<``, ``<=``, ``>``,
    ``>=`` (numeric for numbers such as year, text order otherwise) and ``~`` (contains,
    case-insensitive). On actor columns (actor, country, bloc, actor_type) a sentence matches
    when any of its actors does, and ``!=`` keeps the sentences none of whose actors equal it.
    """

    column: str
    op: str
    value: str

    def __str__(self) -> str:
        return f"{self.column}{self.op}{self.value}"


def parse_condition(text: str) -> Condition:
    match = _CONDITION.match(text)
    if not match:
        raise AnalysisError(
            f"cannot read the condition {text!r}: write COLUMN OP VALUE, e.g. label=competition, "
            "actor=China, year>=2020, text~lunar (operators = != < <= > >= ~)"
        )
    column, op, value = match.groups()
    return Condition(column.lower(), op, value)


def is_condition(text: str) -> bool:
    return bool(_CONDITION.match(text))


def _actor_frame(corpus: Corpus) -> pd.DataFrame:
    """actors.csv rows with ``country`` filled for country actors (a country is its own)."""
    actors = corpus.actors.copy()
    is_country = actors["actor_type"].astype(str).str.lower() == "country"
    actors["country"] = actors["actor"].where(is_country, actors["country"])
    return actors


def _match(series: pd.Series, cond: Condition) -> pd.Series:
    numeric = pd.api.types.is_numeric_dtype(series)
    if cond.op == "~":
        return series.astype(str).str.contains(cond.value, case=False, regex=False, na=False)
    if numeric:
        try:
            values = [float(v) for v in cond.value.split("|")]
        except ValueError:
            raise AnalysisError(f"{cond}: {cond.column} is a number; compare it with one") from None
        x = series.astype(float)
        if cond.op == "=":
            return x.isin(values).fillna(False).astype(bool)
        if cond.op == "!=":
            return (~x.isin(values) & x.notna()).astype(bool)
        return _ordered(x, cond.op, values[0]).fillna(False).astype(bool)
    text = series.fillna("").astype(str).str.casefold()
    wanted = [v.casefold() for v in cond.value.split("|")]
    if cond.op == "=":
        return text.isin(wanted)
    if cond.op == "!=":
        return ~text.isin(wanted)
    return _ordered(text, cond.op, cond.value.casefold())


def _ordered(x: pd.Series, op: str, value) -> pd.Series:
    return {"<": x < value, "<=": x <= value, ">": x > value, ">=": x >= value}[op]


def filter_corpus(corpus: Corpus, conditions: Sequence[Condition | str]) -> Corpus:
    """The sentences that meet every condition (with their actors, dates and claims)."""
    sentences = corpus.sentences
    keep = pd.Series(True, index=sentences.index)
    actors = None
    for cond in conditions:
        cond = parse_condition(cond) if isinstance(cond, str) else cond
        if cond.column in ACTOR_DIMENSIONS:
            actors = _actor_frame(corpus) if actors is None else actors
            _require_column(actors, cond.column, "actors.csv")
            if cond.op == "!=":
                equal = Condition(cond.column, "=", cond.value)
                hit = set(actors.loc[_match(actors[cond.column], equal), "sid"])
                keep &= ~sentences["sid"].isin(hit)
            else:
                hit = set(actors.loc[_match(actors[cond.column], cond), "sid"])
                keep &= sentences["sid"].isin(hit)
        elif cond.column == "party":
            if corpus.claims is None:
                raise AnalysisError(f"{cond}: this run has no claims.csv to read parties from")
            claims = corpus.claims
            hit = _match(claims["party_a"], cond) | _match(claims["party_b"], cond)
            keep &= sentences["sid"].isin(set(claims.loc[hit, "sid"]))
        else:
            _require_column(
                sentences, cond.column, "sentences.csv or documents.csv", ACTOR_DIMENSIONS
            )
            keep &= _match(sentences[cond.column], cond).to_numpy()
    return corpus.subset(sentences.loc[keep, "sid"])


def _require_column(frame: pd.DataFrame, column: str, where: str, also: Sequence[str] = ()) -> None:
    if column not in frame.columns or column == "sid":
        known = sorted({c for c in frame.columns if c != "sid"} | set(also))
        raise AnalysisError(f"no column {column!r} in {where}; known: {', '.join(known)}")


# --- groups ----------------------------------------------------------------------------------


def memberships(corpus: Corpus, dimension: str) -> pd.DataFrame:
    """``sid`` and the group value(s) of each sentence for one dimension, one row per pair."""
    if dimension in ACTOR_DIMENSIONS:
        actors = _actor_frame(corpus)
        if dimension not in actors.columns:
            raise AnalysisError(
                f"--by {dimension}: actors.csv has no {dimension!r} column in this run "
                "(runs made before blocs were added lack it; rerun `spaceclaims run`)"
            )
        values = actors[["sid", dimension]].copy()
        values[dimension] = values[dimension].fillna("").astype(str)
        # A cell may list several values (a country in two blocs), as sentences.csv does.
        values[dimension] = values[dimension].str.split("; ")
        values = values.explode(dimension)
        values = values[values[dimension].str.strip() != ""]
        return values.drop_duplicates().reset_index(drop=True)
    if dimension not in corpus.sentences.columns:
        raise AnalysisError(
            f"--by {dimension}: no such column in this run; use one of {', '.join(DIMENSIONS)}"
        )
    values = corpus.sentences[["sid", dimension]].copy()
    values[dimension] = [
        MISSING if _missing(v) else str(v) for v in values[dimension].astype(object)
    ]
    return values


def _missing(value: object) -> bool:
    return (
        value is None
        or value is pd.NA
        or value == ""
        or (isinstance(value, float) and math.isnan(value))
    )


def compare(corpus: Corpus, by: Sequence[str] = ()) -> pd.DataFrame:
    """One row per run and group with counts, shares, intervals, index and expected counts.

    Columns: ``run, group, <each by dimension>, n, cooperation, competition, both, neutral,
    share_<label>, share_<label>_lo, share_<label>_hi`` for the four labels, ``coop_claims,
    expected_coop_claims, comp_claims, expected_comp_claims, index, index_se, index_lo,
    index_hi`` (index ± 1.96 se). Without ``by`` each run is one group.
    """
    by = list(dict.fromkeys(by))
    frame = corpus.sentences[["sid", "run", "label", "p_cooperation", "p_competition"]].copy()
    for dimension in by:
        if dimension == "run":
            continue
        frame = frame.merge(memberships(corpus, dimension), on="sid", how="inner")
    keys = ["run", *[d for d in by if d != "run"]]
    for label in LABELS:
        frame[label] = (frame["label"] == label).astype(int)
    columns = ["run", "group", *[d for d in by if d != "run"], "n", *LABELS]
    if frame.empty:
        table = pd.DataFrame(columns=columns)
    else:
        table = frame.groupby(keys, sort=False).agg(
            n=("sid", "size"),
            **{label: (label, "sum") for label in LABELS},
            expected_coop_claims=("p_cooperation", lambda s: s.sum(min_count=1)),
            expected_comp_claims=("p_competition", lambda s: s.sum(min_count=1)),
        )
        table = table.reset_index()
        table.insert(1, "group", _group_names(table, by))
    return _statistics(_sorted(table, corpus, by), columns)


def _group_names(table: pd.DataFrame, by: Sequence[str]) -> list[str]:
    dims = [d for d in by if d != "run"]
    if not dims:
        return list(table["run"])
    names = table[dims[0]].astype(str)
    for dimension in dims[1:]:
        names = names + " | " + table[dimension].astype(str)
    return list(names)


def _sorted(table: pd.DataFrame, corpus: Corpus, by: Sequence[str]) -> pd.DataFrame:
    if table.empty:
        return table
    order = {label: i for i, label in enumerate(corpus.labels)}
    table = table.assign(_run=table["run"].map(order))
    dims = [d for d in by if d != "run"]
    if dims and all(d == "year" for d in dims):
        # Time reads left to right; unknown years go last.
        table = table.assign(_year=pd.to_numeric(table["year"], errors="coerce"))
        table = table.sort_values(["_run", "_year"], na_position="last", kind="stable")
    else:
        table = table.sort_values(["_run", "n", "group"], ascending=[True, False, True])
    return table.drop(columns=[c for c in table.columns if c.startswith("_")]).reset_index(
        drop=True
    )


def _statistics(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = table[columns].copy() if not table.empty else pd.DataFrame(columns=columns)
    n = out["n"].astype(float).to_numpy()
    for label in LABELS:
        k = out[label].astype(float).to_numpy()
        with np.errstate(divide="ignore", invalid="ignore"):
            out[f"share_{label}"] = k / n
        lo, hi = wilson_interval(k, n)
        out[f"share_{label}_lo"] = lo
        out[f"share_{label}_hi"] = hi
    coop = out["cooperation"].astype(int) + out["both"].astype(int)
    comp = out["competition"].astype(int) + out["both"].astype(int)
    out["coop_claims"] = coop
    out["expected_coop_claims"] = table.get("expected_coop_claims", pd.Series(dtype=float))
    out["comp_claims"] = comp
    out["expected_comp_claims"] = table.get("expected_comp_claims", pd.Series(dtype=float))
    index, se = coop_comp_index(coop, comp)
    out["index"] = index
    out["index_se"] = se
    out["index_lo"] = index - Z95 * se
    out["index_hi"] = index + Z95 * se
    for column in ("n", *LABELS, "coop_claims", "comp_claims"):
        out[column] = out[column].astype(int)
    return out


# --- groups named on the command line (for --terms) -----------------------------------------


def group_sids(corpus: Corpus, by: Sequence[str], name: str) -> pd.Index:
    """The sentences of a group named on the command line.

    ``name`` is a condition (``year<2020``, ``run=ilrs``, ``actor=China``), or a value of the
    ``by`` dimensions (``China``; ``China | 2021`` for two), or a run label when ``by`` is empty.
    """
    if is_condition(name):
        return pd.Index(filter_corpus(corpus, [name]).sentences["sid"])
    dims = [d for d in by if d != "run"]
    if not dims:
        if name not in corpus.labels:
            raise AnalysisError(
                f"no run labelled {name!r} (runs: {', '.join(corpus.labels)}); to compare "
                "groups inside runs add --by, or write a condition such as actor=China"
            )
        return pd.Index(corpus.sentences.loc[corpus.sentences["run"] == name, "sid"])
    frame = corpus.sentences[["sid", "run"]]
    for dimension in dims:
        frame = frame.merge(memberships(corpus, dimension), on="sid", how="inner")
    names = frame[dims[0]].astype(str)
    for dimension in dims[1:]:
        names = names + " | " + frame[dimension].astype(str)
    hit = names.str.casefold() == name.casefold()
    if not hit.any():
        known = names.value_counts().index[:15]
        raise AnalysisError(
            f"no group {name!r} for --by {' '.join(dims)}; the largest are: " + ", ".join(known)
        )
    return pd.Index(frame.loc[hit, "sid"].unique())


# --- dyads -----------------------------------------------------------------------------------


def dyads(corpus: Corpus) -> pd.DataFrame:
    """Ties between parties from claims.csv: per run and unordered pair, the number of
    cooperation, competition and both claims linking them (``total`` is their sum)."""
    if corpus.claims is None:
        raise AnalysisError(
            "no claims.csv in these runs: party pairs come from claims.csv, which runs made by "
            "an older `spaceclaims run` lack; rerun it to get dyads"
        )
    claims = corpus.claims
    claims = claims[
        claims["label"].isin(CLAIM_LABELS)
        & (claims["party_a"].astype(str).str.strip() != "")
        & (claims["party_b"].astype(str).str.strip() != "")
        & (claims["party_a"] != claims["party_b"])
    ]
    columns = ["run", "party_a", "party_b", *CLAIM_LABELS, "total"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    a = claims["party_a"].astype(str)
    b = claims["party_b"].astype(str)
    pairs = pd.DataFrame(
        {
            "run": claims["run"].to_numpy(),
            "party_a": np.where(a <= b, a, b),
            "party_b": np.where(a <= b, b, a),
            "label": claims["label"].to_numpy(),
        }
    )
    table = pd.crosstab([pairs["run"], pairs["party_a"], pairs["party_b"]], pairs["label"])
    for label in CLAIM_LABELS:
        if label not in table.columns:
            table[label] = 0
    table = table[list(CLAIM_LABELS)].reset_index()
    table.columns.name = None
    table["total"] = table[list(CLAIM_LABELS)].sum(axis=1)
    order = {label: i for i, label in enumerate(corpus.labels)}
    table = table.assign(_run=table["run"].map(order)).sort_values(
        ["_run", "total", "party_a", "party_b"], ascending=[True, False, True, True]
    )
    return table.drop(columns="_run").reset_index(drop=True)[columns]
