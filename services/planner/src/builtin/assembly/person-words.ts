import { singular } from '../prompt/inflection.js';

// Nouns for roles people play end in -er, -or, -ist, -ant, -ee or -ian (trainers, dentists,
// attendees); the few things with those endings that a prompt is likely to name are listed.
const PERSON_ENDINGS = /(er|or|ist|ant|ent|ee|ian)$/;
const THINGS = new Set([
  'order', 'folder', 'container', 'computer', 'printer', 'server', 'charger', 'locker', 'trailer',
  'register', 'meter', 'sensor', 'monitor', 'router', 'motor', 'elevator', 'generator', 'reactor',
  'tractor', 'calculator', 'vendor', 'counter', 'filter', 'letter', 'paper', 'poster', 'flyer',
  'banner', 'layer', 'cluster', 'parameter', 'chapter', 'quarter', 'voucher', 'invoice', 'plant',
  'restaurant', 'event', 'incident', 'error', 'door', 'floor', 'color', 'sector', 'factor', 'vector', 'indicator', 'connector',
]);

// Nouns made from verbs with -ment name acts and things (treatments, settlements), never people.
const ACTS = /ment$/;

export function looksLikePerson(datasetName: string): boolean {
  const noun = singular(datasetName.split('_').at(-1) ?? datasetName);
  return PERSON_ENDINGS.test(noun) && !ACTS.test(noun) && !THINGS.has(noun);
}
