from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BackgroundAssetAttributes")


@_attrs_define
class BackgroundAssetAttributes:
    """
    Attributes:
        archived (bool | Unset):
        asset_pack_identifier (str | Unset):
        created_date (datetime.datetime | Unset):
        used_bytes (int | Unset):
    """

    archived: bool | Unset | None = UNSET
    asset_pack_identifier: str | Unset | None = UNSET
    created_date: datetime.datetime | Unset | None = UNSET
    used_bytes: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        asset_pack_identifier = self.asset_pack_identifier

        created_date: str | Unset | None
        if self.created_date is None:
            created_date = None
        else:
            created_date = UNSET
            if not isinstance(self.created_date, Unset):
                created_date = self.created_date.isoformat()

        used_bytes = self.used_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archived is not UNSET:
            field_dict["archived"] = archived
        if asset_pack_identifier is not UNSET:
            field_dict["assetPackIdentifier"] = asset_pack_identifier
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if used_bytes is not UNSET:
            field_dict["usedBytes"] = used_bytes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        archived = d.pop("archived", UNSET)

        asset_pack_identifier = d.pop("assetPackIdentifier", UNSET)

        _raw_created_date = d.pop("createdDate", UNSET)
        if _raw_created_date is None:
            created_date = None
        else:
            _created_date = _raw_created_date
            created_date: datetime.datetime | Unset
            if isinstance(_created_date, Unset):
                created_date = UNSET
            else:
                created_date = datetime.datetime.fromisoformat(_created_date)

        used_bytes = d.pop("usedBytes", UNSET)

        background_asset_attributes = cls(
            archived=archived,
            asset_pack_identifier=asset_pack_identifier,
            created_date=created_date,
            used_bytes=used_bytes,
        )
        background_asset_attributes.additional_properties = d
        return background_asset_attributes

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
