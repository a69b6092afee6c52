/** The archive's gazetteer, built once from the bundled data files. */
import rows from '../data/gazetteer.json' with { type: 'json' };
import extra from '../data/gazetteer-extra.json' with { type: 'json' };
import { Gazetteer, type Division, type GazetteerExtra } from './gazetteer.ts';

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
  instance ??= new Gazetteer(divisionsFromRows(rows.divisions), extra as GazetteerExtra);
  return instance;
}
