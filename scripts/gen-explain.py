#!/usr/bin/env python3
"""Derives the data of `podrun explain` (schemas/explain/v1.31.json, v1.35.json) from the
upstream Kubernetes OpenAPI v3 documents.

usage: scripts/gen-explain.py [--check] [SHARED_DIR]   (default: ../shared next to the project)
  --check: write nothing; fail when the committed files differ from what the documents give
           (exit 77, skipped, when the documents are not at hand)

The OpenAPI documents (SHARED_DIR/reference/k8s-schema/v1.*/source/*.json, several MB each) are
not part of the repository and not at hand on a user's machine, so podrun carries what explain
prints, and only that: for each type reachable from the kinds below, its description and its
fields, each with the type name kubectl explain shows, its description, whether it is required,
its enum values (none of these documents has any yet: the values are in the descriptions) and
the type it refers to (to walk a dotted path). Minified, one-letter keys:

  {"kinds": {KIND: {"g": GROUP, "v": VERSION, "t": TYPE}},
   "types": {TYPE: {"d": DESCRIPTION, "f": [{"n": NAME, "t": SHOWN_TYPE, "r": TYPE, "q": 1,
                                            "e": [ENUM...], "d": DESCRIPTION}]}}}

TYPE is the last part of the OpenAPI name (PodSpec, Quantity), as kubectl shows it; the script
fails if two reachable types share it. "r", "q", "e" and "f" are left out when empty. The shown
type follows kubectl explain's OpenAPI v3 template (typeGuess): []X for arrays, map[string]X
for maps, the referred type's name for objects and for types with no JSON type (Quantity,
IntOrString), and the JSON type of a referred primitive (Time shows as string).
"""
import json
import os
import sys

# (version, OpenAPI document, kinds) explain knows. v1.31's data is the core group only: it is
# the version podrun's built-in schemas come from, and it runs Pods, ConfigMaps, Secrets and
# Namespaces. v1.35 adds the workload kinds, so that explain can say what a Deployment's fields
# are (and that podrun does not run Deployments).
VERSIONS = {
    "1.31": [("v1.31.0/source/api__v1_openapi.json", ["Pod", "ConfigMap", "Secret", "Namespace"])],
    "1.35": [
        ("v1.35.0/source/api__v1_openapi.json", ["Pod", "ConfigMap", "Secret", "Namespace", "Service"]),
        ("v1.35.0/source/apis__apps__v1_openapi.json", ["Deployment", "DaemonSet", "StatefulSet"]),
        ("v1.35.0/source/apis__batch__v1_openapi.json", ["Job", "CronJob"]),
        ("v1.35.0/source/apis__networking.k8s.io__v1_openapi.json", ["NetworkPolicy"]),
    ],
}

REF_PREFIX = "#/components/schemas/"


def short(ref_or_name):
    return ref_or_name.rsplit("/", 1)[-1].rsplit(".", 1)[-1]


def single_ref(node):
    """The $ref a node stands for: its own, or that of a lone allOf without properties."""
    if "$ref" in node:
        return node["$ref"][len(REF_PREFIX):]
    if "properties" not in node and len(node.get("allOf", [])) == 1:
        return single_ref(node["allOf"][0])
    return None


def type_guess(node, schemas):
    if "items" in node:
        return "[]" + type_guess(node["items"], schemas)
    if isinstance(node.get("additionalProperties"), dict):
        return "map[string]" + type_guess(node["additionalProperties"], schemas)
    ref = single_ref(node)
    if ref is not None:
        target = schemas.get(ref, {})
        if target.get("type", "object") == "object":
            return short(ref) or "Object"
        return target["type"]
    return node.get("type", "Object")


def element_ref(node):
    """The type a path walks into from this field: through arrays and maps, as kubectl does."""
    while True:
        if "items" in node:
            node = node["items"]
        elif isinstance(node.get("additionalProperties"), dict):
            node = node["additionalProperties"]
        else:
            return single_ref(node)


def build(shared, entries):
    schemas = {}
    kinds = {}
    for rel, wanted in entries:
        with open(os.path.join(shared, "reference/k8s-schema", rel)) as f:
            doc = json.load(f)["components"]["schemas"]
        for name, schema in doc.items():
            # The documents of one release repeat the core and meta types: they must agree.
            if name in schemas and schemas[name] != schema:
                sys.exit(f"gen-explain: {name} differs between the documents of {rel}")
            schemas[name] = schema
        for kind in wanted:
            found = [n for n, s in doc.items()
                     if any(g["kind"] == kind for g in s.get("x-kubernetes-group-version-kind", []))
                     and n.rsplit(".", 1)[-1] == kind]
            if len(found) != 1:
                sys.exit(f"gen-explain: kind {kind} found {len(found)} times in {rel}")
            gvk = next(g for g in doc[found[0]]["x-kubernetes-group-version-kind"] if g["kind"] == kind)
            kinds[kind] = {"g": gvk["group"], "v": gvk["version"], "t": found[0]}

    # Every type reachable from the kinds, through fields, arrays, maps and allOf.
    reachable = []
    seen = set()

    def visit(name):
        if name in seen:
            return
        if name not in schemas:
            sys.exit(f"gen-explain: {name} is referred to but not defined")
        seen.add(name)
        reachable.append(name)
        for field in schemas[name].get("properties", {}).values():
            ref = element_ref(field)
            if ref is not None:
                visit(ref)
            elif "properties" in field:
                sys.exit(f"gen-explain: {name} has an inline object field; explain cannot name its type")

    for k in kinds.values():
        visit(k["t"])

    names = {}
    for name in reachable:
        if short(name) in names:
            sys.exit(f"gen-explain: {name} and {names[short(name)]} would share the name {short(name)}")
        names[short(name)] = name

    types = {}
    for name in sorted(reachable, key=short):
        schema = schemas[name]
        entry = {"d": schema.get("description", "")}
        required = set(schema.get("required", []))
        fields = []
        for fname in sorted(schema.get("properties", {})):
            node = schema["properties"][fname]
            f = {"n": fname, "t": type_guess(node, schemas)}
            ref = element_ref(node)
            if ref is not None:
                f["r"] = short(ref)
            if fname in required:
                f["q"] = 1
            enum = node.get("enum") or node.get("items", {}).get("enum")
            if enum:
                f["e"] = enum
            f["d"] = node.get("description", "")
            fields.append(f)
        if fields:
            entry["f"] = fields
        types[short(name)] = entry
    return {"kinds": {k: dict(v, t=short(v["t"])) for k, v in sorted(kinds.items())}, "types": types}


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    here = os.path.dirname(os.path.abspath(__file__))
    project = os.path.dirname(here)
    shared = args[0] if args else os.path.join(project, "..", "shared")
    if check and not os.path.isdir(os.path.join(shared, "reference/k8s-schema")):
        print(f"gen-explain: {shared}/reference/k8s-schema is not here: not checked")
        sys.exit(77)
    out_dir = os.path.join(project, "schemas", "explain")
    os.makedirs(out_dir, exist_ok=True)
    stale = []
    for version, entries in VERSIONS.items():
        data = build(shared, entries)
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n"
        path = os.path.join(out_dir, f"v{version}.json")
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    stale.append(path)
            continue
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{path}: {len(data['kinds'])} kinds, {len(data['types'])} types, {os.path.getsize(path)} bytes")
    if stale:
        sys.exit("gen-explain: differs from the OpenAPI documents (run scripts/gen-explain.py): " + ", ".join(stale))


if __name__ == "__main__":
    main()
