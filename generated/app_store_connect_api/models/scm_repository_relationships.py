from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import extra_properties, model_repr, read_deferred

if TYPE_CHECKING:
    from ..models.scm_repository_relationships_default_branch import ScmRepositoryRelationshipsDefaultBranch
    from ..models.scm_repository_relationships_git_references import ScmRepositoryRelationshipsGitReferences
    from ..models.scm_repository_relationships_pull_requests import ScmRepositoryRelationshipsPullRequests
    from ..models.scm_repository_relationships_scm_provider import ScmRepositoryRelationshipsScmProvider


T = TypeVar("T", bound="ScmRepositoryRelationships")
_KNOWN_KEYS = frozenset(
    {
        "defaultBranch",
        "gitReferences",
        "pullRequests",
        "scmProvider",
    }
)
_LAZY_IMPORTS_DONE = False


def _lazy_imports() -> None:
    """Import the models this one refers to, once: an import inside `from_dict` costs on every call."""
    global \
        _LAZY_IMPORTS_DONE, \
        ScmRepositoryRelationshipsDefaultBranch, \
        ScmRepositoryRelationshipsGitReferences, \
        ScmRepositoryRelationshipsPullRequests, \
        ScmRepositoryRelationshipsScmProvider
    from ..models.scm_repository_relationships_default_branch import ScmRepositoryRelationshipsDefaultBranch
    from ..models.scm_repository_relationships_git_references import ScmRepositoryRelationshipsGitReferences
    from ..models.scm_repository_relationships_pull_requests import ScmRepositoryRelationshipsPullRequests
    from ..models.scm_repository_relationships_scm_provider import ScmRepositoryRelationshipsScmProvider

    _LAZY_IMPORTS_DONE = True


def _read_default_branch(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_default_branch = src_dict.get("defaultBranch")
    if _raw_default_branch is None:
        default_branch = None
    else:
        default_branch = ScmRepositoryRelationshipsDefaultBranch.from_dict(_raw_default_branch)

    return default_branch


def _read_git_references(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_git_references = src_dict.get("gitReferences")
    if _raw_git_references is None:
        git_references = None
    else:
        git_references = ScmRepositoryRelationshipsGitReferences.from_dict(_raw_git_references)

    return git_references


def _read_pull_requests(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_pull_requests = src_dict.get("pullRequests")
    if _raw_pull_requests is None:
        pull_requests = None
    else:
        pull_requests = ScmRepositoryRelationshipsPullRequests.from_dict(_raw_pull_requests)

    return pull_requests


def _read_scm_provider(src_dict: dict[str, Any]) -> Any:
    if not _LAZY_IMPORTS_DONE:
        _lazy_imports()
    _raw_scm_provider = src_dict.get("scmProvider")
    if _raw_scm_provider is None:
        scm_provider = None
    else:
        scm_provider = ScmRepositoryRelationshipsScmProvider.from_dict(_raw_scm_provider)

    return scm_provider


_READERS: dict[str, Any] = {
    "default_branch": _read_default_branch,
    "git_references": _read_git_references,
    "pull_requests": _read_pull_requests,
    "scm_provider": _read_scm_provider,
}


@_attrs_define(repr=False)
class ScmRepositoryRelationships:
    """
    Attributes:
        default_branch (ScmRepositoryRelationshipsDefaultBranch | Unset):
        git_references (ScmRepositoryRelationshipsGitReferences | Unset):
        pull_requests (ScmRepositoryRelationshipsPullRequests | Unset):
        scm_provider (ScmRepositoryRelationshipsScmProvider | Unset):
    """

    default_branch: ScmRepositoryRelationshipsDefaultBranch | None = None
    git_references: ScmRepositoryRelationshipsGitReferences | None = None
    pull_requests: ScmRepositoryRelationshipsPullRequests | None = None
    scm_provider: ScmRepositoryRelationshipsScmProvider | None = None
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
        default_branch: Any = None
        if self.default_branch is not None:
            default_branch = self.default_branch.to_dict()

        git_references: Any = None
        if self.git_references is not None:
            git_references = self.git_references.to_dict()

        pull_requests: Any = None
        if self.pull_requests is not None:
            pull_requests = self.pull_requests.to_dict()

        scm_provider: Any = None
        if self.scm_provider is not None:
            scm_provider = self.scm_provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if default_branch is not None:
            field_dict["defaultBranch"] = default_branch
        if git_references is not None:
            field_dict["gitReferences"] = git_references
        if pull_requests is not None:
            field_dict["pullRequests"] = pull_requests
        if scm_provider is not None:
            field_dict["scmProvider"] = scm_provider
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        _model = cls.__new__(cls)  # fields set directly: cheaper than keyword arguments (issue 13)
        _model._document = (
            src_dict  # default_branch, git_references, pull_requests, scm_provider: read on first access
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
