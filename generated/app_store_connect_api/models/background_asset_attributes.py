from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BackgroundAssetAttributes")
_KNOWN_KEYS = frozenset(
    {
        "archived",
        "assetPackIdentifier",
        "createdDate",
        "usedBytes",
    }
)


@_attrs_define(repr=False)
class BackgroundAssetAttributes:
    """
    Attributes:
        archived (bool | Unset):
        asset_pack_identifier (str | Unset):
        created_date (datetime.datetime | Unset):
        used_bytes (int | Unset):
    """

    archived: bool | None = None
    asset_pack_identifier: str | None = None
    created_date: datetime.datetime | None = None
    used_bytes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        archived = self.archived

        asset_pack_identifier = self.asset_pack_identifier

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        used_bytes = self.used_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archived is not None:
            field_dict["archived"] = archived
        if asset_pack_identifier is not None:
            field_dict["assetPackIdentifier"] = asset_pack_identifier
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if used_bytes is not None:
            field_dict["usedBytes"] = used_bytes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        archived = src_dict.get("archived")

        asset_pack_identifier = src_dict.get("assetPackIdentifier")

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        used_bytes = src_dict.get("usedBytes")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.archived = archived
        _model.asset_pack_identifier = asset_pack_identifier
        _model.created_date = created_date
        _model.used_bytes = used_bytes
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
