/**
 * Every weight, threshold and bound of detection, in one table, so tuning is a data change.
 * Evidence weights are probabilities of "this signal alone is right"; several signals for the
 * same kind combine as independent evidence: confidence = 1 − Π(1 − w). Kinds are compared in
 * evidence points, −ln(1 − w) summed, which add up where confidences crowd near 1.
 */
export const FIELD_EVIDENCE = {
  /** `autocomplete` token equal to one of the kind's tokens. */
  autocomplete: 0.95,
  /** id, name or formcontrolname (the control's or its wrapper's) equal to one of the kind's names. */
  name: 0.9,
  /** A wrapping custom element's tag name equal to one of the kind's names (`esia-code-input`). */
  container: 0.6,
  /**
   * An explicit label (label[for], wrapping label, aria-label(ledby), floating label, table, dl)
   * equal to a kind's label; `qualified`: the label followed by a clarification («Фамилия (как в
   * паспорте)»); `prefix`: followed by more words, which may change the meaning («Номер полиса»),
   * so it stays below the threshold alone (see match.ts).
   */
  labelEqual: 0.9,
  labelQualified: 0.7,
  labelPrefix: 0.4,
  /** The text just before the control (read only when it has no explicit label). */
  nearbyEqual: 0.8,
  nearbyQualified: 0.6,
  nearbyPrefix: 0.3,
  placeholderEqual: 0.75,
  placeholderQualified: 0.55,
  placeholderPrefix: 0.3,
  /** The placeholder shows the kind's mask (`+7 (___) ___-__-__`). */
  mask: 0.6,
  /** `maxlength` equals the length of the kind's mask. */
  maxLength: 0.2,
  /** The input `type` (tel, email, password) equals one of the kind's autocomplete tokens or names. */
  inputType: 0.3,
  /** The options of a select (or a radio's own label) are the kind's choices. */
  choices: 0.6,
} as const;

export type FieldEvidenceSource = keyof typeof FIELD_EVIDENCE;

export const FIELD_DECISION = {
  /** Below this a field is left alone: precision beats recall. */
  threshold: 0.5,
  /**
   * When the two best kinds are closer than this many evidence points, the page's expectations
   * decide, or nobody does (0.5 points is about what one 0.4 signal adds).
   */
  ambiguityMargin: 0.5,
} as const;

export const PAGE_DECISION = {
  /** A page kind below this confidence is not reported. */
  threshold: 0.5,
} as const;

/** Bounds of the DOM searches, so a strange page cannot make a scan expensive. */
export const SEARCH_BOUNDS = {
  /** Ancestors climbed from a control looking for its wrapper, row, floating label or preceding text. */
  ancestorLevels: 4,
  /** Previous siblings looked at on each level for the preceding text. */
  previousSiblings: 3,
  /** A preceding text or status block longer than this is prose, not a label. */
  labelLength: 80,
  /**
   * Characters of page text read for phrase signals. The portal's pages are short and say what
   * they are near the top; a huge foreign page should not cost a normalisation of all its text.
   */
  pageTextLength: 30_000,
  /** Headings and buttons or links read for page signals, for the same reason (h1 first, then h2…). */
  pageHeadings: 200,
  pageActions: 300,
  /**
   * Controls per scan, in document order, whose labels are also searched for in the layout
   * around them: custom-element wrappers, floating labels, table rows, dl, the text before,
   * radio groups. The rest are read from their attributes and the labels the page ties to them
   * (label[for], a wrapping label, ARIA), which cost no search. The portal's largest form has
   * about 40 controls; a page with thousands is not a portal form, and searching around each of
   * them would make its scan cost tens of milliseconds.
   */
  layoutSearchedControls: 200,
  /**
   * Labels read per scan, in document order: their texts, and the control each one labels. A
   * portal form has a few dozen; on a page with thousands, the controls past them are read from
   * their own attributes (aria-label, placeholder, names, autocomplete).
   */
  labels: 400,
  /**
   * Elements of each root walked for the page text, headings, actions, frames, open shadow roots
   * and the page kinds' element names (survey.ts), in document order. The portal's pages are
   * small (their replicas in test/fixtures/portal have under a hundred elements each) and say
   * what they are near the top; a page of 50,000 elements is not one of them.
   */
  surveyedElements: 2000,
  /**
   * Texts remembered across scans (their normalised forms, what they say): a rescan of a page
   * finds the same labels and placeholders again, and then neither normalises nor matches them.
   * Enough for every text of a page of 5,000 controls; past this a memo starts afresh (a page
   * that generates texts endlessly). Full, the memos hold about 5 MB (texts of 30 characters).
   */
  rememberedTexts: 10_000,
} as const;

/** The watcher's rhythm (milliseconds). */
export const WATCH_TIMING = {
  /** At most one rescan per this interval, at the end of it (trailing edge). */
  rescanInterval: 200,
  /**
   * While the last scan found nothing for us, mutations are gathered for this long instead:
   * such pages (news, help) may mutate constantly and a rescan would find nothing again.
   */
  idleRescanInterval: 1000,
} as const;
