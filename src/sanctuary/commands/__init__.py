"""Subcommands of the `sanctuary` console command."""

from __future__ import annotations

import os


def django_setup() -> None:
    """Start Django for commands that need the database; the domain commands never call this."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sanctuary.site.settings")
    import django

    django.setup()
