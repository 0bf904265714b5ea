from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_id_platform import BundleIdPlatform
from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleIdAttributes")


@_attrs_define
class BundleIdAttributes:
    """
    Attributes:
        identifier (str | Unset):
        name (str | Unset):
        platform (BundleIdPlatform | Unset):
        seed_id (str | Unset):
    """

    identifier: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    platform: BundleIdPlatform | Unset | None = UNSET
    seed_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        platform: str | Unset | None
        if self.platform is None:
            platform = None
        else:
            platform = UNSET
            if not isinstance(self.platform, Unset):
                platform = self.platform.value

        seed_id = self.seed_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if seed_id is not UNSET:
            field_dict["seedId"] = seed_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        _raw_platform = d.pop("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: BundleIdPlatform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = BundleIdPlatform(_platform)

        seed_id = d.pop("seedId", UNSET)

        bundle_id_attributes = cls(
            identifier=identifier,
            name=name,
            platform=platform,
            seed_id=seed_id,
        )
        bundle_id_attributes.additional_properties = d
        return bundle_id_attributes

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
