"""The `asc` command line (also installed as `app-store-connect`): App Store Connect from a shell, or a
local sandbox with `asc --sandbox ...`.

Exit codes (see `ExitCode`): 0 ok, 1 API or network error, 2 usage or configuration error,
3 credentials or permission refused (401, 403), 4 not found (404), 130 interrupted.
"""

from ._exit import ExitCode
from ._main import asc, main

__all__ = ["ExitCode", "asc", "main"]
