from django.urls import path

from sanctuary.compliance import feeds

app_name = "public"
urlpatterns = [
    path("policy-changes/", feeds.policy_changes, name="policy_changes"),
    path("policy-changes/feed.atom", feeds.policy_changes_atom, name="policy_changes_atom"),
    path("policy-changes.json", feeds.policy_changes_json, name="policy_changes_json"),
]
