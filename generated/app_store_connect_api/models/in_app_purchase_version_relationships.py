from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

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
_KNOWN_KEYS = frozenset(
    {
        "image",
        "images",
        "inAppPurchase",
        "localizations",
    }
)
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


def _read_image(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_image = src_dict.get("image")
    if _raw_image is None:
        image = None
    else:
        image = InAppPurchaseVersionRelationshipsImage.from_dict(_raw_image)

    return image


def _read_images(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_images = src_dict.get("images")
    if _raw_images is None:
        images = None
    else:
        images = InAppPurchaseVersionRelationshipsImages.from_dict(_raw_images)

    return images


def _read_in_app_purchase(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchase = src_dict.get("inAppPurchase")
    if _raw_in_app_purchase is None:
        in_app_purchase = None
    else:
        in_app_purchase = InAppPurchaseVersionRelationshipsInAppPurchase.from_dict(_raw_in_app_purchase)

    return in_app_purchase


def _read_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_localizations = src_dict.get("localizations")
    if _raw_localizations is None:
        localizations = None
    else:
        localizations = InAppPurchaseVersionRelationshipsLocalizations.from_dict(_raw_localizations)

    return localizations


_READERS: dict[str, Any] = {
    "image": _read_image,
    "images": _read_images,
    "in_app_purchase": _read_in_app_purchase,
    "localizations": _read_localizations,
}


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

        in_app_purchase: Any = None
        if self.in_app_purchase is not None:
            in_app_purchase = self.in_app_purchase.to_dict()

        localizations: Any = None
        if self.localizations is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # image, images, in_app_purchase, localizations: read on first access
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
