"""licang-check: a fact-checker for the numbers in news articles."""

__version__ = "0.1.0"
