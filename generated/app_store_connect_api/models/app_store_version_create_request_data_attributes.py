from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_store_version_create_request_data_attributes_release_type import (
    AppStoreVersionCreateRequestDataAttributesReleaseType,
)
from ..models.app_store_version_create_request_data_attributes_review_type import (
    AppStoreVersionCreateRequestDataAttributesReviewType,
)
from ..models.platform import Platform
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionCreateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "platform",
        "versionString",
        "copyright",
        "earliestReleaseDate",
        "releaseType",
        "reviewType",
        "usesIdfa",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionCreateRequestDataAttributes:
    """
    Attributes:
        platform (Platform):
        version_string (str):
        copyright_ (None | str | Unset):
        earliest_release_date (datetime.datetime | None | Unset):
        release_type (AppStoreVersionCreateRequestDataAttributesReleaseType | Unset):
        review_type (AppStoreVersionCreateRequestDataAttributesReviewType | Unset):
        uses_idfa (bool | None | Unset):
    """

    platform: Platform
    version_string: str
    copyright_: None | str | Unset = UNSET
    earliest_release_date: datetime.datetime | None | Unset = UNSET
    release_type: AppStoreVersionCreateRequestDataAttributesReleaseType | Unset | None = UNSET
    review_type: AppStoreVersionCreateRequestDataAttributesReviewType | Unset | None = UNSET
    uses_idfa: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        platform = self.platform.value

        version_string = self.version_string

        copyright_: None | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        earliest_release_date: None | str | Unset
        if isinstance(self.earliest_release_date, Unset):
            earliest_release_date = UNSET
        elif isinstance(self.earliest_release_date, datetime.datetime):
            earliest_release_date = self.earliest_release_date.isoformat()
        else:
            earliest_release_date = self.earliest_release_date

        release_type: str | Unset | None
        if self.release_type is None:
            release_type = None
        else:
            release_type = UNSET
            if not isinstance(self.release_type, Unset):
                release_type = self.release_type.value

        review_type: str | Unset | None
        if self.review_type is None:
            review_type = None
        else:
            review_type = UNSET
            if not isinstance(self.review_type, Unset):
                review_type = self.review_type.value

        uses_idfa: bool | None | Unset
        if isinstance(self.uses_idfa, Unset):
            uses_idfa = UNSET
        else:
            uses_idfa = self.uses_idfa

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["platform"] = platform
        field_dict["versionString"] = version_string
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if earliest_release_date is not UNSET:
            field_dict["earliestReleaseDate"] = earliest_release_date
        if release_type is not UNSET:
            field_dict["releaseType"] = release_type
        if review_type is not UNSET:
            field_dict["reviewType"] = review_type
        if uses_idfa is not UNSET:
            field_dict["usesIdfa"] = uses_idfa
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        platform = Platform.of(src_dict["platform"])

        version_string = src_dict["versionString"]

        def _parse_copyright_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copyright_ = _parse_copyright_(src_dict.get("copyright", UNSET))

        def _parse_earliest_release_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earliest_release_date_type_0 = datetime.datetime.fromisoformat(data)

                return earliest_release_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        earliest_release_date = _parse_earliest_release_date(src_dict.get("earliestReleaseDate", UNSET))

        _raw_release_type = src_dict.get("releaseType", UNSET)
        if _raw_release_type is None:
            release_type = None
        else:
            _release_type = _raw_release_type
            release_type: AppStoreVersionCreateRequestDataAttributesReleaseType | Unset
            if isinstance(_release_type, Unset):
                release_type = UNSET
            else:
                release_type = AppStoreVersionCreateRequestDataAttributesReleaseType.of(_release_type)

        _raw_review_type = src_dict.get("reviewType", UNSET)
        if _raw_review_type is None:
            review_type = None
        else:
            _review_type = _raw_review_type
            review_type: AppStoreVersionCreateRequestDataAttributesReviewType | Unset
            if isinstance(_review_type, Unset):
                review_type = UNSET
            else:
                review_type = AppStoreVersionCreateRequestDataAttributesReviewType.of(_review_type)

        def _parse_uses_idfa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uses_idfa = _parse_uses_idfa(src_dict.get("usesIdfa", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.platform = platform
        _model.version_string = version_string
        _model.copyright_ = copyright_
        _model.earliest_release_date = earliest_release_date
        _model.release_type = release_type
        _model.review_type = review_type
        _model.uses_idfa = uses_idfa
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
