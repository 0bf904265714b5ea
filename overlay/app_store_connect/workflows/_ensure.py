"""Find-or-create without duplicates: a create is never sent again on doubt (Q6, Q14)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .._errors import ConflictError
from .._steps import CALL_FAILURES, Flow, brief, outcome_unknown
from ._documents import Resource, attributes
from ._errors import OutcomeUnknownError


def ensure(
    find: Callable[[], Flow[Resource | None]], make: Callable[[], Flow[Resource]], what: str
) -> Flow[tuple[Resource, bool]]:
    """The resource `find` finds, else the one `make` creates; whether it was created.

    A create answered 409, or failing in a way that may have worked (5xx, a cut connection: Q6, Q14), is
    never sent again: `find` looks once more, else the error says to run again.
    """
    found = yield from find()
    if found:
        return found, False
    try:
        return (yield from make()), True
    except CALL_FAILURES as error:
        if not (isinstance(error, ConflictError) or outcome_unknown(error)):
            raise
        found = yield from find()
        if found:
            return found, False
        if isinstance(error, ConflictError):
            raise
        raise OutcomeUnknownError(
            f"creating {what} failed ({brief(error)}) and may have worked; it was not sent again (Q14). "
            "Run again in a minute: the rerun finds it and goes on."
        ) from error


def ensure_texts(
    existing: Sequence[Resource],
    texts: Mapping[str, str],
    create: Callable[[str, str], Flow[Resource]],
    update: Callable[[str, str], Flow[Resource]],
) -> Flow[list[str]]:
    """Make each locale's `whatsNew` read `texts[locale]`: `create(locale, text)` the localizations
    missing, `update(id, text)` the ones that differ; the locales written."""
    by_locale = {attributes(item).get("locale"): item for item in existing}
    written = []
    for locale, text in texts.items():
        current = by_locale.get(locale)
        if current is None:
            yield from create(locale, text)
        elif attributes(current).get("whatsNew") != text:
            yield from update(current["id"], text)
        else:
            continue
        written.append(locale)
    return written
