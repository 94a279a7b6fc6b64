"""The check kinds: each kind's verdict, its per-mode verdicts and its nearest
consistent figures."""
