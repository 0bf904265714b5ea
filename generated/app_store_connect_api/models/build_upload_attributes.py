from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import model_repr

if TYPE_CHECKING:
    from ..models.build_upload_attributes_state import BuildUploadAttributesState


T = TypeVar("T", bound="BuildUploadAttributes")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BuildUploadAttributesState
    from ..models.build_upload_attributes_state import BuildUploadAttributesState

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class BuildUploadAttributes:
    """
    Attributes:
        cf_bundle_short_version_string (str | Unset):
        cf_bundle_version (str | Unset):
        created_date (datetime.datetime | Unset):
        platform (Platform | Unset):
        state (BuildUploadAttributesState | Unset):
        uploaded_date (datetime.datetime | Unset):
    """

    cf_bundle_short_version_string: str | None = None
    cf_bundle_version: str | None = None
    created_date: datetime.datetime | None = None
    platform: Platform | None = None
    state: BuildUploadAttributesState | None = None
    uploaded_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        cf_bundle_short_version_string = self.cf_bundle_short_version_string

        cf_bundle_version = self.cf_bundle_version

        created_date: Any = None
        if self.created_date is not None:
            created_date = self.created_date.isoformat()

        platform: Any = None
        if self.platform is not None:
            platform = self.platform.value

        state: Any = None
        if self.state is not None:
            state = self.state.to_dict()

        uploaded_date: Any = None
        if self.uploaded_date is not None:
            uploaded_date = self.uploaded_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cf_bundle_short_version_string is not None:
            field_dict["cfBundleShortVersionString"] = cf_bundle_short_version_string
        if cf_bundle_version is not None:
            field_dict["cfBundleVersion"] = cf_bundle_version
        if created_date is not None:
            field_dict["createdDate"] = created_date
        if platform is not None:
            field_dict["platform"] = platform
        if state is not None:
            field_dict["state"] = state
        if uploaded_date is not None:
            field_dict["uploadedDate"] = uploaded_date
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        cf_bundle_short_version_string = d.pop("cfBundleShortVersionString", None)

        cf_bundle_version = d.pop("cfBundleVersion", None)

        _raw_created_date = d.pop("createdDate", None)
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        _raw_platform = d.pop("platform", None)
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform(_raw_platform)

        _raw_state = d.pop("state", None)
        if _raw_state is None:
            state = None
        else:
            state = BuildUploadAttributesState.from_dict(_raw_state)

        _raw_uploaded_date = d.pop("uploadedDate", None)
        if _raw_uploaded_date is None:
            uploaded_date = None
        else:
            uploaded_date = datetime.datetime.fromisoformat(_raw_uploaded_date)

        build_upload_attributes = cls(
            cf_bundle_short_version_string=cf_bundle_short_version_string,
            cf_bundle_version=cf_bundle_version,
            created_date=created_date,
            platform=platform,
            state=state,
            uploaded_date=uploaded_date,
        )
        build_upload_attributes.additional_properties = d
        return build_upload_attributes

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
