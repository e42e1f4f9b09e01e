"""spaCy components of spaceclaims, one file each, registered with ``@Language.factory``.

``pipeline.nlp.build`` imports every module here so that the factories exist before the pipeline is
built.
"""
