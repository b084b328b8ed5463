"""Field groups more than one dialog shows: each is a view with `load()`, `values()` and a
`fields` map from a service's field name to its widget (to point at a refused field)."""
