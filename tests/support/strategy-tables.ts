/**
 * The two strategy tables as the tests expect them built: their page, table id, download name,
 * row count, rows per group (in order), group columns and the JSON list holding their rows. One
 * list for the static checks (tests/dist/strategy.test.ts) and the browser's (strategy.spec.ts).
 */
export const STRATEGY_TABLES = [
  { path: 'strategy/bogota-action-agenda/', table: 'table-3', dataset: 'bogota-action-agenda', rows: 16, groups: { local: 9, national: 4, international: 3 }, groupColumns: 2, json: 'actions' },
  { path: 'strategy/seoul/', table: 'table-4', dataset: 'seoul-strategy', rows: 18, groups: { 'situational-intelligence': 4, 'universal-specialized-agendas': 4, 'multilayered-networks': 6, 'smart-diplomatic-capacity': 4 }, groupColumns: 1, json: 'strategies' },
] as const;
