from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_id_platform import BundleIdPlatform
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="BundleIdCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "identifier",
        "name",
        "platform",
        "seedId",
    }
)


@_attrs_define(repr=False)
class BundleIdCreateRequestDataAttributes:
    """
    Attributes:
        identifier (str):
        name (str):
        platform (BundleIdPlatform):
        seed_id (None | str | Unset):
    """

    identifier: str
    name: str
    platform: BundleIdPlatform
    seed_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        platform = self.platform.value

        seed_id: None | str | Unset
        if isinstance(self.seed_id, Unset):
            seed_id = UNSET
        else:
            seed_id = self.seed_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["identifier"] = identifier
        field_dict["name"] = name
        field_dict["platform"] = platform
        if seed_id is not UNSET:
            field_dict["seedId"] = seed_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        identifier = src_dict["identifier"]

        name = src_dict["name"]

        platform = BundleIdPlatform.of(src_dict["platform"])

        def _parse_seed_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seed_id = _parse_seed_id(src_dict.get("seedId", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.identifier = identifier
        _model.name = name
        _model.platform = platform
        _model.seed_id = seed_id
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
