from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "sanctuary.web"
    verbose_name = "Web"
