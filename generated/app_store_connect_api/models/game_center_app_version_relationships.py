from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

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


def _read_app_store_version(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version = d.pop("appStoreVersion", None)
    if _raw_app_store_version is None:
        app_store_version = None
    else:
        app_store_version = GameCenterAppVersionRelationshipsAppStoreVersion.from_dict(_raw_app_store_version)

    return app_store_version


def _read_compatibility_versions(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_compatibility_versions = d.pop("compatibilityVersions", None)
    if _raw_compatibility_versions is None:
        compatibility_versions = None
    else:
        compatibility_versions = GameCenterAppVersionRelationshipsCompatibilityVersions.from_dict(
            _raw_compatibility_versions
        )

    return compatibility_versions


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "appStoreVersion",
        "compatibilityVersions",
    }
)
_READERS: dict[str, Any] = {
    "app_store_version": _read_app_store_version,
    "compatibility_versions": _read_compatibility_versions,
    "additional_properties": _read_additional_properties,
}


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
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = self.app_store_version.to_dict()

        compatibility_versions: Any = None
        if self.compatibility_versions is not None:
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
        game_center_app_version_relationships = cls.__new__(cls)
        game_center_app_version_relationships._document = dict(src_dict)  # each field is read on first access
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
