"""Packaging details pyproject.toml cannot say: ``resources/`` ships inside the wheel.

The top-level ``resources/`` folder stays the one source of truth (lexicons, samples,
icons, translations, fonts, desktop entry); in a wheel it becomes ``desktop/resources``,
where ``desktop.core.resources`` looks first. Everything else is in pyproject.toml."""

from pathlib import Path

from setuptools import find_packages, setup

RESOURCES = Path(__file__).resolve().parent / "resources"
#: what the app reads at run time: every file of resources/ but the README's screenshots and
#: the translation sources (the compiled .qm files ship)
LEFT_OUT = ("screenshots",)
RESOURCE_FILES = sorted(
    p.relative_to(RESOURCES).as_posix()
    for p in RESOURCES.rglob("*")
    if p.is_file() and p.relative_to(RESOURCES).parts[0] not in LEFT_OUT and p.suffix != ".ts"
)

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.resources"],
    package_dir={"desktop.resources": "resources"},
    package_data={"desktop": ["py.typed"], "desktop.resources": RESOURCE_FILES},
    include_package_data=False,
)
