// The currency of each country a locale of ours places its addresses in (ISO 3166 → ISO 4217).
// Faker's locale data has no currency per locale, and Intl knows currencies only by code.
export const CURRENCY_BY_REGION: Readonly<Record<string, string>> = {
  AT: 'EUR', AU: 'AUD', BE: 'EUR', BR: 'BRL', CA: 'CAD', CH: 'CHF', CN: 'CNY', CZ: 'CZK', DE: 'EUR',
  DK: 'DKK', ES: 'EUR', FI: 'EUR', FR: 'EUR', GB: 'GBP', GH: 'GHS', HR: 'EUR', HU: 'HUF', ID: 'IDR',
  IL: 'ILS', IN: 'INR', IR: 'IRR', IT: 'EUR', JP: 'JPY', KR: 'KRW', LU: 'EUR', LV: 'EUR', MK: 'MKD',
  MX: 'MXN', NG: 'NGN', NL: 'EUR', NO: 'NOK', NP: 'NPR', PL: 'PLN', PT: 'EUR', RO: 'RON', RS: 'RSD',
  RU: 'RUB', SE: 'SEK', SK: 'EUR', SN: 'XOF', TH: 'THB', TR: 'TRY', TW: 'TWD', UA: 'UAH', US: 'USD',
  VN: 'VND', ZA: 'ZAR',
};
