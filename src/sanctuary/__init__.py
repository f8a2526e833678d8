"""Sanctuary: NYC's immigrant-protection rules (EO 13 of 2026) put into practice."""

__version__ = "0.1.0"
