/**
 * A page kind is data: the signals that recognise a portal page, each with a weight. One
 * generic scorer (../page-score.ts) reads every kind the same way, so a new page is one new
 * file here plus its registration in index.ts, and a changed portal text is a one-line fix.
 */
import type { AccountLevel } from '../../stage/record';

/**
 * Weights in (-1, 1]: positive signals combine as independent evidence (1 − Π(1 − w)), a
 * negative one is counter-evidence and scales the result by (1 + w). Texts are normalised
 * (lib/text.ts `normaliseText`); control names are lower case; ids and element names are
 * compared as written.
 */
export type WeightedTexts = Readonly<Record<string, number>>;

export interface PageSignals {
  /** Custom element names present on the page (`esia-registration`). */
  readonly elements?: WeightedTexts;
  /** Element ids present on the page (`tryReg`). */
  readonly ids?: WeightedTexts;
  /** id, `name` or `formcontrolname` of a form control (or its wrapper) on the page, lower case. */
  readonly names?: WeightedTexts;
  /** A heading (h1–h6, legend, role=heading) equal to the text or starting with it. */
  readonly headings?: WeightedTexts;
  /** A button's or link's text, equal. */
  readonly actions?: WeightedTexts;
  /** A phrase anywhere in the page's text. */
  readonly texts?: WeightedTexts;
  /** A regular expression (source) the URL path matches. */
  readonly paths?: WeightedTexts;
  /** A field of this kind (lib/fields id) was recognised on the page. */
  readonly fields?: WeightedTexts;
}

/**
 * `form`: a page with fields to help with. `status`: a page that only tells something (a level,
 * a check in progress). `interstitial`: a page to step around (captcha, promo); nothing is filled.
 */
export type PageRole = 'form' | 'status' | 'interstitial';

export interface PageKind {
  /** Stable id, kebab-case; lib/stage keys its evidence by it. */
  readonly id: string;
  readonly role: PageRole;
  readonly signals: PageSignals;
  /**
   * Field kinds this page asks for. When a field's own signals leave two kinds tied, the one
   * the page expects wins («Код» on the letter-code page is the one-time code).
   */
  readonly expectedFields?: readonly string[];
  /**
   * For a page that shows the account level: for each level, the texts (normalised, equal to a
   * short text block of the page) that show it. The first level whose text is found wins.
   */
  readonly levels?: Readonly<Partial<Record<AccountLevel, readonly string[]>>>;
}

/** The recognised page: its kind, how sure the scorer is (0..1) and, where shown, the level. */
export interface PageMatch {
  readonly kind: string;
  readonly role: PageRole;
  readonly confidence: number;
  readonly level?: AccountLevel;
}
