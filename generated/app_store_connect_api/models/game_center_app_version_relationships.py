from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_app_version_relationships_app_store_version import (
        GameCenterAppVersionRelationshipsAppStoreVersion,
    )
    from ..models.game_center_app_version_relationships_compatibility_versions import (
        GameCenterAppVersionRelationshipsCompatibilityVersions,
    )


T = TypeVar("T", bound="GameCenterAppVersionRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterAppVersionRelationshipsAppStoreVersion, \
        GameCenterAppVersionRelationshipsCompatibilityVersions
    from ..models.game_center_app_version_relationships_app_store_version import (
        GameCenterAppVersionRelationshipsAppStoreVersion,
    )
    from ..models.game_center_app_version_relationships_compatibility_versions import (
        GameCenterAppVersionRelationshipsCompatibilityVersions,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterAppVersionRelationships:
    """
    Attributes:
        app_store_version (GameCenterAppVersionRelationshipsAppStoreVersion | Unset):
        compatibility_versions (GameCenterAppVersionRelationshipsCompatibilityVersions | Unset):
    """

    app_store_version: GameCenterAppVersionRelationshipsAppStoreVersion | None = None
    compatibility_versions: GameCenterAppVersionRelationshipsCompatibilityVersions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = UNSET
            if not isinstance(self.app_store_version, Unset):
                app_store_version = self.app_store_version.to_dict()

        compatibility_versions: Any = None
        if self.compatibility_versions is not None:
            compatibility_versions = UNSET
            if not isinstance(self.compatibility_versions, Unset):
                compatibility_versions = self.compatibility_versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_version is not None:
            field_dict["appStoreVersion"] = app_store_version
        if compatibility_versions is not None:
            field_dict["compatibilityVersions"] = compatibility_versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app_store_version = d.pop("appStoreVersion", None)
        if _raw_app_store_version is None:
            app_store_version = None
        else:
            _app_store_version = _raw_app_store_version
            app_store_version: GameCenterAppVersionRelationshipsAppStoreVersion | Unset
            if isinstance(_app_store_version, Unset):
                app_store_version = UNSET
            else:
                app_store_version = GameCenterAppVersionRelationshipsAppStoreVersion.from_dict(
                    _app_store_version
                )

        _raw_compatibility_versions = d.pop("compatibilityVersions", None)
        if _raw_compatibility_versions is None:
            compatibility_versions = None
        else:
            _compatibility_versions = _raw_compatibility_versions
            compatibility_versions: GameCenterAppVersionRelationshipsCompatibilityVersions | Unset
            if isinstance(_compatibility_versions, Unset):
                compatibility_versions = UNSET
            else:
                compatibility_versions = GameCenterAppVersionRelationshipsCompatibilityVersions.from_dict(
                    _compatibility_versions
                )

        game_center_app_version_relationships = cls(
            app_store_version=app_store_version,
            compatibility_versions=compatibility_versions,
        )
        game_center_app_version_relationships.additional_properties = d
        return game_center_app_version_relationships

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
