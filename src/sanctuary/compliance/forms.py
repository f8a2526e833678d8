"""The tracker's forms. Types and lengths are checked here; rules live in completion/services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sanctuary.compliance.completion import CompletionInput
from sanctuary.compliance.evidence_file import ALLOWED_EXTENSIONS, ALLOWED_LABEL
from sanctuary.compliance.queries import SORT_CHOICES, SORT_LABELS, STATES


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def _sort_label(key: str) -> str:
    name = SORT_LABELS[key.lstrip("-")]
    return f"{name} ({'descending' if key.startswith('-') else 'ascending'})"


class DashboardFilterForm(forms.Form):
    """GET filters for the dashboard and the CSV export. Unknown values are errors, not 500s."""

    agency = forms.ChoiceField(label=_("Agency"), required=False)
    obligation = forms.ChoiceField(label=_("Obligation"), required=False)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status"))] + [(s, s.capitalize()) for s in STATES],
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[(k, _sort_label(k)) for k in SORT_CHOICES],
    )

    def __init__(
        self,
        data: Any,
        *,
        agencies: list[tuple[str, str]],
        obligations: list[tuple[str, str]],
    ) -> None:
        super().__init__(data)
        self.fields["agency"].choices = [("", _("All agencies"))] + agencies
        self.fields["obligation"].choices = [("", _("All obligations"))] + obligations

    def filters(self) -> dict[str, str]:
        """The valid filters; a field with an error is simply not applied."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {
            key: cleaned.get(key) or ""
            for key in ("agency", "obligation", "status", "sort")
            if key not in self.errors
        }


class CompletionForm(forms.Form):
    """Mark an obligation done; only the evidence fields the obligation needs are shown."""

    completed_on = forms.DateField(label=_("Date it was done"), widget=DateInput())
    officer_name = forms.CharField(label=_("Privacy officer's name"), max_length=200)
    officer_appointed_on = forms.DateField(
        label=_("Date the privacy officer was appointed"), widget=DateInput()
    )
    training_count = forms.IntegerField(
        label=_("Number of staff trained"), min_value=1, max_value=1_000_000
    )
    certification_statement = forms.CharField(
        label=_("Certification statement"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "The statement as the agency signed it. The certification form the order requires "
            "is UNVERIFIED."
        ),
    )
    policy_audit = forms.TypedChoiceField(label=_("Policy audit"), coerce=int)
    evidence_file = forms.FileField(
        label=_("Evidence file"),
        required=False,
        help_text=_("%(types)s, up to the size limit. Replaces any file already attached.")
        % {"types": ALLOWED_LABEL},
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(ALLOWED_EXTENSIONS)}),
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("About the evidence only: no information about residents."),
    )

    EVIDENCE_FIELDS = {
        "officer": ("officer_name", "officer_appointed_on"),
        "training_count": ("training_count",),
        "certification_statement": ("certification_statement",),
        "policy_audit": ("policy_audit",),
    }

    def __init__(
        self,
        *args: Any,
        evidence: list[str],
        audits: list[tuple[int, str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        wanted = {f for kind in evidence for f in self.EVIDENCE_FIELDS.get(kind, ())}
        for kind_fields in self.EVIDENCE_FIELDS.values():
            for name in kind_fields:
                if name not in wanted:
                    del self.fields[name]
        if "policy_audit" in self.fields:
            self.fields["policy_audit"].choices = [("", _("Choose an audit"))] + list(audits or [])
        if "file" in evidence:
            self.fields["evidence_file"].required = True

    def completion_input(self) -> CompletionInput:
        c = self.cleaned_data
        return CompletionInput(
            completed_on=c.get("completed_on"),
            officer_name=c.get("officer_name") or "",
            officer_appointed_on=c.get("officer_appointed_on"),
            training_count=c.get("training_count"),
            certification_statement=c.get("certification_statement") or "",
            policy_audit_id=c.get("policy_audit"),
            notes=c.get("notes") or "",
        )


class PolicyAuditForm(forms.Form):
    agency = forms.ChoiceField(label=_("Agency"))
    title = forms.CharField(label=_("Title"), max_length=200)
    audited_on = forms.DateField(label=_("Date of the audit"), widget=DateInput())
    findings = forms.CharField(
        label=_("Findings"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "What the audit found in the agency's policies. No information about residents."
        ),
    )

    def __init__(self, *args: Any, agencies: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agency"].choices = agencies
        if len(agencies) == 1:
            self.fields["agency"].initial = agencies[0][0]


class PolicyChangeForm(forms.Form):
    title = forms.CharField(label=_("Title of the change"), max_length=200)
    description = forms.CharField(
        label=_("What changes"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Written for the public: it appears on the public page once published."),
    )
    effective_on = forms.DateField(label=_("Effective date"), widget=DateInput())
