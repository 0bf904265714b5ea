from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CiIssueCounts")
_KNOWN_KEYS = frozenset(
    {
        "analyzerWarnings",
        "errors",
        "testFailures",
        "warnings",
    }
)


@_attrs_define(repr=False)
class CiIssueCounts:
    """
    Attributes:
        analyzer_warnings (int | Unset):
        errors (int | Unset):
        test_failures (int | Unset):
        warnings (int | Unset):
    """

    analyzer_warnings: int | None = None
    errors: int | None = None
    test_failures: int | None = None
    warnings: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        analyzer_warnings = self.analyzer_warnings

        errors = self.errors

        test_failures = self.test_failures

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if analyzer_warnings is not None:
            field_dict["analyzerWarnings"] = analyzer_warnings
        if errors is not None:
            field_dict["errors"] = errors
        if test_failures is not None:
            field_dict["testFailures"] = test_failures
        if warnings is not None:
            field_dict["warnings"] = warnings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        analyzer_warnings = src_dict.get("analyzerWarnings")

        errors = src_dict.get("errors")

        test_failures = src_dict.get("testFailures")

        warnings = src_dict.get("warnings")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.analyzer_warnings = analyzer_warnings
        _model.errors = errors
        _model.test_failures = test_failures
        _model.warnings = warnings
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
