from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="GameCenterPlayerAchievementSubmissionCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "bundleId",
        "percentageAchieved",
        "scopedPlayerId",
        "vendorIdentifier",
        "challengeIds",
        "preReleased",
        "submittedDate",
    }
)


@_attrs_define(repr=False)
class GameCenterPlayerAchievementSubmissionCreateRequestDataAttributes:
    """
    Attributes:
        bundle_id (str):
        percentage_achieved (int):
        scoped_player_id (str):
        vendor_identifier (str):
        challenge_ids (list[str] | None | Unset):
        pre_released (bool | None | Unset):
        submitted_date (datetime.datetime | None | Unset):
    """

    bundle_id: str
    percentage_achieved: int
    scoped_player_id: str
    vendor_identifier: str
    challenge_ids: list[str] | None | Unset = UNSET
    pre_released: bool | None | Unset = UNSET
    submitted_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        bundle_id = self.bundle_id

        percentage_achieved = self.percentage_achieved

        scoped_player_id = self.scoped_player_id

        vendor_identifier = self.vendor_identifier

        challenge_ids: list[str] | None | Unset
        if isinstance(self.challenge_ids, Unset):
            challenge_ids = UNSET
        elif isinstance(self.challenge_ids, list):
            challenge_ids = self.challenge_ids

        else:
            challenge_ids = self.challenge_ids

        pre_released: bool | None | Unset
        if isinstance(self.pre_released, Unset):
            pre_released = UNSET
        else:
            pre_released = self.pre_released

        submitted_date: None | str | Unset
        if isinstance(self.submitted_date, Unset):
            submitted_date = UNSET
        elif isinstance(self.submitted_date, datetime.datetime):
            submitted_date = self.submitted_date.isoformat()
        else:
            submitted_date = self.submitted_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["bundleId"] = bundle_id
        field_dict["percentageAchieved"] = percentage_achieved
        field_dict["scopedPlayerId"] = scoped_player_id
        field_dict["vendorIdentifier"] = vendor_identifier
        if challenge_ids is not UNSET:
            field_dict["challengeIds"] = challenge_ids
        if pre_released is not UNSET:
            field_dict["preReleased"] = pre_released
        if submitted_date is not UNSET:
            field_dict["submittedDate"] = submitted_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        bundle_id = src_dict["bundleId"]

        percentage_achieved = src_dict["percentageAchieved"]

        scoped_player_id = src_dict["scopedPlayerId"]

        vendor_identifier = src_dict["vendorIdentifier"]

        def _parse_challenge_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                challenge_ids_type_0 = cast(list[str], data)

                return challenge_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        challenge_ids = _parse_challenge_ids(src_dict.get("challengeIds", UNSET))

        def _parse_pre_released(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pre_released = _parse_pre_released(src_dict.get("preReleased", UNSET))

        def _parse_submitted_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_date_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        submitted_date = _parse_submitted_date(src_dict.get("submittedDate", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.bundle_id = bundle_id
        _model.percentage_achieved = percentage_achieved
        _model.scoped_player_id = scoped_player_id
        _model.vendor_identifier = vendor_identifier
        _model.challenge_ids = challenge_ids
        _model.pre_released = pre_released
        _model.submitted_date = submitted_date
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
