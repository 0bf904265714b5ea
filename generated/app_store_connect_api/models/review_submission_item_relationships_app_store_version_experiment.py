from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.review_submission_item_relationships_app_store_version_experiment_data import (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData,
    )


T = TypeVar("T", bound="ReviewSubmissionItemRelationshipsAppStoreVersionExperiment")
_KNOWN_KEYS = frozenset(
    {
        "data",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData
    from ..models.review_submission_item_relationships_app_store_version_experiment_data import (
        ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData,
    )

    _LAZY_IMPORTS_DONE = True


def _read_data(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_data = src_dict.get("data")
    if _raw_data is None:
        data = None
    else:
        data = ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData.from_dict(_raw_data)

    return data


_READERS: dict[str, Any] = {
    "data": _read_data,
}


@_attrs_define(repr=False)
class ReviewSubmissionItemRelationshipsAppStoreVersionExperiment:
    """
    Attributes:
        data (ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData | Unset):
    """

    data: ReviewSubmissionItemRelationshipsAppStoreVersionExperimentData | None = None
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
        data: Any = None
        if self.data is not None:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not None:
            field_dict["data"] = data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # data: read on first access
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
