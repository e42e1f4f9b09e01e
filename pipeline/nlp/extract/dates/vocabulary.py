"""Vocabulary: month, season, ordinal and number words, and the words around numbers that make them labels or counts."""

from __future__ import annotations

# Vocabulary


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = {k for k in _MONTHS if len(k) > 4 or k in ("may", "june", "july")}


def _alt(words, *, lower: bool = False) -> str:
    """An alternation of ``words`` in title and upper case (and lower case if asked).

    Month names are matched case-sensitively because "may" and "march" in lower case are a
    verb; listing the cases (rather than IGNORECASE) also keeps ``re``'s fast prefix scan.
    """
    forms = {w.title() for w in words} | {w.upper() for w in words}
    if lower:
        forms |= set(words)
    return "|".join(sorted(forms, key=len, reverse=True))


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty first": 21, "twenty second": 22,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                  "fourth": 4, "4th": 4, "final": 4, "last": 4}  # fmt: skip
_HALF_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2}

#: Words after a number that make it a count or a measure, not a year.
_COUNT_NOUNS = _words(
    """satellite satellites signatory signatories people persons individuals members states
    countries nations parties objects pieces fragments spacecraft rockets astronauts
    employees staff scientists engineers researchers students participants respondents
    visitors users units copies pages words papers articles documents items times years
    months weeks days minutes seconds hours tonnes tonne tons ton kilograms kilogram kg km
    kilometres kilometers kilometre kilometer metres meters m mi miles feet ft lbs mph kph
    kmh dollars usd euros eur yuan rmb rubles roubles yen million billion thousand
    trillion bn mn kw mw gw kwh watts hz mhz ghz kn t pounds lb newtons kilonewtons degrees
    celsius fahrenheit kelvin volts amps bits bytes megabytes gigabytes terabytes pixels liters
    litres gallons inches yards knots rpm μsv µsv msv sv csv gy mgy cgy rad rem bq"""
)
#: A year directly after these is a year even before a plural noun ("by 2030 astronauts ...").
_YEAR_PREPS = _words("in by since until till before after during circa ca ca. c. through")
#: Before a number and a plural noun, these make the number a count ("over 2000 objects").
_QUANTIFIERS = _words(
    """over about nearly almost approximately approx. around some roughly than only just
    total least most estimated additional another extra all with of"""
)
_DURATION_PREPS = _words("over within for throughout across through lasting spanning")
_DETERMINERS = _words("the a an this that these those its their his her our your")
#: Tokens before a number that label it (a volume, a page, a bill, a price, a hearing's room:
#: "in room 2172"), lower-cased.
_NUMBER_LABELS = _words(
    """no. nos. vol vol. vols. iss. pp pp. p. pg. pgs. art. arts. sec. secs. ch. chap. fig.
    figs. para. paras. res. doc. ref. refs. col. nr. tab. eq. app. op. number numbers
    volume volumes issue issues page pages article articles section sections paragraph
    paragraphs chapter chapters figure figures table tables annex annexes appendix
    resolution resolutions rule item items footnote footnotes note isbn issn code codes id
    flight serial docket bill bills equation equations ibid. ibid., # § № $ € £ ¥ us$ usd
    eur rmb cny gbp jpy u.s.c. u.s.c usc c.f.r. cfr stat. fr part parts subpart kosmos
    cosmos room rooms suite"""
)
#: US bills ("S. 1234"), and the capitalised words of a plan's or a programme's name whose
#: year is part of the name ("Vision 2030", "Strategy 2040", "Horizon 2020", "Agenda 2030",
#: "Expo 2020"): case matters ("a strategy 2040 could not meet" is rare; "by 2040" is a date).
_NUMBER_LABELS_CS = _words("S. H.R. H.Res. S.Res. Vision Agenda Horizon Strategy Expo")
_NUMBER_LABEL_PAIRS = frozenset(
    {("et", "al."), ("et", "al.,"), ("et", "al"), ("public", "law"), ("public", "laws")}
)
#: Capitalised words before "(2019)" that name a document, so the parenthesis is its date.
_DOC_NOUNS = _words(
    """treaty agreement agreements accord accords convention act law declaration resolution
    strategy policy report statement memorandum mou plan program programme mission
    guidelines principles paper document charter protocol initiative roadmap framework
    budget decree order regulation directive rules code station"""
)
#: First words of a parenthesis that is a date, not an author-year citation.
_CITE_STOP = frozenset(
    {w.title() for w in _MONTHS}
    | {w.upper() for w in _MONTHS}
    | _words(
        """Spring Summer Autumn Fall Winter Early Mid Late In On By Since From Between Until
        Till Before After During Circa Ca C Around About Approximately The A An And Or As At
        For Of To Through Q1 Q2 Q3 Q4 H1 H2 FY Fiscal Year Years Est Founded Established
        Signed Launched Adopted Entered Effective Updated Revised Accessed Retrieved Published
        Dated Date Vol No Nos Issue Art Article Section Resolution Phase Stage Step"""
    )
)


# --------------------------------------------------------------------------------------------
