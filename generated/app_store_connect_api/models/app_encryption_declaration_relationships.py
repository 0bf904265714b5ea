from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.app_encryption_declaration_relationships_app import AppEncryptionDeclarationRelationshipsApp
    from ..models.app_encryption_declaration_relationships_app_encryption_declaration_document import (
        AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument,
    )
    from ..models.app_encryption_declaration_relationships_builds import (
        AppEncryptionDeclarationRelationshipsBuilds,
    )


T = TypeVar("T", bound="AppEncryptionDeclarationRelationships")
_KNOWN_KEYS = frozenset(
    {
        "app",
        "appEncryptionDeclarationDocument",
        "builds",
    }
)
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


def _read_app(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app = src_dict.get("app")
    if _raw_app is None:
        app = None
    else:
        app = AppEncryptionDeclarationRelationshipsApp.from_dict(_raw_app)

    return app


def _read_app_encryption_declaration_document(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_app_encryption_declaration_document = src_dict.get("appEncryptionDeclarationDocument")
    if _raw_app_encryption_declaration_document is None:
        app_encryption_declaration_document = None
    else:
        app_encryption_declaration_document = (
            AppEncryptionDeclarationRelationshipsAppEncryptionDeclarationDocument.from_dict(
                _raw_app_encryption_declaration_document
            )
        )

    return app_encryption_declaration_document


def _read_builds(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_builds = src_dict.get("builds")
    if _raw_builds is None:
        builds = None
    else:
        builds = AppEncryptionDeclarationRelationshipsBuilds.from_dict(_raw_builds)

    return builds


_READERS: dict[str, Any] = {
    "app": _read_app,
    "app_encryption_declaration_document": _read_app_encryption_declaration_document,
    "builds": _read_builds,
}


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
    _document: Mapping[str, Any] | None = _attrs_field(default=None, init=False, repr=False, eq=False)

    if not TYPE_CHECKING:  # type checkers keep refusing unknown attributes

        def __getattr__(self, name: str) -> Any:
            return read_deferred(self, name, _READERS)

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        app: Any = None
        if self.app is not None:
            app = self.app.to_dict()

        app_encryption_declaration_document: Any = None
        if self.app_encryption_declaration_document is not None:
            app_encryption_declaration_document = self.app_encryption_declaration_document.to_dict()

        builds: Any = None
        if self.builds is not None:
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
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = src_dict  # app, app_encryption_declaration_document, builds: read on first access
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
