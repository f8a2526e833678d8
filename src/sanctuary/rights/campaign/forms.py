"""The campaign's forms: types, choices and lengths here; the rules live in `services`."""

from __future__ import annotations

from typing import Any

from django import forms

from sanctuary.facilities.models import Borough
from sanctuary.rights.campaign.models import (
    MAX_QUANTITY,
    MIN_QUANTITY,
    MaterialKind,
    OrganizationKind,
    PartnerOrganization,
    Status,
    language_choices,
)
from sanctuary.rights.campaign.services import MAX_REASON


class OrderForm(forms.Form):
    organization = forms.ModelChoiceField(
        label="Organization", queryset=PartnerOrganization.objects.none(), required=True
    )
    language = forms.ChoiceField(label="Language", choices=language_choices)
    kind = forms.ChoiceField(
        label="Material",
        choices=MaterialKind.choices,
        help_text="The wallet card and the flyer the KYR pages print (rights/printing.py).",
    )
    quantity = forms.IntegerField(
        label="How many",
        min_value=MIN_QUANTITY,
        max_value=MAX_QUANTITY,
        help_text=f"From {MIN_QUANTITY} to {MAX_QUANTITY:,}.",
    )
    delivery_borough = forms.ChoiceField(label="Deliver to (borough)", choices=Borough.choices)

    def __init__(self, *args: Any, coordinator: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if coordinator:
            self.fields["organization"].queryset = PartnerOrganization.objects.order_by("name")
        else:
            del self.fields["organization"]


class FilterForm(forms.Form):
    """GET filters; a field with a bad value is simply not applied."""

    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status"), *Status.choices]
    )
    language = forms.ChoiceField(
        label="Language", required=False, choices=[("", "Any language"), *language_choices()]
    )
    borough = forms.ChoiceField(
        label="Borough", required=False, choices=[("", "Any borough"), *Borough.choices]
    )

    def filters(self) -> dict[str, str]:
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            key: cleaned.get(key) or ""
            for key in ("status", "language", "borough")
            if key not in self.errors
        }


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label="Reason for declining",
        max_length=MAX_REASON,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The partner sees this. Do not write anyone's personal details.",
    )


class OrganizationForm(forms.Form):
    name = forms.CharField(label="Name", max_length=200)
    kind = forms.ChoiceField(label="Kind", choices=OrganizationKind.choices)
    borough = forms.ChoiceField(label="Borough", choices=Borough.choices)
    contact_name = forms.CharField(label="Contact name", max_length=200, required=False)
    contact_phone = forms.CharField(label="Contact phone", max_length=40, required=False)
    contact_email = forms.EmailField(label="Contact e-mail", max_length=200, required=False)


class LinkPartnerForm(forms.Form):
    partner = forms.ModelChoiceField(label="Partner account", queryset=None)  # type: ignore[arg-type]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from sanctuary.accounts.models import User
        from sanctuary.accounts.roles import Role

        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = User.objects.filter(
            role=Role.PARTNER, is_active=True, partner_membership__isnull=True
        ).order_by("username")
