/** Where the app is: each section has its own address, so reloads and the back button keep it. */
export const EXAM_DOCUMENTS = ['candidate-brief', 'jury-script', 'evaluation-grid'] as const;
export type ExamDocumentKind = (typeof EXAM_DOCUMENTS)[number];

export type Route =
  | { view: 'catalogue' }
  | { view: 'history' }
  | { view: 'exam' }
  | { view: 'exam-document'; kind: ExamDocumentKind; scenarioId: string };

const HISTORY = '#progression';
const EXAM = '#examen';

export function routeOfHash(hash: string): Route {
  if (hash === HISTORY) return { view: 'history' };
  if (hash === EXAM) return { view: 'exam' };
  const document = /^#examen\/document\/([a-z-]+)\/([a-z0-9-]+)$/.exec(hash);
  const kind = EXAM_DOCUMENTS.find((k) => k === document?.[1]);
  if (document && kind) return { view: 'exam-document', kind, scenarioId: document[2]! };
  return { view: 'catalogue' };
}

export function hashOfRoute(route: Route): string {
  switch (route.view) {
    case 'catalogue':
      return '';
    case 'history':
      return HISTORY;
    case 'exam':
      return EXAM;
    case 'exam-document':
      return `${EXAM}/document/${route.kind}/${route.scenarioId}`;
  }
}
