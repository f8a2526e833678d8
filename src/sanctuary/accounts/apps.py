from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sanctuary.accounts"
    verbose_name = "Accounts"
