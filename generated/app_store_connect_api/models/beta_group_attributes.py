from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr

T = TypeVar("T", bound="BetaGroupAttributes")
_KNOWN_KEYS = frozenset(
    {
        "createdDate",
        "feedbackEnabled",
        "hasAccessToAllBuilds",
        "iosBuildsAvailableForAppleSiliconMac",
        "iosBuildsAvailableForAppleVision",
        "isInternalGroup",
        "name",
        "publicLink",
        "publicLinkEnabled",
        "publicLinkId",
        "publicLinkLimit",
        "publicLinkLimitEnabled",
    }
)


@_attrs_define(repr=False)
class BetaGroupAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        feedback_enabled (bool | Unset):
        has_access_to_all_builds (bool | Unset):
        ios_builds_available_for_apple_silicon_mac (bool | Unset):
        ios_builds_available_for_apple_vision (bool | Unset):
        is_internal_group (bool | Unset):
        name (str | Unset):
        public_link (str | Unset):
        public_link_enabled (bool | Unset):
        public_link_id (str | Unset):
        public_link_limit (int | Unset):
        public_link_limit_enabled (bool | Unset):
    """

    created_date: datetime.datetime | None = None
    feedback_enabled: bool | None = None
    has_access_to_all_builds: bool | None = None
    ios_builds_available_for_apple_silicon_mac: bool | None = None
    ios_builds_available_for_apple_vision: bool | None = None
    is_internal_group: bool | None = None
    name: str | None = None
    public_link: str | None = None
    public_link_enabled: bool | None = None
    public_link_id: str | None = None
    public_link_limit: int | None = None
    public_link_limit_enabled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        feedback_enabled = self.feedback_enabled

        has_access_to_all_builds = self.has_access_to_all_builds

        ios_builds_available_for_apple_silicon_mac = self.ios_builds_available_for_apple_silicon_mac

        ios_builds_available_for_apple_vision = self.ios_builds_available_for_apple_vision

        is_internal_group = self.is_internal_group

        name = self.name

        public_link = self.public_link

        public_link_enabled = self.public_link_enabled

        public_link_id = self.public_link_id

        public_link_limit = self.public_link_limit

        public_link_limit_enabled = self.public_link_limit_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if feedback_enabled is not None:
            field_dict["feedbackEnabled"] = feedback_enabled
        if has_access_to_all_builds is not None:
            field_dict["hasAccessToAllBuilds"] = has_access_to_all_builds
        if ios_builds_available_for_apple_silicon_mac is not None:
            field_dict["iosBuildsAvailableForAppleSiliconMac"] = ios_builds_available_for_apple_silicon_mac
        if ios_builds_available_for_apple_vision is not None:
            field_dict["iosBuildsAvailableForAppleVision"] = ios_builds_available_for_apple_vision
        if is_internal_group is not None:
            field_dict["isInternalGroup"] = is_internal_group
        if name is not None:
            field_dict["name"] = name
        if public_link is not None:
            field_dict["publicLink"] = public_link
        if public_link_enabled is not None:
            field_dict["publicLinkEnabled"] = public_link_enabled
        if public_link_id is not None:
            field_dict["publicLinkId"] = public_link_id
        if public_link_limit is not None:
            field_dict["publicLinkLimit"] = public_link_limit
        if public_link_limit_enabled is not None:
            field_dict["publicLinkLimitEnabled"] = public_link_limit_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        feedback_enabled = src_dict.get("feedbackEnabled")

        has_access_to_all_builds = src_dict.get("hasAccessToAllBuilds")

        ios_builds_available_for_apple_silicon_mac = src_dict.get("iosBuildsAvailableForAppleSiliconMac")

        ios_builds_available_for_apple_vision = src_dict.get("iosBuildsAvailableForAppleVision")

        is_internal_group = src_dict.get("isInternalGroup")

        name = src_dict.get("name")

        public_link = src_dict.get("publicLink")

        public_link_enabled = src_dict.get("publicLinkEnabled")

        public_link_id = src_dict.get("publicLinkId")

        public_link_limit = src_dict.get("publicLinkLimit")

        public_link_limit_enabled = src_dict.get("publicLinkLimitEnabled")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.created_date = created_date
        _model.feedback_enabled = feedback_enabled
        _model.has_access_to_all_builds = has_access_to_all_builds
        _model.ios_builds_available_for_apple_silicon_mac = ios_builds_available_for_apple_silicon_mac
        _model.ios_builds_available_for_apple_vision = ios_builds_available_for_apple_vision
        _model.is_internal_group = is_internal_group
        _model.name = name
        _model.public_link = public_link
        _model.public_link_enabled = public_link_enabled
        _model.public_link_id = public_link_id
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
