"""Exporting the documents: each module assembles one document's model from the store,
renders it and writes it the one safe way (`common.write`: the audit row and any disclosure
log entry committed before the file has its name).

The names below are the package's public face, used by the CLI, the UI and the self-test.
"""

from __future__ import annotations

from counselor_desk.services.documents.attendance_letter import (
    LETTER_MAX_DAYS,
    attendance_letter_disclosure,
    attendance_letter_model,
    export_attendance_letter,
)
from counselor_desk.services.documents.common import KINDS, default_file_name
from counselor_desk.services.documents.continuity_summary import (
    RECENT_SESSIONS,
    continuity_disclosed,
    continuity_model,
    export_continuity,
)
from counselor_desk.services.documents.discharge_summary import (
    discharge_summary_model,
    export_discharge_summary,
)
from counselor_desk.services.documents.safety_plan_sheet import (
    SAFETY_PLAN_PURPOSE,
    SAFETY_PLAN_RECIPIENT,
    export_safety_plan,
    safety_plan_disclosure,
    safety_plan_model,
)
from counselor_desk.services.documents.signin_sheet import (
    export_signin_sheet,
    signin_file_name,
    signin_sheet_model,
)
from counselor_desk.services.documents.treatment_plan_sheet import (
    export_treatment_plan,
    treatment_plan_model,
)

__all__ = [
    "KINDS",
    "LETTER_MAX_DAYS",
    "RECENT_SESSIONS",
    "SAFETY_PLAN_PURPOSE",
    "SAFETY_PLAN_RECIPIENT",
    "attendance_letter_disclosure",
    "attendance_letter_model",
    "continuity_disclosed",
    "continuity_model",
    "default_file_name",
    "discharge_summary_model",
    "export_attendance_letter",
    "export_continuity",
    "export_discharge_summary",
    "export_safety_plan",
    "export_signin_sheet",
    "export_treatment_plan",
    "safety_plan_disclosure",
    "safety_plan_model",
    "signin_file_name",
    "signin_sheet_model",
    "treatment_plan_model",
]
