"""Interoperability: the continuity-of-care summary as a FHIR R4 document Bundle, its checks
before it leaves, and the reading of a referral Bundle for an admission.

Pure Python over plain records: no database, no Qt, no file. The builders take the records a
service gathered and return JSON-ready dicts; `fhir_checks` validates a Bundle (structure and
types with the `fhir.resources` R4B models, imported only when a check runs, then the
project's own US Core checks); `fhir_read` turns a referral Bundle into what an admission
would record. docs/INTEROP.md describes the resources, profiles and code systems.
"""
