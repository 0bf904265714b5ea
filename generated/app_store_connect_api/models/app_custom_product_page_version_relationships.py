from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.app_custom_product_page_version_relationships_app_custom_product_page import (
        AppCustomProductPageVersionRelationshipsAppCustomProductPage,
    )
    from ..models.app_custom_product_page_version_relationships_app_custom_product_page_localizations import (
        AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations,
    )


T = TypeVar("T", bound="AppCustomProductPageVersionRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppCustomProductPageVersionRelationshipsAppCustomProductPage, \
        AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations
    from ..models.app_custom_product_page_version_relationships_app_custom_product_page import (
        AppCustomProductPageVersionRelationshipsAppCustomProductPage,
    )
    from ..models.app_custom_product_page_version_relationships_app_custom_product_page_localizations import (
        AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations,
    )

    _LAZY_IMPORTS_DONE = True


def _read_app_custom_product_page(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_page = d.pop("appCustomProductPage", None)
    if _raw_app_custom_product_page is None:
        app_custom_product_page = None
    else:
        app_custom_product_page = AppCustomProductPageVersionRelationshipsAppCustomProductPage.from_dict(
            _raw_app_custom_product_page
        )

    return app_custom_product_page


def _read_app_custom_product_page_localizations(d: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_page_localizations = d.pop("appCustomProductPageLocalizations", None)
    if _raw_app_custom_product_page_localizations is None:
        app_custom_product_page_localizations = None
    else:
        app_custom_product_page_localizations = (
            AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations.from_dict(
                _raw_app_custom_product_page_localizations
            )
        )

    return app_custom_product_page_localizations


def _read_additional_properties(d: dict[str, Any]) -> Any:
    return {key: value for key, value in d.items() if key not in _KNOWN_KEYS}


_KNOWN_KEYS = frozenset(
    {
        "appCustomProductPage",
        "appCustomProductPageLocalizations",
    }
)
_READERS: dict[str, Any] = {
    "app_custom_product_page": _read_app_custom_product_page,
    "app_custom_product_page_localizations": _read_app_custom_product_page_localizations,
    "additional_properties": _read_additional_properties,
}


@_attrs_define(repr=False)
class AppCustomProductPageVersionRelationships:
    """
    Attributes:
        app_custom_product_page (AppCustomProductPageVersionRelationshipsAppCustomProductPage | Unset):
        app_custom_product_page_localizations (AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations
            | Unset):
    """

    app_custom_product_page: AppCustomProductPageVersionRelationshipsAppCustomProductPage | None = None
    app_custom_product_page_localizations: (
        AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations | None
    ) = None
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
        app_custom_product_page: Any = None
        if self.app_custom_product_page is not None:
            app_custom_product_page = self.app_custom_product_page.to_dict()

        app_custom_product_page_localizations: Any = None
        if self.app_custom_product_page_localizations is not None:
            app_custom_product_page_localizations = self.app_custom_product_page_localizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app_custom_product_page is not None:
            field_dict["appCustomProductPage"] = app_custom_product_page
        if app_custom_product_page_localizations is not None:
            field_dict["appCustomProductPageLocalizations"] = app_custom_product_page_localizations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        app_custom_product_page_version_relationships = cls.__new__(cls)
        app_custom_product_page_version_relationships._document = dict(
            src_dict
        )  # each field is read on first access
        return app_custom_product_page_version_relationships

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
