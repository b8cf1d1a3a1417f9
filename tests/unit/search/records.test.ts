import { describe, expect, it } from 'vitest';
import { groupLabels, strategyRowRecords } from '../../../src/lib/search/records';
import { bullets, text, type TableModel } from '../../../src/lib/tables/model';

const table: TableModel = {
  id: 'table-3',
  number: 3,
  title: '표 제목',
  columns: ['차원', '목표', '부문', '권고'],
  groupColumns: 2,
  groups: [
    {
      id: 'local',
      cells: [[text('지방 차원')], [text('새로운 도시 의제의 현장 실현화')]],
      rows: [{ id: 'local-policy', cells: [[text('지방 정책')], [bullets(['도시외교의제 이행'])]], notes: [] }],
    },
  ],
};

describe('strategyRowRecords', () => {
  it('makes one record per row, linked to its row and filtered by its group', () => {
    const records = strategyRowRecords(table, '/ko/strategy/bogota-action-agenda/', 'level');
    expect(records).toEqual([
      {
        url: '/ko/strategy/bogota-action-agenda/#local-policy',
        title: '지방 정책',
        content: '지방 정책\n도시외교의제 이행\n지방 차원\n새로운 도시 의제의 현장 실현화',
        meta: { group: '지방 차원' },
        filters: { kind: ['strategy-row'], level: ['지방 차원'] },
      },
    ]);
    expect(groupLabels(table)).toEqual(['지방 차원']);
  });
});
