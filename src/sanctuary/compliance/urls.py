from django.urls import path

from sanctuary.compliance import views

app_name = "compliance"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("export.csv", views.export_csv, name="export"),
    path("obligations/<int:pk>/", views.obligation_detail, name="obligation"),
    path("obligations/<int:pk>/reopen/", views.reopen, name="reopen"),
    path("obligations/<int:pk>/evidence/", views.evidence_file, name="evidence"),
    path("policy-audits/", views.audits, name="audits"),
    path("policy-audits/<int:pk>/", views.audit_detail, name="audit"),
    path("policy-changes/<int:pk>/publish/", views.publish, name="publish"),
]
