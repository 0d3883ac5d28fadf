"""Every command explains itself with an example."""

import pytest
from click.testing import CliRunner

from boardkb.cli import cli


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_has_help_with_example(command):
    result = CliRunner().invoke(cli, [command, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"boardkb {command}" in result.stdout


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "boardkb" in result.stdout


@pytest.mark.parametrize("command", sorted(cli.commands["report"].commands))
def test_every_report_has_help_with_example(command):
    result = CliRunner().invoke(cli, ["report", command, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Example" in result.stdout and f"boardkb report {command}" in result.stdout
