from __future__ import annotations

from typing import Any

import segno
from django.contrib.auth import login, logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from sanctuary.accounts.forms import ConfirmTotpForm, SignInForm
from sanctuary.accounts.totp import readable_key
from sanctuary.audit.service import record


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return "/"


@require_http_methods(["GET", "POST"])
def sign_in(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request, request.POST or None)
    if request.method == "POST" and form.is_valid():
        login(request, form.user, backend="django.contrib.auth.backends.ModelBackend")
        if form.device is None:
            return redirect("accounts:totp_setup")
        otp_login(request, form.device)
        return redirect(_safe_next(request))
    return render(
        request,
        "accounts/login.html",
        {"form": form, "next": _safe_next(request)},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def sign_out(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        record("sign_out", actor=request.user, summary="Signed out")
    logout(request)
    return redirect("accounts:login")


@require_http_methods(["GET", "POST"])
def totp_setup(request: HttpRequest) -> HttpResponse:
    """First sign-in: a user with no authenticator enrols one before reaching any staff page."""
    user: Any = request.user
    if list(devices_for_user(user, confirmed=True)):
        # Someone who has a device but an unverified session signs in again with the code.
        logout(request)
        return redirect("accounts:login")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = ConfirmTotpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].replace(" ", "")):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            record("totp_enrolled", actor=user, obj=user, summary="Authenticator app set up")
            return redirect("web:home")
        form.add_error("code", "That code is not right. Check the app and try again.")
    qr_svg = segno.make(device.config_url, error="m").svg_inline(scale=5, dark="#000", light="#fff")
    secret = readable_key(device.bin_key)
    return render(
        request, "accounts/totp_setup.html", {"form": form, "qr_svg": qr_svg, "secret": secret}
    )
