"""The three short forms of the front-desk flow, and the short form for phone or letter requests.

No field asks who the agents were looking for.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sanctuary.encounters import advice
from sanctuary.encounters.models import Channel, Outcome, Response
from sanctuary.facilities.models import Borough, Facility, FacilityKind

MANUAL_KINDS = [(k, v) for k, v in advice.SHOWN_CHOICES if k not in ("photo", "nothing", "refused")]


def _facility_field(user: Any, required: bool) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=_("Where are you?"),
        queryset=Facility.objects.for_user(user).select_related("agency"),
        required=required,
        empty_label=_("Choose your facility"),
    )


class StartForm(forms.Form):
    """Step 1: where, what they ask, who they say they are."""

    key = forms.CharField(widget=forms.HiddenInput, max_length=64, min_length=8)
    ask = forms.ChoiceField(
        label=_("What are they asking for?"), choices=advice.ASK_CHOICES, widget=forms.RadioSelect
    )
    requester = forms.ChoiceField(
        label=_("Who do they say they are?"), choices=advice.REQUESTER_CHOICES, initial="unknown"
    )
    purpose = forms.ChoiceField(
        label=_("What do they say it is for?"),
        choices=advice.PURPOSE_CHOICES,
        initial="unknown",
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Staff without an agency (citywide roles) must say which facility it is.
        self.fields["facility"] = _facility_field(user, required=user.agency_id is None)
        self.order_fields(["key", "facility", "ask", "requester", "purpose"])


class ShownForm(forms.Form):
    """Step 2: what they showed: a photo for the document check, nothing, or a refusal."""

    shown = forms.ChoiceField(
        label=_("What did they show?"),
        choices=advice.SHOWN_CHOICES[:3] + [("by_hand", _("A paper, but I cannot take a photo"))],
        initial="photo",
        widget=forms.RadioSelect,
    )
    photo = forms.FileField(
        label=_("Photo of the paper"),
        required=False,
        help_text=_("Take it flat and in good light. It is checked and not kept."),
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/*,application/pdf", "capture": "environment"}
        ),
    )
    kind = forms.ChoiceField(
        label=_("Which paper is it?"),
        choices=[("", _("Choose"))] + MANUAL_KINDS,
        required=False,
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

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        shown = data.get("shown")
        if shown == "photo" and not data.get("photo"):
            self.add_error("photo", _('Take or choose a photo, or choose "I cannot take a photo".'))
        if shown == "by_hand" and not data.get("kind"):
            self.add_error("kind", _('Choose which paper it is, or "Something else".'))
        return data


class OutcomeForm(forms.Form):
    """Recorded as it unfolds; every field optional so staff can save what they know so far."""

    outcome = forms.ChoiceField(
        label=_("What happened?"),
        choices=[("", _("Still going on"))] + list(Outcome.choices),
        required=False,
        widget=forms.RadioSelect,
    )
    agent_count = forms.IntegerField(
        label=_("How many agents?"), min_value=1, max_value=500, required=False
    )
    agent_identifiers = forms.CharField(
        label=_("Their names or badge numbers, as they gave them"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    vehicles = forms.CharField(
        label=_("Vehicles, if relevant"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=4000,
        help_text=_("What agents did and said. Do not write who they were looking for."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    keep_flagged = forms.BooleanField(
        label=_("Keep these notes as written (they are encrypted)"), required=False
    )


class AssistanceRequestForm(forms.Form):
    """§10-178: a request made by phone, by letter or in person away from a facility."""

    key = forms.CharField(widget=forms.HiddenInput, max_length=64, min_length=8)
    channel = forms.ChoiceField(
        label=_("How was it asked?"),
        choices=[c for c in Channel.choices if c[0] != Channel.IN_PERSON],
        widget=forms.RadioSelect,
    )
    ask = forms.ChoiceField(
        label=_("What did they ask for?"), choices=advice.ASK_CHOICES, widget=forms.RadioSelect
    )
    requester = forms.ChoiceField(
        label=_("Which agency asked?"), choices=advice.REQUESTER_CHOICES, initial="unknown"
    )
    response = forms.ChoiceField(
        label=_("What was the response?"), choices=Response.choices, widget=forms.RadioSelect
    )
    borough = forms.ChoiceField(
        label=_("Borough, if any"),
        choices=[("", _("None or not known"))] + list(Borough.choices),
        required=False,
    )
    place_kind = forms.ChoiceField(
        label=_("Kind of place, if any"),
        choices=[("", _("None or not known"))] + list(FacilityKind.choices),
        required=False,
    )
