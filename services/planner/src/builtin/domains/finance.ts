import type { Domain } from '../knowledge/domain.js';
import { weighted } from '../knowledge/weighted.js';

export const FINANCE: Domain = {
  name: 'finance',
  keywords: ['bank', 'banking', 'finance', 'financial', 'fintech', 'credit union', 'fraud', 'lending', 'wealth', 'brokerage', 'credit card', 'card issuer', 'trading', 'stock market'],
  defaults: ['customers', 'accounts', 'transactions', 'cards', 'loans'],
  scenarios: [
    { name: 'card fraud', keywords: ['fraud', 'fraud detection', 'card fraud', 'credit card fraud', 'fraudulent transactions', 'fraud flag'], core: ['transactions', 'cards', 'merchants', 'customers'] },
    { name: 'lending', keywords: ['lending', 'loan default', 'credit risk', 'loan application', 'loan applications', 'loan portfolio', 'mortgage lending'], core: ['borrowers', 'loans', 'loan_payments', 'accounts'] },
  ],
  kinds: [
    {
      name: 'customers',
      aliases: ['clients', 'account holders', 'cardholders', 'card holders', 'traders', 'investors', 'borrowers'],
      description: 'A customer of the bank',
      person: true,
      fields: ['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'city', 'country', 'credit_score', 'customer_since'],
    },
    {
      name: 'accounts',
      aliases: ['bank accounts'],
      description: 'A bank account',
      references: ['customers', 'branches'],
      fields: ['account_number', 'account_type', 'balance', 'currency', 'opened_date', 'status'],
      enums: {
        account_type: weighted('checking=45|savings=35|money_market=10|certificate_of_deposit=10'),
        status: weighted('active=85|dormant=10|closed=5'),
      },
    },
    {
      name: 'transactions',
      aliases: ['payments', 'ledger entries'],
      description: 'A movement of money on an account',
      references: ['accounts', 'cards', 'merchants', { kind: 'customers', unless: 'accounts' }],
      fields: ['transaction_date', 'amount', 'transaction_type', 'merchant', 'description', 'status', 'is_fraud'],
      enums: {
        transaction_type: weighted('purchase=50|deposit=15|withdrawal=15|transfer=12|fee=3|refund=5'),
        status: weighted('completed=92|pending=6|failed=2'),
      },
    },
    {
      name: 'merchants',
      aliases: ['payees', 'retailers'],
      description: 'A merchant that accepts card payments',
      naming: 'company.name',
      fields: ['name', 'merchant_category', 'city', 'country', 'website', 'onboarded_date'],
      enums: { merchant_category: weighted('grocery=25|restaurants=20|fuel=12|travel=8|electronics=10|clothing=12|utilities=8|entertainment=5') },
    },
    {
      name: 'securities',
      aliases: ['stocks', 'instruments', 'assets', 'tickers'],
      description: 'A traded security',
      fields: ['symbol', 'name', 'asset_type', 'exchange', 'sector', 'current_price'],
      enums: { asset_type: weighted('stock=70|etf=20|bond=10'), exchange: weighted('NYSE|NASDAQ|LSE|TSE|XETRA') },
    },
    {
      name: 'branches',
      aliases: ['bank branches'],
      description: 'A bank branch',
      naming: 'address.city',
      fields: ['name', 'street', 'city', 'state', 'zip_code', 'phone', 'opened_date'],
    },
    {
      name: 'loans',
      aliases: ['mortgages'],
      description: 'A loan granted to a customer',
      references: ['customers', 'accounts'],
      fields: ['loan_type', 'principal_amount', 'interest_rate', 'term_months', 'start_date', 'status'],
      enums: {
        loan_type: weighted('personal=35|auto=25|mortgage=25|student=10|business=5'),
        status: weighted('active=60|paid_off=25|delinquent=10|defaulted=5'),
      },
    },
    {
      name: 'loan_payments',
      singular: 'loan_payment',
      aliases: ['repayments', 'loan repayments', 'installments', 'instalments'],
      description: 'A scheduled repayment of a loan',
      references: ['loans'],
      fields: ['installment_number', 'due_date', 'paid_date', 'amount_due', 'paid_amount', 'days_late', 'status'],
      enums: { status: weighted('paid=80|late=12|missed=6|pending=2') },
      ranges: { installment_number: [1, 360], days_late: [0, 90] },
    },
    {
      name: 'cards',
      aliases: ['credit cards', 'debit cards', 'payment cards'],
      description: 'A payment card issued on an account',
      references: ['accounts', 'customers'],
      fields: ['card_number', 'card_type', 'credit_limit', 'issued_date', 'expiry_date', 'is_active'],
      enums: { card_type: weighted('debit=55|credit=40|prepaid=5') },
    },
    {
      name: 'transfers',
      aliases: ['wire transfers'],
      description: 'A transfer of money between two accounts',
      references: [{ kind: 'accounts', column: 'from_account_id' }, { kind: 'accounts', column: 'to_account_id' }],
      fields: ['amount', 'currency', 'transferred_at', 'status'],
      enums: { status: weighted('completed=90|pending=7|failed=3') },
    },
    {
      name: 'investments',
      aliases: ['holdings', 'portfolios', 'trades'],
      description: "An investment held by a customer",
      references: ['customers', 'accounts', 'securities'],
      fields: ['symbol', 'asset_type', 'quantity', 'purchase_price', 'purchase_date', 'current_value'],
      enums: {
        symbol: weighted('AAPL|MSFT|GOOGL|AMZN|NVDA|TSLA|JPM|VOO|BND|META'),
        asset_type: weighted('stock=55|etf=25|bond=12|mutual_fund=8'),
      },
    },
  ],
};
