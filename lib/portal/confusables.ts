/**
 * Letter tables for look-alike detection, as data. Host labels reach these tables already
 * lower-cased and with diacritics stripped (ё → е, й → и, ї → і), so only base lower-case
 * letters appear here.
 */

/**
 * Letters of other scripts that look like a Latin letter in an address bar (after the
 * Unicode confusables list, restricted to letters a host name may contain). A phishing host
 * swaps one or two of them into «gosuslugi»: gоsuslugi with a Cyrillic о.
 */
export const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', і: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  һ: 'h', ӏ: 'l', ү: 'y',
  // Greek
  α: 'a', ι: 'i', ν: 'v', ο: 'o', ρ: 'p', υ: 'u', χ: 'x', ϳ: 'j',
  // Armenian
  ց: 'g', ո: 'n', ս: 'u', օ: 'o', հ: 'h',
  // Latin letters that pass for plain ones
  ı: 'i', ɑ: 'a', ɡ: 'g', ɩ: 'i', ʋ: 'u', ᴜ: 'u', ł: 'l', ƚ: 'l',
};

/**
 * How a Russian word is spelled in Latin letters (the common passport-style
 * transliteration): госуслуги → gosuslugi. Catches the portal's name written in Cyrillic.
 */
export const CYRILLIC_TRANSLITERATION: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
  // Ukrainian and Belarusian letters a Russian-looking domain may use
  і: 'i', є: 'e', ґ: 'g',
};
