from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

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
_KNOWN_KEYS = frozenset(
    {
        "app",
        "appStoreVersion",
        "externalBetaVersion",
        "internalBetaVersion",
        "versions",
    }
)
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


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = BackgroundAssetRelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_store_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version = src_dict.get("appStoreVersion")
    if _raw_app_store_version is None:
        app_store_version = None
    else:
        app_store_version = BackgroundAssetRelationshipsAppStoreVersion.from_dict(_raw_app_store_version)

    return app_store_version


def _read_external_beta_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_external_beta_version = src_dict.get("externalBetaVersion")
    if _raw_external_beta_version is None:
        external_beta_version = None
    else:
        external_beta_version = BackgroundAssetRelationshipsExternalBetaVersion.from_dict(
            _raw_external_beta_version
        )

    return external_beta_version


def _read_internal_beta_version(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_internal_beta_version = src_dict.get("internalBetaVersion")
    if _raw_internal_beta_version is None:
        internal_beta_version = None
    else:
        internal_beta_version = BackgroundAssetRelationshipsInternalBetaVersion.from_dict(
            _raw_internal_beta_version
        )

    return internal_beta_version


def _read_versions(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_versions = src_dict.get("versions")
    if _raw_versions is None:
        versions = None
    else:
        versions = BackgroundAssetRelationshipsVersions.from_dict(_raw_versions)

    return versions


_READERS: dict[str, Any] = {
    "app": _read_app,
    "app_store_version": _read_app_store_version,
    "external_beta_version": _read_external_beta_version,
    "internal_beta_version": _read_internal_beta_version,
    "versions": _read_versions,
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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, app_store_version, external_beta_version, internal_beta_version, versions: read on first access
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
