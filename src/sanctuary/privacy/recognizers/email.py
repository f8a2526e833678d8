"""EMAIL: e-mail addresses. The shape is distinctive enough to need no context."""

from __future__ import annotations

import re

from sanctuary.privacy.recognizers.base import Pattern, Recognizer


class EmailRecognizer(Recognizer):
    name = "EmailRecognizer"
    entity = "EMAIL"
    trigger = re.compile("@")
    patterns = (
        Pattern(
            "local@domain.tld",
            re.compile(
                r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
                r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])"
            ),
            0.9,
        ),
    )
    context_words = ("email", "e-mail", "correo", "correo electrónico")
    context_boost = 0.05
