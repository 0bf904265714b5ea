from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, extra_properties, model_repr

if TYPE_CHECKING:
    from ..models.app_custom_product_page_create_request_data_relationships_app import (
        AppCustomProductPageCreateRequestDataRelationshipsApp,
    )
    from ..models.app_custom_product_page_create_request_data_relationships_app_custom_product_page_versions import (
        AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions,
    )
    from ..models.app_custom_product_page_create_request_data_relationships_app_store_version_template import (
        AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate,
    )
    from ..models.app_custom_product_page_create_request_data_relationships_custom_product_page_template import (
        AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate,
    )


T = TypeVar("T", bound="AppCustomProductPageCreateRequestDataRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "appCustomProductPageVersions",
        "appStoreVersionTemplate",
        "customProductPageTemplate",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppCustomProductPageCreateRequestDataRelationshipsApp, \
        AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions, \
        AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate, \
        AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate
    from ..models.app_custom_product_page_create_request_data_relationships_app import (
        AppCustomProductPageCreateRequestDataRelationshipsApp,
    )
    from ..models.app_custom_product_page_create_request_data_relationships_app_custom_product_page_versions import (
        AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions,
    )
    from ..models.app_custom_product_page_create_request_data_relationships_app_store_version_template import (
        AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate,
    )
    from ..models.app_custom_product_page_create_request_data_relationships_custom_product_page_template import (
        AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppCustomProductPageCreateRequestDataRelationships:
    """
    Attributes:
        app (AppCustomProductPageCreateRequestDataRelationshipsApp):
        app_custom_product_page_versions (AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions
            | Unset):
        app_store_version_template (AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate | Unset):
        custom_product_page_template (AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate |
            Unset):
    """

    app: AppCustomProductPageCreateRequestDataRelationshipsApp
    app_custom_product_page_versions: (
        AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions | Unset | None
    ) = UNSET
    app_store_version_template: (
        AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate | Unset | None
    ) = UNSET
    custom_product_page_template: (
        AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate | Unset | None
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = self.app.to_dict()

        app_custom_product_page_versions: dict[str, Any] | Unset | None
        if self.app_custom_product_page_versions is None:
            app_custom_product_page_versions = None
        else:
            app_custom_product_page_versions = UNSET
            if not isinstance(self.app_custom_product_page_versions, Unset):
                app_custom_product_page_versions = self.app_custom_product_page_versions.to_dict()

        app_store_version_template: dict[str, Any] | Unset | None
        if self.app_store_version_template is None:
            app_store_version_template = None
        else:
            app_store_version_template = UNSET
            if not isinstance(self.app_store_version_template, Unset):
                app_store_version_template = self.app_store_version_template.to_dict()

        custom_product_page_template: dict[str, Any] | Unset | None
        if self.custom_product_page_template is None:
            custom_product_page_template = None
        else:
            custom_product_page_template = UNSET
            if not isinstance(self.custom_product_page_template, Unset):
                custom_product_page_template = self.custom_product_page_template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["app"] = app
        if app_custom_product_page_versions is not UNSET:
            field_dict["appCustomProductPageVersions"] = app_custom_product_page_versions
        if app_store_version_template is not UNSET:
            field_dict["appStoreVersionTemplate"] = app_store_version_template
        if custom_product_page_template is not UNSET:
            field_dict["customProductPageTemplate"] = custom_product_page_template
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app = AppCustomProductPageCreateRequestDataRelationshipsApp.from_dict(src_dict["app"])

        _raw_app_custom_product_page_versions = src_dict.get("appCustomProductPageVersions", UNSET)
        if _raw_app_custom_product_page_versions is None:
            app_custom_product_page_versions = None
        else:
            _app_custom_product_page_versions = _raw_app_custom_product_page_versions
            app_custom_product_page_versions: (
                AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions | Unset
            )
            if isinstance(_app_custom_product_page_versions, Unset):
                app_custom_product_page_versions = UNSET
            else:
                app_custom_product_page_versions = (
                    AppCustomProductPageCreateRequestDataRelationshipsAppCustomProductPageVersions.from_dict(
                        _app_custom_product_page_versions
                    )
                )

        _raw_app_store_version_template = src_dict.get("appStoreVersionTemplate", UNSET)
        if _raw_app_store_version_template is None:
            app_store_version_template = None
        else:
            _app_store_version_template = _raw_app_store_version_template
            app_store_version_template: (
                AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate | Unset
            )
            if isinstance(_app_store_version_template, Unset):
                app_store_version_template = UNSET
            else:
                app_store_version_template = (
                    AppCustomProductPageCreateRequestDataRelationshipsAppStoreVersionTemplate.from_dict(
                        _app_store_version_template
                    )
                )

        _raw_custom_product_page_template = src_dict.get("customProductPageTemplate", UNSET)
        if _raw_custom_product_page_template is None:
            custom_product_page_template = None
        else:
            _custom_product_page_template = _raw_custom_product_page_template
            custom_product_page_template: (
                AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate | Unset
            )
            if isinstance(_custom_product_page_template, Unset):
                custom_product_page_template = UNSET
            else:
                custom_product_page_template = (
                    AppCustomProductPageCreateRequestDataRelationshipsCustomProductPageTemplate.from_dict(
                        _custom_product_page_template
                    )
                )

        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model.app = app
        _model.app_custom_product_page_versions = app_custom_product_page_versions
        _model.app_store_version_template = app_store_version_template
        _model.custom_product_page_template = custom_product_page_template
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
