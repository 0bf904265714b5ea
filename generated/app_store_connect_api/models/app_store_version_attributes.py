from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_store_version_attributes_release_type import AppStoreVersionAttributesReleaseType
from ..models.app_store_version_attributes_review_type import AppStoreVersionAttributesReviewType
from ..models.app_store_version_state import AppStoreVersionState
from ..models.app_version_state import AppVersionState
from ..models.platform import Platform
from ..types import extra_properties, model_repr

T = TypeVar("T", bound="AppStoreVersionAttributes")
_KNOWN_KEYS = frozenset(
    {
        "appStoreState",
        "appVersionState",
        "copyright",
        "createdDate",
        "downloadable",
        "earliestReleaseDate",
        "platform",
        "releaseType",
        "reviewType",
        "usesIdfa",
        "versionString",
    }
)


@_attrs_define(repr=False)
class AppStoreVersionAttributes:
    """
    Attributes:
        app_store_state (AppStoreVersionState | Unset):
        app_version_state (AppVersionState | Unset):
        copyright_ (str | Unset):
        created_date (datetime.datetime | Unset):
        downloadable (bool | Unset):
        earliest_release_date (datetime.datetime | Unset):
        platform (Platform | Unset):
        release_type (AppStoreVersionAttributesReleaseType | Unset):
        review_type (AppStoreVersionAttributesReviewType | Unset):
        uses_idfa (bool | Unset):
        version_string (str | Unset):
    """

    app_store_state: AppStoreVersionState | None = None
    app_version_state: AppVersionState | None = None
    copyright_: str | None = None
    created_date: datetime.datetime | None = None
    downloadable: bool | None = None
    earliest_release_date: datetime.datetime | None = None
    platform: Platform | None = None
    release_type: AppStoreVersionAttributesReleaseType | None = None
    review_type: AppStoreVersionAttributesReviewType | None = None
    uses_idfa: bool | None = None
    version_string: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        app_store_state: Any = None
        if self.app_store_state is not None:
            app_store_state = self.app_store_state.value

        app_version_state: Any = None
        if self.app_version_state is not None:
            app_version_state = self.app_version_state.value

        copyright_ = self.copyright_

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        downloadable = self.downloadable

        earliest_release_date: Any = None
        if self.earliest_release_date is not None:
            earliest_release_date = self.earliest_release_date.isoformat()

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        release_type: Any = None
        if self.release_type is not None:
            release_type = self.release_type.value

        review_type: Any = None
        if self.review_type is not None:
            review_type = self.review_type.value

        uses_idfa = self.uses_idfa

        version_string = self.version_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_store_state is not None:
            field_dict["appStoreState"] = app_store_state
        if app_version_state is not None:
            field_dict["appVersionState"] = app_version_state
        if copyright_ is not None:
            field_dict["copyright"] = copyright_
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if downloadable is not None:
            field_dict["downloadable"] = downloadable
        if earliest_release_date is not None:
            field_dict["earliestReleaseDate"] = earliest_release_date
        if platform is not None:
            field_dict["platform"] = platform
        if release_type is not None:
            field_dict["releaseType"] = release_type
        if review_type is not None:
            field_dict["reviewType"] = review_type
        if uses_idfa is not None:
            field_dict["usesIdfa"] = uses_idfa
        if version_string is not None:
            field_dict["versionString"] = version_string
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _raw_app_store_state = src_dict.get("appStoreState")
        if _raw_app_store_state is None:
            app_store_state = None
        else:
            app_store_state = AppStoreVersionState.of(_raw_app_store_state)

        _raw_app_version_state = src_dict.get("appVersionState")
        if _raw_app_version_state is None:
            app_version_state = None
        else:
            app_version_state = AppVersionState.of(_raw_app_version_state)

        copyright_ = src_dict.get("copyright")

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        downloadable = src_dict.get("downloadable")

        _raw_earliest_release_date = src_dict.get("earliestReleaseDate")
        if _raw_earliest_release_date is None:
            earliest_release_date = None
        else:
            earliest_release_date = datetime.datetime.fromisoformat(_raw_earliest_release_date)

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform.of(_raw_platform)

        _raw_release_type = src_dict.get("releaseType")
        if _raw_release_type is None:
            release_type = None
        else:
            release_type = AppStoreVersionAttributesReleaseType.of(_raw_release_type)

        _raw_review_type = src_dict.get("reviewType")
        if _raw_review_type is None:
            review_type = None
        else:
            review_type = AppStoreVersionAttributesReviewType.of(_raw_review_type)

        uses_idfa = src_dict.get("usesIdfa")

        version_string = src_dict.get("versionString")

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_store_state = app_store_state
        _model.app_version_state = app_version_state
        _model.copyright_ = copyright_
        _model.created_date = created_date
        _model.downloadable = downloadable
        _model.earliest_release_date = earliest_release_date
        _model.platform = platform
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
