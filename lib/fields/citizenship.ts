import { choiceKind } from './builders';

/**
 * Russia ('RUS', the ISO 3166 alpha-3 code the portal's documents use) or another country.
 * Which other country is not modelled: the helper only needs to know whether the RF passport
 * rules apply, and a foreign citizen picks the country on the portal.
 */
export const citizenship = choiceKind({
  id: 'citizenship',
  label: 'field_label_citizenship',
  options: {
    RUS: { display: 'Россия', synonyms: ['российская федерация', 'рф', 'russia', 'russian federation', 'гражданин рф', 'гражданин российской федерации'] },
    other: { display: 'Иностранное государство', synonyms: ['другое', 'иное', 'другая страна', 'иностранный гражданин', 'foreign', 'other country'] },
  },
  detection: {
    names: ['citizenship', 'nationality', 'citizenshipcountry'],
    labels: ['гражданство', 'citizenship'],
  },
});
