from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_activity_attributes_play_style import GameCenterActivityAttributesPlayStyle
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.string_to_string_map import StringToStringMap


T = TypeVar("T", bound="GameCenterActivityAttributes")
_KNOWN_KEYS = frozenset(
    {
        "archived",
        "maximumPlayersCount",
        "minimumPlayersCount",
        "playStyle",
        "properties",
        "referenceName",
        "supportsPartyCode",
        "vendorIdentifier",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, StringToStringMap
    from ..models.string_to_string_map import StringToStringMap

    _LAZY_IMPORTS_DONE = True


def _read_properties(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_properties = src_dict.get("properties")
    if _raw_properties is None:
        properties = None
    else:
        properties = StringToStringMap.from_dict(_raw_properties)

    return properties


_READERS: dict[str, Any] = {
    "properties": _read_properties,
}


@_attrs_define(repr=False)
class GameCenterActivityAttributes:
    """
    Attributes:
        archived (bool | Unset):
        maximum_players_count (int | Unset):
        minimum_players_count (int | Unset):
        play_style (GameCenterActivityAttributesPlayStyle | Unset):
        properties (StringToStringMap | Unset):
        reference_name (str | Unset):
        supports_party_code (bool | Unset):
        vendor_identifier (str | Unset):
    """

    archived: bool | None = None
    maximum_players_count: int | None = None
    minimum_players_count: int | None = None
    play_style: GameCenterActivityAttributesPlayStyle | None = None
    properties: StringToStringMap | None = None
    reference_name: str | None = None
    supports_party_code: bool | None = None
    vendor_identifier: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        archived = self.archived

        maximum_players_count = self.maximum_players_count

        minimum_players_count = self.minimum_players_count

        play_style: Any = None
        if self.play_style is not None:
            play_style = self.play_style.value

        properties: Any = None
        if self.properties is not None:
            properties = self.properties.to_dict()

        reference_name = self.reference_name

        supports_party_code = self.supports_party_code

        vendor_identifier = self.vendor_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if archived is not None:
            field_dict["archived"] = archived
        if maximum_players_count is not None:
            field_dict["maximumPlayersCount"] = maximum_players_count
        if minimum_players_count is not None:
            field_dict["minimumPlayersCount"] = minimum_players_count
        if play_style is not None:
            field_dict["playStyle"] = play_style
        if properties is not None:
            field_dict["properties"] = properties
        if reference_name is not None:
            field_dict["referenceName"] = reference_name
        if supports_party_code is not None:
            field_dict["supportsPartyCode"] = supports_party_code
        if vendor_identifier is not None:
            field_dict["vendorIdentifier"] = vendor_identifier
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        archived = src_dict.get("archived")

        maximum_players_count = src_dict.get("maximumPlayersCount")

        minimum_players_count = src_dict.get("minimumPlayersCount")

        _raw_play_style = src_dict.get("playStyle")
        if _raw_play_style is None:
            play_style = None
        else:
            play_style = GameCenterActivityAttributesPlayStyle.of(_raw_play_style)

        reference_name = src_dict.get("referenceName")

        supports_party_code = src_dict.get("supportsPartyCode")

        vendor_identifier = src_dict.get("vendorIdentifier")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.archived = archived
        _model.maximum_players_count = maximum_players_count
        _model.minimum_players_count = minimum_players_count
        _model.play_style = play_style
        _model.reference_name = reference_name
        _model.supports_party_code = supports_party_code
        _model.vendor_identifier = vendor_identifier
        _model._document = src_dict  # properties: read on first access
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
