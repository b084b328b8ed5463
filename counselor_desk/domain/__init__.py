"""Pure domain: records, enums and the program rules. Imports nothing above it."""
