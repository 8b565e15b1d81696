#!/usr/bin/env python3
"""Checks factrec's JSON output against the schemas in docs/schema/.

  check_json.py --schemas DIR --kind scan|solve|reconcile --version V [--jsonl] [--exit N ...]
                [--mutate] (--file PATH | -- COMMAND ...)

Runs COMMAND (or reads PATH, '-' for standard input), requires one of the exit statuses given
(default 0), strict UTF-8, JSON with no key twice, "factrec" equal to V and the document valid
against DIR/KIND.schema.json. With --jsonl every line is one scan mention. With --mutate it
then spoils the valid document in ways a reader would notice (an unknown member at the top and
deep inside, a required member removed, another schema number) and requires the
schema to reject each: a schema that accepts anything would pass nothing here.
Needs Debian's python3-jsonschema (4.10 or later), listed in scripts/packages.txt.
"""
import argparse
import copy
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("check_json.py: python3-jsonschema is not installed (see scripts/packages.txt)")


def fail(message):
    sys.exit("check_json.py: " + message)


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            fail("key %r given twice in one object" % key)
        seen[key] = value
    return seen


def validator_for(schema_dir, kind):
    """(root schema, a function that validates a document against a schema and lists the errors)."""
    store = {}
    for name in ("scan", "solve", "reconcile"):
        with open("%s/%s.schema.json" % (schema_dir, name), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        store[schema["$id"]] = schema
    root = store["urn:factrec:schema:" + kind]
    try:
        # jsonschema 4.18 and later resolve $ref through a registry (the referencing package).
        import referencing
        import referencing.jsonschema

        registry = referencing.Registry().with_resources(
            (uri, referencing.Resource.from_contents(schema, default_specification=referencing.jsonschema.DRAFT202012))
            for uri, schema in store.items())

        def errors_of(document, schema):
            v = jsonschema.Draft202012Validator(schema, registry=registry)
            return sorted(v.iter_errors(document), key=lambda e: list(e.absolute_path))
    except ImportError:
        # Debian 12's jsonschema 4.10 has RefResolver, deprecated since.
        resolver = jsonschema.RefResolver.from_schema(root, store=store)

        def errors_of(document, schema):
            v = jsonschema.Draft202012Validator(schema, resolver=resolver)
            return sorted(v.iter_errors(document), key=lambda e: list(e.absolute_path))
    return root, errors_of


def describe(errors):
    return "\n".join("  at /%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message[:300])
                     for e in errors[:10])


def first_object_inside(value, depth=0):
    """The path to an object nested inside the document (in an array of objects), or None."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, list) and item and isinstance(item[0], dict):
                return [key, 0]
        for key, item in value.items():
            inner = first_object_inside(item, depth + 1)
            if inner:
                return [key] + inner
    return None


def at(document, path):
    for step in path:
        document = document[step]
    return document


def spoilt_copies(document):
    """(what, spoilt document) pairs; each must fail validation."""
    out = []
    top = copy.deepcopy(document)
    top["unexpected_member"] = True
    out.append(("an unknown member at the top", top))
    path = first_object_inside(document)
    if path is None:
        fail("the document has no nested object to spoil: the output is too small to show anything")
    inner = copy.deepcopy(document)
    at(inner, path)["unexpected_member"] = 1
    out.append(("an unknown member at /%s" % "/".join(map(str, path)), inner))
    missing = copy.deepcopy(document)
    key = next(iter(at(missing, path)))
    del at(missing, path)[key]
    out.append(("/%s without its %r" % ("/".join(map(str, path)), key), missing))
    unversioned = copy.deepcopy(document)
    unversioned["schema"] = 2
    out.append(("schema 2", unversioned))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schemas", required=True)
    parser.add_argument("--kind", required=True, choices=["scan", "solve", "reconcile"])
    parser.add_argument("--version", required=True)
    parser.add_argument("--jsonl", action="store_true")
    parser.add_argument("--exit", type=int, action="append")
    parser.add_argument("--mutate", action="store_true")
    parser.add_argument("--file")
    parser.add_argument("command", nargs="*")
    args = parser.parse_args()

    if args.file:
        data = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()
    else:
        if not args.command:
            fail("give --file or a command after --")
        run = subprocess.run(args.command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        sys.stderr.write(run.stderr.decode("utf-8", "replace"))
        allowed = args.exit or [0]
        if run.returncode not in allowed:
            fail("exit status %d, expected %s" % (run.returncode, " or ".join(map(str, allowed))))
        data = run.stdout
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail("the output is not UTF-8: %s" % e)
    if not text.strip():
        fail("the output is empty")

    root, errors_of = validator_for(args.schemas, args.kind)
    if args.jsonl:
        schema = {"$ref": "urn:factrec:schema:scan#/$defs/mention"}
        lines = text.splitlines()
        for number, line in enumerate(lines, 1):
            errors = errors_of(json.loads(line, object_pairs_hook=no_duplicates), schema)
            if errors:
                fail("line %d does not match the mention schema:\n%s" % (number, describe(errors)))
        print("%d jsonl lines match the %s schema" % (len(lines), args.kind))
        return

    document = json.loads(text, object_pairs_hook=no_duplicates)
    errors = errors_of(document, root)
    if errors:
        fail("the output does not match %s.schema.json:\n%s" % (args.kind, describe(errors)))
    if document.get("factrec") != args.version:
        fail("\"factrec\" is %r, expected %r" % (document.get("factrec"), args.version))
    if args.mutate:
        for what, spoilt in spoilt_copies(document):
            if not errors_of(spoilt, root):
                fail("the %s schema accepts the output with %s" % (args.kind, what))
    print("the output matches the %s schema%s" % (args.kind, " and spoilt copies do not" if args.mutate else ""))


if __name__ == "__main__":
    main()
