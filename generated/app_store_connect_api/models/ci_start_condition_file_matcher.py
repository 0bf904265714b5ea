from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="CiStartConditionFileMatcher")
_KNOWN_KEYS = frozenset(
    {
        "directory",
        "fileExtension",
        "fileName",
    }
)


@_attrs_define(repr=False)
class CiStartConditionFileMatcher:
    """
    Attributes:
        directory (str | Unset):
        file_extension (str | Unset):
        file_name (str | Unset):
    """

    directory: str | Unset | None = UNSET
    file_extension: str | Unset | None = UNSET
    file_name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        directory = self.directory

        file_extension = self.file_extension

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if directory is not UNSET:
            field_dict["directory"] = directory
        if file_extension is not UNSET:
            field_dict["fileExtension"] = file_extension
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        directory = src_dict.get("directory", UNSET)

        file_extension = src_dict.get("fileExtension", UNSET)

        file_name = src_dict.get("fileName", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.directory = directory
        _model.file_extension = file_extension
        _model.file_name = file_name
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
