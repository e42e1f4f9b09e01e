"""Pure extractors the components call: dates, the gazetteer, persons, claim sides and modality,
and the scoring of extraction against a gold set."""
