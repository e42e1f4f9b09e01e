"""The run's tables: rows from a processed ``Doc`` (``rows``), bloc membership (``blocs``), CSV
writers (``writers``) and atomic files (``files``)."""
