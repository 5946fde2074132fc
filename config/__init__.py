"""Project configuration and composition root.

`config` is also an installed app: it owns the commands that wire all apps together
(`seed_demo`), which no single app may do without breaking the import direction of
DESIGN.md (qa <- doctors, qa <- faq).
"""
