"""System checks: a malformed field key stops `migrate` and `check`, not the first request."""

from __future__ import annotations

from typing import Any

from django.core.checks import CheckMessage, Error, register

from sanctuary.encounters.crypto import FieldKeyError, keys


@register()
def field_keys_are_valid(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    try:
        keys()
    except FieldKeyError as error:
        return [Error(str(error), id="sanctuary.E001")]
    return []
