"""Path patterns such as `/v1/apps/{id}/builds` mapped to handlers, with Apple's 404 and 405 answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._http import Request, Response, method_not_allowed, path_not_found

if TYPE_CHECKING:
    from ._context import Context

Handler = Callable[["Context", Request, dict[str, str]], Response]
_Shape = tuple[str | None, ...]  # the path's segments, None where a `{name}` matches any segment


class Router:
    """Resolves a method and path to a handler and the path's named segments."""

    def __init__(self) -> None:
        self._routes: dict[str, dict[str, Handler]] = {}
        self._shapes: dict[int, list[tuple[_Shape, str]]] = {}

    def add(self, method: str, pattern: str, handler: Handler) -> None:
        """Serve `method pattern` with `handler`; each route is added once."""
        if self.serves(method, pattern):
            raise ValueError(f"route {method} {pattern} is already defined")
        if pattern not in self._routes:
            segments = pattern.strip("/").split("/")
            shape = tuple(None if segment.startswith("{") else segment for segment in segments)
            self._shapes.setdefault(len(segments), []).append((shape, pattern))
        self._routes.setdefault(pattern, {})[method] = handler

    def serves(self, method: str, pattern: str) -> bool:
        """Whether `method pattern` already has a handler."""
        return method in self._routes.get(pattern, {})

    def routes(self) -> list[tuple[str, str]]:
        """Every method and pattern served."""
        return [(method, pattern) for pattern, methods in self._routes.items() for method in methods]

    def handler(self, method: str, pattern: str) -> Handler:
        """The handler serving `method pattern`."""
        return self._routes[pattern][method]

    def resolve(self, method: str, path: str) -> tuple[Handler, dict[str, str], str]:
        """The handler for the request, the path's named segments and the route's pattern; or the
        ApiError Apple answers (404 path, 405 method)."""
        segments = path.strip("/").split("/")
        allowed: list[str] = []
        for shape, pattern in self._shapes.get(len(segments), ()):
            if any(
                part is not None and part != segment for part, segment in zip(shape, segments, strict=True)
            ):
                continue
            if not all(segments[index] for index, part in enumerate(shape) if part is None):
                continue
            methods = self._routes[pattern]
            if method in methods:
                names = pattern.strip("/").split("/")
                params = {
                    name[1:-1]: segment
                    for name, segment in zip(names, segments, strict=True)
                    if name.startswith("{")
                }
                return methods[method], params, pattern
            allowed.extend(methods)
        if allowed:
            raise method_not_allowed(method, sorted(set(allowed)))
        raise path_not_found()
