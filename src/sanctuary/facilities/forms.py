from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sanctuary.facilities.models import Facility


class FacilityForm(forms.ModelForm):
    class Meta:
        model = Facility
        fields = [
            "name",
            "kind",
            "address",
            "borough",
            "public_areas",
            "non_public_areas",
            "counsel_name",
            "counsel_phone",
            "counsel_email",
            "privacy_officer_name",
            "privacy_officer_phone",
            "privacy_officer_email",
        ]
        widgets = {
            "public_areas": forms.Textarea(attrs={"rows": 2}),
            "non_public_areas": forms.Textarea(attrs={"rows": 2}),
        }


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), help_text=_("Columns as in docs/facilities.md."))
