from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_insight_direction import DiagnosticInsightDirection
from ..models.diagnostic_insight_type import DiagnosticInsightType
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.diagnostic_insight_reference_versions_item import DiagnosticInsightReferenceVersionsItem


T = TypeVar("T", bound="DiagnosticInsight")
_KNOWN_KEYS = frozenset(
    {
        "direction",
        "insightType",
        "referenceVersions",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DiagnosticInsightReferenceVersionsItem
    from ..models.diagnostic_insight_reference_versions_item import DiagnosticInsightReferenceVersionsItem

    _LAZY_IMPORTS_DONE = True


def _read_reference_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_reference_versions = src_dict.get("referenceVersions")
    if _raw_reference_versions is None:
        reference_versions = None
    else:
        reference_versions = []
        _reference_versions = _raw_reference_versions
        for reference_versions_item_data in _reference_versions:
            reference_versions_item = DiagnosticInsightReferenceVersionsItem.from_dict(
                reference_versions_item_data
            )

            reference_versions.append(reference_versions_item)

    return reference_versions


_READERS: dict[str, Any] = {
    "reference_versions": _read_reference_versions,
}


@_attrs_define(repr=False)
class DiagnosticInsight:
    """
    Attributes:
        direction (DiagnosticInsightDirection | Unset):
        insight_type (DiagnosticInsightType | Unset):
        reference_versions (list[DiagnosticInsightReferenceVersionsItem] | Unset):
    """

    direction: DiagnosticInsightDirection | None = None
    insight_type: DiagnosticInsightType | None = None
    reference_versions: list[DiagnosticInsightReferenceVersionsItem] | None = None
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
        direction: Any = None
        if self.direction is not None:
            direction = self.direction.value

        insight_type: Any = None
        if self.insight_type is not None:
            insight_type = self.insight_type.value

        reference_versions: Any = None
        if self.reference_versions is not None:
            reference_versions = []
            for reference_versions_item_data in self.reference_versions:
                reference_versions_item = reference_versions_item_data.to_dict()
                reference_versions.append(reference_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if direction is not None:
            field_dict["direction"] = direction
        if insight_type is not None:
            field_dict["insightType"] = insight_type
        if reference_versions is not None:
            field_dict["referenceVersions"] = reference_versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_direction = src_dict.get("direction")
        if _raw_direction is None:
            direction = None
        else:
            direction = DiagnosticInsightDirection.of(_raw_direction)

        _raw_insight_type = src_dict.get("insightType")
        if _raw_insight_type is None:
            insight_type = None
        else:
            insight_type = DiagnosticInsightType.of(_raw_insight_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.direction = direction
        _model.insight_type = insight_type
        _model._document = src_dict  # reference_versions: read on first access
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
