from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.background_asset_relationships_app import BackgroundAssetRelationshipsApp
    from ..models.background_asset_relationships_app_store_version import (
        BackgroundAssetRelationshipsAppStoreVersion,
    )
    from ..models.background_asset_relationships_external_beta_version import (
        BackgroundAssetRelationshipsExternalBetaVersion,
    )
    from ..models.background_asset_relationships_internal_beta_version import (
        BackgroundAssetRelationshipsInternalBetaVersion,
    )
    from ..models.background_asset_relationships_versions import BackgroundAssetRelationshipsVersions


T = TypeVar("T", bound="BackgroundAssetRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BackgroundAssetRelationshipsApp, \
        BackgroundAssetRelationshipsAppStoreVersion, \
        BackgroundAssetRelationshipsExternalBetaVersion, \
        BackgroundAssetRelationshipsInternalBetaVersion, \
        BackgroundAssetRelationshipsVersions
    from ..models.background_asset_relationships_app import BackgroundAssetRelationshipsApp
    from ..models.background_asset_relationships_app_store_version import (
        BackgroundAssetRelationshipsAppStoreVersion,
    )
    from ..models.background_asset_relationships_external_beta_version import (
        BackgroundAssetRelationshipsExternalBetaVersion,
    )
    from ..models.background_asset_relationships_internal_beta_version import (
        BackgroundAssetRelationshipsInternalBetaVersion,
    )
    from ..models.background_asset_relationships_versions import BackgroundAssetRelationshipsVersions

    _LAZY_IMPORTS_DONE = True


def _read_app(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = d.pop("app", None)
    if _raw_app is None:
        app = None
    else:
        app = BackgroundAssetRelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_store_version(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version = d.pop("appStoreVersion", None)
    if _raw_app_store_version is None:
        app_store_version = None
    else:
        app_store_version = BackgroundAssetRelationshipsAppStoreVersion.from_dict(_raw_app_store_version)

    return app_store_version


def _read_external_beta_version(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_external_beta_version = d.pop("externalBetaVersion", None)
    if _raw_external_beta_version is None:
        external_beta_version = None
    else:
        external_beta_version = BackgroundAssetRelationshipsExternalBetaVersion.from_dict(
            _raw_external_beta_version
        )

    return external_beta_version


def _read_internal_beta_version(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_internal_beta_version = d.pop("internalBetaVersion", None)
    if _raw_internal_beta_version is None:
        internal_beta_version = None
    else:
        internal_beta_version = BackgroundAssetRelationshipsInternalBetaVersion.from_dict(
            _raw_internal_beta_version
        )

    return internal_beta_version


def _read_versions(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = d.pop("versions", None)
    if _raw_versions is None:
        versions = None
    else:
        versions = BackgroundAssetRelationshipsVersions.from_dict(_raw_versions)

    return versions


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "app",
        "appStoreVersion",
        "externalBetaVersion",
        "internalBetaVersion",
        "versions",
    }
)
_READERS: dict[str, Any] = {
    "app": _read_app,
    "app_store_version": _read_app_store_version,
    "external_beta_version": _read_external_beta_version,
    "internal_beta_version": _read_internal_beta_version,
    "versions": _read_versions,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class BackgroundAssetRelationships:
    """
    Attributes:
        app (BackgroundAssetRelationshipsApp | Unset):
        app_store_version (BackgroundAssetRelationshipsAppStoreVersion | Unset):
        external_beta_version (BackgroundAssetRelationshipsExternalBetaVersion | Unset):
        internal_beta_version (BackgroundAssetRelationshipsInternalBetaVersion | Unset):
        versions (BackgroundAssetRelationshipsVersions | Unset):
    """

    app: BackgroundAssetRelationshipsApp | None = None
    app_store_version: BackgroundAssetRelationshipsAppStoreVersion | None = None
    external_beta_version: BackgroundAssetRelationshipsExternalBetaVersion | None = None
    internal_beta_version: BackgroundAssetRelationshipsInternalBetaVersion | None = None
    versions: BackgroundAssetRelationshipsVersions | None = None
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
        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = self.app_store_version.to_dict()

        external_beta_version: Any = None
        if self.external_beta_version is not None:
            external_beta_version = self.external_beta_version.to_dict()

        internal_beta_version: Any = None
        if self.internal_beta_version is not None:
            internal_beta_version = self.internal_beta_version.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = self.versions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if app_store_version is not None:
            field_dict["appStoreVersion"] = app_store_version
        if external_beta_version is not None:
            field_dict["externalBetaVersion"] = external_beta_version
        if internal_beta_version is not None:
            field_dict["internalBetaVersion"] = internal_beta_version
        if versions is not None:
            field_dict["versions"] = versions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        background_asset_relationships = cls.__new__(cls)
        background_asset_relationships._document = dict(src_dict)  # each field is read on first access
        return background_asset_relationships

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
