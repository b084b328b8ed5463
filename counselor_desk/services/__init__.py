"""Use cases: each public function is one transaction that validates its input first."""
