export const COMPETENCES = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;
export type CompetenceId = (typeof COMPETENCES)[number];

export const CRITERIA = [
  'C1.1', 'C1.2', 'C1.3', 'C1.4',
  'C2.1', 'C2.2', 'C2.3', 'C2.4',
  'C3.1', 'C3.2', 'C3.3', 'C3.4',
  'C4.1', 'C4.2', 'C4.3', 'C4.4',
  'C5.1', 'C5.2', 'C5.3', 'C5.4',
] as const;
export type CriterionId = (typeof CRITERIA)[number];

export const competenceOf = (criterion: CriterionId) => criterion.slice(0, 2) as CompetenceId;
