from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_type import PreviewType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppPreviewSetAttributes")
_KNOWN_KEYS = frozenset(
    {
        "previewType",
    }
)


@_attrs_define(repr=False)
class AppPreviewSetAttributes:
    """
    Attributes:
        preview_type (PreviewType | Unset):
    """

    preview_type: PreviewType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        preview_type: Any = None
        if self.preview_type is not None:
            preview_type = self.preview_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preview_type is not None:
            field_dict["previewType"] = preview_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_preview_type = src_dict.get("previewType")
        if _raw_preview_type is None:
            preview_type = None
        else:
            preview_type = PreviewType.of(_raw_preview_type)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.preview_type = preview_type
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
