from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_beta_state import ExternalBetaState
from ..models.internal_beta_state import InternalBetaState
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BuildBetaDetailAttributes")
_KNOWN_KEYS = frozenset(
    {
        "autoNotifyEnabled",
        "externalBuildState",
        "internalBuildState",
    }
)


@_attrs_define(repr=False)
class BuildBetaDetailAttributes:
    """
    Attributes:
        auto_notify_enabled (bool | Unset):
        external_build_state (ExternalBetaState | Unset):
        internal_build_state (InternalBetaState | Unset):
    """

    auto_notify_enabled: bool | None = None
    external_build_state: ExternalBetaState | None = None
    internal_build_state: InternalBetaState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        auto_notify_enabled = self.auto_notify_enabled

        external_build_state: Any = None
        if self.external_build_state is not None:
            external_build_state = self.external_build_state.value

        internal_build_state: Any = None
        if self.internal_build_state is not None:
            internal_build_state = self.internal_build_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if auto_notify_enabled is not None:
            field_dict["autoNotifyEnabled"] = auto_notify_enabled
        if external_build_state is not None:
            field_dict["externalBuildState"] = external_build_state
        if internal_build_state is not None:
            field_dict["internalBuildState"] = internal_build_state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        auto_notify_enabled = src_dict.get("autoNotifyEnabled")

        _raw_external_build_state = src_dict.get("externalBuildState")
        if _raw_external_build_state is None:
            external_build_state = None
        else:
            external_build_state = ExternalBetaState.of(_raw_external_build_state)

        _raw_internal_build_state = src_dict.get("internalBuildState")
        if _raw_internal_build_state is None:
            internal_build_state = None
        else:
            internal_build_state = InternalBetaState.of(_raw_internal_build_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.auto_notify_enabled = auto_notify_enabled
        _model.external_build_state = external_build_state
        _model.internal_build_state = internal_build_state
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
