"""Small widgets and delegates shared by the views (flag badges, the hours bar, session table)."""
