from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.analytics_report_request_relationships_reports import (
        AnalyticsReportRequestRelationshipsReports,
    )


T = TypeVar("T", bound="AnalyticsReportRequestRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AnalyticsReportRequestRelationshipsReports
    from ..models.analytics_report_request_relationships_reports import (
        AnalyticsReportRequestRelationshipsReports,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AnalyticsReportRequestRelationships:
    """
    Attributes:
        reports (AnalyticsReportRequestRelationshipsReports | Unset):
    """

    reports: AnalyticsReportRequestRelationshipsReports | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        reports: Any = None
        if self.reports is not None:
            reports = UNSET
            if not isinstance(self.reports, Unset):
                reports = self.reports.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if reports is not None:
            field_dict["reports"] = reports
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_reports = d.pop("reports", None)
        if _raw_reports is None:
            reports = None
        else:
            _reports = _raw_reports
            reports: AnalyticsReportRequestRelationshipsReports | Unset
            if isinstance(_reports, Unset):
                reports = UNSET
            else:
                reports = AnalyticsReportRequestRelationshipsReports.from_dict(_reports)

        analytics_report_request_relationships = cls(
            reports=reports,
        )
        analytics_report_request_relationships.additional_properties = d
        return analytics_report_request_relationships

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
