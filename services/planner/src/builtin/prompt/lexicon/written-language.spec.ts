import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writtenLanguage } from './written-language.js';

// Every prompt the planner's English specs plan: none of them is another language.
function englishPromptsOf(...specs: readonly string[]): string[] {
  return specs.flatMap((spec) => {
    const text = readFileSync(new URL(spec, import.meta.url), 'utf8');
    return [...text.matchAll(/prompt: '((?:[^'\\]|\\.)*)'/g)].map((match) => match[1].replace(/\\n/g, '\n').replace(/\\'/g, "'"));
  });
}

const ENGLISH_SPECS = ['../../domain-prompts.spec.ts', '../../builtin-planner.spec.ts', '../../realism-rules.spec.ts'];

describe('the language a prompt is written in', () => {
  it.each([
    ['Tienda online con clientes, productos y pedidos', 'Spanish'],
    ['Clínica con pacientes, medicos y citas', 'Spanish'],
    ['Onlineshop mit Kunden, Produkten und Bestellungen', 'German'],
    ['Krankenhaus mit Patienten, Ärzten und Terminen', 'German'],
    ['Webshop mit Kundenbewertungen und Bestellpositionen', 'German'],
    ['Boutique en ligne avec des clients, des produits et des commandes', 'French'],
    ["L'hôpital avec des patients et des médecins", 'French'],
    ['Negozio online con clienti, prodotti e ordini', 'Italian'],
    ["Un'università con studenti, corsi e iscrizioni", 'Italian'],
    ['Loja online com clientes, produtos e pedidos', 'Portuguese'],
    ['Banco de dados de uma escola com alunos, professores e turmas', 'Portuguese'],
  ])('reads "%s" as %s', (prompt, language) => {
    expect(writtenLanguage(prompt)?.lexicon.name).toBe(language);
  });

  it.each([
    'Chili con carne restaurant with dishes and orders',
    'Die casting factory with machines and parts',
    'Bakery with 5 orders per customer and a la carte menu items',
    'E-commerce with customers, orders and products',
    'Mexican restaurant "La Casa de Toño" with menu items, tables and reservations',
    'Hotel with rooms, guests and bookings',
    'Pizzeria with pizzas, toppings and delivery drivers',
    'Kunden und orders',
  ])('reads "%s" as English', (prompt) => {
    expect(writtenLanguage(prompt)).toBeUndefined();
  });

  it('reads every prompt of the English specs as English', () => {
    const prompts = englishPromptsOf(...ENGLISH_SPECS);
    expect(prompts.length).toBeGreaterThan(150);
    expect(prompts.filter((prompt) => writtenLanguage(prompt) !== undefined)).toEqual([]);
  });
});
