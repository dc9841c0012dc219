"""Readers that turn inputs (files, folders, JSON Lines, stdin) into Documents."""

from sitreps.ingest.files import read_inputs

__all__ = ["read_inputs"]
