import { describe, expect, it } from 'vitest';
import { BuiltinPlanner } from './builtin-planner.js';

// Prompts in the languages the lexicons read, each beside the English prompt it must plan
// exactly as: the same datasets, fields and links.
const TWINS: readonly (readonly [language: string, prompt: string, english: string])[] = [
  ['Spanish', 'Tienda online con clientes, productos y pedidos', 'Online store with customers, products and orders'],
  ['Spanish', 'Hospital con pacientes, médicos y citas', 'Hospital with patients, doctors and appointments'],
  ['Spanish', 'Universidad con estudiantes, cursos y matrículas', 'University with students, courses and enrollments'],
  ['Spanish', 'Banco con clientes, cuentas bancarias y transacciones para detección de fraude', 'Bank with customers, bank accounts and transactions for fraud detection'],
  ['Spanish', 'Empresa con empleados (nombre, correo, salario) y departamentos', 'Company with employees (name, email, salary) and departments'],
  ['German', 'Onlineshop mit Kunden, Produkten und Bestellungen', 'Online shop with customers, products and orders'],
  ['German', 'Krankenhaus mit Patienten, Ärzten und Terminen', 'Hospital with patients, doctors and appointments'],
  ['German', 'Universität mit Studenten, Kursen und Einschreibungen', 'University with students, courses and enrollments'],
  ['German', 'Firma mit Mitarbeitern (Name, E-Mail, Gehalt) und Abteilungen', 'Company with employees (name, email, salary) and departments'],
  ['German', 'Hotel mit Zimmern, Gästen und Buchungen, 1 bis 5 Buchungen pro Gast', 'Hotel with rooms, guests and bookings, 1 to 5 bookings per guest'],
  ['French', 'Boutique en ligne avec des clients, des produits et des commandes', 'Online store with customers, products and orders'],
  ['French', 'Hôpital avec des patients, des médecins et des rendez-vous', 'Hospital with patients, doctors and appointments'],
  ['French', 'Université avec des étudiants, des cours et des inscriptions', 'University with students, courses and enrollments'],
  ['French', 'Entreprise avec des employés (nom, e-mail, salaire) et des départements', 'Company with employees (name, email, salary) and departments'],
  ['French', 'Banque avec clients, comptes bancaires et transactions pour la détection de fraude', 'Bank with customers, bank accounts and transactions for fraud detection'],
  ['Italian', 'Negozio online con clienti, prodotti e ordini', 'Online store with customers, products and orders'],
  ['Italian', 'Ospedale con pazienti, medici e appuntamenti', 'Hospital with patients, doctors and appointments'],
  ['Italian', 'Università con studenti, corsi e iscrizioni', 'University with students, courses and enrollments'],
  ['Italian', 'Azienda con dipendenti (nome, email, stipendio) e reparti', 'Company with employees (name, email, salary) and departments'],
  ['Italian', 'Hotel con camere, ospiti e prenotazioni, da 1 a 5 prenotazioni per ospite', 'Hotel with rooms, guests and bookings, 1 to 5 bookings per guest'],
  ['Portuguese', 'Loja online com clientes, produtos e pedidos', 'Online store with customers, products and orders'],
  ['Portuguese', 'Hospital com pacientes, médicos e consultas', 'Hospital with patients, doctors and appointments'],
  ['Portuguese', 'Universidade com alunos, cursos e matrículas', 'University with students, courses and enrollments'],
  ['Portuguese', 'Empresa com funcionários (nome, e-mail, salário) e departamentos', 'Company with employees (name, email, salary) and departments'],
  ['Portuguese', 'Banco com clientes, contas bancárias e transações para detecção de fraude', 'Bank with customers, bank accounts and transactions for fraud detection'],
];

const planner = new BuiltinPlanner();

describe('prompts in other languages', () => {
  it.each(TWINS)('plans the %s "%s" as "%s"', (language, prompt, english) => {
    const plan = planner.createPlan({ prompt, seed: 3 });
    const twin = planner.createPlan({ prompt: english, seed: 3 });
    expect(plan.domain).toBe(twin.domain);
    expect(plan.datasets).toEqual(twin.datasets);
    expect(plan.warnings).toEqual([`Read the prompt as ${language}; dataset and column names are in English.`, ...twin.warnings]);
    expect(plan.prompt).toBe(prompt);
  });

  it('says nothing of a language for an English prompt', () => {
    expect(planner.createPlan({ prompt: 'Online store with customers, products and orders', seed: 3 }).warnings).toEqual([]);
  });

  it('keeps the values a prompt lists as it wrote them', () => {
    const plan = planner.createPlan({ prompt: 'Tienda con pedidos (id, estado (pendiente, enviado, entregado), total)', seed: 3 });
    const status = plan.datasets.find((dataset) => dataset.name === 'orders')?.fields.find((field) => field.name === 'status');
    expect(JSON.stringify(status)).toMatch(/pendiente.*enviado.*entregado/);
  });
});
