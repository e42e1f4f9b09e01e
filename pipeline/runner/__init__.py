"""Executing a run: discovery and merging (``run``), one document's task (``task``), the output
folder's state and cache (``cache``), per-document ``limits``, and the ``pools`` that process
documents."""
