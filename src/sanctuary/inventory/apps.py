from django.apps import AppConfig


class InventoryConfig(AppConfig):
    name = "sanctuary.inventory"
    verbose_name = "Data inventory"
