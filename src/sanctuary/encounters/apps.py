from django.apps import AppConfig


class EncountersConfig(AppConfig):
    name = "sanctuary.encounters"
    verbose_name = "Encounters"

    def ready(self) -> None:
        from sanctuary.encounters import checks  # noqa: F401  (registers the system checks)
