"""Path patterns such as `/v1/apps/{id}/builds` mapped to handlers, with Apple's 404 and 405 answers."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._http import Request, Response, method_not_allowed, path_not_found

if TYPE_CHECKING:
    from ._context import Context

Handler = Callable[["Context", Request, dict[str, str]], Response]


class Router:
    """Resolves a method and path to a handler and the path's named segments."""

    def __init__(self) -> None:
        self._routes: dict[str, dict[str, Handler]] = {}
        self._patterns: dict[str, re.Pattern[str]] = {}

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        """Serve `method pattern` with `handler`; each route is added once."""
        methods = self._routes.setdefault(pattern, {})
        if method in methods:
            raise ValueError(f"route {method} {pattern} is already defined")
        methods[method] = handler
        self._patterns[pattern] = re.compile(re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern))

    def routes(self) -> list[tuple[str, str]]:
        """Every method and pattern served."""
        return [(method, pattern) for pattern, methods in self._routes.items() for method in methods]

    def resolve(self, method: str, path: str) -> tuple[Handler, dict[str, str]]:
        """The handler for the request, or the ApiError Apple answers (404 path, 405 method)."""
        allowed: list[str] = []
        for pattern, regex in self._patterns.items():
            if (match := regex.fullmatch(path)) is None:
                continue
            methods = self._routes[pattern]
            if method in methods:
                return methods[method], match.groupdict()
            allowed.extend(methods)
        if allowed:
            raise method_not_allowed(method, sorted(set(allowed)))
        raise path_not_found()
