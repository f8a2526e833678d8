from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import authenticate, user_login_failed
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, match_token

SIGN_IN_FAILED = _(
    "The username, password or code is not right. Try again, or ask your administrator."
)


class SignInForm(forms.Form):
    """Password and TOTP code on one form: fewer taps, and no hint which factor was wrong."""

    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        required=False,
        max_length=8,
        help_text=_("Six digits. Leave empty only the first time, before you have set up the app."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9 ]*"}
        ),
    )

    def __init__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        self.request = request
        self.user: Any = None
        self.device: Any = None
        super().__init__(*args, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        username, password = data.get("username"), data.get("password")
        if not username or not password:
            return data
        user = authenticate(self.request, username=username, password=password)
        if user is None:
            raise forms.ValidationError(SIGN_IN_FAILED, code="invalid_login")
        devices = list(devices_for_user(user, confirmed=True))
        if devices:
            code = (data.get("code") or "").replace(" ", "")
            device = match_token(user, code) if code else None
            if device is None:
                # A wrong code counts as a failed sign-in, so lock-out covers the second factor too.
                user_login_failed.send(
                    sender=__name__, credentials={"username": username}, request=self.request
                )
                raise forms.ValidationError(SIGN_IN_FAILED, code="invalid_login")
            self.device = device
        self.user = user
        return data


class ConfirmTotpForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )
