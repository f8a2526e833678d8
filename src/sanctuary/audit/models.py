from __future__ import annotations

from typing import Any

from django.db import models


class AuditEntry(models.Model):
    """One thing that happened. Never updated or deleted through the application."""

    seq = models.PositiveBigIntegerField(unique=True)
    at = models.DateTimeField()
    actor = models.CharField(
        max_length=150, help_text="Username, or 'system' for automatic actions"
    )
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    agency = models.CharField(max_length=16, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    # unique: two writers can never both link to the same predecessor, so the chain cannot fork.
    prev_hash = models.CharField(max_length=64, unique=True)
    entry_hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["seq"]
        verbose_name_plural = "audit entries"
        indexes = [models.Index(fields=["agency", "at"]), models.Index(fields=["action"])]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} by {self.actor}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise PermissionError("Audit entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError("Audit entries are append-only")

    def as_chain_entry(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "agency": self.agency,
            "summary": self.summary,
            "prev_hash": self.prev_hash,
            "entry_hash": self.entry_hash,
        }


class AuditHead(models.Model):
    """The newest entry's number and hash: the row every writer locks, and the tail's anchor."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.PositiveBigIntegerField(default=0)
    entry_hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"head #{self.seq}"
