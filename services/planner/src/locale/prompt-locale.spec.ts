import { describe, expect, it } from 'vitest';
import { localeOfPrompt } from './prompt-locale.js';

describe('the locale of a prompt', () => {
  it.each([
    ['A German online shop with customers and orders', 'de'],
    ['French bakery with products and sales', 'fr'],
    ['Japanese hotel chain with guests and bookings', 'ja'],
    ['Customers and orders of a store in Brazil', 'pt_BR'],
    ['Tienda online con clientes, productos y pedidos', 'es'],
    ['Online-Shop mit Kunden und Bestellungen', 'de'],
    ['Boulangerie avec des clients et des commandes', 'fr'],
    ['Negozio online con clienti, prodotti e ordini', 'it'],
    ['Loja online com clientes, produtos e pedidos', 'pt_BR'],
    ['Loja online em Portugal com clientes e encomendas', 'pt_PT'],
    ['Webwinkel met klanten en bestellingen voor een bakker', 'nl'],
    ['顧客と注文のあるオンラインショップ', 'ja'],
    ['An Austrian ski school', 'de_AT'],
    ['Clinics across the UK', 'en_GB'],
  ])('reads "%s" as %s', (prompt, locale) => {
    expect(localeOfPrompt(prompt)).toBe(locale);
  });

  it.each([
    'E-commerce platform with customers, products and orders, 5 orders per customer',
    'Healthcare system with patients and appointments',
    'A diner selling burgers and french fries',
    'Dog shelter with german shepherds and their adopters',
    'Chili con carne restaurant with dishes and orders',
  ])('finds none in "%s"', (prompt) => {
    expect(localeOfPrompt(prompt)).toBeUndefined();
  });

  it('takes the first place a prompt names', () => {
    expect(localeOfPrompt('Italian restaurants in Germany')).toBe('it');
  });
});
