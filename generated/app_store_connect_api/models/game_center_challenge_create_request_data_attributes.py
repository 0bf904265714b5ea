from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.game_center_challenge_create_request_data_attributes_challenge_type import (
    GameCenterChallengeCreateRequestDataAttributesChallengeType,
)
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="GameCenterChallengeCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "challengeType",
        "referenceName",
        "vendorIdentifier",
        "repeatable",
    }
)


@_attrs_define(repr=False)
class GameCenterChallengeCreateRequestDataAttributes:
    """
    Attributes:
        challenge_type (GameCenterChallengeCreateRequestDataAttributesChallengeType):
        reference_name (str):
        vendor_identifier (str):
        repeatable (bool | None | Unset):
    """

    challenge_type: GameCenterChallengeCreateRequestDataAttributesChallengeType
    reference_name: str
    vendor_identifier: str
    repeatable: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        challenge_type = self.challenge_type.value

        reference_name = self.reference_name

        vendor_identifier = self.vendor_identifier

        repeatable: bool | None | Unset
        if isinstance(self.repeatable, Unset):
            repeatable = UNSET
        else:
            repeatable = self.repeatable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["challengeType"] = challenge_type
        field_dict["referenceName"] = reference_name
        field_dict["vendorIdentifier"] = vendor_identifier
        if repeatable is not UNSET:
            field_dict["repeatable"] = repeatable
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        challenge_type = GameCenterChallengeCreateRequestDataAttributesChallengeType.of(
            src_dict["challengeType"]
        )

        reference_name = src_dict["referenceName"]

        vendor_identifier = src_dict["vendorIdentifier"]

        def _parse_repeatable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        repeatable = _parse_repeatable(src_dict.get("repeatable", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.challenge_type = challenge_type
        _model.reference_name = reference_name
        _model.vendor_identifier = vendor_identifier
        _model.repeatable = repeatable
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
