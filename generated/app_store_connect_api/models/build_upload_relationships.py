from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        asset_description_file: Any = None
        if self.asset_description_file is not None:
            asset_description_file = UNSET
            if not isinstance(self.asset_description_file, Unset):
                asset_description_file = self.asset_description_file.to_dict()

        asset_file: Any = None
        if self.asset_file is not None:
            asset_file = UNSET
            if not isinstance(self.asset_file, Unset):
                asset_file = self.asset_file.to_dict()

        asset_spi_file: Any = None
        if self.asset_spi_file is not None:
            asset_spi_file = UNSET
            if not isinstance(self.asset_spi_file, Unset):
                asset_spi_file = self.asset_spi_file.to_dict()

        build: Any = None
        if self.build is not None:
            build = UNSET
            if not isinstance(self.build, Unset):
                build = self.build.to_dict()

        build_upload_files: Any = None
        if self.build_upload_files is not None:
            build_upload_files = UNSET
            if not isinstance(self.build_upload_files, Unset):
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
        d = dict(src_dict)
        _raw_asset_description_file = d.pop("assetDescriptionFile", None)
        if _raw_asset_description_file is None:
            asset_description_file = None
        else:
            _asset_description_file = _raw_asset_description_file
            asset_description_file: BuildUploadRelationshipsAssetDescriptionFile | Unset
            if isinstance(_asset_description_file, Unset):
                asset_description_file = UNSET
            else:
                asset_description_file = BuildUploadRelationshipsAssetDescriptionFile.from_dict(
                    _asset_description_file
                )

        _raw_asset_file = d.pop("assetFile", None)
        if _raw_asset_file is None:
            asset_file = None
        else:
            _asset_file = _raw_asset_file
            asset_file: BuildUploadRelationshipsAssetFile | Unset
            if isinstance(_asset_file, Unset):
                asset_file = UNSET
            else:
                asset_file = BuildUploadRelationshipsAssetFile.from_dict(_asset_file)

        _raw_asset_spi_file = d.pop("assetSpiFile", None)
        if _raw_asset_spi_file is None:
            asset_spi_file = None
        else:
            _asset_spi_file = _raw_asset_spi_file
            asset_spi_file: BuildUploadRelationshipsAssetSpiFile | Unset
            if isinstance(_asset_spi_file, Unset):
                asset_spi_file = UNSET
            else:
                asset_spi_file = BuildUploadRelationshipsAssetSpiFile.from_dict(_asset_spi_file)

        _raw_build = d.pop("build", None)
        if _raw_build is None:
            build = None
        else:
            _build = _raw_build
            build: BuildUploadRelationshipsBuild | Unset
            if isinstance(_build, Unset):
                build = UNSET
            else:
                build = BuildUploadRelationshipsBuild.from_dict(_build)

        _raw_build_upload_files = d.pop("buildUploadFiles", None)
        if _raw_build_upload_files is None:
            build_upload_files = None
        else:
            _build_upload_files = _raw_build_upload_files
            build_upload_files: BuildUploadRelationshipsBuildUploadFiles | Unset
            if isinstance(_build_upload_files, Unset):
                build_upload_files = UNSET
            else:
                build_upload_files = BuildUploadRelationshipsBuildUploadFiles.from_dict(_build_upload_files)

        build_upload_relationships = cls(
            asset_description_file=asset_description_file,
            asset_file=asset_file,
            asset_spi_file=asset_spi_file,
            build=build,
            build_upload_files=build_upload_files,
        )
        build_upload_relationships.additional_properties = d
        return build_upload_relationships

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
