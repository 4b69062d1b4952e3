// Rough centres (latitude, longitude) of the countries our locales place addresses in, so a
// record's coordinates lie in its country as a US record's lie in its state. Faker's locale
// data has no coordinates.
export const COUNTRY_CENTRES: Readonly<Record<string, readonly [number, number]>> = {
  AT: [47.6, 14.1], AU: [-25.3, 133.8], BE: [50.6, 4.6], BR: [-10.8, -52.9], CA: [56.1, -106.3],
  CH: [46.8, 8.2], CN: [35.9, 104.2], CZ: [49.8, 15.5], DE: [51.2, 10.4], DK: [56.2, 9.5],
  ES: [40.2, -3.6], FI: [64.0, 26.0], FR: [46.6, 2.4], GB: [53.0, -1.8], GH: [7.9, -1.0],
  HR: [45.1, 15.2], HU: [47.2, 19.5], ID: [-2.5, 118.0], IL: [31.0, 34.9], IN: [22.0, 79.0],
  IR: [32.4, 53.7], IT: [42.8, 12.6], JP: [36.2, 138.3], KR: [36.5, 127.9], LU: [49.8, 6.1],
  LV: [56.9, 24.6], MK: [41.6, 21.7], MX: [23.6, -102.6], NG: [9.1, 8.7], NL: [52.1, 5.3],
  NO: [61.0, 8.5], NP: [28.4, 84.1], PL: [52.0, 19.1], PT: [39.6, -8.0], RO: [45.9, 25.0],
  RS: [44.0, 20.9], RU: [56.0, 38.0], SE: [62.0, 15.0], SK: [48.7, 19.7], SN: [14.5, -14.5],
  TH: [15.9, 101.0], TR: [39.0, 35.2], TW: [23.7, 121.0], UA: [48.4, 31.2],
  VN: [14.1, 108.3], ZA: [-30.6, 22.9],
};
