"""The installed version of newsdiff."""

__version__ = "0.1.0"
