/** Small pages written inline: put into the test document, scanned, asked what a control is. */
import { scanDocument, type ScanOptions, type ScanResult } from '../../../lib/detect/scan';

export function scanHtml(html: string, options: ScanOptions = {}): ScanResult {
  document.body.innerHTML = html;
  return scanDocument(document, options);
}

/** The kind detected for the control at `selector`, or null. */
export function kindAt(scan: ScanResult, selector: string): string | null {
  const element = document.querySelector(selector);
  if (element === null) throw new Error(`no element ${selector}`);
  return scan.fields.find((field) => field.element === element)?.kind ?? null;
}

/** The kind of the page's only control (or its first). */
export function kindOfOnly(html: string): string | null {
  return scanHtml(html).fields[0]?.kind ?? null;
}
