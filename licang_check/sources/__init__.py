"""Sources: the data an article's figures came from (tables, texts, other claims
files), read exactly, looked up, and matched against the article."""
