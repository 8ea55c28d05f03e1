"""Chronik: news articles in, a chronology you can see out."""

__version__ = "0.1.0"
