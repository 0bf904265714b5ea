"""The report cassettes are hand-written reconstructions, and say so with their quirk and source."""

from __future__ import annotations

import re

from report_support import CASSETTES


def test_report_cassettes_say_they_are_reconstructed_and_cite_a_quirk() -> None:
    cassettes = sorted(CASSETTES.glob("*.yaml"))
    header = re.compile(r"# reconstructed from public evidence: Q1[0-3](, Q1[0-3])* — \S")

    assert len(cassettes) >= 10
    for path in cassettes:
        first_line = path.read_text().splitlines()[0]
        assert header.match(first_line), path.name
