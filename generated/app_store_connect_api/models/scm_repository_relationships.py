from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.scm_repository_relationships_default_branch import ScmRepositoryRelationshipsDefaultBranch
    from ..models.scm_repository_relationships_git_references import ScmRepositoryRelationshipsGitReferences
    from ..models.scm_repository_relationships_pull_requests import ScmRepositoryRelationshipsPullRequests
    from ..models.scm_repository_relationships_scm_provider import ScmRepositoryRelationshipsScmProvider


T = TypeVar("T", bound="ScmRepositoryRelationships")
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        if not _LAZY_IMPORTS_DONE:
            _lazy_imports()
        default_branch: Any = None
        if self.default_branch is not None:
            default_branch = UNSET
            if not isinstance(self.default_branch, Unset):
                default_branch = self.default_branch.to_dict()

        git_references: Any = None
        if self.git_references is not None:
            git_references = UNSET
            if not isinstance(self.git_references, Unset):
                git_references = self.git_references.to_dict()

        pull_requests: Any = None
        if self.pull_requests is not None:
            pull_requests = UNSET
            if not isinstance(self.pull_requests, Unset):
                pull_requests = self.pull_requests.to_dict()

        scm_provider: Any = None
        if self.scm_provider is not None:
            scm_provider = UNSET
            if not isinstance(self.scm_provider, Unset):
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
        d = dict(src_dict)
        _raw_default_branch = d.pop("defaultBranch", None)
        if _raw_default_branch is None:
            default_branch = None
        else:
            _default_branch = _raw_default_branch
            default_branch: ScmRepositoryRelationshipsDefaultBranch | Unset
            if isinstance(_default_branch, Unset):
                default_branch = UNSET
            else:
                default_branch = ScmRepositoryRelationshipsDefaultBranch.from_dict(_default_branch)

        _raw_git_references = d.pop("gitReferences", None)
        if _raw_git_references is None:
            git_references = None
        else:
            _git_references = _raw_git_references
            git_references: ScmRepositoryRelationshipsGitReferences | Unset
            if isinstance(_git_references, Unset):
                git_references = UNSET
            else:
                git_references = ScmRepositoryRelationshipsGitReferences.from_dict(_git_references)

        _raw_pull_requests = d.pop("pullRequests", None)
        if _raw_pull_requests is None:
            pull_requests = None
        else:
            _pull_requests = _raw_pull_requests
            pull_requests: ScmRepositoryRelationshipsPullRequests | Unset
            if isinstance(_pull_requests, Unset):
                pull_requests = UNSET
            else:
                pull_requests = ScmRepositoryRelationshipsPullRequests.from_dict(_pull_requests)

        _raw_scm_provider = d.pop("scmProvider", None)
        if _raw_scm_provider is None:
            scm_provider = None
        else:
            _scm_provider = _raw_scm_provider
            scm_provider: ScmRepositoryRelationshipsScmProvider | Unset
            if isinstance(_scm_provider, Unset):
                scm_provider = UNSET
            else:
                scm_provider = ScmRepositoryRelationshipsScmProvider.from_dict(_scm_provider)

        scm_repository_relationships = cls(
            default_branch=default_branch,
            git_references=git_references,
            pull_requests=pull_requests,
            scm_provider=scm_provider,
        )
        scm_repository_relationships.additional_properties = d
        return scm_repository_relationships

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
