"""Words and phrases that distinguish two groups' sentences: log-odds ratios with an
informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", section 3.5).

For a term w with count y_w^i in group i (n^i terms in all) and prior α_w (α_0 = Σ α_w):

    δ_w = log[(y_w^a + α_w) / (n^a + α_0 − y_w^a − α_w)]
        − log[(y_w^b + α_w) / (n^b + α_0 − y_w^b − α_w)]
    σ²(δ_w) ≈ 1 / (y_w^a + α_w) + 1 / (y_w^b + α_w),     z_w = δ_w / σ(δ_w)

The prior is the term's count in a background corpus (by default the two groups together,
scaled by ``prior_scale``): it shrinks rare terms toward no difference, so the list is not
dominated by words seen once, which plain log-odds ratios or frequency differences are.
Terms are lower-cased unigrams and bigrams; acronyms (US, ESA) keep their case so that "US"
is not the pronoun "us"; bigrams never start or end on a function word.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import pandas as pd

#: Function words carry little framing. Relation words ("against", "with", "together",
#: "between", "versus", "without") are deliberately kept: they are what framing is made of.
_STOP_TEXT = """
    a an the and or nor but if then so than that this these those there here it its it's
    i me my we our ours us you your he him his she her they them their theirs
    is are was were be been being am do does did doing has have had having
    will would shall should can could may might must
    of in on at by for to from into onto upon about as over under up down out off
    what which who whom whose when where why how all any each every some such no not only
    own same other also very just too more most much many few both either neither
    s t one two three four five six seven eight nine ten et al e.g i.e per via
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def tokenize(text: str) -> list[str]:
    """Words of a sentence: lower case except acronyms, possessive 's dropped, no numbers."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if len(word) >= 2 and word.isupper() and word.isalpha():
            words.append(word)
        else:
            words.append(word.lower())
    return words


def terms_of(text: str) -> list[str]:
    """The unigrams and bigrams of a sentence that count as terms."""
    words = tokenize(text)
    keep = [w for w in words if w not in STOP_WORDS and len(w) > 1]
    bigrams = [
        f"{a} {b}"
        for a, b in zip(words, words[1:], strict=False)
        if a not in STOP_WORDS and b not in STOP_WORDS and len(a) > 1 and len(b) > 1
    ]
    return keep + bigrams


def count_terms(texts: Iterable[str]) -> Counter:
    counts: Counter = Counter()
    for text in texts:
        counts.update(terms_of(text))
    return counts


def log_odds(
    counts_a: Counter, counts_b: Counter, prior: Counter, *, prior_scale: float = 1.0
) -> pd.DataFrame:
    """δ, its standard error and z for every term in either group (Monroe et al. 2008).

    ``prior`` holds background counts; α_w = prior_scale × prior[w] (at least a tiny positive
    amount, so a term absent from the background does not divide by zero).
    """
    vocabulary = sorted(set(counts_a) | set(counts_b))
    alpha = {w: max(prior_scale * prior.get(w, 0), 1e-3) for w in vocabulary}
    alpha0 = sum(max(prior_scale * c, 0) for c in prior.values()) or sum(alpha.values())
    n_a = sum(counts_a.values())
    n_b = sum(counts_b.values())
    rows = []
    for w in vocabulary:
        ya, yb, aw = counts_a.get(w, 0), counts_b.get(w, 0), alpha[w]
        delta = math.log((ya + aw) / (n_a + alpha0 - ya - aw)) - math.log(
            (yb + aw) / (n_b + alpha0 - yb - aw)
        )
        se = math.sqrt(1 / (ya + aw) + 1 / (yb + aw))
        rows.append((w, ya, yb, delta, se, delta / se))
    return pd.DataFrame(rows, columns=["term", "n_a", "n_b", "log_odds", "se", "z"])


def distinguishing_terms(
    texts_a: Sequence[str],
    texts_b: Sequence[str],
    *,
    name_a: str = "A",
    name_b: str = "B",
    background: Sequence[str] | None = None,
    prior_scale: float = 1.0,
    min_count: int = 2,
) -> pd.DataFrame:
    """Terms ranked from most typical of group A (high z) to most typical of B (low z).

    Columns: ``term, n_a, n_b, log_odds, se, z, favours, example`` where ``example`` is a
    sentence of the favoured group that contains the term. Terms seen fewer than
    ``min_count`` times in the two groups together are left out.
    """
    counts_a, counts_b = count_terms(texts_a), count_terms(texts_b)
    prior = count_terms(background) if background is not None else counts_a + counts_b
    table = log_odds(counts_a, counts_b, prior, prior_scale=prior_scale)
    table = table[table["n_a"] + table["n_b"] >= min_count]
    table = table.sort_values(["z", "term"], ascending=[False, True]).reset_index(drop=True)
    table["favours"] = [name_a if z > 0 else name_b if z < 0 else "" for z in table["z"]]
    table["example"] = _examples(table, texts_a, texts_b)
    return table


def _examples(table: pd.DataFrame, texts_a: Sequence[str], texts_b: Sequence[str]) -> list[str]:
    wanted = {("a" if z > 0 else "b", t) for t, z in zip(table["term"], table["z"], strict=True)}
    found: dict[tuple[str, str], str] = {}
    for side, texts in (("a", texts_a), ("b", texts_b)):
        for text in texts:
            for term in set(terms_of(text)):
                key = (side, term)
                if key in wanted and key not in found:
                    found[key] = text
    return [
        found.get(("a" if z > 0 else "b", t), "") if z != 0 else ""
        for t, z in zip(table["term"], table["z"], strict=True)
    ]


def ranked_ends(table: pd.DataFrame, k: int) -> pd.DataFrame:
    """The first and last ``k`` rows of a ranked table: both ends matter for two groups."""
    if len(table) <= 2 * k:
        return table
    return pd.concat([table.head(k), table.tail(k)])
