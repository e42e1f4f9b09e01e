"""Analysis of finished runs: comparisons between groups, distinguishing terms, plots, a
self-contained HTML report and SQL over a run's tables.

Everything here reads the files a run wrote (see the dataset contract) and never the documents
themselves, so an analysis can be repeated or shared without the corpus.
"""
