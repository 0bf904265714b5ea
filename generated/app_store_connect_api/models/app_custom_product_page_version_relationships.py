from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_custom_product_page_version_relationships_app_custom_product_page import (
        AppCustomProductPageVersionRelationshipsAppCustomProductPage,
    )
    from ..models.app_custom_product_page_version_relationships_app_custom_product_page_localizations import (
        AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations,
    )


T = TypeVar("T", bound="AppCustomProductPageVersionRelationships")
_KNOWN_KEYS = frozenset(
    {
        "appCustomProductPage",
        "appCustomProductPageLocalizations",
    }
)
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


def _read_app_custom_product_page(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_page = src_dict.get("appCustomProductPage")
    if _raw_app_custom_product_page is None:
        app_custom_product_page = None
    else:
        app_custom_product_page = AppCustomProductPageVersionRelationshipsAppCustomProductPage.from_dict(
            _raw_app_custom_product_page
        )

    return app_custom_product_page


def _read_app_custom_product_page_localizations(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_custom_product_page_localizations = src_dict.get("appCustomProductPageLocalizations")
    if _raw_app_custom_product_page_localizations is None:
        app_custom_product_page_localizations = None
    else:
        app_custom_product_page_localizations = (
            AppCustomProductPageVersionRelationshipsAppCustomProductPageLocalizations.from_dict(
                _raw_app_custom_product_page_localizations
            )
        )

    return app_custom_product_page_localizations


_READERS: dict[str, Any] = {
    "app_custom_product_page": _read_app_custom_product_page,
    "app_custom_product_page_localizations": _read_app_custom_product_page_localizations,
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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

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
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # app_custom_product_page, app_custom_product_page_localizations: read on first access
        )
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
