from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="InAppPurchaseV2UpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "familySharable",
        "name",
        "reviewNote",
    }
)


@_attrs_define(repr=False)
class InAppPurchaseV2UpdateRequestDataAttributes:
    """
    Attributes:
        family_sharable (bool | None | Unset):
        name (None | str | Unset):
        review_note (None | str | Unset):
    """

    family_sharable: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    review_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        family_sharable: bool | None | Unset
        if isinstance(self.family_sharable, Unset):
            family_sharable = UNSET
        else:
            family_sharable = self.family_sharable

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        review_note: None | str | Unset
        if isinstance(self.review_note, Unset):
            review_note = UNSET
        else:
            review_note = self.review_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if family_sharable is not UNSET:
            field_dict["familySharable"] = family_sharable
        if name is not UNSET:
            field_dict["name"] = name
        if review_note is not UNSET:
            field_dict["reviewNote"] = review_note
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_family_sharable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        family_sharable = _parse_family_sharable(src_dict.get("familySharable", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(src_dict.get("name", UNSET))

        def _parse_review_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        review_note = _parse_review_note(src_dict.get("reviewNote", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.family_sharable = family_sharable
        _model.name = name
        _model.review_note = review_note
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
