from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_signature_attributes_diagnostic_type import (
    DiagnosticSignatureAttributesDiagnosticType,
)
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.diagnostic_insight import DiagnosticInsight


T = TypeVar("T", bound="DiagnosticSignatureAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DiagnosticInsight
    from ..models.diagnostic_insight import DiagnosticInsight

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class DiagnosticSignatureAttributes:
    """
    Attributes:
        diagnostic_type (DiagnosticSignatureAttributesDiagnosticType | Unset):
        insight (DiagnosticInsight | Unset):
        signature (str | Unset):
        weight (float | Unset):
    """

    diagnostic_type: DiagnosticSignatureAttributesDiagnosticType | None = None
    insight: DiagnosticInsight | None = None
    signature: str | None = None
    weight: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        diagnostic_type: Any = None
        if self.diagnostic_type is not None:
            diagnostic_type = self.diagnostic_type.value

        insight: Any = None
        if self.insight is not None:
            insight = self.insight.to_dict()

        signature = self.signature

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if diagnostic_type is not None:
            field_dict["diagnosticType"] = diagnostic_type
        if insight is not None:
            field_dict["insight"] = insight
        if signature is not None:
            field_dict["signature"] = signature
        if weight is not None:
            field_dict["weight"] = weight
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_diagnostic_type = d.pop("diagnosticType", None)
        if _raw_diagnostic_type is None:
            diagnostic_type = None
        else:
            diagnostic_type = DiagnosticSignatureAttributesDiagnosticType(_raw_diagnostic_type)

        _raw_insight = d.pop("insight", None)
        if _raw_insight is None:
            insight = None
        else:
            insight = DiagnosticInsight.from_dict(_raw_insight)

        signature = d.pop("signature", None)

        weight = d.pop("weight", None)

        diagnostic_signature_attributes = cls(
            diagnostic_type=diagnostic_type,
            insight=insight,
            signature=signature,
            weight=weight,
        )
        diagnostic_signature_attributes.additional_properties = d
        return diagnostic_signature_attributes

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
