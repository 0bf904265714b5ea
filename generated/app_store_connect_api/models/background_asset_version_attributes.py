from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.background_asset_version_state import BackgroundAssetVersionState
from ..models.platform import Platform
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.background_asset_version_attributes_state_details import (
        BackgroundAssetVersionAttributesStateDetails,
    )


T = TypeVar("T", bound="BackgroundAssetVersionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "createdDate",
        "locale",
        "platforms",
        "state",
        "stateDetails",
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BackgroundAssetVersionAttributesStateDetails
    from ..models.background_asset_version_attributes_state_details import (
        BackgroundAssetVersionAttributesStateDetails,
    )

    _LAZY_IMPORTS_DONE = True


def _read_state_details(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_state_details = src_dict.get("stateDetails")
    if _raw_state_details is None:
        state_details = None
    else:
        state_details = BackgroundAssetVersionAttributesStateDetails.from_dict(_raw_state_details)

    return state_details


_READERS: dict[str, Any] = {
    "state_details": _read_state_details,
}


@_attrs_define(repr=False)
class BackgroundAssetVersionAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        locale (str | Unset):
        platforms (list[Platform] | Unset):
        state (BackgroundAssetVersionState | Unset):
        state_details (BackgroundAssetVersionAttributesStateDetails | Unset):
        version (str | Unset):
    """

    created_date: datetime.datetime | None = None
    locale: str | None = None
    platforms: list[Platform] | None = None
    state: BackgroundAssetVersionState | None = None
    state_details: BackgroundAssetVersionAttributesStateDetails | None = None
    version: str | None = None
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
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        locale = self.locale

        platforms: Any = None
        if self.platforms is not None:
            platforms = []
            for platforms_item_data in self.platforms:
                platforms_item = platforms_item_data.value
                platforms.append(platforms_item)

        state: Any = None
        if self.state is not None:
            state = self.state.value

        state_details: Any = None
        if self.state_details is not None:
            state_details = self.state_details.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if locale is not None:
            field_dict["locale"] = locale
        if platforms is not None:
            field_dict["platforms"] = platforms
        if state is not None:
            field_dict["state"] = state
        if state_details is not None:
            field_dict["stateDetails"] = state_details
        if version is not None:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        locale = src_dict.get("locale")

        _raw_platforms = src_dict.get("platforms")
        if _raw_platforms is None:
            platforms = None
        else:
            platforms = []
            _platforms = _raw_platforms
            for platforms_item_data in _platforms:
                platforms_item = Platform.of(platforms_item_data)

                platforms.append(platforms_item)

        _raw_state = src_dict.get("state")
        if _raw_state is None:
            state = None
        else:
            state = BackgroundAssetVersionState.of(_raw_state)

        version = src_dict.get("version")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.created_date = created_date
        _model.locale = locale
        _model.platforms = platforms
        _model.state = state
        _model.version = version
        _model._document = src_dict  # state_details: read on first access
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
