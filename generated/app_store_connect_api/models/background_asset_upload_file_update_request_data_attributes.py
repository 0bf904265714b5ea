from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.checksums import Checksums


T = TypeVar("T", bound="BackgroundAssetUploadFileUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "sourceFileChecksum",
        "sourceFileChecksums",
        "uploaded",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, Checksums
    from ..models.checksums import Checksums

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BackgroundAssetUploadFileUpdateRequestDataAttributes:
    """
    Attributes:
        source_file_checksum (None | str | Unset):
        source_file_checksums (Checksums | Unset):
        uploaded (bool | None | Unset):
    """

    source_file_checksum: None | str | Unset = UNSET
    source_file_checksums: Checksums | Unset | None = UNSET
    uploaded: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        source_file_checksum: None | str | Unset
        if isinstance(self.source_file_checksum, Unset):
            source_file_checksum = UNSET
        else:
            source_file_checksum = self.source_file_checksum

        source_file_checksums: dict[str, Any] | Unset | None
        if self.source_file_checksums is None:
            source_file_checksums = None
        else:
            source_file_checksums = UNSET
            if not isinstance(self.source_file_checksums, Unset):
                source_file_checksums = self.source_file_checksums.to_dict()

        uploaded: bool | None | Unset
        if isinstance(self.uploaded, Unset):
            uploaded = UNSET
        else:
            uploaded = self.uploaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source_file_checksum is not UNSET:
            field_dict["sourceFileChecksum"] = source_file_checksum
        if source_file_checksums is not UNSET:
            field_dict["sourceFileChecksums"] = source_file_checksums
        if uploaded is not UNSET:
            field_dict["uploaded"] = uploaded
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()

        def _parse_source_file_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_file_checksum = _parse_source_file_checksum(src_dict.get("sourceFileChecksum", UNSET))

        _raw_source_file_checksums = src_dict.get("sourceFileChecksums", UNSET)
        if _raw_source_file_checksums is None:
            source_file_checksums = None
        else:
            _source_file_checksums = _raw_source_file_checksums
            source_file_checksums: Checksums | Unset
            if isinstance(_source_file_checksums, Unset):
                source_file_checksums = UNSET
            else:
                source_file_checksums = Checksums.from_dict(_source_file_checksums)

        def _parse_uploaded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uploaded = _parse_uploaded(src_dict.get("uploaded", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.source_file_checksum = source_file_checksum
        _model.source_file_checksums = source_file_checksums
        _model.uploaded = uploaded
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
