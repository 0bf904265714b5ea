from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.review_submission_item_relationships_subscription_group_version_data import (
        ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData,
    )


T = TypeVar("T", bound="ReviewSubmissionItemRelationshipsSubscriptionGroupVersion")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData
    from ..models.review_submission_item_relationships_subscription_group_version_data import (
        ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class ReviewSubmissionItemRelationshipsSubscriptionGroupVersion:
    """
    Attributes:
        data (ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData | Unset):
    """

    data: ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        _raw_data = d.pop("data", None)
        if _raw_data is None:
            data = None
        else:
            data = ReviewSubmissionItemRelationshipsSubscriptionGroupVersionData.from_dict(_raw_data)

        review_submission_item_relationships_subscription_group_version = cls(
            data=data,
        )
        review_submission_item_relationships_subscription_group_version.additional_properties = d
        return review_submission_item_relationships_subscription_group_version

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
