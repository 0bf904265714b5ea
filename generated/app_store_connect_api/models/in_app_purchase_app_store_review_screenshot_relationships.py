from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.in_app_purchase_app_store_review_screenshot_relationships_in_app_purchase_v2 import (
        InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2,
    )


T = TypeVar("T", bound="InAppPurchaseAppStoreReviewScreenshotRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global _LAZY_IMPORTS_DONE, InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2
    from ..models.in_app_purchase_app_store_review_screenshot_relationships_in_app_purchase_v2 import (
        InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2,
    )

    _LAZY_IMPORTS_DONE = True


def _read_in_app_purchase_v2(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_in_app_purchase_v2 = d.pop("inAppPurchaseV2", None)
    if _raw_in_app_purchase_v2 is None:
        in_app_purchase_v2 = None
    else:
        in_app_purchase_v2 = InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2.from_dict(
            _raw_in_app_purchase_v2
        )

    return in_app_purchase_v2


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "inAppPurchaseV2",
    }
)
_READERS: dict[str, Any] = {
    "in_app_purchase_v2": _read_in_app_purchase_v2,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class InAppPurchaseAppStoreReviewScreenshotRelationships:
    """
    Attributes:
        in_app_purchase_v2 (InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2 | Unset):
    """

    in_app_purchase_v2: InAppPurchaseAppStoreReviewScreenshotRelationshipsInAppPurchaseV2 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _document: dict[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    def __getattr__(self, name: str) -> Any:
        """A field not read yet is read from the document now (`from_dict` defers them all)."""
        read = _READERS.get(name)
        if read is None or self._document is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        value = read(self._document)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        in_app_purchase_v2: Any = None
        if self.in_app_purchase_v2 is not None:
            in_app_purchase_v2 = self.in_app_purchase_v2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_app_purchase_v2 is not None:
            field_dict["inAppPurchaseV2"] = in_app_purchase_v2
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        in_app_purchase_app_store_review_screenshot_relationships = cls.__new__(cls)
        in_app_purchase_app_store_review_screenshot_relationships._document = dict(
            src_dict
        )  # each field is read on first access
        return in_app_purchase_app_store_review_screenshot_relationships

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
