// Renders citations with citeproc-js, the processor Zotero uses, for comparison with magicref's.
// node render.js STYLE.csl LOCALE.xml ITEMS.json CITATIONS.json  (prints a JSON array of strings)
// Each citation is rendered by a fresh engine, as a one-shot `magicref cite` renders it; with
// "bibliography" for CITATIONS.json, the bibliography of every item instead; with SEQUENCE.json
// and a fifth argument "sequence", the citations as the notes of one paper, in order.
const fs = require('fs');
const CSL = require(process.env.CITEPROC_JS || 'citeproc');
const [style, locale, itemsFile, citationsFile] = process.argv.slice(2);
const items = {};
for (const item of JSON.parse(fs.readFileSync(itemsFile, 'utf8'))) items[item.id] = item;
const sys = { retrieveLocale: () => fs.readFileSync(locale, 'utf8'), retrieveItem: id => items[id] };
const styleXml = fs.readFileSync(style, 'utf8');
if (citationsFile === 'bibliography') {
  const engine = new CSL.Engine(sys, styleXml);
  engine.setOutputFormat('text');
  engine.updateItems(Object.keys(items));
  process.stdout.write(JSON.stringify(engine.makeBibliography()[1].map(e => e.trim())));
  process.exit(0);
}
if (process.argv[6] === 'sequence') {
  const engine = new CSL.Engine(sys, styleXml);
  engine.setOutputFormat('text');
  engine.updateItems(Object.keys(items));
  const pre = [];
  const notes = [];
  JSON.parse(fs.readFileSync(citationsFile, 'utf8')).forEach((c, i) => {
    const cited = { id: c.id, locator: c.locator, label: 'page' };
    const citation = { citationID: 'n' + i, citationItems: [cited], properties: { noteIndex: i + 1 } };
    const result = engine.processCitationCluster(citation, pre.slice(), []);
    for (const [index, text] of result[1]) notes[index] = text;
    pre.push(['n' + i, i + 1]);
  });
  process.stdout.write(JSON.stringify(notes));
  process.exit(0);
}
const out = [];
for (const c of JSON.parse(fs.readFileSync(citationsFile, 'utf8'))) {
  const engine = new CSL.Engine(sys, styleXml);
  engine.setOutputFormat('text');
  engine.updateItems(Object.keys(items));
  const cited = { id: c.id };
  if (c.locator) { cited.locator = c.locator; cited.label = 'page'; }
  const result = engine.processCitationCluster({ citationItems: [cited], properties: { noteIndex: 1 } }, [], []);
  out.push(result[1][0][1]);
}
process.stdout.write(JSON.stringify(out));
