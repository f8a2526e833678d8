"""At most one unacknowledged surge alert per borough.

A database that already holds two open alerts for one borough (the race this closes) keeps the
newest open; the older ones are marked acknowledged at the time of migration, by no one.
"""

from django.db import migrations, models
from django.utils import timezone


def close_duplicate_open_alerts(apps, schema_editor):
    SurgeAlert = apps.get_model("encounters", "SurgeAlert")
    seen = set()
    for alert in SurgeAlert.objects.filter(acknowledged_at__isnull=True).order_by("-created_at"):
        if alert.borough in seen:
            alert.acknowledged_at = timezone.now()
            alert.save(update_fields=["acknowledged_at"])
        seen.add(alert.borough)


class Migration(migrations.Migration):
    dependencies = [
        ("encounters", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(close_duplicate_open_alerts, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="surgealert",
            constraint=models.UniqueConstraint(
                condition=models.Q(("acknowledged_at__isnull", True)),
                fields=("borough",),
                name="one_open_surge_per_borough",
            ),
        ),
    ]
