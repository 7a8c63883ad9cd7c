import { choiceKind } from './builders';

export const sex = choiceKind({
  id: 'sex',
  label: 'field_label_sex',
  options: {
    male: { display: 'Мужской', synonyms: ['м', 'муж', 'муж.', 'мужчина', 'm', 'man'] },
    female: { display: 'Женский', synonyms: ['ж', 'жен', 'жен.', 'женщина', 'f', 'woman'] },
  },
  detection: {
    autocomplete: ['sex'],
    names: ['gender', 'sex'],
    labels: ['пол', 'gender', 'sex'],
    // Labels are matched by their beginning, and many words begin with «пол».
    notLabels: ['полис', 'полное', 'полностью', 'получат', 'получен', 'пользовател', 'полож', 'полномоч', 'полк'],
  },
});
