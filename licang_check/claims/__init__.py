"""Claims files: loading with positions, the article, expressions, the schema, the configuration."""
