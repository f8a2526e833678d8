from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "sanctuary.audit"
    verbose_name = "Audit log"

    def ready(self) -> None:
        from sanctuary.audit import signals  # noqa: F401
