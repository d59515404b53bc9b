"""Generated from protos/regserver/v1 by tools/generate.py; do not edit."""
