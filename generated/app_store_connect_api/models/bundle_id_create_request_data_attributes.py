from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_id_platform import BundleIdPlatform
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BundleIdCreateRequestDataAttributes")


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
        d = dict(src_dict)
        identifier = d.pop("identifier")

        name = d.pop("name")

        platform = BundleIdPlatform(d.pop("platform"))

        def _parse_seed_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seed_id = _parse_seed_id(d.pop("seedId", UNSET))

        bundle_id_create_request_data_attributes = cls(
            identifier=identifier,
            name=name,
            platform=platform,
            seed_id=seed_id,
        )
        bundle_id_create_request_data_attributes.additional_properties = d
        return bundle_id_create_request_data_attributes

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
