"""The relations between figures and their solver, shared by the kinds and the derive commands."""
