#!/usr/bin/env node
// Validates SARIF logs against the SARIF 2.1.0 JSON schema that @microsoft/jest-sarif ships, using ajv
// (pinned in package.json here). Usage: validate-sarif.js FILE...; exit 0 when every file is valid.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const schemaPath = path.join(__dirname, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas',
                             'sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
// The SARIF schema is written in JSON Schema draft-04, which ajv 6 supports through its bundled meta-schema.
const ajv = new Ajv({schemaId: 'id', allErrors: true, meta: false});
ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
const validate = ajv.compile(schema);

let failed = false;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(log)) {
    console.log(`${file}: valid SARIF 2.1.0`);
  } else {
    failed = true;
    console.log(`${file}: invalid SARIF 2.1.0`);
    for (const error of validate.errors) console.log(`  ${error.dataPath || '/'} ${error.message}`);
  }
}
process.exit(failed || process.argv.length < 3 ? 1 : 0);
