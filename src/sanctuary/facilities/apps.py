from django.apps import AppConfig


class FacilitiesConfig(AppConfig):
    name = "sanctuary.facilities"
    verbose_name = "Facilities"
