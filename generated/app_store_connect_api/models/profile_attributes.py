from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bundle_id_platform import BundleIdPlatform
from ..models.profile_attributes_profile_state import ProfileAttributesProfileState
from ..models.profile_attributes_profile_type import ProfileAttributesProfileType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileAttributes")


@_attrs_define
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

    created_date: datetime.datetime | Unset | None = UNSET
    expiration_date: datetime.datetime | Unset | None = UNSET
    name: str | Unset | None = UNSET
    platform: BundleIdPlatform | Unset | None = UNSET
    profile_content: str | Unset | None = UNSET
    profile_state: ProfileAttributesProfileState | Unset | None = UNSET
    profile_type: ProfileAttributesProfileType | Unset | None = UNSET
    uuid: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_date: str | Unset | None
        if self.created_date is None:
            created_date = None
        else:
            created_date = UNSET
            if not isinstance(self.created_date, Unset):
                created_date = self.created_date.isoformat()

        expiration_date: str | Unset | None
        if self.expiration_date is None:
            expiration_date = None
        else:
            expiration_date = UNSET
            if not isinstance(self.expiration_date, Unset):
                expiration_date = self.expiration_date.isoformat()

        name = self.name

        platform: str | Unset | None
        if self.platform is None:
            platform = None
        else:
            platform = UNSET
            if not isinstance(self.platform, Unset):
                platform = self.platform.value

        profile_content = self.profile_content

        profile_state: str | Unset | None
        if self.profile_state is None:
            profile_state = None
        else:
            profile_state = UNSET
            if not isinstance(self.profile_state, Unset):
                profile_state = self.profile_state.value

        profile_type: str | Unset | None
        if self.profile_type is None:
            profile_type = None
        else:
            profile_type = UNSET
            if not isinstance(self.profile_type, Unset):
                profile_type = self.profile_type.value

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if name is not UNSET:
            field_dict["name"] = name
        if platform is not UNSET:
            field_dict["platform"] = platform
        if profile_content is not UNSET:
            field_dict["profileContent"] = profile_content
        if profile_state is not UNSET:
            field_dict["profileState"] = profile_state
        if profile_type is not UNSET:
            field_dict["profileType"] = profile_type
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _raw_created_date = d.pop("createdDate", UNSET)
        if _raw_created_date is None:
            created_date = None
        else:
            _created_date = _raw_created_date
            created_date: datetime.datetime | Unset
            if isinstance(_created_date, Unset):
                created_date = UNSET
            else:
                created_date = datetime.datetime.fromisoformat(_created_date)

        _raw_expiration_date = d.pop("expirationDate", UNSET)
        if _raw_expiration_date is None:
            expiration_date = None
        else:
            _expiration_date = _raw_expiration_date
            expiration_date: datetime.datetime | Unset
            if isinstance(_expiration_date, Unset):
                expiration_date = UNSET
            else:
                expiration_date = datetime.datetime.fromisoformat(_expiration_date)

        name = d.pop("name", UNSET)

        _raw_platform = d.pop("platform", UNSET)
        if _raw_platform is None:
            platform = None
        else:
            _platform = _raw_platform
            platform: BundleIdPlatform | Unset
            if isinstance(_platform, Unset):
                platform = UNSET
            else:
                platform = BundleIdPlatform(_platform)

        profile_content = d.pop("profileContent", UNSET)

        _raw_profile_state = d.pop("profileState", UNSET)
        if _raw_profile_state is None:
            profile_state = None
        else:
            _profile_state = _raw_profile_state
            profile_state: ProfileAttributesProfileState | Unset
            if isinstance(_profile_state, Unset):
                profile_state = UNSET
            else:
                profile_state = ProfileAttributesProfileState(_profile_state)

        _raw_profile_type = d.pop("profileType", UNSET)
        if _raw_profile_type is None:
            profile_type = None
        else:
            _profile_type = _raw_profile_type
            profile_type: ProfileAttributesProfileType | Unset
            if isinstance(_profile_type, Unset):
                profile_type = UNSET
            else:
                profile_type = ProfileAttributesProfileType(_profile_type)

        uuid = d.pop("uuid", UNSET)

        profile_attributes = cls(
            created_date=created_date,
            expiration_date=expiration_date,
            name=name,
            platform=platform,
            profile_content=profile_content,
            profile_state=profile_state,
            profile_type=profile_type,
            uuid=uuid,
        )
        profile_attributes.additional_properties = d
        return profile_attributes

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
