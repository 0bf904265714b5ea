from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        image: Any = None
        if self.image is not None:
            image = UNSET
            if not isinstance(self.image, Unset):
                image = self.image.to_dict()

        images: Any = None
        if self.images is not None:
            images = UNSET
            if not isinstance(self.images, Unset):
                images = self.images.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
                localizations = self.localizations.to_dict()

        subscription: Any = None
        if self.subscription is not None:
            subscription = UNSET
            if not isinstance(self.subscription, Unset):
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
        d = dict(src_dict)
        _raw_image = d.pop("image", None)
        if _raw_image is None:
            image = None
        else:
            _image = _raw_image
            image: SubscriptionVersionRelationshipsImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = SubscriptionVersionRelationshipsImage.from_dict(_image)

        _raw_images = d.pop("images", None)
        if _raw_images is None:
            images = None
        else:
            _images = _raw_images
            images: SubscriptionVersionRelationshipsImages | Unset
            if isinstance(_images, Unset):
                images = UNSET
            else:
                images = SubscriptionVersionRelationshipsImages.from_dict(_images)

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: SubscriptionVersionRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = SubscriptionVersionRelationshipsLocalizations.from_dict(_localizations)

        _raw_subscription = d.pop("subscription", None)
        if _raw_subscription is None:
            subscription = None
        else:
            _subscription = _raw_subscription
            subscription: SubscriptionVersionRelationshipsSubscription | Unset
            if isinstance(_subscription, Unset):
                subscription = UNSET
            else:
                subscription = SubscriptionVersionRelationshipsSubscription.from_dict(_subscription)

        subscription_version_relationships = cls(
            image=image,
            images=images,
            localizations=localizations,
            subscription=subscription,
        )
        subscription_version_relationships.additional_properties = d
        return subscription_version_relationships

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
