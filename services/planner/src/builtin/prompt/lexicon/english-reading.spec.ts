import { describe, expect, it } from 'vitest';
import { inEnglish } from './english-reading.js';
import { FRENCH } from './french.js';
import { GERMAN } from './german.js';
import { ITALIAN } from './italian.js';
import { indexLexicon } from './lexicon-index.js';
import type { Lexicon } from './lexicon.js';
import { PORTUGUESE } from './portuguese.js';
import { SPANISH } from './spanish.js';

function read(lexicon: Lexicon, prompt: string): string {
  return inEnglish(prompt, indexLexicon(lexicon)).replace(/ {2,}/g, ' ');
}

describe('a prompt in the English the planner reads', () => {
  it('translates words with or without their accents and keeps punctuation', () => {
    expect(read(SPANISH, 'Tienda online con clientes, productos y pedidos.')).toBe('online store with customers, products and orders.');
    expect(read(SPANISH, 'Clinica con pacientes, medicos y citas')).toBe('clinic with patients, doctors and appointments');
  });

  it('reads German plurals, dative plurals and compounds', () => {
    expect(read(GERMAN, 'Firma mit Mitarbeitern, Produkten und Abteilungen')).toBe('company with employees, products and departments');
    expect(read(GERMAN, 'Kundenbewertungen, Produktkategorien und Bestellpositionen')).toBe('customer reviews, product categories and order items');
    expect(read(GERMAN, 'Kunden-Daten')).toBe('customer data');
  });

  it('puts an adjective that follows its noun before it, and reads phrases as compounds', () => {
    expect(read(SPANISH, 'cuentas bancarias')).toBe('bank accounts');
    expect(read(FRENCH, 'comptes bancaires')).toBe('bank accounts');
    expect(read(SPANISH, 'detección de fraude y registro de cursos')).toBe('fraud detection and course registration');
    expect(read(PORTUGUESE, 'Banco de dados de uma escola')).toBe('database of a school');
  });

  it('reads elided articles as words of their own', () => {
    expect(read(FRENCH, "l'hôpital, jusqu'à 4 avis par produit")).toBe('the hospital, up to 4 reviews per product');
    expect(read(FRENCH, "date d'embauche")).toBe('hire date');
    expect(read(ITALIAN, "dell'ordine")).toBe('of the order');
  });

  it('reads ranges and counts as the English reader knows them', () => {
    expect(read(SPANISH, 'edad entre 18 y 65, de 1 a 5 pedidos por cliente')).toBe('age between 18 and 65, from 1 to 5 orders per customer');
    expect(read(GERMAN, '1 bis 5 Buchungen pro Gast, bis zu 3 Zimmer')).toBe('1 to 5 bookings per guest, up to 3 rooms');
    expect(read(ITALIAN, 'prezzo tra 5 e 500')).toBe('price between 5 and 500');
    expect(read(PORTUGUESE, 'até 4 avaliações por produto')).toBe('up to 4 reviews per product');
  });

  it('reads thousands and decimal commas', () => {
    expect(read(SPANISH, 'salario entre 1.500 y 4.000, nota de 2,5 a 4,75')).toBe('salary between 1500 and 4000, grade from 2.5 to 4.75');
  });

  it('translates column lists and keeps values as written', () => {
    expect(read(SPANISH, 'clientes (nombre, correo electrónico, ciudad) y pedidos con estado (pendiente, enviado y entregado)')).toBe(
      'customers (name, email, city) and orders with status (pendiente, enviado and entregado)',
    );
    expect(read(SPANISH, 'empleados (nombre, departamento (Ventas, TI), fecha de contratación)')).toBe('employees (name, department (Ventas, TI), hire date)');
    expect(read(GERMAN, 'Abteilungen (Vertrieb, Marketing)')).toBe('departments (Vertrieb, Marketing)');
    expect(read(SPANISH, 'pagos con tipo (tarjeta, efectivo)')).toBe('payments with type (tarjeta, efectivo)');
  });

  it('keeps words the lexicon lacks, without their accents, and snake-case names as they are', () => {
    expect(read(SPANISH, 'clientes y envíos de tortugas (id_cliente, raza)')).toBe('customers and shipments of tortugas (id_cliente, raza)');
    expect(read(SPANISH, 'Tienda de ropa con reseñas')).toBe('store of ropa with reviews');
  });
});
