from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.app_encryption_declaration_relationships_app import AppEncryptionDeclarationRelationshipsApp
    from ..models.app_encryption_declaration_relationships_app_encryption_declaration_document import (
        AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument,
    )
    from ..models.app_encryption_declaration_relationships_builds import (
        AppEncryptionDeclarationRelationshipsBuilds,
    )


T = TypeVar("T", bound="AppEncryptionDeclarationRelationships")
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        AppEncryptionDeclarationRelationshipsApp, \
        AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument, \
        AppEncryptionDeclarationRelationshipsBuilds
    from ..models.app_encryption_declaration_relationships_app import AppEncryptionDeclarationRelationshipsApp
    from ..models.app_encryption_declaration_relationships_app_encryption_declaration_document import (
        AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument,
    )
    from ..models.app_encryption_declaration_relationships_builds import (
        AppEncryptionDeclarationRelationshipsBuilds,
    )

    _LAZY_IMPORTS_DONE = True


@_attrs_define(repr=False)
class AppEncryptionDeclarationRelationships:
    """
    Attributes:
        app (AppEncryptionDeclarationRelationshipsApp | Unset):
        app_encryption_declaration_document (AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument |
            Unset):
        builds (AppEncryptionDeclarationRelationshipsBuilds | Unset):
    """

    app: AppEncryptionDeclarationRelationshipsApp | None = None
    app_encryption_declaration_document: (
        AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument | None
    ) = None
    builds: AppEncryptionDeclarationRelationshipsBuilds | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app: Any = None
        if self.app is not None:
            app = UNSET
            if not isinstance(self.app, Unset):
                app = self.app.to_dict()

        app_encryption_declaration_document: Any = None
        if self.app_encryption_declaration_document is not None:
            app_encryption_declaration_document = UNSET
            if not isinstance(self.app_encryption_declaration_document, Unset):
                app_encryption_declaration_document = self.app_encryption_declaration_document.to_dict()

        builds: Any = None
        if self.builds is not None:
            builds = UNSET
            if not isinstance(self.builds, Unset):
                builds = self.builds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if app is not None:
            field_dict["app"] = app
        if app_encryption_declaration_document is not None:
            field_dict["appEncryptionDeclarationDocument"] = app_encryption_declaration_document
        if builds is not None:
            field_dict["builds"] = builds
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        d = dict(src_dict)
        _raw_app = d.pop("app", None)
        if _raw_app is None:
            app = None
        else:
            _app = _raw_app
            app: AppEncryptionDeclarationRelationshipsApp | Unset
            if isinstance(_app, Unset):
                app = UNSET
            else:
                app = AppEncryptionDeclarationRelationshipsApp.from_dict(_app)

        _raw_app_encryption_declaration_document = d.pop("appEncryptionDeclarationDocument", None)
        if _raw_app_encryption_declaration_document is None:
            app_encryption_declaration_document = None
        else:
            _app_encryption_declaration_document = _raw_app_encryption_declaration_document
            app_encryption_declaration_document: (
                AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument | Unset
            )
            if isinstance(_app_encryption_declaration_document, Unset):
                app_encryption_declaration_document = UNSET
            else:
                app_encryption_declaration_document = (
                    AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument.from_dict(
                        _app_encryption_declaration_document
                    )
                )

        _raw_builds = d.pop("builds", None)
        if _raw_builds is None:
            builds = None
        else:
            _builds = _raw_builds
            builds: AppEncryptionDeclarationRelationshipsBuilds | Unset
            if isinstance(_builds, Unset):
                builds = UNSET
            else:
                builds = AppEncryptionDeclarationRelationshipsBuilds.from_dict(_builds)

        app_encryption_declaration_relationships = cls(
            app=app,
            app_encryption_declaration_document=app_encryption_declaration_document,
            builds=builds,
        )
        app_encryption_declaration_relationships.additional_properties = d
        return app_encryption_declaration_relationships

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
