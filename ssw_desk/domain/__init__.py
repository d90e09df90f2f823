"""Domain rules: pure Python, no I/O, no Qt, no database."""
