"""PDF documents (reportlab only): a document model of plain records in, PDF bytes out.

Nothing here queries the database; `services.documents` assembles the models.
"""

from __future__ import annotations
