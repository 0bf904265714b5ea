from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="BetaGroupCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "feedbackEnabled",
        "hasAccessToAllBuilds",
        "isInternalGroup",
        "publicLinkEnabled",
        "publicLinkLimit",
        "publicLinkLimitEnabled",
    }
)


@_attrs_define(repr=False)
class BetaGroupCreateRequestDataAttributes:
    """
    Attributes:
        name (str):
        feedback_enabled (bool | None | Unset):
        has_access_to_all_builds (bool | None | Unset):
        is_internal_group (bool | None | Unset):
        public_link_enabled (bool | None | Unset):
        public_link_limit (int | None | Unset):
        public_link_limit_enabled (bool | None | Unset):
    """

    name: str
    feedback_enabled: bool | None | Unset = UNSET
    has_access_to_all_builds: bool | None | Unset = UNSET
    is_internal_group: bool | None | Unset = UNSET
    public_link_enabled: bool | None | Unset = UNSET
    public_link_limit: int | None | Unset = UNSET
    public_link_limit_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        feedback_enabled: bool | None | Unset
        if isinstance(self.feedback_enabled, Unset):
            feedback_enabled = UNSET
        else:
            feedback_enabled = self.feedback_enabled

        has_access_to_all_builds: bool | None | Unset
        if isinstance(self.has_access_to_all_builds, Unset):
            has_access_to_all_builds = UNSET
        else:
            has_access_to_all_builds = self.has_access_to_all_builds

        is_internal_group: bool | None | Unset
        if isinstance(self.is_internal_group, Unset):
            is_internal_group = UNSET
        else:
            is_internal_group = self.is_internal_group

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
        field_dict["name"] = name
        if feedback_enabled is not UNSET:
            field_dict["feedbackEnabled"] = feedback_enabled
        if has_access_to_all_builds is not UNSET:
            field_dict["hasAccessToAllBuilds"] = has_access_to_all_builds
        if is_internal_group is not UNSET:
            field_dict["isInternalGroup"] = is_internal_group
        if public_link_enabled is not UNSET:
            field_dict["publicLinkEnabled"] = public_link_enabled
        if public_link_limit is not UNSET:
            field_dict["publicLinkLimit"] = public_link_limit
        if public_link_limit_enabled is not UNSET:
            field_dict["publicLinkLimitEnabled"] = public_link_limit_enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]

        def _parse_feedback_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        feedback_enabled = _parse_feedback_enabled(src_dict.get("feedbackEnabled", UNSET))

        def _parse_has_access_to_all_builds(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_access_to_all_builds = _parse_has_access_to_all_builds(
            src_dict.get("hasAccessToAllBuilds", UNSET)
        )

        def _parse_is_internal_group(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_internal_group = _parse_is_internal_group(src_dict.get("isInternalGroup", UNSET))

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
        _model.name = name
        _model.feedback_enabled = feedback_enabled
        _model.has_access_to_all_builds = has_access_to_all_builds
        _model.is_internal_group = is_internal_group
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
