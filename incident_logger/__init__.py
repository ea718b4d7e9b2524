"""Incident Logger: record, search and brief incidents from official statements and news."""

__version__ = "0.1.0"
