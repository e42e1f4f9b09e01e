"""Names of the months and weekdays in English, lower case: shared by the rules that must tell a
date from a name ("By June 2030, ..." is prose, "the Summit on May 30" names no body)."""

MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
