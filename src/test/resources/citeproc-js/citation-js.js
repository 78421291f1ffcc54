// Reads an export back with citation-js, as reference managers built on it do, into CSL-JSON.
// node citation-js.js FILE  (prints a JSON array of CSL items)
const path = require('path');
const modules = process.env.CITATION_JS;
const { Cite } = require(path.join(modules, '@citation-js/core'));
require(path.join(modules, '@citation-js/plugin-bibtex'));
require(path.join(modules, '@citation-js/plugin-ris'));
const data = new Cite(require('fs').readFileSync(process.argv[2], 'utf8')).data;
for (const item of data) delete item._graph;
process.stdout.write(JSON.stringify(data));
