#!/usr/bin/env node
// Peer validator for bench/validate/run.sh: what a Node user would write with
// ajv + js-yaml against the same strict (kubeconform-style) schemas podrun uses
// as its compatibility oracle. Single process, one document at a time.
//
// usage: node peer.js SCHEMA_DIR CORPUS_DIR [--verdicts]
//   SCHEMA_DIR  holds {pod,configmap,secret}-v1.json
//   --verdicts  also print "file<TAB>doc<TAB>kind<TAB>name<TAB>valid|invalid" per document
// Prints "N documents: V valid, I invalid" last.
'use strict';
const fs = require('fs');
const path = require('path');
// Packages live in .peer/node_modules (installed by run.sh), not beside this file.
const peerRequire = require('module').createRequire(
  path.join(process.env.PEER_DIR || path.join(__dirname, '.peer'), 'package.json'));
const Ajv = peerRequire('ajv');
const addFormats = peerRequire('ajv-formats');
const yaml = peerRequire('js-yaml');

const [schemaDir, corpusDir] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const verdicts = process.argv.includes('--verdicts');
if (!schemaDir || !corpusDir) {
  console.error('usage: node peer.js SCHEMA_DIR CORPUS_DIR [--verdicts]');
  process.exit(2);
}

// strict:false because the schemas carry x-kubernetes-* keywords; allErrors so
// ajv does the same full walk a linter reporting every error has to do.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);  // int32, int64, date-time, byte: the formats these schemas use
const validators = {};
for (const kind of ['Pod', 'ConfigMap', 'Secret']) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, kind.toLowerCase() + '-v1.json'), 'utf8'));
  delete schema.$schema;  // "http://json-schema.org/schema#" is unknown to ajv
  validators[kind] = ajv.compile(schema);
}

// Sorted so the order (and --verdicts output) is deterministic.
const files = fs.readdirSync(corpusDir, { recursive: true })
  .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')).sort();

let n = 0, valid = 0;
for (const file of files) {
  let docs;
  try {
    docs = yaml.loadAll(fs.readFileSync(path.join(corpusDir, file), 'utf8'));
  } catch (e) {
    docs = [undefined];  // unparsable file: one invalid document
  }
  docs.filter((d) => d !== null).forEach((doc, i) => {  // null = empty document
    const v = doc && validators[doc.kind];
    const ok = Boolean(v && v(doc));
    n++;
    if (ok) valid++;
    if (verdicts) {
      const name = (doc && doc.metadata && doc.metadata.name) || '';
      console.log([file, i, (doc && doc.kind) || '', name, ok ? 'valid' : 'invalid'].join('\t'));
    }
  });
}
console.log(`${n} documents: ${valid} valid, ${n - valid} invalid`);
