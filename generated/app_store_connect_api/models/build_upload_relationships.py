from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.build_upload_relationships_asset_description_file import (
        BuildUploadRelationshipsAssetDescriptionFile,
    )
    from ..models.build_upload_relationships_asset_file import BuildUploadRelationshipsAssetFile
    from ..models.build_upload_relationships_asset_spi_file import BuildUploadRelationshipsAssetSpiFile
    from ..models.build_upload_relationships_build import BuildUploadRelationshipsBuild
    from ..models.build_upload_relationships_build_upload_files import (
        BuildUploadRelationshipsBuildUploadFiles,
    )


T = TypeVar("T", bound="BuildUploadRelationships")
_KNOWN_KEYS = frozenset(
    {
        "assetDescriptionFile",
        "assetFile",
        "assetSpiFile",
        "build",
        "buildUploadFiles",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        BuildUploadRelationshipsAssetDescriptionFile, \
        BuildUploadRelationshipsAssetFile, \
        BuildUploadRelationshipsAssetSpiFile, \
        BuildUploadRelationshipsBuild, \
        BuildUploadRelationshipsBuildUploadFiles
    from ..models.build_upload_relationships_asset_description_file import (
        BuildUploadRelationshipsAssetDescriptionFile,
    )
    from ..models.build_upload_relationships_asset_file import BuildUploadRelationshipsAssetFile
    from ..models.build_upload_relationships_asset_spi_file import BuildUploadRelationshipsAssetSpiFile
    from ..models.build_upload_relationships_build import BuildUploadRelationshipsBuild
    from ..models.build_upload_relationships_build_upload_files import (
        BuildUploadRelationshipsBuildUploadFiles,
    )

    _LAZY_IMPORTS_DONE = True


def _read_asset_description_file(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_asset_description_file = src_dict.get("assetDescriptionFile")
    if _raw_asset_description_file is None:
        asset_description_file = None
    else:
        asset_description_file = BuildUploadRelationshipsAssetDescriptionFile.from_dict(
            _raw_asset_description_file
        )

    return asset_description_file


def _read_asset_file(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_asset_file = src_dict.get("assetFile")
    if _raw_asset_file is None:
        asset_file = None
    else:
        asset_file = BuildUploadRelationshipsAssetFile.from_dict(_raw_asset_file)

    return asset_file


def _read_asset_spi_file(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_asset_spi_file = src_dict.get("assetSpiFile")
    if _raw_asset_spi_file is None:
        asset_spi_file = None
    else:
        asset_spi_file = BuildUploadRelationshipsAssetSpiFile.from_dict(_raw_asset_spi_file)

    return asset_spi_file


def _read_build(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build = src_dict.get("build")
    if _raw_build is None:
        build = None
    else:
        build = BuildUploadRelationshipsBuild.from_dict(_raw_build)

    return build


def _read_build_upload_files(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_build_upload_files = src_dict.get("buildUploadFiles")
    if _raw_build_upload_files is None:
        build_upload_files = None
    else:
        build_upload_files = BuildUploadRelationshipsBuildUploadFiles.from_dict(_raw_build_upload_files)

    return build_upload_files


_READERS: dict[str, Any] = {
    "asset_description_file": _read_asset_description_file,
    "asset_file": _read_asset_file,
    "asset_spi_file": _read_asset_spi_file,
    "build": _read_build,
    "build_upload_files": _read_build_upload_files,
}


@_attrs_define(repr=False)
class BuildUploadRelationships:
    """
    Attributes:
        asset_description_file (BuildUploadRelationshipsAssetDescriptionFile | Unset):
        asset_file (BuildUploadRelationshipsAssetFile | Unset):
        asset_spi_file (BuildUploadRelationshipsAssetSpiFile | Unset):
        build (BuildUploadRelationshipsBuild | Unset):
        build_upload_files (BuildUploadRelationshipsBuildUploadFiles | Unset):
    """

    asset_description_file: BuildUploadRelationshipsAssetDescriptionFile | None = None
    asset_file: BuildUploadRelationshipsAssetFile | None = None
    asset_spi_file: BuildUploadRelationshipsAssetSpiFile | None = None
    build: BuildUploadRelationshipsBuild | None = None
    build_upload_files: BuildUploadRelationshipsBuildUploadFiles | None = None
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
        asset_description_file: Any = None
        if self.asset_description_file is not None:
            asset_description_file = self.asset_description_file.to_dict()

        asset_file: Any = None
        if self.asset_file is not None:
            asset_file = self.asset_file.to_dict()

        asset_spi_file: Any = None
        if self.asset_spi_file is not None:
            asset_spi_file = self.asset_spi_file.to_dict()

        build: Any = None
        if self.build is not None:
            build = self.build.to_dict()

        build_upload_files: Any = None
        if self.build_upload_files is not None:
            build_upload_files = self.build_upload_files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asset_description_file is not None:
            field_dict["assetDescriptionFile"] = asset_description_file
        if asset_file is not None:
            field_dict["assetFile"] = asset_file
        if asset_spi_file is not None:
            field_dict["assetSpiFile"] = asset_spi_file
        if build is not None:
            field_dict["build"] = build
        if build_upload_files is not None:
            field_dict["buildUploadFiles"] = build_upload_files
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # asset_description_file, asset_file, asset_spi_file, build, build_upload_files: read on first access
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
