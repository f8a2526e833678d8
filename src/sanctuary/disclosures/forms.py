from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sanctuary.disclosures.models import PURPOSE_CHOICES, REQUESTER_CHOICES, RequesterKind
from sanctuary.disclosures.states import ACTIONS
from sanctuary.privacy import OPERATORS
from sanctuary.rules import DOCUMENT_KINDS, INFORMATION

INFO_CHOICES = [(i, i.replace("_", " ")) for i in INFORMATION]
DOC_CHOICES = [(d, d.replace("_", " ")) for d in DOCUMENT_KINDS]


class IntakeForm(forms.Form):
    requester_name = forms.CharField(label=_("Who asks (the official's name)"), max_length=200)
    requester_organisation = forms.CharField(label=_("Organisation"), max_length=200)
    requester_kind = forms.ChoiceField(choices=RequesterKind.choices)
    requester = forms.ChoiceField(
        label=_("Requester for the rules (ICE, HSI, ... or OTHER)"),
        choices=REQUESTER_CHOICES,
        initial="OTHER",
    )
    purpose = forms.ChoiceField(choices=PURPOSE_CHOICES, initial="unknown")
    purpose_detail = forms.CharField(label=_("Purpose as stated"), required=False)
    information = forms.MultipleChoiceField(
        label=_("Information asked for"), choices=INFO_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    subject = forms.CharField(
        label=_("About whom (as little as possible; encrypted)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    documents = forms.MultipleChoiceField(
        label=_("Legal process presented"),
        choices=DOC_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    documents_signed = forms.BooleanField(label=_("The papers are signed"), required=False)
    consent_written = forms.BooleanField(label=_("The person's written consent"), required=False)
    exigent = forms.BooleanField(label=_("Exigent circumstances claimed"), required=False)
    exigent_reason = forms.CharField(label=_("Why exigent"), required=False)
    deadline = forms.DateField(label=_("Deadline (YYYY-MM-DD)"), required=False)

    def intake(self) -> Any:
        from sanctuary.disclosures.services import Intake

        d = self.cleaned_data
        signed = bool(d["documents_signed"])
        return Intake(
            requester_name=d["requester_name"],
            requester_organisation=d["requester_organisation"],
            requester_kind=d["requester_kind"],
            requester=d["requester"],
            purpose=d["purpose"],
            purpose_detail=d["purpose_detail"],
            information=tuple(d["information"]),
            subject=d["subject"],
            documents=tuple({"kind": k, "signed": signed} for k in d["documents"]),
            consent_written=d["consent_written"],
            exigent=d["exigent"],
            exigent_reason=d["exigent_reason"],
            deadline=d["deadline"],
        )


class ActionForm(forms.Form):
    action = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    reason = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))


class RedactForm(forms.Form):
    file = forms.FileField(label=_("Original (.txt, .csv or .pdf, up to 5 MB)"))
    operator = forms.ChoiceField(choices=[(o, o) for o in OPERATORS], initial="redact")


class ImproperForm(forms.Form):
    occurred_on = forms.DateField(label=_("When (YYYY-MM-DD)"))
    requester_kind = forms.ChoiceField(label=_("Disclosed to"), choices=RequesterKind.choices)
    information = forms.MultipleChoiceField(
        choices=INFO_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    description = forms.CharField(
        label=_("What happened (as little about the person as possible; encrypted)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    person_notified = forms.BooleanField(label=_("The person was notified"), required=False)


class QuarterForm(forms.Form):
    year = forms.IntegerField(min_value=2018, max_value=2100)
    quarter = forms.IntegerField(min_value=1, max_value=4)
    format = forms.ChoiceField(
        choices=[("html", "HTML"), ("csv", "CSV"), ("json", "JSON")], required=False
    )
