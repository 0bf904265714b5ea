from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.game_center_challenge_version_relationships_challenge import (
        GameCenterChallengeVersionRelationshipsChallenge,
    )
    from ..models.game_center_challenge_version_relationships_default_image import (
        GameCenterChallengeVersionRelationshipsDefaultImage,
    )
    from ..models.game_center_challenge_version_relationships_localizations import (
        GameCenterChallengeVersionRelationshipsLocalizations,
    )
    from ..models.game_center_challenge_version_relationships_releases import (
        GameCenterChallengeVersionRelationshipsReleases,
    )


T = TypeVar("T", bound="GameCenterChallengeVersionRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        GameCenterChallengeVersionRelationshipsChallenge, \
        GameCenterChallengeVersionRelationshipsDefaultImage, \
        GameCenterChallengeVersionRelationshipsLocalizations, \
        GameCenterChallengeVersionRelationshipsReleases
    from ..models.game_center_challenge_version_relationships_challenge import (
        GameCenterChallengeVersionRelationshipsChallenge,
    )
    from ..models.game_center_challenge_version_relationships_default_image import (
        GameCenterChallengeVersionRelationshipsDefaultImage,
    )
    from ..models.game_center_challenge_version_relationships_localizations import (
        GameCenterChallengeVersionRelationshipsLocalizations,
    )
    from ..models.game_center_challenge_version_relationships_releases import (
        GameCenterChallengeVersionRelationshipsReleases,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class GameCenterChallengeVersionRelationships:
    """
    Attributes:
        challenge (GameCenterChallengeVersionRelationshipsChallenge | Unset):
        default_image (GameCenterChallengeVersionRelationshipsDefaultImage | Unset):
        localizations (GameCenterChallengeVersionRelationshipsLocalizations | Unset):
        releases (GameCenterChallengeVersionRelationshipsReleases | Unset):
    """

    challenge: GameCenterChallengeVersionRelationshipsChallenge | None = None
    default_image: GameCenterChallengeVersionRelationshipsDefaultImage | None = None
    localizations: GameCenterChallengeVersionRelationshipsLocalizations | None = None
    releases: GameCenterChallengeVersionRelationshipsReleases | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        challenge: Any = None
        if self.challenge is not None:
            challenge = UNSET
            if not isinstance(self.challenge, Unset):
                challenge = self.challenge.to_dict()

        default_image: Any = None
        if self.default_image is not None:
            default_image = UNSET
            if not isinstance(self.default_image, Unset):
                default_image = self.default_image.to_dict()

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
        if challenge is not None:
            field_dict["challenge"] = challenge
        if default_image is not None:
            field_dict["defaultImage"] = default_image
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
        _raw_challenge = d.pop("challenge", None)
        if _raw_challenge is None:
            challenge = None
        else:
            _challenge = _raw_challenge
            challenge: GameCenterChallengeVersionRelationshipsChallenge | Unset
            if isinstance(_challenge, Unset):
                challenge = UNSET
            else:
                challenge = GameCenterChallengeVersionRelationshipsChallenge.from_dict(_challenge)

        _raw_default_image = d.pop("defaultImage", None)
        if _raw_default_image is None:
            default_image = None
        else:
            _default_image = _raw_default_image
            default_image: GameCenterChallengeVersionRelationshipsDefaultImage | Unset
            if isinstance(_default_image, Unset):
                default_image = UNSET
            else:
                default_image = GameCenterChallengeVersionRelationshipsDefaultImage.from_dict(_default_image)

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: GameCenterChallengeVersionRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = GameCenterChallengeVersionRelationshipsLocalizations.from_dict(_localizations)

        _raw_releases = d.pop("releases", None)
        if _raw_releases is None:
            releases = None
        else:
            _releases = _raw_releases
            releases: GameCenterChallengeVersionRelationshipsReleases | Unset
            if isinstance(_releases, Unset):
                releases = UNSET
            else:
                releases = GameCenterChallengeVersionRelationshipsReleases.from_dict(_releases)

        game_center_challenge_version_relationships = cls(
            challenge=challenge,
            default_image=default_image,
            localizations=localizations,
            releases=releases,
        )
        game_center_challenge_version_relationships.additional_properties = d
        return game_center_challenge_version_relationships

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
