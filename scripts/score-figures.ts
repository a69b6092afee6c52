/** npm run figures:score: the extractor's precision and recall on the labelled set, per key (docs/figures.md). */
import { scoreFigures } from '../src/lib/figures/score.ts';
import { scoredSets } from '../tests/figures-labelled.ts';

const { labels, extracted } = scoredSets();
const { all, perKey } = scoreFigures(labels, extracted);
const pct = (x: number) => x.toFixed(3);
console.log('| key | labelled | extracted | correct | precision | recall |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [k, s] of Object.entries(perKey)) console.log(`| ${k} | ${s.labelled} | ${s.extracted} | ${s.correct} | ${pct(s.precision)} | ${pct(s.recall)} |`);
console.log(`| **all** | ${all.labelled} | ${all.extracted} | ${all.correct} | ${pct(all.precision)} | ${pct(all.recall)} |`);
if (all.wrong.length) console.log(`\nwrong (extracted, not labelled):\n${all.wrong.map((w) => `  ${w}`).join('\n')}`);
if (all.missed.length) console.log(`\nmissed (labelled, not extracted):\n${all.missed.map((w) => `  ${w}`).join('\n')}`);
