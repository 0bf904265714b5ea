from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.build_upload_attributes_state import BuildUploadAttributesState


T = TypeVar("T", bound="BuildUploadAttributes")
_KNOWN_KEYS = frozenset(
    {
        "cfBundleShortVersionString",
        "cfBundleVersion",
        "createdDate",
        "platform",
        "state",
        "uploadedDate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, BuildUploadAttributesState
    from ..models.build_upload_attributes_state import BuildUploadAttributesState

    _LAZY_IMPORTS_DONE = True


def _read_state(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_state = src_dict.get("state")
    if _raw_state is None:
        state = None
    else:
        state = BuildUploadAttributesState.from_dict(_raw_state)

    return state


_READERS: dict[str, Any] = {
    "state": _read_state,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        cf_bundle_short_version_string = src_dict.get("cfBundleShortVersionString")

        cf_bundle_version = src_dict.get("cfBundleVersion")

        _raw_created_date = src_dict.get("createdDate")
        if _raw_created_date is None:
            created_date = None
        else:
            created_date = datetime.datetime.fromisoformat(_raw_created_date)

        _raw_platform = src_dict.get("platform")
        if _raw_platform is None:
            platform = None
        else:
            platform = Platform.of(_raw_platform)

        _raw_uploaded_date = src_dict.get("uploadedDate")
        if _raw_uploaded_date is None:
            uploaded_date = None
        else:
            uploaded_date = datetime.datetime.fromisoformat(_raw_uploaded_date)

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.cf_bundle_short_version_string = cf_bundle_short_version_string
        _model.cf_bundle_version = cf_bundle_version
        _model.created_date = created_date
        _model.platform = platform
        _model.uploaded_date = uploaded_date
        _model._document = src_dict  # state: read on first access
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
