import type { Field } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';
import { FormulaOperator, LogicalType } from '../../../../../libs/proto/src/nest/datagen/v1/plan.js';

const TOTALS = ['total', 'total_amount', 'total_price', 'line_total', 'order_total', 'total_cost', 'amount', 'subtotal', 'grand_total'];
const QUANTITIES = ['quantity', 'qty', 'units', 'nights', 'hours_worked', 'hours', 'seats'];
const UNIT_PRICES = ['unit_price', 'price', 'nightly_rate', 'hourly_rate', 'rate', 'unit_cost', 'price_per_unit'];
const SUMMANDS = ['subtotal', 'tax', 'tax_amount', 'shipping_cost', 'shipping_fee'];
const NETS = ['net_pay', 'net_salary', 'net_amount'];
const GROSSES = ['gross_pay', 'gross_salary', 'gross_amount'];
const SUBTRAHENDS = ['deductions', 'tax', 'tax_amount', 'withholding'];

// Totals that real records compute rather than draw: orders.total = quantity × unit_price,
// invoices.total = subtotal + tax, payroll.net_pay = gross_pay − deductions.
export function applyFormulas(fields: Field[]): void {
  const present = (names: readonly string[]): string[] => names.filter((name) => fields.some((field) => field.name === name && field.foreignKey === undefined));
  const quantity = present(QUANTITIES)[0];
  const unitPrice = present(UNIT_PRICES)[0];
  for (const field of fields) {
    if (field.primaryKey || field.foreignKey !== undefined || field.enumValues.length > 0) continue;
    if (TOTALS.includes(field.name) && quantity !== undefined && unitPrice !== undefined && field.name !== unitPrice) {
      computed(field, FormulaOperator.FORMULA_OPERATOR_PRODUCT, [quantity, unitPrice]);
    } else if (['total', 'total_amount', 'grand_total', 'amount_due'].includes(field.name) && present(SUMMANDS).includes('subtotal') && present(SUMMANDS).length > 1) {
      computed(field, FormulaOperator.FORMULA_OPERATOR_SUM, present(SUMMANDS));
    } else if (NETS.includes(field.name) && present(GROSSES).length > 0 && present(SUBTRAHENDS).length > 0) {
      computed(field, FormulaOperator.FORMULA_OPERATOR_DIFFERENCE, [present(GROSSES)[0], ...present(SUBTRAHENDS)]);
    }
  }
}

function computed(field: Field, operator: FormulaOperator, operands: string[]): void {
  field.generator = 'formula';
  field.type = LogicalType.LOGICAL_TYPE_DECIMAL;
  field.scale = 2;
  field.numericRange = undefined;
  field.nullable = false;
  field.nullRate = 0;
  field.formula = { operator, operands, asOf: '' };
  field.description = `${field.name} = ${operands.join(operator === FormulaOperator.FORMULA_OPERATOR_PRODUCT ? ' × ' : operator === FormulaOperator.FORMULA_OPERATOR_SUM ? ' + ' : ' − ')}`;
}
