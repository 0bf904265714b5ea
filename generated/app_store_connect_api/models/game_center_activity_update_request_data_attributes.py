from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_activity_update_request_data_attributes_play_style import (
    GameCenterActivityUpdateRequestDataAttributesPlayStyle,
)
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterActivityUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "archived",
        "maximumPlayersCount",
        "minimumPlayersCount",
        "playStyle",
        "properties",
        "referenceName",
        "supportsPartyCode",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, StringToStringMap
    from ..models.string_to_string_map import StringToStringMap

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterActivityUpdateRequestDataAttributes:
    """
    Attributes:
        archived (bool | None | Unset):
        maximum_players_count (int | None | Unset):
        minimum_players_count (int | None | Unset):
        play_style (GameCenterActivityUpdateRequestDataAttributesPlayStyle | Unset):
        properties (StringToStringMap | Unset):
        reference_name (None | str | Unset):
        supports_party_code (bool | None | Unset):
    """

    archived: bool | None | Unset = UNSET
    maximum_players_count: int | None | Unset = UNSET
    minimum_players_count: int | None | Unset = UNSET
    play_style: GameCenterActivityUpdateRequestDataAttributesPlayStyle | Unset | None = UNSET
    properties: StringToStringMap | Unset | None = UNSET
    reference_name: None | str | Unset = UNSET
    supports_party_code: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        maximum_players_count: int | None | Unset
        if isinstance(self.maximum_players_count, Unset):
            maximum_players_count = UNSET
        else:
            maximum_players_count = self.maximum_players_count

        minimum_players_count: int | None | Unset
        if isinstance(self.minimum_players_count, Unset):
            minimum_players_count = UNSET
        else:
            minimum_players_count = self.minimum_players_count

        play_style: str | Unset | None
        if self.play_style is None:
            play_style = None
        else:
            play_style = UNSET
            if not isinstance(self.play_style, Unset):
                play_style = self.play_style.value

        properties: dict[str, Any] | Unset | None
        if self.properties is None:
            properties = None
        else:
            properties = UNSET
            if not isinstance(self.properties, Unset):
                properties = self.properties.to_dict()

        reference_name: None | str | Unset
        if isinstance(self.reference_name, Unset):
            reference_name = UNSET
        else:
            reference_name = self.reference_name

        supports_party_code: bool | None | Unset
        if isinstance(self.supports_party_code, Unset):
            supports_party_code = UNSET
        else:
            supports_party_code = self.supports_party_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archived is not UNSET:
            field_dict["archived"] = archived
        if maximum_players_count is not UNSET:
            field_dict["maximumPlayersCount"] = maximum_players_count
        if minimum_players_count is not UNSET:
            field_dict["minimumPlayersCount"] = minimum_players_count
        if play_style is not UNSET:
            field_dict["playStyle"] = play_style
        if properties is not UNSET:
            field_dict["properties"] = properties
        if reference_name is not UNSET:
            field_dict["referenceName"] = reference_name
        if supports_party_code is not UNSET:
            field_dict["supportsPartyCode"] = supports_party_code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()

        def _parse_archived(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        archived = _parse_archived(src_dict.get("archived", UNSET))

        def _parse_maximum_players_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_players_count = _parse_maximum_players_count(src_dict.get("maximumPlayersCount", UNSET))

        def _parse_minimum_players_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minimum_players_count = _parse_minimum_players_count(src_dict.get("minimumPlayersCount", UNSET))

        _raw_play_style = src_dict.get("playStyle", UNSET)
        if _raw_play_style is None:
            play_style = None
        else:
            _play_style = _raw_play_style
            play_style: GameCenterActivityUpdateRequestDataAttributesPlayStyle | Unset
            if isinstance(_play_style, Unset):
                play_style = UNSET
            else:
                play_style = GameCenterActivityUpdateRequestDataAttributesPlayStyle.of(_play_style)

        _raw_properties = src_dict.get("properties", UNSET)
        if _raw_properties is None:
            properties = None
        else:
            _properties = _raw_properties
            properties: StringToStringMap | Unset
            if isinstance(_properties, Unset):
                properties = UNSET
            else:
                properties = StringToStringMap.from_dict(_properties)

        def _parse_reference_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_name = _parse_reference_name(src_dict.get("referenceName", UNSET))

        def _parse_supports_party_code(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        supports_party_code = _parse_supports_party_code(src_dict.get("supportsPartyCode", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.archived = archived
        _model.maximum_players_count = maximum_players_count
        _model.minimum_players_count = minimum_players_count
        _model.play_style = play_style
        _model.properties = properties
        _model.reference_name = reference_name
        _model.supports_party_code = supports_party_code
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
