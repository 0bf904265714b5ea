from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppStoreReviewAttachmentUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "sourceFileChecksum",
        "uploaded",
    }
)


@_attrs_define(repr=False)
class AppStoreReviewAttachmentUpdateRequestDataAttributes:
    """
    Attributes:
        source_file_checksum (None | str | Unset):
        uploaded (bool | None | Unset):
    """

    source_file_checksum: None | str | Unset = UNSET
    uploaded: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        source_file_checksum: None | str | Unset
        if isinstance(self.source_file_checksum, Unset):
            source_file_checksum = UNSET
        else:
            source_file_checksum = self.source_file_checksum

        uploaded: bool | None | Unset
        if isinstance(self.uploaded, Unset):
            uploaded = UNSET
        else:
            uploaded = self.uploaded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source_file_checksum is not UNSET:
            field_dict["sourceFileChecksum"] = source_file_checksum
        if uploaded is not UNSET:
            field_dict["uploaded"] = uploaded
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_source_file_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_file_checksum = _parse_source_file_checksum(src_dict.get("sourceFileChecksum", UNSET))

        def _parse_uploaded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uploaded = _parse_uploaded(src_dict.get("uploaded", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.source_file_checksum = source_file_checksum
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
