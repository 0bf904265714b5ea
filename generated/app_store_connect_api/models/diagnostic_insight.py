from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_insight_direction import DiagnosticInsightDirection
from ..models.diagnostic_insight_type import DiagnosticInsightType
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.diagnostic_insight_reference_versions_item import DiagnosticInsightReferenceVersionsItem


T = TypeVar("T", bound="DiagnosticInsight")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DiagnosticInsightReferenceVersionsItem
    from ..models.diagnostic_insight_reference_versions_item import DiagnosticInsightReferenceVersionsItem

    _LAZY_IMPORTS_DONE = True


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
        d = dict(src_dict)
        _raw_direction = d.pop("direction", None)
        if _raw_direction is None:
            direction = None
        else:
            direction = DiagnosticInsightDirection(_raw_direction)

        _raw_insight_type = d.pop("insightType", None)
        if _raw_insight_type is None:
            insight_type = None
        else:
            insight_type = DiagnosticInsightType(_raw_insight_type)

        _raw_reference_versions = d.pop("referenceVersions", None)
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

        diagnostic_insight = cls(
            direction=direction,
            insight_type=insight_type,
            reference_versions=reference_versions,
        )
        diagnostic_insight.additional_properties = d
        return diagnostic_insight

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
