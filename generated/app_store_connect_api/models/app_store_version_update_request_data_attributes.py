from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_store_version_update_request_data_attributes_release_type import (
    AppStoreVersionUpdateRequestDataAttributesReleaseType,
)
from ..models.app_store_version_update_request_data_attributes_review_type import (
    AppStoreVersionUpdateRequestDataAttributesReviewType,
)
from ..types import UNSET, Unset, extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionUpdateRequestDataAttributes")
_KNOWN_KEYS = frozenset(
    {
        "copyright",
        "downloadable",
        "earliestReleaseDate",
        "releaseType",
        "reviewType",
        "usesIdfa",
        "versionString",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionUpdateRequestDataAttributes:
    """
    Attributes:
        copyright_ (None | str | Unset):
        downloadable (bool | None | Unset):
        earliest_release_date (datetime.datetime | None | Unset):
        release_type (AppStoreVersionUpdateRequestDataAttributesReleaseType | Unset):
        review_type (AppStoreVersionUpdateRequestDataAttributesReviewType | Unset):
        uses_idfa (bool | None | Unset):
        version_string (None | str | Unset):
    """

    copyright_: None | str | Unset = UNSET
    downloadable: bool | None | Unset = UNSET
    earliest_release_date: datetime.datetime | None | Unset = UNSET
    release_type: AppStoreVersionUpdateRequestDataAttributesReleaseType | Unset | None = UNSET
    review_type: AppStoreVersionUpdateRequestDataAttributesReviewType | Unset | None = UNSET
    uses_idfa: bool | None | Unset = UNSET
    version_string: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        copyright_: None | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        downloadable: bool | None | Unset
        if isinstance(self.downloadable, Unset):
            downloadable = UNSET
        else:
            downloadable = self.downloadable

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

        version_string: None | str | Unset
        if isinstance(self.version_string, Unset):
            version_string = UNSET
        else:
            version_string = self.version_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if downloadable is not UNSET:
            field_dict["downloadable"] = downloadable
        if earliest_release_date is not UNSET:
            field_dict["earliestReleaseDate"] = earliest_release_date
        if release_type is not UNSET:
            field_dict["releaseType"] = release_type
        if review_type is not UNSET:
            field_dict["reviewType"] = review_type
        if uses_idfa is not UNSET:
            field_dict["usesIdfa"] = uses_idfa
        if version_string is not UNSET:
            field_dict["versionString"] = version_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_copyright_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copyright_ = _parse_copyright_(src_dict.get("copyright", UNSET))

        def _parse_downloadable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        downloadable = _parse_downloadable(src_dict.get("downloadable", UNSET))

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
            release_type: AppStoreVersionUpdateRequestDataAttributesReleaseType | Unset
            if isinstance(_release_type, Unset):
                release_type = UNSET
            else:
                release_type = AppStoreVersionUpdateRequestDataAttributesReleaseType.of(_release_type)

        _raw_review_type = src_dict.get("reviewType", UNSET)
        if _raw_review_type is None:
            review_type = None
        else:
            _review_type = _raw_review_type
            review_type: AppStoreVersionUpdateRequestDataAttributesReviewType | Unset
            if isinstance(_review_type, Unset):
                review_type = UNSET
            else:
                review_type = AppStoreVersionUpdateRequestDataAttributesReviewType.of(_review_type)

        def _parse_uses_idfa(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        uses_idfa = _parse_uses_idfa(src_dict.get("usesIdfa", UNSET))

        def _parse_version_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version_string = _parse_version_string(src_dict.get("versionString", UNSET))

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.copyright_ = copyright_
        _model.downloadable = downloadable
        _model.earliest_release_date = earliest_release_date
        _model.release_type = release_type
        _model.review_type = review_type
        _model.uses_idfa = uses_idfa
        _model.version_string = version_string
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
