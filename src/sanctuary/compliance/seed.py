"""Placeholder until the compliance tracker lands: it loads the order's obligations from data."""


def load_obligations(city: str = "nyc") -> int:
    return 0
