#!/usr/bin/env python3
"""Derives podrun's schemas (schemas/*.json) from the upstream strict Kubernetes schemas.

usage: scripts/gen-schemas.py [SHARED_DIR]   (default: ../shared next to the project)

podrun's schemas are a strict subset of the upstream v1.31 standalone-strict schemas:
  - documentation and extension keywords are dropped ($schema, description, x-kubernetes-*,
    discriminator unions): they do not constrain anything and make the file 4x larger;
  - `format: int32` becomes minimum/maximum, because valijson ignores that format and
    Kubernetes rejects out-of-range int32 values;
  - apiVersion, kind, metadata (and spec for Pod) are required at the top: Kubernetes rejects
    an object without them ("apiVersion not set"), the upstream schema does not;
  - metadata.name is required: podrun does not generate names.
Everything podrun accepts is therefore accepted by the upstream schema (tests check it).
"""
import json
import os
import sys

DROP = {"$schema", "description", "discriminator", "fields-to-discriminateBy"}


def strip(node):
    if isinstance(node, list):
        return [strip(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k in DROP or k.startswith("x-kubernetes-"):
            continue
        if k == "properties":
            out[k] = {name: strip(sub) for name, sub in v.items()}
        else:
            out[k] = strip(v)
    if out.get("format") == "int32":
        out["minimum"] = -2**31
        out["maximum"] = 2**31 - 1
    return out


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared")
    src = os.path.join(shared, "reference", "k8s-schema", "v1.31.0")
    for kind in ("pod", "configmap", "secret"):
        with open(os.path.join(src, kind + "-v1.json")) as f:
            schema = strip(json.load(f))
        top = ["apiVersion", "kind", "metadata"] + (["spec"] if kind == "pod" else [])
        schema["required"] = top
        schema["properties"]["metadata"].setdefault("required", []).append("name")
        # apiVersion/kind are "string or null" upstream; null is not a usable value.
        schema["properties"]["apiVersion"]["type"] = "string"
        schema["properties"]["kind"]["type"] = "string"
        dst = os.path.join(root, "schemas", kind + "-v1.json")
        with open(dst, "w") as f:
            json.dump(schema, f, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        print("wrote", os.path.relpath(dst, root), os.path.getsize(dst), "bytes")


if __name__ == "__main__":
    main()
