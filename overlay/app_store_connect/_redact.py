"""How a URL is shown in logs, errors and messages: never with its query (Q13)."""

from __future__ import annotations

import httpx


def shown_url(url: httpx.URL) -> str:
    """The URL without its query and fragment: presigned URLs carry their signature in the query."""
    return str(url.copy_with(query=None, fragment=None))
