from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_media_video_state_state import AppMediaVideoStateState
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_media_state_error import AppMediaStateError


T = TypeVar("T", bound="AppMediaVideoState")
_KNOWN_KEYS = frozenset(
    {
        "errors",
        "state",
        "warnings",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppMediaStateError
    from ..models.app_media_state_error import AppMediaStateError

    _LAZY_IMPORTS_DONE = True


def _read_errors(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_errors = src_dict.get("errors")
    if _raw_errors is None:
        errors = None
    else:
        errors = []
        _errors = _raw_errors
        for errors_item_data in _errors:
            errors_item = AppMediaStateError.from_dict(errors_item_data)

            errors.append(errors_item)

    return errors


def _read_warnings(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_warnings = src_dict.get("warnings")
    if _raw_warnings is None:
        warnings = None
    else:
        warnings = []
        _warnings = _raw_warnings
        for warnings_item_data in _warnings:
            warnings_item = AppMediaStateError.from_dict(warnings_item_data)

            warnings.append(warnings_item)

    return warnings


_READERS: dict[str, Any] = {
    "errors": _read_errors,
    "warnings": _read_warnings,
}


@_attrs_define(repr=False)
class AppMediaVideoState:
    """
    Attributes:
        errors (list[AppMediaStateError] | Unset):
        state (AppMediaVideoStateState | Unset):
        warnings (list[AppMediaStateError] | Unset):
    """

    errors: list[AppMediaStateError] | None = None
    state: AppMediaVideoStateState | None = None
    warnings: list[AppMediaStateError] | None = None
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
        errors: Any = None
        if self.errors is not None:
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        state: Any = None
        if self.state is not None:
            state = self.state.value

        warnings: Any = None
        if self.warnings is not None:
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if errors is not None:
            field_dict["errors"] = errors
        if state is not None:
            field_dict["state"] = state
        if warnings is not None:
            field_dict["warnings"] = warnings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = AppMediaVideoStateState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.state = state
        _model._document = src_dict  # errors, warnings: read on first access
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
