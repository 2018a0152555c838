#!/usr/bin/env python3
"""Derives podrun's schemas (schemas/*.json) from the upstream strict Kubernetes schemas.

usage: scripts/gen-schemas.py [SHARED_DIR]   (default: ../shared next to the project)

For each Kubernetes version podrun targets (VERSIONS: 1.31 and 1.35, `--kubernetes-version`),
schemas/v<version>/ holds a strict subset of that version's upstream standalone-strict schemas:
  - documentation and extension keywords are dropped ($schema, description, x-kubernetes-*,
    discriminator unions): they do not constrain anything and make the file 4x larger;
  - `format: int32` becomes minimum/maximum, because valijson ignores that format and
    Kubernetes rejects out-of-range int32 values;
  - apiVersion, kind, metadata (and spec for Pod) are required at the top: Kubernetes rejects
    an object without them ("apiVersion not set"), the upstream schema does not;
  - metadata.name is required: podrun does not generate names.
Everything podrun accepts is therefore accepted by the upstream schema (tests check it).
The Namespace schema, which upstream does not ship as a file, is derived from the OpenAPI
document the same way (from_openapi). schemas/pod-fields-since.json lists the Pod fields newer
than the oldest version, with the release that added each (SINCE). Each schema is written twice: inlined (<kind>-v1.json, what podrun's schema walkers read) and
compact (<kind>-v1.compact.json, repeated subschemas as $ref: what valijson compiles).
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


def dedupe(schema, min_size=200):
    """The same schema with every repeated object subschema moved to `definitions` and
    referred to by `$ref`. The upstream files inline every reference (the Container schema
    appears three times, probes nine times...), which makes valijson compile the same
    subschema over and over: this compact form compiles about ten times faster. The inlined
    form stays the one podrun's own schema walkers and docs read."""
    canon = {}

    def key(node):
        return json.dumps(node, sort_keys=True, separators=(",", ":"))

    counts = {}

    def count(node):
        if isinstance(node, dict):
            for v in node.values():
                count(v)
            if "properties" in node:
                k = key(node)
                if len(k) >= min_size:
                    counts[k] = counts.get(k, 0) + 1
        elif isinstance(node, list):
            for v in node:
                count(v)

    count(schema)
    definitions, names = {}, {}

    def replace(node, top=False):
        if isinstance(node, list):
            return [replace(v) for v in node]
        if not isinstance(node, dict):
            return node
        k = key(node) if "properties" in node else None
        if not top and k is not None and counts.get(k, 0) >= 2:
            if k not in names:
                names[k] = "d%d" % len(names)
                definitions[names[k]] = None  # reserve the name before recursing
                definitions[names[k]] = {kk: (replace(vv) if kk != "properties" else {pn: replace(pv) for pn, pv in vv.items()})
                                         for kk, vv in node.items()}
            return {"$ref": "#/definitions/" + names[k]}
        out = {}
        for kk, vv in node.items():
            out[kk] = {pn: replace(pv) for pn, pv in vv.items()} if kk == "properties" else replace(vv)
        return out

    out = replace(schema, top=True)
    if definitions:
        out["definitions"] = definitions
    return out


def from_openapi(openapi, name, api_version, kind, metadata):
    """A standalone-strict schema, as the upstream files are made, for a kind they do not ship
    (Namespace): the OpenAPI component `name` with every $ref (and allOf: [$ref]) inlined,
    `additionalProperties: false` on each object with properties, values nullable but the top.
    metadata (ObjectMeta) is the one of podrun's other schemas, so that it is checked the same."""
    components = openapi["components"]["schemas"]

    def resolve(node, top=False):
        if isinstance(node, list):
            return [resolve(x) for x in node]
        if not isinstance(node, dict):
            return node
        node = dict(node)
        if "allOf" in node and len(node["allOf"]) == 1:
            node.update(node.pop("allOf")[0])
        if "$ref" in node:
            ref = components[node.pop("$ref").split("/")[-1]]
            node = {**ref, **{k: v for k, v in node.items() if k not in ("default",)}}
        out = {}
        for k, v in node.items():
            if k == "properties":
                out[k] = {pn: resolve(pv) for pn, pv in v.items()}
            elif k in ("items", "additionalProperties"):
                out[k] = resolve(v)
            elif k == "default":
                continue
            else:
                out[k] = v
        if "properties" in out:
            out.setdefault("additionalProperties", False)
        if not top and isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        return out

    schema = resolve(components[name], top=True)
    schema["properties"]["apiVersion"] = {"type": "string", "enum": [api_version]}
    schema["properties"]["kind"] = {"type": "string", "enum": [kind]}
    schema["properties"]["metadata"] = metadata
    return schema


# The Kubernetes versions podrun validates against (--kubernetes-version), newest last: the
# default. Each has its upstream directory under shared/reference/k8s-schema/.
VERSIONS = {"1.31": "v1.31.0", "1.35": "v1.35.0"}

# The release that first served each Pod field newer than the oldest version above (from the
# Kubernetes changelogs and KEPs: the alpha release, when the API server started to accept the
# field, even if a feature gate must be on for it to do anything). The generator fails when a
# field appears that this table does not date, so a new version is dated field by field.
SINCE = {
    "spec.resources": "1.32",  # KEP-2837 pod-level resources, alpha in 1.32
    "spec.securityContext.seLinuxChangePolicy": "1.32",  # KEP-1710
    "spec.containers[].lifecycle.stopSignal": "1.33",  # KEP-4960 container stop signals
    "spec.containers[].restartPolicyRules": "1.34",  # KEP-5307 container restart rules
    "spec.containers[].env[].valueFrom.fileKeyRef": "1.34",  # KEP-3721 env from files
    "spec.hostnameOverride": "1.34",  # KEP-4762
    "spec.volumes[].projected.sources[].podCertificate": "1.34",  # KEP-4317 pod certificates
    "spec.workloadRef": "1.35",  # KEP-4671 gang scheduling (Workload API)
    "status": "1.33",  # status fields (observedGeneration, allocatedResources, ...): written by the kubelet
}


def field_paths(node, prefix, out, depth=0):
    """Every field path of a schema, normalised as podrun's field table writes them: list items
    as [], initContainers and ephemeralContainers as containers."""
    if depth > 40 or not isinstance(node, dict):
        return
    for name, sub in node.get("properties", {}).items():
        path = (prefix + "." if prefix else "") + name
        path = path.replace("spec.initContainers", "spec.containers").replace("spec.ephemeralContainers", "spec.containers")
        out.add(path)
        field_paths(sub, path, out, depth + 1)
    if isinstance(node.get("items"), dict):
        field_paths(node["items"], prefix + "[]", out, depth + 1)
    if isinstance(node.get("additionalProperties"), dict):
        field_paths(node["additionalProperties"], prefix, out, depth + 1)


def since(path):
    parts = path
    while parts:
        if parts in SINCE:
            return SINCE[parts]
        cut = max(parts.rfind("."), parts.rfind("["))
        parts = parts[:cut] if cut > 0 else ""
    raise SystemExit("gen-schemas: no release known for the new field %s: add it to SINCE" % path)


def write_schema(root, version, kind, schema):
    os.makedirs(os.path.join(root, "schemas", "v" + version), exist_ok=True)
    for suffix, doc in (("", schema), (".compact", dedupe(schema))):
        dst = os.path.join(root, "schemas", "v" + version, kind + "-v1" + suffix + ".json")
        with open(dst, "w") as f:
            json.dump(doc, f, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        print("wrote", os.path.relpath(dst, root), os.path.getsize(dst), "bytes")


def generate(root, shared, version):
    src = os.path.join(shared, "reference", "k8s-schema", VERSIONS[version])
    schemas = {}
    for kind in ("pod", "configmap", "secret"):
        with open(os.path.join(src, kind + "-v1.json")) as f:
            schema = strip(json.load(f))
        top = ["apiVersion", "kind", "metadata"] + (["spec"] if kind == "pod" else [])
        schema["required"] = top
        schema["properties"]["metadata"].setdefault("required", []).append("name")
        # apiVersion/kind are "string or null" upstream; null is not a usable value.
        schema["properties"]["apiVersion"]["type"] = "string"
        schema["properties"]["kind"]["type"] = "string"
        write_schema(root, version, kind, schema)
        schemas[kind] = schema
        if kind == "configmap":
            metadata = schema["properties"]["metadata"]
    # Namespace: no upstream standalone file; derived from the OpenAPI document the same way.
    with open(os.path.join(src, "source", "api__v1_openapi.json")) as f:
        openapi = json.load(f)
    schema = strip(from_openapi(openapi, "io.k8s.api.core.v1.Namespace", "v1", "Namespace", metadata))
    schema["required"] = ["apiVersion", "kind", "metadata"]
    write_schema(root, version, "namespace", schema)
    # The workload kinds podrun's controllers run, and Services (1.35's, for every target: their pod
    # template is checked as a Pod of the target's own schema, with the template's positions,
    # so the template is only "an object" here and its errors are reported once).
    if version == max(VERSIONS, key=lambda v: tuple(map(int, v.split(".")))):
        for kind, upstream in (("deployment", "deployment-apps-v1.json"), ("job", "job-batch-v1.json"),
                               ("daemonset", "daemonset-apps-v1.json"), ("statefulset", "statefulset-apps-v1.json")):
            with open(os.path.join(src, upstream)) as f:
                schema = strip(json.load(f))
            schema["required"] = ["apiVersion", "kind", "metadata", "spec"]
            schema["properties"]["metadata"] = metadata
            schema["properties"]["apiVersion"]["type"] = "string"
            schema["properties"]["kind"]["type"] = "string"
            template = schema["properties"]["spec"]["properties"]["template"]
            template["properties"]["metadata"] = {"type": ["object", "null"]}
            template["properties"]["spec"] = {"type": ["object", "null"]}
            schema["properties"].pop("status", None)  # written by the controllers, never applied
            write_schema(root, version, kind, schema)
        # CronJob: its jobTemplate is checked as a Job (loader.cc), so it is only "an object" here.
        with open(os.path.join(src, "cronjob-batch-v1.json")) as f:
            schema = strip(json.load(f))
        schema["required"] = ["apiVersion", "kind", "metadata", "spec"]
        schema["properties"]["metadata"] = metadata
        schema["properties"]["apiVersion"]["type"] = "string"
        schema["properties"]["kind"]["type"] = "string"
        schema["properties"]["spec"]["properties"]["jobTemplate"] = {"type": ["object", "null"]}
        schema["properties"].pop("status", None)
        write_schema(root, version, "cronjob", schema)
        # Services and NetworkPolicies: whole, but for the status the controllers write.
        for kind, upstream, required in (("service", "service-v1.json", ["apiVersion", "kind", "metadata"]),
                                         ("networkpolicy", "networkpolicy-networking-v1.json",
                                          ["apiVersion", "kind", "metadata", "spec"])):
            with open(os.path.join(src, upstream)) as f:
                schema = strip(json.load(f))
            schema["required"] = required
            schema["properties"]["metadata"] = metadata
            schema["properties"]["apiVersion"]["type"] = "string"
            schema["properties"]["kind"]["type"] = "string"
            schema["properties"].pop("status", None)
            write_schema(root, version, kind, schema)
    return schemas


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared")
    pods = {}
    for version in VERSIONS:
        pods[version] = generate(root, shared, version)["pod"]
    # The Pod fields each version added over the oldest, with the release that added them:
    # what lets `--kubernetes-version 1.31` say "new in Kubernetes 1.34" of an unknown field.
    oldest = set()
    field_paths(pods[min(VERSIONS, key=lambda v: tuple(map(int, v.split("."))))], "", oldest)
    added = {}
    for version, pod in pods.items():
        paths = set()
        field_paths(pod, "", paths)
        for p in sorted(paths - oldest):
            added[p] = since(p)
    dst = os.path.join(root, "schemas", "pod-fields-since.json")
    with open(dst, "w") as f:
        json.dump(added, f, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print("wrote", os.path.relpath(dst, root), len(added), "fields")


if __name__ == "__main__":
    main()
