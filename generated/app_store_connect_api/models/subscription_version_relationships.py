from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.subscription_version_relationships_image import SubscriptionVersionRelationshipsImage
    from ..models.subscription_version_relationships_images import SubscriptionVersionRelationshipsImages
    from ..models.subscription_version_relationships_localizations import (
        SubscriptionVersionRelationshipsLocalizations,
    )
    from ..models.subscription_version_relationships_subscription import (
        SubscriptionVersionRelationshipsSubscription,
    )


T = TypeVar("T", bound="SubscriptionVersionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "image",
        "images",
        "localizations",
        "subscription",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        SubscriptionVersionRelationshipsImage, \
        SubscriptionVersionRelationshipsImages, \
        SubscriptionVersionRelationshipsLocalizations, \
        SubscriptionVersionRelationshipsSubscription
    from ..models.subscription_version_relationships_image import SubscriptionVersionRelationshipsImage
    from ..models.subscription_version_relationships_images import SubscriptionVersionRelationshipsImages
    from ..models.subscription_version_relationships_localizations import (
        SubscriptionVersionRelationshipsLocalizations,
    )
    from ..models.subscription_version_relationships_subscription import (
        SubscriptionVersionRelationshipsSubscription,
    )

    _LAZY_IMPORTS_DONE = True


def _read_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_image = src_dict.get("image")
    if _raw_image is None:
        image = None
    else:
        image = SubscriptionVersionRelationshipsImage.from_dict(_raw_image)

    return image


def _read_images(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_images = src_dict.get("images")
    if _raw_images is None:
        images = None
    else:
        images = SubscriptionVersionRelationshipsImages.from_dict(_raw_images)

    return images


def _read_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = src_dict.get("localizations")
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = SubscriptionVersionRelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


def _read_subscription(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_subscription = src_dict.get("subscription")
    if _raw_subscription is None:
        subscription = None
    else:
        subscription = SubscriptionVersionRelationshipsSubscription.from_dict(_raw_subscription)

    return subscription


_READERS: dict[str, Any] = {
    "image": _read_image,
    "images": _read_images,
    "localizations": _read_localizations,
    "subscription": _read_subscription,
}


@_attrs_define(repr=False)
class SubscriptionVersionRelationships:
    """
    Attributes:
        image (SubscriptionVersionRelationshipsImage | Unset):
        images (SubscriptionVersionRelationshipsImages | Unset):
        localizations (SubscriptionVersionRelationshipsLocalizations | Unset):
        subscription (SubscriptionVersionRelationshipsSubscription | Unset):
    """

    image: SubscriptionVersionRelationshipsImage | None = None
    images: SubscriptionVersionRelationshipsImages | None = None
    localizations: SubscriptionVersionRelationshipsLocalizations | None = None
    subscription: SubscriptionVersionRelationshipsSubscription | None = None
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
        image: Any = None
        if self.image is not None:
            image = self.image.to_dict()

        images: Any = None
        if self.images is not None:
            images = self.images.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = self.localizations.to_dict()

        subscription: Any = None
        if self.subscription is not None:
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if image is not None:
            field_dict["image"] = image
        if images is not None:
            field_dict["images"] = images
        if localizations is not None:
            field_dict["localizations"] = localizations
        if subscription is not None:
            field_dict["subscription"] = subscription
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # image, images, localizations, subscription: read on first access
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
