from django.apps import AppConfig


class RightsConfig(AppConfig):
    name = "sanctuary.rights"
    verbose_name = "Know Your Rights"
