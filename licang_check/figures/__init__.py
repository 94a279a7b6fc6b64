"""Printed figures: Chinese numerals, the figure grammar, and how numbers are shown."""
