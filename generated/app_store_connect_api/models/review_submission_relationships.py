from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.review_submission_relationships_app import ReviewSubmissionRelationshipsApp
    from ..models.review_submission_relationships_app_store_version_for_review import (
        ReviewSubmissionRelationshipsAppStoreVersionForReview,
    )
    from ..models.review_submission_relationships_items import ReviewSubmissionRelationshipsItems
    from ..models.review_submission_relationships_last_updated_by_actor import (
        ReviewSubmissionRelationshipsLastUpdatedByActor,
    )
    from ..models.review_submission_relationships_submitted_by_actor import (
        ReviewSubmissionRelationshipsSubmittedByActor,
    )


T = TypeVar("T", bound="ReviewSubmissionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "appStoreVersionForReview",
        "items",
        "lastUpdatedByActor",
        "submittedByActor",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        ReviewSubmissionRelationshipsApp, \
        ReviewSubmissionRelationshipsAppStoreVersionForReview, \
        ReviewSubmissionRelationshipsItems, \
        ReviewSubmissionRelationshipsLastUpdatedByActor, \
        ReviewSubmissionRelationshipsSubmittedByActor
    from ..models.review_submission_relationships_app import ReviewSubmissionRelationshipsApp
    from ..models.review_submission_relationships_app_store_version_for_review import (
        ReviewSubmissionRelationshipsAppStoreVersionForReview,
    )
    from ..models.review_submission_relationships_items import ReviewSubmissionRelationshipsItems
    from ..models.review_submission_relationships_last_updated_by_actor import (
        ReviewSubmissionRelationshipsLastUpdatedByActor,
    )
    from ..models.review_submission_relationships_submitted_by_actor import (
        ReviewSubmissionRelationshipsSubmittedByActor,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = ReviewSubmissionRelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_store_version_for_review(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_store_version_for_review = src_dict.get("appStoreVersionForReview")
    if _raw_app_store_version_for_review is None:
        app_store_version_for_review = None
    else:
        app_store_version_for_review = ReviewSubmissionRelationshipsAppStoreVersionForReview.from_dict(
            _raw_app_store_version_for_review
        )

    return app_store_version_for_review


def _read_items(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_items = src_dict.get("items")
    if _raw_items is None:
        items = None
    else:
        items = ReviewSubmissionRelationshipsItems.from_dict(_raw_items)

    return items


def _read_last_updated_by_actor(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_last_updated_by_actor = src_dict.get("lastUpdatedByActor")
    if _raw_last_updated_by_actor is None:
        last_updated_by_actor = None
    else:
        last_updated_by_actor = ReviewSubmissionRelationshipsLastUpdatedByActor.from_dict(
            _raw_last_updated_by_actor
        )

    return last_updated_by_actor


def _read_submitted_by_actor(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_submitted_by_actor = src_dict.get("submittedByActor")
    if _raw_submitted_by_actor is None:
        submitted_by_actor = None
    else:
        submitted_by_actor = ReviewSubmissionRelationshipsSubmittedByActor.from_dict(_raw_submitted_by_actor)

    return submitted_by_actor


_READERS: dict[str, Any] = {
    "app": _read_app,
    "app_store_version_for_review": _read_app_store_version_for_review,
    "items": _read_items,
    "last_updated_by_actor": _read_last_updated_by_actor,
    "submitted_by_actor": _read_submitted_by_actor,
}


@_attrs_define(repr=False)
class ReviewSubmissionRelationships:
    """
    Attributes:
        app (ReviewSubmissionRelationshipsApp | Unset):
        app_store_version_for_review (ReviewSubmissionRelationshipsAppStoreVersionForReview | Unset):
        items (ReviewSubmissionRelationshipsItems | Unset):
        last_updated_by_actor (ReviewSubmissionRelationshipsLastUpdatedByActor | Unset):
        submitted_by_actor (ReviewSubmissionRelationshipsSubmittedByActor | Unset):
    """

    app: ReviewSubmissionRelationshipsApp | None = None
    app_store_version_for_review: ReviewSubmissionRelationshipsAppStoreVersionForReview | None = None
    items: ReviewSubmissionRelationshipsItems | None = None
    last_updated_by_actor: ReviewSubmissionRelationshipsLastUpdatedByActor | None = None
    submitted_by_actor: ReviewSubmissionRelationshipsSubmittedByActor | None = None
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
        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        app_store_version_for_review: Any = None
        if self.app_store_version_for_review is not None:
            app_store_version_for_review = self.app_store_version_for_review.to_dict()

        items: Any = None
        if self.items is not None:
            items = self.items.to_dict()

        last_updated_by_actor: Any = None
        if self.last_updated_by_actor is not None:
            last_updated_by_actor = self.last_updated_by_actor.to_dict()

        submitted_by_actor: Any = None
        if self.submitted_by_actor is not None:
            submitted_by_actor = self.submitted_by_actor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if app_store_version_for_review is not None:
            field_dict["appStoreVersionForReview"] = app_store_version_for_review
        if items is not None:
            field_dict["items"] = items
        if last_updated_by_actor is not None:
            field_dict["lastUpdatedByActor"] = last_updated_by_actor
        if submitted_by_actor is not None:
            field_dict["submittedByActor"] = submitted_by_actor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, app_store_version_for_review, items, last_updated_by_actor, submitted_by_actor: read on first access
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
