/**
 * A passport's series and its department code name the issuing region in two different codings:
 * the series starts with the region's ОКАТО code (Moscow 45, Tomsk 69), the department code with
 * the number of the subject of the federation (Moscow 77, Tomsk 70). This table pairs them, so a
 * department code from another region than the series can be flagged. It lists the regions whose
 * pairing is plain; for the others (autonomous okrugs, Crimea, Sevastopol, Baikonur) no guess is made.
 * Source: the ОКАТО first-level codes against the subject codes, e.g. the region dictionary in
 * github.com/pazoleatti/testm (src/main/resources/dml/dict_region.sql).
 */

/** Department code's first two digits → the passport series' first two digits for that region. */
export const SERIES_REGION_BY_DEPARTMENT_REGION: Readonly<Record<string, string>> = {
  '01': '79', '02': '80', '03': '81', '04': '84', '05': '82', '06': '26', '07': '83', '08': '85', '09': '91', '10': '86',
  '11': '87', '12': '88', '13': '89', '14': '98', '15': '90', '16': '92', '17': '93', '18': '94', '19': '95', '20': '96',
  '21': '97', '22': '01', '23': '03', '24': '04', '25': '05', '26': '07', '27': '08', '28': '10', '29': '11', '30': '12',
  '31': '14', '32': '15', '33': '17', '34': '18', '35': '19', '36': '20', '37': '24', '38': '25', '39': '27', '40': '29',
  '41': '30', '42': '32', '43': '33', '44': '34', '45': '37', '46': '38', '47': '41', '48': '42', '49': '44', '50': '46',
  '51': '47', '52': '22', '53': '49', '54': '50', '55': '52', '56': '53', '57': '54', '58': '56', '59': '57', '60': '58',
  '61': '60', '62': '61', '63': '36', '64': '63', '65': '64', '66': '65', '67': '66', '68': '68', '69': '28', '70': '69',
  '71': '70', '72': '71', '73': '73', '74': '75', '75': '76', '76': '78', '77': '45', '78': '40', '79': '99',
};
