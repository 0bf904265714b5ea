from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.diagnostic_logs_product_data_item_diagnostic_insights_item import (
        DiagnosticLogsProductDataItemDiagnosticInsightsItem,
    )
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item import (
        DiagnosticLogsProductDataItemDiagnosticLogsItem,
    )


T = TypeVar("T", bound="DiagnosticLogsProductDataItem")
_KNOWN_KEYS = frozenset(
    {
        "diagnosticInsights",
        "diagnosticLogs",
        "signatureId",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        DiagnosticLogsProductDataItemDiagnosticInsightsItem, \
        DiagnosticLogsProductDataItemDiagnosticLogsItem
    from ..models.diagnostic_logs_product_data_item_diagnostic_insights_item import (
        DiagnosticLogsProductDataItemDiagnosticInsightsItem,
    )
    from ..models.diagnostic_logs_product_data_item_diagnostic_logs_item import (
        DiagnosticLogsProductDataItemDiagnosticLogsItem,
    )

    _LAZY_IMPORTS_DONE = True


def _read_diagnostic_insights(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_diagnostic_insights = src_dict.get("diagnosticInsights")
    if _raw_diagnostic_insights is None:
        diagnostic_insights = None
    else:
        diagnostic_insights = []
        _diagnostic_insights = _raw_diagnostic_insights
        for diagnostic_insights_item_data in _diagnostic_insights:
            diagnostic_insights_item = DiagnosticLogsProductDataItemDiagnosticInsightsItem.from_dict(
                diagnostic_insights_item_data
            )

            diagnostic_insights.append(diagnostic_insights_item)

    return diagnostic_insights


def _read_diagnostic_logs(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_diagnostic_logs = src_dict.get("diagnosticLogs")
    if _raw_diagnostic_logs is None:
        diagnostic_logs = None
    else:
        diagnostic_logs = []
        _diagnostic_logs = _raw_diagnostic_logs
        for diagnostic_logs_item_data in _diagnostic_logs:
            diagnostic_logs_item = DiagnosticLogsProductDataItemDiagnosticLogsItem.from_dict(
                diagnostic_logs_item_data
            )

            diagnostic_logs.append(diagnostic_logs_item)

    return diagnostic_logs


_READERS: dict[str, Any] = {
    "diagnostic_insights": _read_diagnostic_insights,
    "diagnostic_logs": _read_diagnostic_logs,
}


@_attrs_define(repr=False)
class DiagnosticLogsProductDataItem:
    """
    Attributes:
        diagnostic_insights (list[DiagnosticLogsProductDataItemDiagnosticInsightsItem] | Unset):
        diagnostic_logs (list[DiagnosticLogsProductDataItemDiagnosticLogsItem] | Unset):
        signature_id (str | Unset):
    """

    diagnostic_insights: list[DiagnosticLogsProductDataItemDiagnosticInsightsItem] | None = None
    diagnostic_logs: list[DiagnosticLogsProductDataItemDiagnosticLogsItem] | None = None
    signature_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        diagnostic_insights: Any = None
        if self.diagnostic_insights is not None:
            diagnostic_insights = []
            for diagnostic_insights_item_data in self.diagnostic_insights:
                diagnostic_insights_item = diagnostic_insights_item_data.to_dict()
                diagnostic_insights.append(diagnostic_insights_item)

        diagnostic_logs: Any = None
        if self.diagnostic_logs is not None:
            diagnostic_logs = []
            for diagnostic_logs_item_data in self.diagnostic_logs:
                diagnostic_logs_item = diagnostic_logs_item_data.to_dict()
                diagnostic_logs.append(diagnostic_logs_item)

        signature_id = self.signature_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if diagnostic_insights is not None:
            field_dict["diagnosticInsights"] = diagnostic_insights
        if diagnostic_logs is not None:
            field_dict["diagnosticLogs"] = diagnostic_logs
        if signature_id is not None:
            field_dict["signatureId"] = signature_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        signature_id = src_dict.get("signatureId")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.signature_id = signature_id
        _model._document = src_dict  # diagnostic_insights, diagnostic_logs: read on first access
        _extra = {} if src_dict.keys() <= _KNOWN_KEYS else extra_properties(src_dict, _KNOWN_KEYS)
        _model.additional_properties = _extra
        return _model

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
