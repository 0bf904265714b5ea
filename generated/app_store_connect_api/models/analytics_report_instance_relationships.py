from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.analytics_report_instance_relationships_segments import (
        AnalyticsReportInstanceRelationshipsSegments,
    )


T = TypeVar("T", bound="AnalyticsReportInstanceRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AnalyticsReportInstanceRelationshipsSegments
    from ..models.analytics_report_instance_relationships_segments import (
        AnalyticsReportInstanceRelationshipsSegments,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AnalyticsReportInstanceRelationships:
    """
    Attributes:
        segments (AnalyticsReportInstanceRelationshipsSegments | Unset):
    """

    segments: AnalyticsReportInstanceRelationshipsSegments | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        segments: Any = None
        if self.segments is not None:
            segments = UNSET
            if not isinstance(self.segments, Unset):
                segments = self.segments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if segments is not None:
            field_dict["segments"] = segments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_segments = d.pop("segments", None)
        if _raw_segments is None:
            segments = None
        else:
            _segments = _raw_segments
            segments: AnalyticsReportInstanceRelationshipsSegments | Unset
            if isinstance(_segments, Unset):
                segments = UNSET
            else:
                segments = AnalyticsReportInstanceRelationshipsSegments.from_dict(_segments)

        analytics_report_instance_relationships = cls(
            segments=segments,
        )
        analytics_report_instance_relationships.additional_properties = d
        return analytics_report_instance_relationships

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
