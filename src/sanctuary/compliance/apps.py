from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "sanctuary.compliance"
    verbose_name = "Compliance"
