from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_relationships_activity import (
        GameCenterLeaderboardRelationshipsActivity,
    )
    from ..models.game_center_leaderboard_relationships_challenge import (
        GameCenterLeaderboardRelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_relationships_game_center_detail import (
        GameCenterLeaderboardRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_relationships_game_center_group import (
        GameCenterLeaderboardRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_relationships_group_leaderboard import (
        GameCenterLeaderboardRelationshipsGroupLeaderboard,
    )
    from ..models.game_center_leaderboard_relationships_localizations import (
        GameCenterLeaderboardRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_relationships_releases import (
        GameCenterLeaderboardRelationshipsReleases,
    )


T = TypeVar("T", bound="GameCenterLeaderboardRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardRelationshipsActivity, \
        GameCenterLeaderboardRelationshipsChallenge, \
        GameCenterLeaderboardRelationshipsGameCenterDetail, \
        GameCenterLeaderboardRelationshipsGameCenterGroup, \
        GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets, \
        GameCenterLeaderboardRelationshipsGroupLeaderboard, \
        GameCenterLeaderboardRelationshipsLocalizations, \
        GameCenterLeaderboardRelationshipsReleases
    from ..models.game_center_leaderboard_relationships_activity import (
        GameCenterLeaderboardRelationshipsActivity,
    )
    from ..models.game_center_leaderboard_relationships_challenge import (
        GameCenterLeaderboardRelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_relationships_game_center_detail import (
        GameCenterLeaderboardRelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_relationships_game_center_group import (
        GameCenterLeaderboardRelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_relationships_group_leaderboard import (
        GameCenterLeaderboardRelationshipsGroupLeaderboard,
    )
    from ..models.game_center_leaderboard_relationships_localizations import (
        GameCenterLeaderboardRelationshipsLocalizations,
    )
    from ..models.game_center_leaderboard_relationships_releases import (
        GameCenterLeaderboardRelationshipsReleases,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterLeaderboardRelationships:
    """
    Attributes:
        activity (GameCenterLeaderboardRelationshipsActivity | Unset):
        challenge (GameCenterLeaderboardRelationshipsChallenge | Unset):
        game_center_detail (GameCenterLeaderboardRelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardRelationshipsGameCenterGroup | Unset):
        game_center_leaderboard_sets (GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets | Unset):
        group_leaderboard (GameCenterLeaderboardRelationshipsGroupLeaderboard | Unset):
        localizations (GameCenterLeaderboardRelationshipsLocalizations | Unset):
        releases (GameCenterLeaderboardRelationshipsReleases | Unset):
    """

    activity: GameCenterLeaderboardRelationshipsActivity | None = None
    challenge: GameCenterLeaderboardRelationshipsChallenge | None = None
    game_center_detail: GameCenterLeaderboardRelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterLeaderboardRelationshipsGameCenterGroup | None = None
    game_center_leaderboard_sets: GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets | None = None
    group_leaderboard: GameCenterLeaderboardRelationshipsGroupLeaderboard | None = None
    localizations: GameCenterLeaderboardRelationshipsLocalizations | None = None
    releases: GameCenterLeaderboardRelationshipsReleases | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        activity: Any = None
        if self.activity is not None:
            activity = UNSET
            if not isinstance(self.activity, Unset):
                activity = self.activity.to_dict()

        challenge: Any = None
        if self.challenge is not None:
            challenge = UNSET
            if not isinstance(self.challenge, Unset):
                challenge = self.challenge.to_dict()

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

        game_center_leaderboard_sets: Any = None
        if self.game_center_leaderboard_sets is not None:
            game_center_leaderboard_sets = UNSET
            if not isinstance(self.game_center_leaderboard_sets, Unset):
                game_center_leaderboard_sets = self.game_center_leaderboard_sets.to_dict()

        group_leaderboard: Any = None
        if self.group_leaderboard is not None:
            group_leaderboard = UNSET
            if not isinstance(self.group_leaderboard, Unset):
                group_leaderboard = self.group_leaderboard.to_dict()

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
        if activity is not None:
            field_dict["activity"] = activity
        if challenge is not None:
            field_dict["challenge"] = challenge
        if game_center_detail is not None:
            field_dict["gameCenterDetail"] = game_center_detail
        if game_center_group is not None:
            field_dict["gameCenterGroup"] = game_center_group
        if game_center_leaderboard_sets is not None:
            field_dict["gameCenterLeaderboardSets"] = game_center_leaderboard_sets
        if group_leaderboard is not None:
            field_dict["groupLeaderboard"] = group_leaderboard
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
        _raw_activity = d.pop("activity", None)
        if _raw_activity is None:
            activity = None
        else:
            _activity = _raw_activity
            activity: GameCenterLeaderboardRelationshipsActivity | Unset
            if isinstance(_activity, Unset):
                activity = UNSET
            else:
                activity = GameCenterLeaderboardRelationshipsActivity.from_dict(_activity)

        _raw_challenge = d.pop("challenge", None)
        if _raw_challenge is None:
            challenge = None
        else:
            _challenge = _raw_challenge
            challenge: GameCenterLeaderboardRelationshipsChallenge | Unset
            if isinstance(_challenge, Unset):
                challenge = UNSET
            else:
                challenge = GameCenterLeaderboardRelationshipsChallenge.from_dict(_challenge)

        _raw_game_center_detail = d.pop("gameCenterDetail", None)
        if _raw_game_center_detail is None:
            game_center_detail = None
        else:
            _game_center_detail = _raw_game_center_detail
            game_center_detail: GameCenterLeaderboardRelationshipsGameCenterDetail | Unset
            if isinstance(_game_center_detail, Unset):
                game_center_detail = UNSET
            else:
                game_center_detail = GameCenterLeaderboardRelationshipsGameCenterDetail.from_dict(
                    _game_center_detail
                )

        _raw_game_center_group = d.pop("gameCenterGroup", None)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterLeaderboardRelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = GameCenterLeaderboardRelationshipsGameCenterGroup.from_dict(
                    _game_center_group
                )

        _raw_game_center_leaderboard_sets = d.pop("gameCenterLeaderboardSets", None)
        if _raw_game_center_leaderboard_sets is None:
            game_center_leaderboard_sets = None
        else:
            _game_center_leaderboard_sets = _raw_game_center_leaderboard_sets
            game_center_leaderboard_sets: GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets | Unset
            if isinstance(_game_center_leaderboard_sets, Unset):
                game_center_leaderboard_sets = UNSET
            else:
                game_center_leaderboard_sets = (
                    GameCenterLeaderboardRelationshipsGameCenterLeaderboardSets.from_dict(
                        _game_center_leaderboard_sets
                    )
                )

        _raw_group_leaderboard = d.pop("groupLeaderboard", None)
        if _raw_group_leaderboard is None:
            group_leaderboard = None
        else:
            _group_leaderboard = _raw_group_leaderboard
            group_leaderboard: GameCenterLeaderboardRelationshipsGroupLeaderboard | Unset
            if isinstance(_group_leaderboard, Unset):
                group_leaderboard = UNSET
            else:
                group_leaderboard = GameCenterLeaderboardRelationshipsGroupLeaderboard.from_dict(
                    _group_leaderboard
                )

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: GameCenterLeaderboardRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = GameCenterLeaderboardRelationshipsLocalizations.from_dict(_localizations)

        _raw_releases = d.pop("releases", None)
        if _raw_releases is None:
            releases = None
        else:
            _releases = _raw_releases
            releases: GameCenterLeaderboardRelationshipsReleases | Unset
            if isinstance(_releases, Unset):
                releases = UNSET
            else:
                releases = GameCenterLeaderboardRelationshipsReleases.from_dict(_releases)

        game_center_leaderboard_relationships = cls(
            activity=activity,
            challenge=challenge,
            game_center_detail=game_center_detail,
            game_center_group=game_center_group,
            game_center_leaderboard_sets=game_center_leaderboard_sets,
            group_leaderboard=group_leaderboard,
            localizations=localizations,
            releases=releases,
        )
        game_center_leaderboard_relationships.additional_properties = d
        return game_center_leaderboard_relationships

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
