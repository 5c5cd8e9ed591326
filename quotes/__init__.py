"""quotes: a quote and attribution index for news text."""

__version__ = "0.1.0"
