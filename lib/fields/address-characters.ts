/** What Russian postal addresses are written with; Latin look-alikes get a fix through `textKind`. */

/** Region, city, street: Russian words, digits («улица 8 Марта») and the punctuation of names. */
export const PLACE_NAME_CHARACTER = /[А-Яа-яЁё0-9 '.,\-/()"№«»]/;

/** House, building, block, flat: «12», «12А», «12/3», «4-6». */
export const BUILDING_NUMBER_CHARACTER = /[А-Яа-яЁё0-9 .\-/]/;
