from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_set_relationships_game_center_detail import (
        GameCenterLeaderboardSetRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_group import (
        GameCenterLeaderboardSetRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_leaderboard_set_relationships_group_leaderboard_set import (
        GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet,
    )
    from ..models.game_center_leaderboard_set_relationships_localizations import (
        GameCenterLeaderboardSetRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_set_relationships_releases import (
        GameCenterLeaderboardSetRelationshipsReleases,
    )


T = TypeVar("T", bound="GameCenterLeaderboardSetRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardSetRelationshipsGameCenterDetail, \
        GameCenterLeaderboardSetRelationshipsGameCenterGroup, \
        GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards, \
        GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet, \
        GameCenterLeaderboardSetRelationshipsLocalizations, \
        GameCenterLeaderboardSetRelationshipsReleases
    from ..models.game_center_leaderboard_set_relationships_game_center_detail import (
        GameCenterLeaderboardSetRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_group import (
        GameCenterLeaderboardSetRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_set_relationships_game_center_leaderboards import (
        GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards,
    )
    from ..models.game_center_leaderboard_set_relationships_group_leaderboard_set import (
        GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet,
    )
    from ..models.game_center_leaderboard_set_relationships_localizations import (
        GameCenterLeaderboardSetRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_set_relationships_releases import (
        GameCenterLeaderboardSetRelationshipsReleases,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterLeaderboardSetRelationships:
    """
    Attributes:
        game_center_detail (GameCenterLeaderboardSetRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardSetRelationshipsGameCenterGroup | Unset):
        game_center_leaderboards (GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards | Unset):
        group_leaderboard_set (GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet | Unset):
        localizations (GameCenterLeaderboardSetRelationshipsLocalizations | Unset):
        releases (GameCenterLeaderboardSetRelationshipsReleases | Unset):
    """

    game_center_detail: GameCenterLeaderboardSetRelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterLeaderboardSetRelationshipsGameCenterGroup | None = None
    game_center_leaderboards: GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards | None = None
    group_leaderboard_set: GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet | None = None
    localizations: GameCenterLeaderboardSetRelationshipsLocalizations | None = None
    releases: GameCenterLeaderboardSetRelationshipsReleases | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        game_center_detail: Any = None
        if self.game_center_detail is not None:
            game_center_detail = UNSET
            if not isinstance(self.game_center_detail, Unset):
                game_center_detail = self.game_center_detail.to_dict()

        game_center_group: Any = None
        if self.game_center_group is not None:
            game_center_group = UNSET
            if not isinstance(self.game_center_group, Unset):
                game_center_group = self.game_center_group.to_dict()

        game_center_leaderboards: Any = None
        if self.game_center_leaderboards is not None:
            game_center_leaderboards = UNSET
            if not isinstance(self.game_center_leaderboards, Unset):
                game_center_leaderboards = self.game_center_leaderboards.to_dict()

        group_leaderboard_set: Any = None
        if self.group_leaderboard_set is not None:
            group_leaderboard_set = UNSET
            if not isinstance(self.group_leaderboard_set, Unset):
                group_leaderboard_set = self.group_leaderboard_set.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
                localizations = self.localizations.to_dict()

        releases: Any = None
        if self.releases is not None:
            releases = UNSET
            if not isinstance(self.releases, Unset):
                releases = self.releases.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if game_center_leaderboards is not None:
            field_dict["gameCenterLeaderboards"] = game_center_leaderboards
        if group_leaderboard_set is not None:
            field_dict["groupLeaderboardSet"] = group_leaderboard_set
        if localizations is not None:
            field_dict["localizations"] = localizations
        if releases is not None:
            field_dict["releases"] = releases
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_game_center_detail = d.pop("gameCenterDetail", None)
        if _raw_game_center_detail is None:
            game_center_detail = None
        else:
            _game_center_detail = _raw_game_center_detail
            game_center_detail: GameCenterLeaderboardSetRelationshipsGameCenterDetail | Unset
            if isinstance(_game_center_detail, Unset):
                game_center_detail = UNSET
            else:
                game_center_detail = GameCenterLeaderboardSetRelationshipsGameCenterDetail.from_dict(
                    _game_center_detail
                )

        _raw_game_center_group = d.pop("gameCenterGroup", None)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterLeaderboardSetRelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = GameCenterLeaderboardSetRelationshipsGameCenterGroup.from_dict(
                    _game_center_group
                )

        _raw_game_center_leaderboards = d.pop("gameCenterLeaderboards", None)
        if _raw_game_center_leaderboards is None:
            game_center_leaderboards = None
        else:
            _game_center_leaderboards = _raw_game_center_leaderboards
            game_center_leaderboards: GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards | Unset
            if isinstance(_game_center_leaderboards, Unset):
                game_center_leaderboards = UNSET
            else:
                game_center_leaderboards = (
                    GameCenterLeaderboardSetRelationshipsGameCenterLeaderboards.from_dict(
                        _game_center_leaderboards
                    )
                )

        _raw_group_leaderboard_set = d.pop("groupLeaderboardSet", None)
        if _raw_group_leaderboard_set is None:
            group_leaderboard_set = None
        else:
            _group_leaderboard_set = _raw_group_leaderboard_set
            group_leaderboard_set: GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet | Unset
            if isinstance(_group_leaderboard_set, Unset):
                group_leaderboard_set = UNSET
            else:
                group_leaderboard_set = GameCenterLeaderboardSetRelationshipsGroupLeaderboardSet.from_dict(
                    _group_leaderboard_set
                )

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: GameCenterLeaderboardSetRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = GameCenterLeaderboardSetRelationshipsLocalizations.from_dict(_localizations)

        _raw_releases = d.pop("releases", None)
        if _raw_releases is None:
            releases = None
        else:
            _releases = _raw_releases
            releases: GameCenterLeaderboardSetRelationshipsReleases | Unset
            if isinstance(_releases, Unset):
                releases = UNSET
            else:
                releases = GameCenterLeaderboardSetRelationshipsReleases.from_dict(_releases)

        game_center_leaderboard_set_relationships = cls(
            game_center_detail=game_center_detail,
            game_center_group=game_center_group,
            game_center_leaderboards=game_center_leaderboards,
            group_leaderboard_set=group_leaderboard_set,
            localizations=localizations,
            releases=releases,
        )
        game_center_leaderboard_set_relationships.additional_properties = d
        return game_center_leaderboard_set_relationships

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
