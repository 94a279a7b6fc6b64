"""The message catalogue (private): every message in English and Chinese."""
