"""The claim classifier: the model (``classifier``, ``relation_cues``, ``masking``,
``plan_sentences``, ``predictor``), saving and safe loading (``model_io``), annotation formats
(``annotations``, ``standoff``), ``train``, ``metrics``, the model ``card``, ``evaluate`` and
``review`` (suggest and label-issues)."""
