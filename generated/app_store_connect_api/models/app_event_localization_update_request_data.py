from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_event_localization_update_request_data_attributes import (
        AppEventLocalizationUpdateRequestDataAttributes,
    )


T = TypeVar("T", bound="AppEventLocalizationUpdateRequestData")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "attributes",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppEventLocalizationUpdateRequestDataAttributes
    from ..models.app_event_localization_update_request_data_attributes import (
        AppEventLocalizationUpdateRequestDataAttributes,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppEventLocalizationUpdateRequestData:
    """
    Attributes:
        id (str):
        type_ (Literal['appEventLocalizations']):
        attributes (AppEventLocalizationUpdateRequestDataAttributes | Unset):
    """

    id: str
    type_: Literal["appEventLocalizations"]
    attributes: AppEventLocalizationUpdateRequestDataAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        id = self.id

        type_ = self.type_

        attributes: dict[str, Any] | Unset | None
        if self.attributes is None:
            attributes = None
        else:
            attributes = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        id = src_dict["id"]

        type_ = src_dict["type"]
        if type_ != "appEventLocalizations":
            raise ValueError(f"type must match const 'appEventLocalizations', got '{type_}'")

        _raw_attributes = src_dict.get("attributes", UNSET)
        if _raw_attributes is None:
            attributes = None
        else:
            _attributes = _raw_attributes
            attributes: AppEventLocalizationUpdateRequestDataAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = AppEventLocalizationUpdateRequestDataAttributes.from_dict(_attributes)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.id = id
        _model.type_ = type_
        _model.attributes = attributes
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
