from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="GameCenterPlayerAchievementSubmissionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "bundleId",
        "challengeIds",
        "percentageAchieved",
        "preReleased",
        "scopedPlayerId",
        "submittedDate",
        "vendorIdentifier",
    }
)


@_attrs_define(repr=False)
class GameCenterPlayerAchievementSubmissionAttributes:
    """
    Attributes:
        bundle_id (str | Unset):
        challenge_ids (list[str] | Unset):
        percentage_achieved (int | Unset):
        pre_released (bool | Unset):
        scoped_player_id (str | Unset):
        submitted_date (datetime.datetime | Unset):
        vendor_identifier (str | Unset):
    """

    bundle_id: str | None = None
    challenge_ids: list[str] | None = None
    percentage_achieved: int | None = None
    pre_released: bool | None = None
    scoped_player_id: str | None = None
    submitted_date: datetime.datetime | None = None
    vendor_identifier: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        bundle_id = self.bundle_id

        challenge_ids: Any = None
        if self.challenge_ids is not None:
            challenge_ids = self.challenge_ids

        percentage_achieved = self.percentage_achieved

        pre_released = self.pre_released

        scoped_player_id = self.scoped_player_id

        submitted_date: Any = None
        if self.submitted_date is not None:
            submitted_date = self.submitted_date.isoformat()

        vendor_identifier = self.vendor_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bundle_id is not None:
            field_dict["bundleId"] = bundle_id
        if challenge_ids is not None:
            field_dict["challengeIds"] = challenge_ids
        if percentage_achieved is not None:
            field_dict["percentageAchieved"] = percentage_achieved
        if pre_released is not None:
            field_dict["preReleased"] = pre_released
        if scoped_player_id is not None:
            field_dict["scopedPlayerId"] = scoped_player_id
        if submitted_date is not None:
            field_dict["submittedDate"] = submitted_date
        if vendor_identifier is not None:
            field_dict["vendorIdentifier"] = vendor_identifier
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        bundle_id = src_dict.get("bundleId")

        _raw_challenge_ids = src_dict.get("challengeIds")
        if _raw_challenge_ids is None:
            challenge_ids = None
        else:
            challenge_ids = cast(list[str], _raw_challenge_ids)

        percentage_achieved = src_dict.get("percentageAchieved")

        pre_released = src_dict.get("preReleased")

        scoped_player_id = src_dict.get("scopedPlayerId")

        _raw_submitted_date = src_dict.get("submittedDate")
        if _raw_submitted_date is None:
            submitted_date = None
        else:
            submitted_date = datetime.datetime.fromisoformat(_raw_submitted_date)

        vendor_identifier = src_dict.get("vendorIdentifier")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.bundle_id = bundle_id
        _model.challenge_ids = challenge_ids
        _model.percentage_achieved = percentage_achieved
        _model.pre_released = pre_released
        _model.scoped_player_id = scoped_player_id
        _model.submitted_date = submitted_date
        _model.vendor_identifier = vendor_identifier
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
