// Words that end a noun phrase: a singular entity word right before one of them is the noun
// ("each customer has"), before any other word it is a modifier ("customer reviews",
// "realistic order patterns").
export const PHRASE_ENDINGS: ReadonlySet<string> = new Set([
  'and', 'or', 'with', 'without', 'for', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'per', 'each',
  'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'including', 'include', 'includes',
  'containing', 'contains', 'has', 'have', 'having', 'had', 'is', 'are', 'was', 'were', 'be',
  'can', 'could', 'may', 'might', 'must', 'should', 'will', 'would', 'belongs', 'places', 'makes',
  'owns', 'gets', 'holds', 'references', 'links', 'as', 'than', 'plus', 'into', 'also', 'then',
  'the', 'a', 'an', 'via', 'across', 'linked', 'related', 'tied', 'assigned', 'connected', 'like',
]);

// Words that say "a table of": "patient records", "customer data", "orders table".
export const TABLE_WORDS: ReadonlySet<string> = new Set([
  'table', 'data', 'dataset', 'record', 'list', 'entity', 'info', 'information', 'details', 'file',
  'master', 'registry', 'register', 'log', 'catalog', 'catalogue', 'directory',
]);

// Where records are kept or sent rather than a system that uses them: "a customer database" is
// a table of customers, "a product catalog export" one of products.
export const STORAGE_WORDS: ReadonlySet<string> = new Set([
  'database', 'db', 'spreadsheet', 'sheet', 'csv', 'json', 'export', 'dump', 'sample', 'example', 'feed', 'extract',
]);

// Words for the parts of a schema that a domain may also use for things: a farm's fields, a
// restaurant's tables.
export const SCHEMA_WORDS: ReadonlySet<string> = new Set(['field', 'column', 'attribute', 'row', 'table']);

// Plural words that describe data rather than name a thing to generate.
export const NOT_ENTITIES: ReadonlySet<string> = new Set([
  'name', 'email', 'phone', 'address', 'price', 'date', 'time', 'amount', 'total', 'status', 'type',
  'id', 'value', 'description', 'rating', 'score', 'age', 'gender', 'title', 'quantity', 'count',
  'city', 'country', 'timestamp', 'detail', 'column', 'field', 'attribute', 'key', 'relationship',
  'relation', 'constraint', 'pattern', 'distribution', 'example', 'sample', 'variation', 'trend',
  'behavior', 'behaviour', 'seasonality', 'metric', 'level', 'range', 'inconsistency', 'null',
  'duplicate', 'outlier', 'typo', 'error', 'format', 'rule', 'dependency', 'reference', 'thing',
  'table', 'dataset', 'record', 'row', 'entity', 'file', 'year', 'month', 'day', 'week', 'hour',
  'minute', 'second', 'number', 'figure', 'percentage', 'stat', 'statistic', 'kpi', 'insight',
  'need', 'requirement', 'test', 'purpose', 'scenario', 'case', 'way', 'lot', 'plenty', 'kind',
  'various', 'it', 'thi', 'ha', 'wa', 'a', 'detail', 'label', 'note', 'comment', 'tag',
]);

// Words that follow a count and name a classification of another entity rather than an
// entity of their own: "Include 5 product categories" is a category column with 5 values.
export const CLASSIFICATION_WORDS: ReadonlySet<string> = new Set([
  'category', 'type', 'tier', 'segment', 'level', 'brand', 'department', 'region', 'genre',
  'specialty', 'channel', 'plan', 'role', 'team', 'stage', 'class', 'grade', 'zone', 'territory',
  'label', 'tag',
]);

// Singular nouns for a group of people. A plural before one modifies it as it would a plural:
// "a sales team" is a team, not sales and a team.
export const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'team', 'staff', 'crew', 'squad', 'department', 'division', 'unit', 'workforce', 'personnel', 'faculty', 'force',
]);

// Words before a singular noun that make it a thing of its own: "each customer", "an order".
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'each', 'every', 'one', 'per', 'the', 'their', 'its', 'his', 'her', 'our', 'any', 'which',
]);

export const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);
