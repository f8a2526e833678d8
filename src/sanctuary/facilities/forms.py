from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sanctuary.facilities.importer import COLUMNS
from sanctuary.facilities.models import Facility


class FacilityForm(forms.ModelForm):
    class Meta:
        model = Facility
        # The page edits what the CSV import sets, except the agency (fixed by scoping).
        fields = [c for c in COLUMNS if c != "agency"]
        widgets = {
            "public_areas": forms.Textarea(attrs={"rows": 2}),
            "non_public_areas": forms.Textarea(attrs={"rows": 2}),
        }


class ImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), help_text=_("Columns as in docs/facilities.md."))
