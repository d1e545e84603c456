"""The README documents every command line command and every setting."""

import argparse
from pathlib import Path

from desktop.models import settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix} {name}".strip()
                inner = _commands(sub, full)
                found.extend(inner or [full])
    return found


def test_every_cli_command_is_in_the_readme():
    from desktop.cli.__main__ import build_parser

    for command in _commands(build_parser()):
        assert f"desktop.cli --db PATH {command}" in README or f"`{command}" in README, command


def test_every_cli_command_has_an_example():
    from desktop.cli.__main__ import build_parser

    def walk(parser):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    if not any(isinstance(a, argparse._SubParsersAction) for a in sub._actions):
                        assert "example" in (sub.epilog or ""), name
                    walk(sub)

    walk(build_parser())


def test_every_setting_is_in_the_readme():
    for key in settings.DEFAULTS:
        assert f"`{key}`" in README, key


def test_main_options_are_in_the_readme():
    from desktop.app import build_parser

    for action in build_parser()._actions:
        for option in action.option_strings:
            if option.startswith("--"):
                assert option in README, option
