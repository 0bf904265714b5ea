from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_custom_product_page_version_create_request_data_relationships_app_custom_product_page import (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage,
    )
    from ..models.app_custom_product_page_version_create_request_data_relationships_app_custom_product_page_localizations import (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations,
    )


T = TypeVar("T", bound="AppCustomProductPageVersionCreateRequestDataRelationships")
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
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage, \
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations
    from ..models.app_custom_product_page_version_create_request_data_relationships_app_custom_product_page import (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage,
    )
    from ..models.app_custom_product_page_version_create_request_data_relationships_app_custom_product_page_localizations import (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppCustomProductPageVersionCreateRequestDataRelationships:
    """
    Attributes:
        app_custom_product_page (AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage):
        app_custom_product_page_localizations
            (AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations | Unset):
    """

    app_custom_product_page: AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage
    app_custom_product_page_localizations: (
        AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations
        | Unset
        | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_custom_product_page = self.app_custom_product_page.to_dict()

        app_custom_product_page_localizations: dict[str, Any] | Unset | None
        if self.app_custom_product_page_localizations is None:
            app_custom_product_page_localizations = None
        else:
            app_custom_product_page_localizations = UNSET
            if not isinstance(self.app_custom_product_page_localizations, Unset):
                app_custom_product_page_localizations = self.app_custom_product_page_localizations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["appCustomProductPage"] = app_custom_product_page
        if app_custom_product_page_localizations is not UNSET:
            field_dict["appCustomProductPageLocalizations"] = app_custom_product_page_localizations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app_custom_product_page = (
            AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPage.from_dict(
                src_dict["appCustomProductPage"]
            )
        )

        _raw_app_custom_product_page_localizations = src_dict.get("appCustomProductPageLocalizations", UNSET)
        if _raw_app_custom_product_page_localizations is None:
            app_custom_product_page_localizations = None
        else:
            _app_custom_product_page_localizations = _raw_app_custom_product_page_localizations
            app_custom_product_page_localizations: (
                AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations
                | Unset
            )
            if isinstance(_app_custom_product_page_localizations, Unset):
                app_custom_product_page_localizations = UNSET
            else:
                app_custom_product_page_localizations = AppCustomProductPageVersionCreateRequestDataRelationshipsAppCustomProductPageLocalizations.from_dict(
                    _app_custom_product_page_localizations
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app_custom_product_page = app_custom_product_page
        _model.app_custom_product_page_localizations = app_custom_product_page_localizations
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
