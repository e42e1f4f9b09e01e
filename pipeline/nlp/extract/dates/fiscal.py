"""Whose fiscal years a document counts in: a Japanese government's text counts in Japan's.

A fiscal year named from the time of writing ("this fiscal year", "the current fiscal year",
"next fiscal year", "the previous fiscal year") is the one that holds the document's month,
or the one after or before it, under the same convention (:func:`fiscal_of`): the Diet's "how
much is the agency spending in this fiscal year?" on 13 November 2026 is 2026-04/2027-03; a
US hearing's on the same day 2026-10/2027-09. Known by its year only, a document gives no
fiscal year (which one holds it depends on the month).

A fiscal year's months depend on the government that names it: the US federal year runs
October to September and is named by the year it ends in (the pipeline's default,
``fiscal_year_start_month``); Japan's runs April to March and is named by the year it begins
in ("fiscal 2028" is 2028-04/2029-03). A sentence that names Japan alone already reads its
fiscal year as Japan's (``handlers._candidate_fiscal``); in the Diet's minutes, a Cabinet
decision or a Japanese ministry's plan every fiscal year is Japan's, also in a sentence that
names a partner ("planned for fiscal 2028, with the lander provided by India") or no country.
So the head of the text, where such documents name their issuer, decides it once for the
whole text.
"""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.intervals import Interval, Point

#: An issuer at a text's head that makes it a Japanese government's: the Diet and its houses,
#: the Strategic Headquarters for Space Policy, a date given in Japan's era years ("(Reiwa 8)"),
#: or a line of its own that names the Government of Japan or one of its offices as the issuer
#: ("Government of Japan", "Cabinet Office, Government of Japan"). A text that only tells of
#: Japan ("NASA and the Government of Japan signed ...") names it in a sentence, not a line.
_JAPANESE_ISSUER = re.compile(
    r"\b(?:National\s+Diet|House\s+of\s+Councill?ors|"
    r"Strategic\s+Headquarters\s+for\s+Space\s+Policy|(?:Reiwa|Heisei)\s+\d{1,2}\b)"
    r"|^[ \t*_#]*(?:[A-Z][A-Za-z,. ]{0,60},\s+)?Government\s+of\s+Japan[ \t*_]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: How far into the text its issuer is looked for (a cover, a title page, a minutes' header).
_HEAD = 3000


def japanese_government(text: str) -> bool:
    """Whether ``text`` is a Japanese government's (its head names a Japanese issuer,
    ``_JAPANESE_ISSUER``), so that its fiscal years are Japan's."""
    return bool(_JAPANESE_ISSUER.search(text[:_HEAD]))


#: A news story's dateline in a Japanese city ("TOKYO --", "TOKYO, May 3 (Kyodo) -",
#: "TSUKUBA —"): a story filed from Japan, whose fiscal years are Japan's where a sentence
#: names no other government ("MHI plans to ... by fiscal 2027"; a Japanese paper or wire
#: writes Japan's year, as the Diet does), not in one about another's ("NASA's fiscal 2027
#: budget"). The city stands in capitals at a line's start, as agencies print datelines.
_JAPANESE_DATELINE = re.compile(
    r"^[ \t*_#>]*(?:<p[^>]*>)?\s*(?:TOKYO|OSAKA|NAGOYA|YOKOHAMA|KYOTO|KOBE|FUKUOKA|SAPPORO|"
    r"SENDAI|TSUKUBA|SAGAMIHARA|KAGOSHIMA|TANEGASHIMA)"
    r"(?:,[^\n]{0,40}?)?\s*(?:\([A-Za-z ]{2,20}\)\s*)?(?:--|[-–—])",
    re.MULTILINE,
)


def japanese_story(text: str) -> bool:
    """Whether ``text`` is a story filed from Japan (its head has a Japanese city's dateline,
    ``_JAPANESE_DATELINE``), so that a fiscal year in a sentence naming no other government is
    Japan's."""
    return bool(_JAPANESE_DATELINE.search(text[:_HEAD]))


#: A fiscal year named from the time of writing: "this fiscal year", "the current fiscal
#: year", "next / last / the previous / the coming fiscal year"; not "the fiscal year 2027"
#: (a year that names itself) nor "a fiscal year" (any).
_FISCAL_DEICTIC = re.compile(
    r"\b(?P<w>this|current|next|last|previous|coming|present)\s+fiscal\s+year\b"
    r"(?!\s*(?:\(J?FY\)\s*)?['-]?\d)",
    re.IGNORECASE,
)
_FISCAL_SHIFT = {"this": 0, "current": 0, "present": 0, "next": 1, "coming": 1}


def fiscal_deictics(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, shift)`` of each fiscal year named from the time of writing
    (``_FISCAL_DEICTIC``): 0 for this one, 1 for the next, -1 for the last."""
    out = []
    for m in _FISCAL_DEICTIC.finditer(text):
        start, word = m.start(), m["w"].lower()
        the = text[max(0, start - 4) : start].lower() == "the "
        if the and word == "last":
            continue  # "the last fiscal year of the programme": its final one
        if the and word != "this":
            start -= 4  # "the current fiscal year": the article is the mention's
        out.append((start, m.end(), _FISCAL_SHIFT.get(word, -1)))
    return out


def fiscal_of(shift: int, document: Point, start_month: int, japan: bool) -> Interval | None:
    """The fiscal year ``shift`` years from the one that holds the document's month: Japan's
    (April to March) when ``japan``, else the one that opens in ``start_month``; None when the
    document is known by its year only (unless the fiscal year is the calendar year)."""
    year, month, _ = document
    first = 4 if japan else start_month
    if first == 1:
        return Interval((year + shift, None, None), (year + shift, None, None))
    if month is None:
        return None
    opens = (year if month >= first else year - 1) + shift
    return Interval((opens, first, None), (opens + 1, first - 1, None))
