from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ci_artifact_attributes_file_type import CiArtifactAttributesFileType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="CiArtifactAttributes")
_KNOWN_KEYS = frozenset(
    {
        "downloadUrl",
        "fileName",
        "fileSize",
        "fileType",
    }
)


@_attrs_define(repr=False)
class CiArtifactAttributes:
    """
    Attributes:
        download_url (str | Unset):
        file_name (str | Unset):
        file_size (int | Unset):
        file_type (CiArtifactAttributesFileType | Unset):
    """

    download_url: str | None = None
    file_name: str | None = None
    file_size: int | None = None
    file_type: CiArtifactAttributesFileType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        download_url = self.download_url

        file_name = self.file_name

        file_size = self.file_size

        file_type: Any = None
        if self.file_type is not None:
            file_type = self.file_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if download_url is not None:
            field_dict["downloadUrl"] = download_url
        if file_name is not None:
            field_dict["fileName"] = file_name
        if file_size is not None:
            field_dict["fileSize"] = file_size
        if file_type is not None:
            field_dict["fileType"] = file_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        download_url = src_dict.get("downloadUrl")

        file_name = src_dict.get("fileName")

        file_size = src_dict.get("fileSize")

        _raw_file_type = src_dict.get("fileType")
        if _raw_file_type is None:
            file_type = None
        else:
            file_type = CiArtifactAttributesFileType.of(_raw_file_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.download_url = download_url
        _model.file_name = file_name
        _model.file_size = file_size
        _model.file_type = file_type
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
