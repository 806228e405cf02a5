"""One spider per source. A spider is its name plus an entry in pipeline/data/sources.toml."""
