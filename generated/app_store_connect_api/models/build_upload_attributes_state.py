from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_upload_state import BuildUploadState
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.state_detail import StateDetail


T = TypeVar("T", bound="BuildUploadAttributesState")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, StateDetail
    from ..models.state_detail import StateDetail

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BuildUploadAttributesState:
    """
    Attributes:
        errors (list[StateDetail] | Unset):
        infos (list[StateDetail] | Unset):
        state (BuildUploadState | Unset):
        warnings (list[StateDetail] | Unset):
    """

    errors: list[StateDetail] | None = None
    infos: list[StateDetail] | None = None
    state: BuildUploadState | None = None
    warnings: list[StateDetail] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        infos: Any = None
        if self.infos is not None:
            infos = []
            for infos_item_data in self.infos:
                infos_item = infos_item_data.to_dict()
                infos.append(infos_item)

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
        if infos is not None:
            field_dict["infos"] = infos
        if state is not None:
            field_dict["state"] = state
        if warnings is not None:
            field_dict["warnings"] = warnings
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_errors = d.pop("errors", None)
        if _raw_errors is None:
            errors = None
        else:
            errors = []
            _errors = _raw_errors
            for errors_item_data in _errors:
                errors_item = StateDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        _raw_infos = d.pop("infos", None)
        if _raw_infos is None:
            infos = None
        else:
            infos = []
            _infos = _raw_infos
            for infos_item_data in _infos:
                infos_item = StateDetail.from_dict(infos_item_data)

                infos.append(infos_item)

        _raw_state = d.pop("state", None)
        if _raw_state is None:
            state = None
        else:
            state = BuildUploadState(_raw_state)

        _raw_warnings = d.pop("warnings", None)
        if _raw_warnings is None:
            warnings = None
        else:
            warnings = []
            _warnings = _raw_warnings
            for warnings_item_data in _warnings:
                warnings_item = StateDetail.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        build_upload_attributes_state = cls(
            errors=errors,
            infos=infos,
            state=state,
            warnings=warnings,
        )
        build_upload_attributes_state.additional_properties = d
        return build_upload_attributes_state

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
