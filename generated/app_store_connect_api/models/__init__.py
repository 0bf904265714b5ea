"""All data models, imported on first use: `models.AppsResponse` loads one module, not thousands.

Each class lives in the module its name spells in snake case (`AppsResponse` in `apps_response`), bar
the few the generator renamed, listed below; so importing this package reads no table of thousands of
names. Type checkers read `__init__.pyi`, which imports every class.
"""

import os
import re
import sys
from importlib import import_module
from importlib.machinery import (
    BYTECODE_SUFFIXES,
    SOURCE_SUFFIXES,
    FileFinder,
    ModuleSpec,
    SourceFileLoader,
    SourcelessFileLoader,
)
from types import ModuleType
from typing import Any

_RENAMED: dict[str, str] = {
    "Property": "property_",
}
_WORD = re.compile("([A-Z]?[a-z]+)")  # a word of a class name; the runs between (digits, capitals) too


def _module_of(name: str) -> str:
    """The module holding the class `name`: `AppStoreVersionV2` -> `app_store_version_v2`."""
    return _RENAMED.get(name) or "_".join(part for part in _WORD.split(name) if part).lower()


def _names() -> tuple[str, ...]:
    """Every class name, from the module files (for `dir()` and `import *`)."""
    renamed = {module: name for name, module in _RENAMED.items()}
    modules = [entry[:-3] for entry in os.listdir(__path__[0]) if entry.endswith(".py")]
    return tuple(
        sorted(
            renamed.get(module) or "".join(word.capitalize() for word in module.split("_"))
            for module in modules
            if module != "__init__"
        )
    )


class _ModuleFinder(FileFinder):
    """Finds a module of this folder by its file name. The import system's finder lists a folder on its
    first import from it, and listing these 6,800 files costs more than the rest of a first call's
    models. Anything else (a bytecode-only install, a missing name) is left to that finder."""

    def find_spec(self, fullname: str, target: ModuleType | None = None) -> ModuleSpec | None:
        path = os.path.join(self.path, fullname.rpartition(".")[2] + SOURCE_SUFFIXES[0])
        if not os.path.isfile(path):
            return super().find_spec(fullname, target)
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, path), origin=path)
        spec.has_location = True  # sets __file__ and finds the cached bytecode
        return spec


if os.path.isdir(__path__[0]):  # a real folder, not inside a zip
    sys.path_importer_cache[__path__[0]] = _ModuleFinder(
        __path__[0],
        (SourceFileLoader, SOURCE_SUFFIXES),
        (SourcelessFileLoader, BYTECODE_SUFFIXES),
    )


def _model(name: str) -> Any:
    """The class `name` from its module, or None when no module of this folder holds it."""
    if not name[:1].isupper():
        return None
    module_name = f"{__name__}.{_module_of(name)}"
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:  # the module exists but failed to import
            raise
        return None
    return getattr(module, name, None)


def __getattr__(name: str) -> Any:
    value = _names() if name == "__all__" else _model(name)
    if value is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__getattr__("__all__"))
