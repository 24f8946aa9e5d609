#!/usr/bin/env python3
"""Writes a large contracts root for timing `./testkit check`.

Usage: generate-contracts.py <dir> [subjects] [versions]   (defaults: 1000 subjects x 5 versions)

Each subject is a closed object schema with ten properties; every later version adds one optional
property, which is compatible at the root's level (BACKWARD_TRANSITIVE, STRICT), so the check runs
every comparison and exits 0. Subjects are spread over ten domain folders.
"""
import json
import os
import sys


def schema(subject, version):
    properties = {"id": {"type": "string", "minLength": 1}, "amount": {"type": "integer", "minimum": 0}}
    for i in range(8):
        properties[f"field{i}"] = {"type": "string", "maxLength": 64}
    for extra in range(1, version):
        properties[f"added{extra}"] = {"type": "string", "description": f"added in v{extra + 1}"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": subject,
        "type": "object",
        "properties": properties,
        "required": ["id", "amount"],
        "additionalProperties": False,
    }


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    root = sys.argv[1]
    subjects = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    versions = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, "contracts.yaml"), "w") as f:
        f.write("level: BACKWARD_TRANSITIVE\npolicy: STRICT\n")
    for s in range(subjects):
        subject = f"Event{s:04d}"
        folder = os.path.join(root, f"domain{s % 10}", subject)
        os.makedirs(folder, exist_ok=True)
        for v in range(1, versions + 1):
            with open(os.path.join(folder, f"v{v}.json"), "w") as f:
                json.dump(schema(subject, v), f, indent=2)
                f.write("\n")
    print(f"wrote {subjects} subjects x {versions} versions under {root}")


if __name__ == "__main__":
    main()
