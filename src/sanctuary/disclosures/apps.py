from django.apps import AppConfig


class DisclosuresConfig(AppConfig):
    name = "sanctuary.disclosures"
    verbose_name = "Disclosure requests"
