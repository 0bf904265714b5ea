from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_id_platform import BundleIdPlatform
from ..models.profile_attributes_profile_state import ProfileAttributesProfileState
from ..models.profile_attributes_profile_type import ProfileAttributesProfileType
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="ProfileAttributes")
_KNOWN_KEYS = frozenset(
    {
        "createdDate",
        "expirationDate",
        "name",
        "platform",
        "profileContent",
        "profileState",
        "profileType",
        "uuid",
    }
)


@_attrs_define(repr=False)
class ProfileAttributes:
    """
    Attributes:
        created_date (datetime.datetime | Unset):
        expiration_date (datetime.datetime | Unset):
        name (str | Unset):
        platform (BundleIdPlatform | Unset):
        profile_content (str | Unset):
        profile_state (ProfileAttributesProfileState | Unset):
        profile_type (ProfileAttributesProfileType | Unset):
        uuid (str | Unset):
    """

    created_date: datetime.datetime | None = None
    expiration_date: datetime.datetime | None = None
    name: str | None = None
    platform: BundleIdPlatform | None = None
    profile_content: str | None = None
    profile_state: ProfileAttributesProfileState | None = None
    profile_type: ProfileAttributesProfileType | None = None
    uuid: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        expiration_date: Any = None
        if self.expiration_date is not None:
            expiration_date = self.expiration_date.isoformat()

        name = self.name

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        profile_content = self.profile_content

        profile_state: Any = None
        if self.profile_state is not None:
            profile_state = self.profile_state.value

        profile_type: Any = None
        if self.profile_type is not None:
            profile_type = self.profile_type.value

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if expiration_date is not None:
            field_dict["expirationDate"] = expiration_date
        if name is not None:
            field_dict["name"] = name
        if platform is not None:
            field_dict["platform"] = platform
        if profile_content is not None:
            field_dict["profileContent"] = profile_content
        if profile_state is not None:
            field_dict["profileState"] = profile_state
        if profile_type is not None:
            field_dict["profileType"] = profile_type
        if uuid is not None:
            field_dict["uuid"] = uuid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        _raw_expiration_date = src_dict.get("expirationDate")
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            expiration_date = datetime.datetime.fromisoformat(_raw_expiration_date)

        name = src_dict.get("name")

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = BundleIdPlatform.of(_raw_platform)

        profile_content = src_dict.get("profileContent")

        _raw_profile_state = src_dict.get("profileState")
        if _raw_profile_state is None:
            profile_state = None
        else:
            profile_state = ProfileAttributesProfileState.of(_raw_profile_state)

        _raw_profile_type = src_dict.get("profileType")
        if _raw_profile_type is None:
            profile_type = None
        else:
            profile_type = ProfileAttributesProfileType.of(_raw_profile_type)

        uuid = src_dict.get("uuid")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.created_date = created_date
        _model.expiration_date = expiration_date
        _model.name = name
        _model.platform = platform
        _model.profile_content = profile_content
        _model.profile_state = profile_state
        _model.profile_type = profile_type
        _model.uuid = uuid
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
