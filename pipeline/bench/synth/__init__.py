"""Synthetic documents with known content, for tests and benchmarks."""
