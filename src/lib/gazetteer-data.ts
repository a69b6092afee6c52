/** The archive's gazetteer, built once from the bundled data files. */
import rows from '../data/gazetteer.json' with { type: 'json' };
import extra from '../data/gazetteer-extra.json' with { type: 'json' };
import townshipRows from '../data/gazetteer-townships.json' with { type: 'json' };
import { Gazetteer, type Division, type GazetteerExtra } from './gazetteer.ts';
import { townshipDivisions } from './gazetteer-dataset.ts';

export function divisionsFromRows(list: string[][]): Division[] {
  return list.map(([code, name, parent]) => ({
    code: code!,
    name: name!,
    // Counties never end in 00; a division with a parent and a 00 ending is a prefecture.
    level: !parent ? 'province' : code!.endsWith('00') ? 'prefecture' : 'county',
    ...(parent ? { parent } : {}),
  }));
}

let instance: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  // The township file is parsed with the module (one string per county, a few milliseconds); its
  // ~38,600 divisions are made and indexed only when a township is first asked for.
  instance ??= new Gazetteer(divisionsFromRows(rows.divisions), extra as GazetteerExtra, () => townshipDivisions(townshipRows.counties));
  return instance;
}
