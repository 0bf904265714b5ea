from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_error import ResponseError


T = TypeVar("T", bound="ErrorResponse")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ResponseError
    from ..models.response_error import ResponseError

    _LAZY_IMPORTS_DONE = True


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        errors (list[ResponseError] | Unset):
    """

    errors: list[ResponseError] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        errors: list[dict[str, Any]] | Unset | None
        if self.errors is None:
            errors = None
        else:
            errors = UNSET
            if not isinstance(self.errors, Unset):
                errors = []
                for errors_item_data in self.errors:
                    errors_item = errors_item_data.to_dict()
                    errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if errors is not UNSET:
            field_dict["errors"] = errors
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_errors = d.pop("errors", UNSET)
        if _raw_errors is None:
            errors = None
        else:
            _errors = _raw_errors
            errors: list[ResponseError] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = ResponseError.from_dict(errors_item_data)

                    errors.append(errors_item)

        error_response = cls(
            errors=errors,
        )
        error_response.additional_properties = d
        return error_response

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
