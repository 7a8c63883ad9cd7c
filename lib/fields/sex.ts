import { choiceKind } from './builders';
import { choiceDetection } from './define';

const SEX_OPTIONS = {
  male: { display: 'Мужской', synonyms: ['м', 'муж', 'муж.', 'мужчина', 'm', 'man'] },
  female: { display: 'Женский', synonyms: ['ж', 'жен', 'жен.', 'женщина', 'f', 'woman'] },
};

export const sexDetection = choiceDetection('sex', SEX_OPTIONS, {
  autocomplete: ['sex'],
  names: ['gender', 'sex'],
  labels: ['пол', 'gender', 'sex'],
  // Labels are matched by their beginning, and many words begin with «пол».
  notLabels: ['полис', 'полное', 'полностью', 'получат', 'получен', 'пользовател', 'полож', 'полномоч', 'полк'],
});

export const sex = choiceKind({
  ...sexDetection,
  label: 'field_label_sex',
  options: SEX_OPTIONS,
});
