from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.game_center_activity_image_create_request_data_relationships_localization import (
        GameCenterActivityImageCreateRequestDataRelationshipsLocalization,
    )
    from ..models.game_center_activity_image_create_request_data_relationships_version import (
        GameCenterActivityImageCreateRequestDataRelationshipsVersion,
    )


T = TypeVar("T", bound="GameCenterActivityImageCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "localization",
        "version",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterActivityImageCreateRequestDataRelationshipsLocalization, \
        GameCenterActivityImageCreateRequestDataRelationshipsVersion
    from ..models.game_center_activity_image_create_request_data_relationships_localization import (
        GameCenterActivityImageCreateRequestDataRelationshipsLocalization,
    )
    from ..models.game_center_activity_image_create_request_data_relationships_version import (
        GameCenterActivityImageCreateRequestDataRelationshipsVersion,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterActivityImageCreateRequestDataRelationships:
    """
    Attributes:
        localization (GameCenterActivityImageCreateRequestDataRelationshipsLocalization | Unset):
        version (GameCenterActivityImageCreateRequestDataRelationshipsVersion | Unset):
    """

    localization: GameCenterActivityImageCreateRequestDataRelationshipsLocalization | Unset | None = UNSET
    version: GameCenterActivityImageCreateRequestDataRelationshipsVersion | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        localization: dict[str, Any] | Unset | None
        if self.localization is None:
            localization = None
        else:
            localization = UNSET
            if not isinstance(self.localization, Unset):
                localization = self.localization.to_dict()

        version: dict[str, Any] | Unset | None
        if self.version is None:
            version = None
        else:
            version = UNSET
            if not isinstance(self.version, Unset):
                version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if localization is not UNSET:
            field_dict["localization"] = localization
        if version is not UNSET:
            field_dict["version"] = version
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _raw_localization = src_dict.get("localization", UNSET)
        if _raw_localization is None:
            localization = None
        else:
            _localization = _raw_localization
            localization: GameCenterActivityImageCreateRequestDataRelationshipsLocalization | Unset
            if isinstance(_localization, Unset):
                localization = UNSET
            else:
                localization = GameCenterActivityImageCreateRequestDataRelationshipsLocalization.from_dict(
                    _localization
                )

        _raw_version = src_dict.get("version", UNSET)
        if _raw_version is None:
            version = None
        else:
            _version = _raw_version
            version: GameCenterActivityImageCreateRequestDataRelationshipsVersion | Unset
            if isinstance(_version, Unset):
                version = UNSET
            else:
                version = GameCenterActivityImageCreateRequestDataRelationshipsVersion.from_dict(_version)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.localization = localization
        _model.version = version
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
