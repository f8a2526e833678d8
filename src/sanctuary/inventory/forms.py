from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sanctuary.inventory.categories import categories
from sanctuary.inventory.models import ApprovalKind, LegalBasis


def _category_help() -> str:
    return "Categories: " + ", ".join(c.id for c in categories())


class CollectionForm(forms.Form):
    name = forms.CharField(label=_("System or form"), max_length=200)
    description = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    fields_text = forms.CharField(
        label=_("Fields, one per line: 'field name: category'"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
    )
    purpose = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    need_statement = forms.CharField(
        label=_("Why immigration status or birthplace is needed (if collected)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    legal_basis = forms.ChoiceField(choices=LegalBasis.choices, initial=LegalBasis.NONE_STATED)
    legal_basis_detail = forms.CharField(label=_("Law or mission, in detail"), required=False)
    retention_days = forms.IntegerField(
        label=_("Retention in days (blank: none stated)"), min_value=1, required=False
    )
    access_description = forms.CharField(label=_("Who has access (roles, units)"), required=False)
    access_count = forms.IntegerField(label=_("How many people"), min_value=0, required=False)
    approval_kind = forms.ChoiceField(choices=ApprovalKind.choices, initial=ApprovalKind.NONE)
    approved_by_name = forms.CharField(label=_("Privacy officer who approved"), required=False)
    approved_on = forms.DateField(label=_("Approved on (YYYY-MM-DD)"), required=False)
    approval_reference = forms.CharField(label=_("Written approval reference"), required=False)
    exigent_reason = forms.CharField(label=_("Exigent circumstances"), required=False)
    exigent_reported_to_cpo_on = forms.DateField(
        label=_("Reported to the CPO on (YYYY-MM-DD)"), required=False
    )
    routine_disclosures = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    agreements = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)
    minimization = forms.CharField(
        label=_("Minimization alternatives considered"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["fields_text"].help_text = _category_help()

    def data_for_service(self) -> dict[str, Any]:
        from sanctuary.inventory.services import parse_fields

        data = dict(self.cleaned_data)
        data["fields"] = parse_fields(data.pop("fields_text") or "")
        return data


class ReportForm(forms.Form):
    start = forms.DateField(label=_("From (YYYY-MM-DD)"))
    end = forms.DateField(label=_("To (YYYY-MM-DD)"))
    format = forms.ChoiceField(
        choices=[("html", "HTML"), ("csv", "CSV"), ("json", "JSON")], initial="html"
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if isinstance(start, date) and isinstance(end, date) and end < start:
            raise forms.ValidationError(_("The end comes before the start."))
        return data


class ScanForm(forms.Form):
    file = forms.FileField(label=_("CSV export (up to 10 MB)"))
