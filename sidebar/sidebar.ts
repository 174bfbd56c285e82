// Sidebar entry (placeholder until the sidebar lands).
