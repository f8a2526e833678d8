from django.apps import AppConfig


class AgenciesConfig(AppConfig):
    name = "sanctuary.agencies"
    verbose_name = "Agencies"
