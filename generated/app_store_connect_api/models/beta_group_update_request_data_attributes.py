from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="BetaGroupUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "feedbackEnabled",
        "iosBuildsAvailableForAppleSiliconMac",
        "iosBuildsAvailableForAppleVision",
        "name",
        "publicLinkEnabled",
        "publicLinkLimit",
        "publicLinkLimitEnabled",
    }
)


@_attrs_define(repr=False)
class BetaGroupUpdateRequestDataAttributes:
    """
    Attributes:
        feedback_enabled (bool | None | Unset):
        ios_builds_available_for_apple_silicon_mac (bool | None | Unset):
        ios_builds_available_for_apple_vision (bool | None | Unset):
        name (None | str | Unset):
        public_link_enabled (bool | None | Unset):
        public_link_limit (int | None | Unset):
        public_link_limit_enabled (bool | None | Unset):
    """

    feedback_enabled: bool | None | Unset = UNSET
    ios_builds_available_for_apple_silicon_mac: bool | None | Unset = UNSET
    ios_builds_available_for_apple_vision: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    public_link_enabled: bool | None | Unset = UNSET
    public_link_limit: int | None | Unset = UNSET
    public_link_limit_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        feedback_enabled: bool | None | Unset
        if isinstance(self.feedback_enabled, Unset):
            feedback_enabled = UNSET
        else:
            feedback_enabled = self.feedback_enabled

        ios_builds_available_for_apple_silicon_mac: bool | None | Unset
        if isinstance(self.ios_builds_available_for_apple_silicon_mac, Unset):
            ios_builds_available_for_apple_silicon_mac = UNSET
        else:
            ios_builds_available_for_apple_silicon_mac = self.ios_builds_available_for_apple_silicon_mac

        ios_builds_available_for_apple_vision: bool | None | Unset
        if isinstance(self.ios_builds_available_for_apple_vision, Unset):
            ios_builds_available_for_apple_vision = UNSET
        else:
            ios_builds_available_for_apple_vision = self.ios_builds_available_for_apple_vision

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        public_link_enabled: bool | None | Unset
        if isinstance(self.public_link_enabled, Unset):
            public_link_enabled = UNSET
        else:
            public_link_enabled = self.public_link_enabled

        public_link_limit: int | None | Unset
        if isinstance(self.public_link_limit, Unset):
            public_link_limit = UNSET
        else:
            public_link_limit = self.public_link_limit

        public_link_limit_enabled: bool | None | Unset
        if isinstance(self.public_link_limit_enabled, Unset):
            public_link_limit_enabled = UNSET
        else:
            public_link_limit_enabled = self.public_link_limit_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if feedback_enabled is not UNSET:
            field_dict["feedbackEnabled"] = feedback_enabled
        if ios_builds_available_for_apple_silicon_mac is not UNSET:
            field_dict["iosBuildsAvailableForAppleSiliconMac"] = ios_builds_available_for_apple_silicon_mac
        if ios_builds_available_for_apple_vision is not UNSET:
            field_dict["iosBuildsAvailableForAppleVision"] = ios_builds_available_for_apple_vision
        if name is not UNSET:
            field_dict["name"] = name
        if public_link_enabled is not UNSET:
            field_dict["publicLinkEnabled"] = public_link_enabled
        if public_link_limit is not UNSET:
            field_dict["publicLinkLimit"] = public_link_limit
        if public_link_limit_enabled is not UNSET:
            field_dict["publicLinkLimitEnabled"] = public_link_limit_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_feedback_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        feedback_enabled = _parse_feedback_enabled(src_dict.get("feedbackEnabled", UNSET))

        def _parse_ios_builds_available_for_apple_silicon_mac(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ios_builds_available_for_apple_silicon_mac = _parse_ios_builds_available_for_apple_silicon_mac(
            src_dict.get("iosBuildsAvailableForAppleSiliconMac", UNSET)
        )

        def _parse_ios_builds_available_for_apple_vision(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ios_builds_available_for_apple_vision = _parse_ios_builds_available_for_apple_vision(
            src_dict.get("iosBuildsAvailableForAppleVision", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(src_dict.get("name", UNSET))

        def _parse_public_link_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public_link_enabled = _parse_public_link_enabled(src_dict.get("publicLinkEnabled", UNSET))

        def _parse_public_link_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        public_link_limit = _parse_public_link_limit(src_dict.get("publicLinkLimit", UNSET))

        def _parse_public_link_limit_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public_link_limit_enabled = _parse_public_link_limit_enabled(
            src_dict.get("publicLinkLimitEnabled", UNSET)
        )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.feedback_enabled = feedback_enabled
        _model.ios_builds_available_for_apple_silicon_mac = ios_builds_available_for_apple_silicon_mac
        _model.ios_builds_available_for_apple_vision = ios_builds_available_for_apple_vision
        _model.name = name
        _model.public_link_enabled = public_link_enabled
        _model.public_link_limit = public_link_limit
        _model.public_link_limit_enabled = public_link_limit_enabled
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
