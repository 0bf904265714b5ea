from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_matchmaking_test_request_inline_create_attributes_locale import (
    GameCenterMatchmakingTestRequestInlineCreateAttributesLocale,
)
from ..models.platform import Platform
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.location import Location


T = TypeVar("T", bound="GameCenterMatchmakingTestRequestInlineCreateAttributes")
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
        d = dict(src_dict)
        app_version = d.pop("appVersion", UNSET)

        bundle_id = d.pop("bundleId", UNSET)

        _raw_locale = d.pop("locale", UNSET)
        if _raw_locale is None:
            locale = None
        else:
            _locale = _raw_locale
            locale: GameCenterMatchmakingTestRequestInlineCreateAttributesLocale | Unset
            if isinstance(_locale, Unset):
                locale = UNSET
            else:
                locale = GameCenterMatchmakingTestRequestInlineCreateAttributesLocale(_locale)

        _raw_location = d.pop("location", UNSET)
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

        max_players = _parse_max_players(d.pop("maxPlayers", UNSET))

        def _parse_min_players(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_players = _parse_min_players(d.pop("minPlayers", UNSET))

        _raw_platform = d.pop("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: Platform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = Platform(_platform)

        def _parse_player_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        player_count = _parse_player_count(d.pop("playerCount", UNSET))

        request_name = d.pop("requestName", UNSET)

        seconds_in_queue = d.pop("secondsInQueue", UNSET)

        game_center_matchmaking_test_request_inline_create_attributes = cls(
            app_version=app_version,
            bundle_id=bundle_id,
            locale=locale,
            location=location,
            max_players=max_players,
            min_players=min_players,
            platform=platform,
            player_count=player_count,
            request_name=request_name,
            seconds_in_queue=seconds_in_queue,
        )
        game_center_matchmaking_test_request_inline_create_attributes.additional_properties = d
        return game_center_matchmaking_test_request_inline_create_attributes

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
