/**
 * The printable memo with the built extension: printed to PDF by the browser itself (Chromium's
 * and Firefox's own print-to-PDF), and the PDF's text read back. No PDF tool is installed for
 * this: the few PDF structures both browsers write are read here (object streams, Flate,
 * Type0 fonts with ToUnicode maps). The person's name and document numbers are on paper only
 * when the box is ticked.
 */
import { constants, inflateSync } from 'node:zlib';
import { afterEach, expect, it } from 'vitest';
import { completeProfile } from '../fixtures/profile';
import { forEachBrowser } from './support/browsers';
import type { E2EPage } from './support/page';
import { seedProfile } from './support/profile';

/* Reading a PDF's text ------------------------------------------------------------------- */

interface PdfObject {
  /** The object's dictionary (or whole body) as Latin-1 text. */
  readonly dict: string;
  readonly stream?: Buffer;
}

/** Lenient about what follows the compressed data (the end-of-line before `endstream`). */
function inflate(raw: Buffer): Buffer {
  return inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
}

/** Every object by number, streams inflated, including those packed into object streams. */
function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const objects = new Map<number, PdfObject>();
  for (const match of pdf.toString('latin1').matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt === -1) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const raw = Buffer.from(body.slice(body.indexOf('\n', streamAt) + 1, body.lastIndexOf('endstream')), 'latin1');
    const stream = dict.includes('/FlateDecode') ? inflate(raw) : raw;
    objects.set(Number(match[1]), { dict, stream });
    if (!/\/Type\s*\/ObjStm/.test(dict)) continue;
    // Objects packed into a stream (Firefox): a header of «number offset» pairs, then the objects.
    const first = Number(/\/First (\d+)/.exec(dict)?.[1]);
    const header = stream.subarray(0, first).toString('latin1').trim().split(/\s+/).map(Number);
    for (let index = 0; index < header.length; index += 2) {
      const end = index + 3 < header.length ? first + (header[index + 3] ?? 0) : stream.length;
      objects.set(header[index] ?? 0, { dict: stream.subarray(first + (header[index + 1] ?? 0), end).toString('latin1') });
    }
  }
  return objects;
}

/** A font's ToUnicode map: how many bytes a character code takes, and each code's text. */
interface CMap {
  readonly bytes: number;
  readonly chars: Map<number, string>;
}

function utf16(hex: string): string {
  return String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
}

/** `bfchar` pairs and `bfrange` ranges (with a start value or a list of values). */
function parseCMap(text: string): CMap {
  const chars = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]*)>/gi)) chars.set(parseInt(pair[1] ?? '', 16), utf16(pair[2] ?? ''));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]*>|\[[^\]]*\])/gi)) {
      const low = parseInt(range[1] ?? '', 16);
      const high = parseInt(range[2] ?? '', 16);
      const target = range[3] ?? '';
      const listed = [...target.matchAll(/<([0-9a-f]*)>/gi)].map((item) => item[1] ?? '');
      for (let code = low; code <= high; code += 1) {
        if (target.startsWith('[')) chars.set(code, utf16(listed[code - low] ?? ''));
        else {
          const base = utf16(listed[0] ?? '');
          chars.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - low));
        }
      }
    }
  }
  const space = /begincodespacerange\s*<([0-9a-f]+)>/i.exec(text)?.[1] ?? '0000';
  return { bytes: space.length / 2, chars };
}

/** A dictionary that may be written inline or be a reference to another object. */
function resolved(objects: Map<number, PdfObject>, dict: string, key: string): string {
  const reference = new RegExp(`/${key}\\s*(\\d+) 0 R`).exec(dict);
  if (reference) return objects.get(Number(reference[1]))?.dict ?? '';
  const inline = dict.indexOf(`/${key}`);
  return inline === -1 ? '' : dict.slice(inline);
}

/** A content stream's tokens: strings (hex `<…>`, literal `(…)`), names, numbers, operators, brackets. */
function* tokens(content: string): Generator<string> {
  const pattern = /<([0-9a-fA-F\s]*)>|\((?:\\.|[^\\)])*\)|\/[^\s/<>[\]()]+|[-+.\d]+|[A-Za-z'"*]+|\[|\]/g;
  for (const match of content.matchAll(pattern)) yield match[0];
}

const LITERAL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A literal string's bytes: `\ddd` octal escapes, the named ones, and `\x` for x itself. */
function literalBytes(token: string): Buffer {
  const body = token.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_, escaped: string) => {
    if (/^[0-7]/.test(escaped)) return String.fromCharCode(parseInt(escaped, 8));
    return LITERAL_ESCAPES[escaped] ?? escaped;
  });
  return Buffer.from(body, 'latin1');
}

/** A string's text through the current font's map, code by code. */
function decode(token: string, cmap: CMap | undefined): string {
  const bytes = token.startsWith('<') ? Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex') : literalBytes(token);
  if (!cmap) return bytes.toString('latin1');
  let text = '';
  for (let at = 0; at + cmap.bytes <= bytes.length; at += cmap.bytes) text += cmap.chars.get(bytes.readUIntBE(at, cmap.bytes)) ?? '';
  return text;
}

/** The text of every page of a PDF, a line per text object; enough to check what a printout says. */
function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const pages = [...objects.values()].filter((object) => /\/Type\s*\/Page\b/.test(object.dict));
  const lines: string[] = [];
  for (const page of pages) {
    const fonts = new Map<string, CMap>();
    const fontDict = resolved(objects, resolved(objects, page.dict, 'Resources'), 'Font');
    for (const entry of fontDict.slice(0, fontDict.indexOf('>>')).matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode\s+(\d+) 0 R/.exec(objects.get(Number(entry[2]))?.dict ?? '')?.[1];
      const cmap = objects.get(Number(toUnicode))?.stream;
      if (cmap) fonts.set(entry[1] ?? '', parseCMap(cmap.toString('latin1')));
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    for (const reference of contents.matchAll(/(\d+) 0 R/g)) {
      let font: CMap | undefined;
      let lastName = '';
      let line = '';
      for (const token of tokens(objects.get(Number(reference[1]))?.stream?.toString('latin1') ?? '')) {
        if (token.startsWith('/')) lastName = token.slice(1);
        else if (token === 'Tf') font = fonts.get(lastName);
        else if (token.startsWith('<') || token.startsWith('(')) line += decode(token, font);
        else if (token === 'ET') {
          lines.push(line);
          line = '';
        }
      }
    }
  }
  return lines.join('\n');
}

/* The memo --------------------------------------------------------------------------------- */

/** The page as the browser prints it to PDF (print media, A4), as text. */
async function printed(page: E2EPage): Promise<string> {
  // The same call on each driver's page; the union of the two page types has no common signature.
  const pdf = page.raw.kind === 'chromium' ? await page.raw.page.pdf({ format: 'A4' }) : await page.raw.page.pdf({ format: 'A4' });
  expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfText(Buffer.from(pdf));
}

/** Line breaks and spacing differ between the browsers' PDFs; the words do not. */
function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The test profile's SNILS and passport as the portal shows them. */
const NUMBERS = ['112-233-445 95', '6910 123456'];

forEachBrowser((browser) => {
  afterEach(async () => {
    await browser.evaluateInExtension((api) => Promise.all([api.storage.local.clear(), api.storage.session.clear()]));
  });

  it('prints the steps and what to bring, without controls, and with no name or number until the box is ticked', async () => {
    await seedProfile(browser, completeProfile());
    const memo = await browser.openExtensionPage('memo.html');
    await memo.waitForSelector('.memo h1');
    const plain = compact(await printed(memo));
    for (const phrase of ['Памятка: регистрация на Госуслугах', 'Что взять с собой', 'СНИЛС (достаточно номера)', 'Этапы регистрации', '(https://esia.gosuslugi.ru/login/registration)']) {
      expect(plain).toContain(compact(phrase));
    }
    // The screen-only controls stay off paper.
    expect(plain).not.toContain(compact('Напечатать моё имя, номера паспорта и СНИЛС'));
    for (const secret of [...NUMBERS, 'Иванов']) expect(plain).not.toContain(compact(secret));

    await memo.click('.memo__controls input[type="checkbox"]');
    await memo.waitForSelector('.memo__person');
    const ticked = compact(await printed(memo));
    for (const shown of ['Ваши данные', 'Иванов Иван Иванович', ...NUMBERS]) expect(ticked).toContain(compact(shown));
    // The warning about leaving such paper at a shared printer is for the screen.
    expect(ticked).not.toContain(compact('личная бумага'));
  });
});
