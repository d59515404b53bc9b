"""Who is calling and what they may do: tokens, roles, the permission table and the interceptor."""
