"""The demo archive: original content written for this project, loaded by `seed_demo`."""
