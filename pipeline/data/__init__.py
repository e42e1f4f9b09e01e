"""Data the package ships (gazetteer, bloc membership) and where its shipped files are found
(:mod:`pipeline.data.resources`)."""
