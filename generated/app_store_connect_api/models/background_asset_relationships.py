from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        app_store_version: Any = None
        if self.app_store_version is not None:
            app_store_version = UNSET
            if not isinstance(self.app_store_version, Unset):
                app_store_version = self.app_store_version.to_dict()

        external_beta_version: Any = None
        if self.external_beta_version is not None:
            external_beta_version = UNSET
            if not isinstance(self.external_beta_version, Unset):
                external_beta_version = self.external_beta_version.to_dict()

        internal_beta_version: Any = None
        if self.internal_beta_version is not None:
            internal_beta_version = UNSET
            if not isinstance(self.internal_beta_version, Unset):
                internal_beta_version = self.internal_beta_version.to_dict()

        versions: Any = None
        if self.versions is not None:
            versions = UNSET
            if not isinstance(self.versions, Unset):
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
        d = dict(src_dict)
        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: BackgroundAssetRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = BackgroundAssetRelationshipsApp.from_dict(_app)

        _raw_app_store_version = d.pop("appStoreVersion", None)
        if _raw_app_store_version is None:
            app_store_version = None
        else:
            _app_store_version = _raw_app_store_version
            app_store_version: BackgroundAssetRelationshipsAppStoreVersion | Unset
            if isinstance(_app_store_version, Unset):
                app_store_version = UNSET
            else:
                app_store_version = BackgroundAssetRelationshipsAppStoreVersion.from_dict(_app_store_version)

        _raw_external_beta_version = d.pop("externalBetaVersion", None)
        if _raw_external_beta_version is None:
            external_beta_version = None
        else:
            _external_beta_version = _raw_external_beta_version
            external_beta_version: BackgroundAssetRelationshipsExternalBetaVersion | Unset
            if isinstance(_external_beta_version, Unset):
                external_beta_version = UNSET
            else:
                external_beta_version = BackgroundAssetRelationshipsExternalBetaVersion.from_dict(
                    _external_beta_version
                )

        _raw_internal_beta_version = d.pop("internalBetaVersion", None)
        if _raw_internal_beta_version is None:
            internal_beta_version = None
        else:
            _internal_beta_version = _raw_internal_beta_version
            internal_beta_version: BackgroundAssetRelationshipsInternalBetaVersion | Unset
            if isinstance(_internal_beta_version, Unset):
                internal_beta_version = UNSET
            else:
                internal_beta_version = BackgroundAssetRelationshipsInternalBetaVersion.from_dict(
                    _internal_beta_version
                )

        _raw_versions = d.pop("versions", None)
        if _raw_versions is None:
            versions = None
        else:
            _versions = _raw_versions
            versions: BackgroundAssetRelationshipsVersions | Unset
            if isinstance(_versions, Unset):
                versions = UNSET
            else:
                versions = BackgroundAssetRelationshipsVersions.from_dict(_versions)

        background_asset_relationships = cls(
            app=app,
            app_store_version=app_store_version,
            external_beta_version=external_beta_version,
            internal_beta_version=internal_beta_version,
            versions=versions,
        )
        background_asset_relationships.additional_properties = d
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
