"""The analytics resources a report walk passes through, read leniently from their JSON:API documents."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class AccessType(StrEnum):
    """`accessType` of an analytics report request."""

    ONGOING = "ONGOING"
    ONE_TIME_SNAPSHOT = "ONE_TIME_SNAPSHOT"


class ReportCategory(StrEnum):
    """`category` of an analytics report."""

    APP_USAGE = "APP_USAGE"
    APP_STORE_ENGAGEMENT = "APP_STORE_ENGAGEMENT"
    COMMERCE = "COMMERCE"
    FRAMEWORK_USAGE = "FRAMEWORK_USAGE"
    PERFORMANCE = "PERFORMANCE"


class Granularity(StrEnum):
    """`granularity` of an analytics report instance."""

    DAILY = "DAILY"
    WEEKLY = "WEEKLY"
    MONTHLY = "MONTHLY"


def _attributes(resource: dict[str, Any]) -> dict[str, Any]:
    attributes = resource.get("attributes")
    return attributes if isinstance(attributes, dict) else {}


@dataclass(frozen=True)
class AnalyticsReportRequest:
    """A standing request for an app's analytics reports; a stopped one must be deleted and asked again."""

    id: str
    access_type: str
    stopped_due_to_inactivity: bool

    @classmethod
    def from_json(cls, resource: dict[str, Any]) -> AnalyticsReportRequest:
        """Read one `analyticsReportRequests` resource."""
        attributes = _attributes(resource)
        return cls(
            id=str(resource["id"]),
            access_type=str(attributes.get("accessType", "")),
            stopped_due_to_inactivity=bool(attributes.get("stoppedDueToInactivity", False)),
        )


@dataclass(frozen=True)
class AnalyticsReport:
    """One report a request produces, e.g. "App Downloads Detailed" in COMMERCE."""

    id: str
    name: str
    category: str

    @classmethod
    def from_json(cls, resource: dict[str, Any]) -> AnalyticsReport:
        """Read one `analyticsReports` resource."""
        attributes = _attributes(resource)
        return cls(
            id=str(resource["id"]),
            name=str(attributes.get("name", "")),
            category=str(attributes.get("category", "")),
        )


@dataclass(frozen=True)
class AnalyticsReportInstance:
    """One delivery of a report; it restates earlier dates (Q11): merge instances, never add them."""

    id: str
    granularity: str
    processing_date: str

    @classmethod
    def from_json(cls, resource: dict[str, Any]) -> AnalyticsReportInstance:
        """Read one `analyticsReportInstances` resource."""
        attributes = _attributes(resource)
        return cls(
            id=str(resource["id"]),
            granularity=str(attributes.get("granularity", "")),
            processing_date=str(attributes.get("processingDate", "")),
        )


@dataclass(frozen=True)
class AnalyticsReportSegment:
    """One gzip file of an instance, at a presigned URL on another host (Q13); `checksum` is MD5 hex."""

    id: str
    url: str
    checksum: str | None
    size_in_bytes: int | None

    @classmethod
    def from_json(cls, resource: dict[str, Any]) -> AnalyticsReportSegment:
        """Read one `analyticsReportSegments` resource."""
        attributes = _attributes(resource)
        size = attributes.get("sizeInBytes")
        checksum = attributes.get("checksum")
        return cls(
            id=str(resource["id"]),
            url=str(attributes.get("url", "")),
            checksum=str(checksum) if checksum else None,
            size_in_bytes=size if isinstance(size, int) and not isinstance(size, bool) else None,
        )
