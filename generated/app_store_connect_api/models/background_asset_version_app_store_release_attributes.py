from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_asset_version_app_store_release_state import (
    BackgroundAssetVersionAppStoreReleaseState,
)
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BackgroundAssetVersionAppStoreReleaseAttributes")
_KNOWN_KEYS = frozenset(
    {
        "state",
    }
)


@_attrs_define(repr=False)
class BackgroundAssetVersionAppStoreReleaseAttributes:
    """
    Attributes:
        state (BackgroundAssetVersionAppStoreReleaseState | Unset):
    """

    state: BackgroundAssetVersionAppStoreReleaseState | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        state: Any = None
        if self.state is not None:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if state is not None:
            field_dict["state"] = state
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = BackgroundAssetVersionAppStoreReleaseState.of(_raw_state)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.state = state
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
