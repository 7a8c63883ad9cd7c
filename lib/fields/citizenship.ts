import { choiceKind } from './builders';
import { choiceDetection } from './define';

/**
 * Russia ('RUS', the ISO 3166 alpha-3 code the portal's documents use) or another country.
 * Which other country is not modelled: the helper only needs to know whether the RF passport
 * rules apply, and a foreign citizen picks the country on the portal.
 */
const CITIZENSHIP_OPTIONS = {
  RUS: { display: 'Россия', synonyms: ['российская федерация', 'рф', 'russia', 'russian federation', 'гражданин рф', 'гражданин российской федерации'] },
  other: { display: 'Иностранное государство', synonyms: ['другое', 'иное', 'другая страна', 'иностранный гражданин', 'foreign', 'other country'] },
};

export const citizenshipDetection = choiceDetection('citizenship', CITIZENSHIP_OPTIONS, {
  names: ['citizenship', 'nationality', 'citizenshipcountry'],
  labels: ['гражданство', 'citizenship'],
});

export const citizenship = choiceKind({
  ...citizenshipDetection,
  label: 'field_label_citizenship',
  options: CITIZENSHIP_OPTIONS,
});
