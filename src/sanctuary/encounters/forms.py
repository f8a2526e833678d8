from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sanctuary.encounters import advice
from sanctuary.facilities.models import Facility, FacilityKind


class AgentsAreHereForm(forms.Form):
    """The short guided form: what they want, who they are, what they showed."""

    facility = forms.ModelChoiceField(
        label=_("Where are you?"),
        queryset=Facility.objects.none(),
        required=False,
        empty_label=_("Choose your facility"),
    )
    place_kind = forms.ChoiceField(
        label=_("What kind of place is it?"),
        required=False,
        choices=[("", _("Choose, if you did not pick a facility"))]
        + [(k, v) for k, v in FacilityKind.choices if k != "library"],
        help_text=_("Not needed when you picked your facility above."),
    )
    ask = forms.ChoiceField(
        label=_("What are they asking for?"), choices=advice.ASK_CHOICES, widget=forms.RadioSelect
    )
    requester = forms.ChoiceField(
        label=_("Who do they say they are?"),
        choices=advice.REQUESTER_CHOICES,
        initial="unknown",
    )
    purpose = forms.ChoiceField(
        label=_("What do they say it is for?"),
        choices=advice.PURPOSE_CHOICES,
        initial="unknown",
        widget=forms.RadioSelect,
    )
    shown = forms.ChoiceField(
        label=_("What paper did they show?"),
        choices=advice.SHOWN_CHOICES,
        initial="nothing",
        widget=forms.RadioSelect,
    )
    signed = forms.ChoiceField(
        label=_("Is it signed?"),
        choices=advice.TRISTATE_CHOICES,
        initial="unknown",
        required=False,
        widget=forms.RadioSelect,
    )
    execute_by = forms.DateField(
        label=_('"Execute on or before" date, if printed'),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    names_place = forms.ChoiceField(
        label=_("Does it name this address?"),
        choices=advice.TRISTATE_CHOICES,
        initial="unknown",
        required=False,
        widget=forms.RadioSelect,
    )
    exigent = forms.BooleanField(
        label=_("There is an emergency: someone is in danger right now"), required=False
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["facility"].queryset = Facility.objects.for_user(user).select_related("agency")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        facility = data.get("facility")
        if facility is not None:
            data["place_kind"] = facility.kind if facility.kind != "library" else "other"
        return data
