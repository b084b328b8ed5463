"""The participant record: header, tabs and exports."""
