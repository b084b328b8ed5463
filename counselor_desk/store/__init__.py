"""Storage: the only package that speaks SQL (stdlib sqlite3).

Nothing is imported here: `from counselor_desk.store import participant_repo` loads that
repository and what it needs, not the whole store (a command line starts faster).
"""
