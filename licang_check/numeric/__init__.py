"""Exact numbers: the rational type, intervals and their unions, rounding modes,
whole-number fitting."""
