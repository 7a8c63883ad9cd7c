/**
 * The popup's «Заполнить»: what the page asks for and what the profile will put there, shown
 * before anything is sent, then what became of each field. Only the kinds the page listed get
 * a value; the profile's answer is the one the in-page button gets (lib/background).
 */
import { profileValuesReply } from '../background/profile-answers';
import { fieldKind, isFieldKindId, type FieldKindId } from '../fields';
import type { MessageKey } from '../i18n';
import type { FillReply, PageFieldsReply, ProfileValuesReply } from '../messages';
import type { ProfileLoad } from '../store/profile-store';
import { fieldLabel, shownValue } from './shown';

/** Page kind id (lib/detect/pages) → its name for the person. */
const PAGE_LABELS: Readonly<Record<string, MessageKey>> = {
  registration: 'popup_page_registration',
  code: 'popup_page_code',
  password: 'popup_page_password',
  login: 'popup_page_login',
  'personal-data': 'popup_page_personal_data',
  verification: 'popup_page_verification',
  'confirmation-methods': 'popup_page_confirmation_methods',
  'letter-address': 'popup_page_letter_address',
  'letter-code': 'popup_page_letter_code',
  'account-level': 'popup_page_account_level',
  captcha: 'popup_page_captcha',
  promo: 'popup_page_promo',
};

export function pageLabel(page: string | null): MessageKey | undefined {
  return page === null ? undefined : PAGE_LABELS[page];
}

export interface PreviewRow {
  readonly kind: FieldKindId;
  readonly label: string;
  /** As the popup shows it (masked where sensitive); absent when the profile has no value. */
  readonly shown?: string;
}

export interface FillPreview {
  readonly page?: MessageKey;
  /** One row per field kind on the page, in the page's order (an unticked box of the profile left out). */
  readonly rows: readonly PreviewRow[];
  /** The values «Заполнить» sends, or why the profile gives none. */
  readonly plan: ProfileValuesReply;
}

export function fillPreview(listing: PageFieldsReply, load: ProfileLoad): FillPreview {
  const kinds = [...new Set(listing.fields.map((field) => field.kind))].filter(isFieldKindId);
  const plan = profileValuesReply(load, kinds);
  const values: Readonly<Record<string, string | undefined>> = plan.ok ? plan.values : {};
  const rows = kinds.flatMap((kind): PreviewRow[] => {
    const value = values[kind];
    if (value !== undefined) return [{ kind, label: fieldLabel(kind), shown: shownValue(kind, value) }];
    // A tick box the profile does not tick is left alone: nothing to say about it.
    return fieldKind(kind).input === 'checkbox' ? [] : [{ kind, label: fieldLabel(kind) }];
  });
  const page = pageLabel(listing.page);
  return { ...(page === undefined ? {} : { page }), rows, plan };
}

export type FillStatus = FillReply['outcomes'][number]['status'];

export interface OutcomeRow {
  readonly label: string;
  readonly status: FillStatus;
  /** The content script's sentence about a field not filled as planned. */
  readonly detail?: string;
}

export function outcomeRows(reply: FillReply): OutcomeRow[] {
  return reply.outcomes.flatMap(({ kind, status, detail }) =>
    isFieldKindId(kind) ? [{ label: fieldLabel(kind), status, ...(detail === undefined ? {} : { detail }) }] : [],
  );
}
