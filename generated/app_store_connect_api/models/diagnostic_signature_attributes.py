from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_signature_attributes_diagnostic_type import (
    DiagnosticSignatureAttributesDiagnosticType,
)
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.diagnostic_insight import DiagnosticInsight


T = TypeVar("T", bound="DiagnosticSignatureAttributes")
_KNOWN_KEYS = frozenset(
    {
        "diagnosticType",
        "insight",
        "signature",
        "weight",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, DiagnosticInsight
    from ..models.diagnostic_insight import DiagnosticInsight

    _LAZY_IMPORTS_DONE = True


def _read_insight(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_insight = src_dict.get("insight")
    if _raw_insight is None:
        insight = None
    else:
        insight = DiagnosticInsight.from_dict(_raw_insight)

    return insight


_READERS: dict[str, Any] = {
    "insight": _read_insight,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        _raw_diagnostic_type = src_dict.get("diagnosticType")
        if _raw_diagnostic_type is None:
            diagnostic_type = None
        else:
            diagnostic_type = DiagnosticSignatureAttributesDiagnosticType.of(_raw_diagnostic_type)

        signature = src_dict.get("signature")

        weight = src_dict.get("weight")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.diagnostic_type = diagnostic_type
        _model.signature = signature
        _model.weight = weight
        _model._document = src_dict  # insight: read on first access
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
