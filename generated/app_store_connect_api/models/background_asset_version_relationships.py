from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.background_asset_version_relationships_app_store_release import (
        BackgroundAssetVersionRelationshipsAppStoreRelease,
    )
    from ..models.background_asset_version_relationships_asset_file import (
        BackgroundAssetVersionRelationshipsAssetFile,
    )
    from ..models.background_asset_version_relationships_background_asset import (
        BackgroundAssetVersionRelationshipsBackgroundAsset,
    )
    from ..models.background_asset_version_relationships_background_asset_upload_files import (
        BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles,
    )
    from ..models.background_asset_version_relationships_external_beta_release import (
        BackgroundAssetVersionRelationshipsExternalBetaRelease,
    )
    from ..models.background_asset_version_relationships_internal_beta_release import (
        BackgroundAssetVersionRelationshipsInternalBetaRelease,
    )
    from ..models.background_asset_version_relationships_manifest_file import (
        BackgroundAssetVersionRelationshipsManifestFile,
    )


T = TypeVar("T", bound="BackgroundAssetVersionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appStoreRelease",
        "assetFile",
        "backgroundAsset",
        "backgroundAssetUploadFiles",
        "externalBetaRelease",
        "internalBetaRelease",
        "manifestFile",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BackgroundAssetVersionRelationshipsAppStoreRelease, \
        BackgroundAssetVersionRelationshipsAssetFile, \
        BackgroundAssetVersionRelationshipsBackgroundAsset, \
        BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles, \
        BackgroundAssetVersionRelationshipsExternalBetaRelease, \
        BackgroundAssetVersionRelationshipsInternalBetaRelease, \
        BackgroundAssetVersionRelationshipsManifestFile
    from ..models.background_asset_version_relationships_app_store_release import (
        BackgroundAssetVersionRelationshipsAppStoreRelease,
    )
    from ..models.background_asset_version_relationships_asset_file import (
        BackgroundAssetVersionRelationshipsAssetFile,
    )
    from ..models.background_asset_version_relationships_background_asset import (
        BackgroundAssetVersionRelationshipsBackgroundAsset,
    )
    from ..models.background_asset_version_relationships_background_asset_upload_files import (
        BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles,
    )
    from ..models.background_asset_version_relationships_external_beta_release import (
        BackgroundAssetVersionRelationshipsExternalBetaRelease,
    )
    from ..models.background_asset_version_relationships_internal_beta_release import (
        BackgroundAssetVersionRelationshipsInternalBetaRelease,
    )
    from ..models.background_asset_version_relationships_manifest_file import (
        BackgroundAssetVersionRelationshipsManifestFile,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_store_release(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_release = src_dict.get("appStoreRelease")
    if _raw_app_store_release is None:
        app_store_release = None
    else:
        app_store_release = BackgroundAssetVersionRelationshipsAppStoreRelease.from_dict(
            _raw_app_store_release
        )

    return app_store_release


def _read_asset_file(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_asset_file = src_dict.get("assetFile")
    if _raw_asset_file is None:
        asset_file = None
    else:
        asset_file = BackgroundAssetVersionRelationshipsAssetFile.from_dict(_raw_asset_file)

    return asset_file


def _read_background_asset(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_background_asset = src_dict.get("backgroundAsset")
    if _raw_background_asset is None:
        background_asset = None
    else:
        background_asset = BackgroundAssetVersionRelationshipsBackgroundAsset.from_dict(_raw_background_asset)

    return background_asset


def _read_background_asset_upload_files(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_background_asset_upload_files = src_dict.get("backgroundAssetUploadFiles")
    if _raw_background_asset_upload_files is None:
        background_asset_upload_files = None
    else:
        background_asset_upload_files = (
            BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles.from_dict(
                _raw_background_asset_upload_files
            )
        )

    return background_asset_upload_files


def _read_external_beta_release(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_external_beta_release = src_dict.get("externalBetaRelease")
    if _raw_external_beta_release is None:
        external_beta_release = None
    else:
        external_beta_release = BackgroundAssetVersionRelationshipsExternalBetaRelease.from_dict(
            _raw_external_beta_release
        )

    return external_beta_release


def _read_internal_beta_release(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_internal_beta_release = src_dict.get("internalBetaRelease")
    if _raw_internal_beta_release is None:
        internal_beta_release = None
    else:
        internal_beta_release = BackgroundAssetVersionRelationshipsInternalBetaRelease.from_dict(
            _raw_internal_beta_release
        )

    return internal_beta_release


def _read_manifest_file(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_manifest_file = src_dict.get("manifestFile")
    if _raw_manifest_file is None:
        manifest_file = None
    else:
        manifest_file = BackgroundAssetVersionRelationshipsManifestFile.from_dict(_raw_manifest_file)

    return manifest_file


_READERS: dict[str, Any] = {
    "app_store_release": _read_app_store_release,
    "asset_file": _read_asset_file,
    "background_asset": _read_background_asset,
    "background_asset_upload_files": _read_background_asset_upload_files,
    "external_beta_release": _read_external_beta_release,
    "internal_beta_release": _read_internal_beta_release,
    "manifest_file": _read_manifest_file,
}


@_attrs_define(repr=False)
class BackgroundAssetVersionRelationships:
    """
    Attributes:
        app_store_release (BackgroundAssetVersionRelationshipsAppStoreRelease | Unset):
        asset_file (BackgroundAssetVersionRelationshipsAssetFile | Unset):
        background_asset (BackgroundAssetVersionRelationshipsBackgroundAsset | Unset):
        background_asset_upload_files (BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles | Unset):
        external_beta_release (BackgroundAssetVersionRelationshipsExternalBetaRelease | Unset):
        internal_beta_release (BackgroundAssetVersionRelationshipsInternalBetaRelease | Unset):
        manifest_file (BackgroundAssetVersionRelationshipsManifestFile | Unset):
    """

    app_store_release: BackgroundAssetVersionRelationshipsAppStoreRelease | None = None
    asset_file: BackgroundAssetVersionRelationshipsAssetFile | None = None
    background_asset: BackgroundAssetVersionRelationshipsBackgroundAsset | None = None
    background_asset_upload_files: BackgroundAssetVersionRelationshipsBackgroundAssetUploadFiles | None = None
    external_beta_release: BackgroundAssetVersionRelationshipsExternalBetaRelease | None = None
    internal_beta_release: BackgroundAssetVersionRelationshipsInternalBetaRelease | None = None
    manifest_file: BackgroundAssetVersionRelationshipsManifestFile | None = None
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
        app_store_release: Any = None
        if self.app_store_release is not None:
            app_store_release = self.app_store_release.to_dict()

        asset_file: Any = None
        if self.asset_file is not None:
            asset_file = self.asset_file.to_dict()

        background_asset: Any = None
        if self.background_asset is not None:
            background_asset = self.background_asset.to_dict()

        background_asset_upload_files: Any = None
        if self.background_asset_upload_files is not None:
            background_asset_upload_files = self.background_asset_upload_files.to_dict()

        external_beta_release: Any = None
        if self.external_beta_release is not None:
            external_beta_release = self.external_beta_release.to_dict()

        internal_beta_release: Any = None
        if self.internal_beta_release is not None:
            internal_beta_release = self.internal_beta_release.to_dict()

        manifest_file: Any = None
        if self.manifest_file is not None:
            manifest_file = self.manifest_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_release is not None:
            field_dict["appStoreRelease"] = app_store_release
        if asset_file is not None:
            field_dict["assetFile"] = asset_file
        if background_asset is not None:
            field_dict["backgroundAsset"] = background_asset
        if background_asset_upload_files is not None:
            field_dict["backgroundAssetUploadFiles"] = background_asset_upload_files
        if external_beta_release is not None:
            field_dict["externalBetaRelease"] = external_beta_release
        if internal_beta_release is not None:
            field_dict["internalBetaRelease"] = internal_beta_release
        if manifest_file is not None:
            field_dict["manifestFile"] = manifest_file
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app_store_release, asset_file, background_asset, background_asset_upload_files, external_beta_release, internal_beta_release, manifest_file: read on first access
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
