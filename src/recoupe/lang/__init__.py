"""Language data: plain tables per language, kept apart from the code."""
