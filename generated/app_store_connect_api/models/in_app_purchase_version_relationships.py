from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_version_relationships_image import InAppPurchaseVersionRelationshipsImage
    from ..models.in_app_purchase_version_relationships_images import InAppPurchaseVersionRelationshipsImages
    from ..models.in_app_purchase_version_relationships_in_app_purchase import (
        InAppPurchaseVersionRelationshipsInAppPurchase,
    )
    from ..models.in_app_purchase_version_relationships_localizations import (
        InAppPurchaseVersionRelationshipsLocalizations,
    )


T = TypeVar("T", bound="InAppPurchaseVersionRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        InAppPurchaseVersionRelationshipsImage, \
        InAppPurchaseVersionRelationshipsImages, \
        InAppPurchaseVersionRelationshipsInAppPurchase, \
        InAppPurchaseVersionRelationshipsLocalizations
    from ..models.in_app_purchase_version_relationships_image import InAppPurchaseVersionRelationshipsImage
    from ..models.in_app_purchase_version_relationships_images import InAppPurchaseVersionRelationshipsImages
    from ..models.in_app_purchase_version_relationships_in_app_purchase import (
        InAppPurchaseVersionRelationshipsInAppPurchase,
    )
    from ..models.in_app_purchase_version_relationships_localizations import (
        InAppPurchaseVersionRelationshipsLocalizations,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class InAppPurchaseVersionRelationships:
    """
    Attributes:
        image (InAppPurchaseVersionRelationshipsImage | Unset):
        images (InAppPurchaseVersionRelationshipsImages | Unset):
        in_app_purchase (InAppPurchaseVersionRelationshipsInAppPurchase | Unset):
        localizations (InAppPurchaseVersionRelationshipsLocalizations | Unset):
    """

    image: InAppPurchaseVersionRelationshipsImage | None = None
    images: InAppPurchaseVersionRelationshipsImages | None = None
    in_app_purchase: InAppPurchaseVersionRelationshipsInAppPurchase | None = None
    localizations: InAppPurchaseVersionRelationshipsLocalizations | None = None
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

        in_app_purchase: Any = None
        if self.in_app_purchase is not None:
            in_app_purchase = UNSET
            if not isinstance(self.in_app_purchase, Unset):
                in_app_purchase = self.in_app_purchase.to_dict()

        localizations: Any = None
        if self.localizations is not None:
            localizations = UNSET
            if not isinstance(self.localizations, Unset):
                localizations = self.localizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if image is not None:
            field_dict["image"] = image
        if images is not None:
            field_dict["images"] = images
        if in_app_purchase is not None:
            field_dict["inAppPurchase"] = in_app_purchase
        if localizations is not None:
            field_dict["localizations"] = localizations
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
            image: InAppPurchaseVersionRelationshipsImage | Unset
            if isinstance(_image, Unset):
                image = UNSET
            else:
                image = InAppPurchaseVersionRelationshipsImage.from_dict(_image)

        _raw_images = d.pop("images", None)
        if _raw_images is None:
            images = None
        else:
            _images = _raw_images
            images: InAppPurchaseVersionRelationshipsImages | Unset
            if isinstance(_images, Unset):
                images = UNSET
            else:
                images = InAppPurchaseVersionRelationshipsImages.from_dict(_images)

        _raw_in_app_purchase = d.pop("inAppPurchase", None)
        if _raw_in_app_purchase is None:
            in_app_purchase = None
        else:
            _in_app_purchase = _raw_in_app_purchase
            in_app_purchase: InAppPurchaseVersionRelationshipsInAppPurchase | Unset
            if isinstance(_in_app_purchase, Unset):
                in_app_purchase = UNSET
            else:
                in_app_purchase = InAppPurchaseVersionRelationshipsInAppPurchase.from_dict(_in_app_purchase)

        _raw_localizations = d.pop("localizations", None)
        if _raw_localizations is None:
            localizations = None
        else:
            _localizations = _raw_localizations
            localizations: InAppPurchaseVersionRelationshipsLocalizations | Unset
            if isinstance(_localizations, Unset):
                localizations = UNSET
            else:
                localizations = InAppPurchaseVersionRelationshipsLocalizations.from_dict(_localizations)

        in_app_purchase_version_relationships = cls(
            image=image,
            images=images,
            in_app_purchase=in_app_purchase,
            localizations=localizations,
        )
        in_app_purchase_version_relationships.additional_properties = d
        return in_app_purchase_version_relationships

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
