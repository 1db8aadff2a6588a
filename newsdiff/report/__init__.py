"""HTML rendering of a :class:`~newsdiff.result.Comparison` (presentation only, no computation)."""
