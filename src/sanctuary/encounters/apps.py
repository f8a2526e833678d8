from django.apps import AppConfig


class EncountersConfig(AppConfig):
    name = "sanctuary.encounters"
    verbose_name = "Encounters"
