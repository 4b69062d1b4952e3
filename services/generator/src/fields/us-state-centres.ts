// Faker knows US states and their zip ranges but not where they lie or how many live there.
// Approximate geographic centres (latitude, longitude) and 2020 populations in millions let an
// address place its coordinates inside its own state and pick states as often as people live
// there.
export const US_STATE_CENTRES: Readonly<Record<string, readonly [latitude: number, longitude: number, millions: number]>> = {
  AL: [32.8, -86.8, 5.0], AK: [61.4, -150.0, 0.7], AZ: [34.2, -111.7, 7.2], AR: [34.9, -92.4, 3.0],
  CA: [37.2, -119.5, 39.5], CO: [39.0, -105.5, 5.8], CT: [41.6, -72.7, 3.6], DE: [39.0, -75.5, 1.0],
  FL: [28.6, -82.4, 21.5], GA: [32.7, -83.4, 10.7], HI: [20.8, -156.3, 1.5], ID: [44.4, -114.6, 1.8],
  IL: [40.0, -89.2, 12.8], IN: [39.9, -86.3, 6.8], IA: [42.1, -93.5, 3.2], KS: [38.5, -98.4, 2.9],
  KY: [37.5, -85.3, 4.5], LA: [31.1, -92.0, 4.7], ME: [45.4, -69.2, 1.4], MD: [39.0, -76.8, 6.2],
  MA: [42.3, -71.8, 7.0], MI: [44.3, -85.4, 10.1], MN: [46.3, -94.3, 5.7], MS: [32.7, -89.7, 3.0],
  MO: [38.4, -92.5, 6.2], MT: [47.0, -109.6, 1.1], NE: [41.5, -99.8, 2.0], NV: [39.3, -116.6, 3.1],
  NH: [43.7, -71.6, 1.4], NJ: [40.2, -74.7, 9.3], NM: [34.4, -106.1, 2.1], NY: [42.9, -75.5, 20.2],
  NC: [35.6, -79.4, 10.4], ND: [47.5, -100.5, 0.8], OH: [40.3, -82.8, 11.8], OK: [35.6, -97.5, 4.0],
  OR: [43.9, -120.6, 4.2], PA: [40.9, -77.8, 13.0], RI: [41.7, -71.5, 1.1], SC: [33.9, -80.9, 5.1],
  SD: [44.4, -100.2, 0.9], TN: [35.9, -86.4, 6.9], TX: [31.5, -99.3, 29.1], UT: [39.3, -111.7, 3.3],
  VT: [44.1, -72.7, 0.6], VA: [37.5, -78.9, 8.6], WA: [47.4, -120.5, 7.7], WV: [38.6, -80.6, 1.8],
  WI: [44.6, -89.9, 5.9], WY: [43.0, -107.6, 0.6],
};
