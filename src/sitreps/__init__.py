"""sitreps: news reports in, an incident database analysts can trust out."""

__version__ = "0.1.0"
