"""Deciding what staff may do when federal agents ask: the page and the API on the rules engine."""
