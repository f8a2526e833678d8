"""Requests to disclose identifying information outside an agency (Admin Code §23-1202)."""
