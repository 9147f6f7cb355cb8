"""Services and queries: one session per user action, plain rows and Changes out. No Qt."""
