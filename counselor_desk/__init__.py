"""Counselor Desk: one IOP counselor's caseload, attendance and notes, offline."""

from __future__ import annotations

__version__ = "0.1.0"
