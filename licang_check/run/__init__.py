"""Running checks over files: verify, explain, PATH arguments, results and the work budget."""
