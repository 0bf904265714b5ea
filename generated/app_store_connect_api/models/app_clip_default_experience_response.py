from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_clip import AppClip
    from ..models.app_clip_app_store_review_detail import AppClipAppStoreReviewDetail
    from ..models.app_clip_default_experience import AppClipDefaultExperience
    from ..models.app_clip_default_experience_localization import AppClipDefaultExperienceLocalization
    from ..models.app_store_version import AppStoreVersion
    from ..models.document_links import DocumentLinks


_INCLUDED_ITEM_BY_TYPE: dict[str, Any] = {}


def _parse_included_item(data: object) -> Any:
    if not isinstance(data, dict):
        return data
    if not _INCLUDED_ITEM_BY_TYPE:  # the first read: the member models are imported now, once
        from ..models.app_clip import AppClip
        from ..models.app_clip_app_store_review_detail import AppClipAppStoreReviewDetail
        from ..models.app_clip_default_experience_localization import AppClipDefaultExperienceLocalization
        from ..models.app_store_version import AppStoreVersion

        _INCLUDED_ITEM_BY_TYPE["appClipAppStoreReviewDetails"] = AppClipAppStoreReviewDetail
        _INCLUDED_ITEM_BY_TYPE["appClipDefaultExperienceLocalizations"] = AppClipDefaultExperienceLocalization
        _INCLUDED_ITEM_BY_TYPE["appClips"] = AppClip
        _INCLUDED_ITEM_BY_TYPE["appStoreVersions"] = AppStoreVersion
    model = _INCLUDED_ITEM_BY_TYPE.get(data.get("type"))
    return data if model is None else model.from_dict(data)


T = TypeVar("T", bound="AppClipDefaultExperienceResponse")
_KNOWN_KEYS = frozenset(
    {
        "data",
        "included",
        "links",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, AppClipDefaultExperience, DocumentLinks
    from ..models.app_clip_default_experience import AppClipDefaultExperience
    from ..models.document_links import DocumentLinks

    _LAZY_IMPORTS_DONE = True


def _read_included(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_included = src_dict.get("included")
    if _raw_included is None:
        included = None
    else:
        included = []
        _included = _raw_included
        for included_item_data in _included:
            included_item = _parse_included_item(included_item_data)

            included.append(included_item)

    return included


def _read_links(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_links = src_dict.get("links")
    if _raw_links is None:
        links = None
    else:
        links = DocumentLinks.from_dict(_raw_links)

    return links


_READERS: dict[str, Any] = {
    "included": _read_included,
    "links": _read_links,
}


@_attrs_define(repr=False)
class AppClipDefaultExperienceResponse:
    """
    Attributes:
        data (AppClipDefaultExperience):
        included (list[AppClip | AppClipAppStoreReviewDetail | AppClipDefaultExperienceLocalization | AppStoreVersion] |
            Unset):
        links (DocumentLinks | Unset):
    """

    data: AppClipDefaultExperience
    included: (
        list[AppClip | AppClipAppStoreReviewDetail | AppClipDefaultExperienceLocalization | AppStoreVersion]
        | None
    ) = None
    links: DocumentLinks | None = None
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
        data = self.data.to_dict()

        included: Any = None
        if self.included is not None:
            included = []
            for included_item_data in self.included:
                included_item: Any
                if isinstance(included_item_data, dict) or included_item_data is None:
                    included_item = included_item_data
                else:
                    included_item = included_item_data.to_dict()

                included.append(included_item)

        links: Any = None
        if self.links is not None:
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["data"] = data
        if included is not None:
            field_dict["included"] = included
        if links is not None:
            field_dict["links"] = links
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        data = AppClipDefaultExperience.from_dict(src_dict["data"])

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.data = data
        _model._document = src_dict  # included, links: read on first access
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
