from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GameCenterLeaderboardSetLocalizationCreateRequestDataAttributes")


@_attrs_define(repr=False)
class GameCenterLeaderboardSetLocalizationCreateRequestDataAttributes:
    """
    Attributes:
        locale (str):
        name (str):
    """

    locale: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["locale"] = locale
        field_dict["name"] = name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("locale")

        name = d.pop("name")

        game_center_leaderboard_set_localization_create_request_data_attributes = cls(
            locale=locale,
            name=name,
        )
        game_center_leaderboard_set_localization_create_request_data_attributes.additional_properties = d
        return game_center_leaderboard_set_localization_create_request_data_attributes

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
