/**
 * Код подразделения, NNN-NNN. Its region should be the passport series' region (see
 * passport-regions.ts for how the two codings pair). A passport may legitimately be issued away
 * from home, so a mismatch is only a warning, and a region the table does not pair is not judged.
 */
import { digitsKind } from './builders';
import { warning, kindDetection } from './define';
import { SERIES_REGION_BY_DEPARTMENT_REGION } from './passport-regions';

function seriesOf(related: Readonly<Partial<Record<string, string>>>): string | undefined {
  const series = related.passportSeries ?? related.passportSeriesNumber?.slice(0, 4);
  return series !== undefined && /^[0-9]{4}$/.test(series) ? series : undefined;
}

export const passportDepartmentCodeDetection = kindDetection('passportDepartmentCode', {
  mask: 'XXX-XXX',
  // `rfPasportIssuedById` is the department code on the portal's document form.
  names: ['rfpasportissuedbyid', 'rfpassportissuedbyid', 'departmentcode', 'department_code', 'divisioncode', 'division_code', 'issuedbyid', 'issuercode'],
  labels: ['код подразделения', 'код подразделения, выдавшего паспорт', 'department code', 'division code'],
});

export const passportDepartmentCode = digitsKind({
  ...passportDepartmentCodeDetection,
  label: 'field_label_passportDepartmentCode',
  input: 'masked',
  rules(value, { related }) {
    const seriesRegion = seriesOf(related)?.slice(0, 2);
    const expected = SERIES_REGION_BY_DEPARTMENT_REGION[value.slice(0, 2)];
    const mismatch = seriesRegion !== undefined && expected !== undefined && seriesRegion !== expected;
    return mismatch ? [warning('field_warning_department_region', [value.slice(0, 3), seriesRegion])] : [];
  },
});
