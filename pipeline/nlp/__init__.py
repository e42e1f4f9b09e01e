"""The spaCy stage: ``build`` makes one ``Language`` from ``default.cfg``; ``extensions`` registers
the ``sc_*`` extensions; ``components/`` holds the registered factories and ``extract/`` the pure
extractors they call."""
