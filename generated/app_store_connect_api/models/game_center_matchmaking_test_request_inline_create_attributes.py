from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_matchmaking_test_request_inline_create_attributes_locale import (
    GameCenterMatchmakingTestRequestInlineCreateAttributesLocale,
)
from ..models.platform import Platform
from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.location import Location


T = TypeVar("T", bound="GameCenterMatchmakingTestRequestInlineCreateAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appVersion",
        "bundleId",
        "locale",
        "location",
        "maxPlayers",
        "minPlayers",
        "platform",
        "playerCount",
        "requestName",
        "secondsInQueue",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, Location
    from ..models.location import Location

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterMatchmakingTestRequestInlineCreateAttributes:
    """
    Attributes:
        app_version (str | Unset):
        bundle_id (str | Unset):
        locale (GameCenterMatchmakingTestRequestInlineCreateAttributesLocale | Unset):
        location (Location | Unset):
        max_players (int | None | Unset):
        min_players (int | None | Unset):
        platform (Platform | Unset):
        player_count (int | None | Unset):
        request_name (str | Unset):
        seconds_in_queue (int | Unset):
    """

    app_version: str | Unset | None = UNSET
    bundle_id: str | Unset | None = UNSET
    locale: GameCenterMatchmakingTestRequestInlineCreateAttributesLocale | Unset | None = UNSET
    location: Location | Unset | None = UNSET
    max_players: int | None | Unset = UNSET
    min_players: int | None | Unset = UNSET
    platform: Platform | Unset | None = UNSET
    player_count: int | None | Unset = UNSET
    request_name: str | Unset | None = UNSET
    seconds_in_queue: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_version = self.app_version

        bundle_id = self.bundle_id

        locale: str | Unset | None
        if self.locale is None:
            locale = None
        else:
            locale = UNSET
            if not isinstance(self.locale, Unset):
                locale = self.locale.value

        location: dict[str, Any] | Unset | None
        if self.location is None:
            location = None
        else:
            location = UNSET
            if not isinstance(self.location, Unset):
                location = self.location.to_dict()

        max_players: int | None | Unset
        if isinstance(self.max_players, Unset):
            max_players = UNSET
        else:
            max_players = self.max_players

        min_players: int | None | Unset
        if isinstance(self.min_players, Unset):
            min_players = UNSET
        else:
            min_players = self.min_players

        platform: str | Unset | None
        if self.platform is None:
            platform = None
        else:
            platform = UNSET
            if not isinstance(self.platform, Unset):
                platform = self.platform.value

        player_count: int | None | Unset
        if isinstance(self.player_count, Unset):
            player_count = UNSET
        else:
            player_count = self.player_count

        request_name = self.request_name

        seconds_in_queue = self.seconds_in_queue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version
        if bundle_id is not UNSET:
            field_dict["bundleId"] = bundle_id
        if locale is not UNSET:
            field_dict["locale"] = locale
        if location is not UNSET:
            field_dict["location"] = location
        if max_players is not UNSET:
            field_dict["maxPlayers"] = max_players
        if min_players is not UNSET:
            field_dict["minPlayers"] = min_players
        if platform is not UNSET:
            field_dict["platform"] = platform
        if player_count is not UNSET:
            field_dict["playerCount"] = player_count
        if request_name is not UNSET:
            field_dict["requestName"] = request_name
        if seconds_in_queue is not UNSET:
            field_dict["secondsInQueue"] = seconds_in_queue
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_version = src_dict.get("appVersion", UNSET)

        bundle_id = src_dict.get("bundleId", UNSET)

        _raw_locale = src_dict.get("locale", UNSET)
        if _raw_locale is None:
            locale = None
        else:
            _locale = _raw_locale
            locale: GameCenterMatchmakingTestRequestInlineCreateAttributesLocale | Unset
            if isinstance(_locale, Unset):
                locale = UNSET
            else:
                locale = GameCenterMatchmakingTestRequestInlineCreateAttributesLocale.of(_locale)

        _raw_location = src_dict.get("location", UNSET)
        if _raw_location is None:
            location = None
        else:
            _location = _raw_location
            location: Location | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = Location.from_dict(_location)

        def _parse_max_players(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_players = _parse_max_players(src_dict.get("maxPlayers", UNSET))

        def _parse_min_players(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_players = _parse_min_players(src_dict.get("minPlayers", UNSET))

        _raw_platform = src_dict.get("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: Platform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = Platform.of(_platform)

        def _parse_player_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        player_count = _parse_player_count(src_dict.get("playerCount", UNSET))

        request_name = src_dict.get("requestName", UNSET)

        seconds_in_queue = src_dict.get("secondsInQueue", UNSET)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_version = app_version
        _model.bundle_id = bundle_id
        _model.locale = locale
        _model.location = location
        _model.max_players = max_players
        _model.min_players = min_players
        _model.platform = platform
        _model.player_count = player_count
        _model.request_name = request_name
        _model.seconds_in_queue = seconds_in_queue
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
