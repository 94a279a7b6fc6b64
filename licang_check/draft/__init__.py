"""Drafting claims files from an article: extract and init."""
