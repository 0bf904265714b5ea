from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_leaderboard_v2_relationships_activity import (
        GameCenterLeaderboardV2RelationshipsActivity,
    )
    from ..models.game_center_leaderboard_v2_relationships_challenge import (
        GameCenterLeaderboardV2RelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_detail import (
        GameCenterLeaderboardV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_group import (
        GameCenterLeaderboardV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_v2_relationships_versions import (
        GameCenterLeaderboardV2RelationshipsVersions,
    )


T = TypeVar("T", bound="GameCenterLeaderboardV2Relationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterLeaderboardV2RelationshipsActivity, \
        GameCenterLeaderboardV2RelationshipsChallenge, \
        GameCenterLeaderboardV2RelationshipsGameCenterDetail, \
        GameCenterLeaderboardV2RelationshipsGameCenterGroup, \
        GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets, \
        GameCenterLeaderboardV2RelationshipsVersions
    from ..models.game_center_leaderboard_v2_relationships_activity import (
        GameCenterLeaderboardV2RelationshipsActivity,
    )
    from ..models.game_center_leaderboard_v2_relationships_challenge import (
        GameCenterLeaderboardV2RelationshipsChallenge,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_detail import (
        GameCenterLeaderboardV2RelationshipsGameCenterDetail,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_group import (
        GameCenterLeaderboardV2RelationshipsGameCenterGroup,
    )
    from ..models.game_center_leaderboard_v2_relationships_game_center_leaderboard_sets import (
        GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets,
    )
    from ..models.game_center_leaderboard_v2_relationships_versions import (
        GameCenterLeaderboardV2RelationshipsVersions,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterLeaderboardV2Relationships:
    """
    Attributes:
        activity (GameCenterLeaderboardV2RelationshipsActivity | Unset):
        challenge (GameCenterLeaderboardV2RelationshipsChallenge | Unset):
        game_center_detail (GameCenterLeaderboardV2RelationshipsGameCenterDetail | Unset):
        game_center_group (GameCenterLeaderboardV2RelationshipsGameCenterGroup | Unset):
        game_center_leaderboard_sets (GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets | Unset):
        versions (GameCenterLeaderboardV2RelationshipsVersions | Unset):
    """

    activity: GameCenterLeaderboardV2RelationshipsActivity | None = None
    challenge: GameCenterLeaderboardV2RelationshipsChallenge | None = None
    game_center_detail: GameCenterLeaderboardV2RelationshipsGameCenterDetail | None = None
    game_center_group: GameCenterLeaderboardV2RelationshipsGameCenterGroup | None = None
    game_center_leaderboard_sets: GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets | None = None
    versions: GameCenterLeaderboardV2RelationshipsVersions | None = None
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

        versions: Any = None
        if self.versions is not None:
            versions = UNSET
            if not isinstance(self.versions, Unset):
                versions = self.versions.to_dict()

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
        if versions is not None:
            field_dict["versions"] = versions
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
            activity: GameCenterLeaderboardV2RelationshipsActivity | Unset
            if isinstance(_activity, Unset):
                activity = UNSET
            else:
                activity = GameCenterLeaderboardV2RelationshipsActivity.from_dict(_activity)

        _raw_challenge = d.pop("challenge", None)
        if _raw_challenge is None:
            challenge = None
        else:
            _challenge = _raw_challenge
            challenge: GameCenterLeaderboardV2RelationshipsChallenge | Unset
            if isinstance(_challenge, Unset):
                challenge = UNSET
            else:
                challenge = GameCenterLeaderboardV2RelationshipsChallenge.from_dict(_challenge)

        _raw_game_center_detail = d.pop("gameCenterDetail", None)
        if _raw_game_center_detail is None:
            game_center_detail = None
        else:
            _game_center_detail = _raw_game_center_detail
            game_center_detail: GameCenterLeaderboardV2RelationshipsGameCenterDetail | Unset
            if isinstance(_game_center_detail, Unset):
                game_center_detail = UNSET
            else:
                game_center_detail = GameCenterLeaderboardV2RelationshipsGameCenterDetail.from_dict(
                    _game_center_detail
                )

        _raw_game_center_group = d.pop("gameCenterGroup", None)
        if _raw_game_center_group is None:
            game_center_group = None
        else:
            _game_center_group = _raw_game_center_group
            game_center_group: GameCenterLeaderboardV2RelationshipsGameCenterGroup | Unset
            if isinstance(_game_center_group, Unset):
                game_center_group = UNSET
            else:
                game_center_group = GameCenterLeaderboardV2RelationshipsGameCenterGroup.from_dict(
                    _game_center_group
                )

        _raw_game_center_leaderboard_sets = d.pop("gameCenterLeaderboardSets", None)
        if _raw_game_center_leaderboard_sets is None:
            game_center_leaderboard_sets = None
        else:
            _game_center_leaderboard_sets = _raw_game_center_leaderboard_sets
            game_center_leaderboard_sets: (
                GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets | Unset
            )
            if isinstance(_game_center_leaderboard_sets, Unset):
                game_center_leaderboard_sets = UNSET
            else:
                game_center_leaderboard_sets = (
                    GameCenterLeaderboardV2RelationshipsGameCenterLeaderboardSets.from_dict(
                        _game_center_leaderboard_sets
                    )
                )

        _raw_versions = d.pop("versions", None)
        if _raw_versions is None:
            versions = None
        else:
            _versions = _raw_versions
            versions: GameCenterLeaderboardV2RelationshipsVersions | Unset
            if isinstance(_versions, Unset):
                versions = UNSET
            else:
                versions = GameCenterLeaderboardV2RelationshipsVersions.from_dict(_versions)

        game_center_leaderboard_v2_relationships = cls(
            activity=activity,
            challenge=challenge,
            game_center_detail=game_center_detail,
            game_center_group=game_center_group,
            game_center_leaderboard_sets=game_center_leaderboard_sets,
            versions=versions,
        )
        game_center_leaderboard_v2_relationships.additional_properties = d
        return game_center_leaderboard_v2_relationships

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
