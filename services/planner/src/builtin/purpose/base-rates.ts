// How often each label is true overall, from public datasets and industry figures a data
// scientist would check a synthetic set against. The one home of these numbers.
export const BASE_RATES = {
  // Live card portfolios lose roughly 0.1-0.2% of transactions to fraud (the ULB credit-card
  // set on Kaggle: 492 of 284,807, 0.17%); training extracts are commonly enriched to about 1%
  // so a model sees enough positives, and stay well under 5%.
  cardFraud: 0.01,
  // Insurers' detected fraud is usually put at 5-10% of claims (the Insurance Information
  // Institute cites about 10% of property-casualty losses); the lower end keeps it a minority.
  claimFraud: 0.05,
  // IBM's Telco Customer Churn sample: 1,869 of 7,043 customers left within the last month
  // of the observation window (26.5%).
  churn: 0.265,
  // IBM HR Analytics Employee Attrition: 237 of 1,470 employees left (16.1%).
  attrition: 0.161,
  // Anomaly benchmarks (NAB, the ODDS collection) mostly hold 1% or fewer anomalous points.
  anomaly: 0.01,
  // Home Credit Default Risk on Kaggle: 24,825 of 307,511 loans defaulted (8.07%).
  loanDefault: 0.0807,
  // B2B funnels commonly report 2-6% of leads becoming customers.
  leadConversion: 0.05,
  // CMS: about 15% of Medicare patients are readmitted within 30 days of discharge.
  readmission: 0.15,
  // WordStream's Google Ads benchmarks: about 3% of search and 0.5% of display impressions
  // are clicked; 2% sits between them.
  clickThrough: 0.02,
  // UCI SMS Spam Collection: 747 of 5,574 messages are spam (13.4%).
  spam: 0.134,
} as const;
