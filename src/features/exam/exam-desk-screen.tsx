import type { ExamDocumentKind } from '../../app/route.ts';
import { useExamTranslate } from '../../i18n/use-exam-translate.ts';

interface Props {
  storage: Storage | undefined;
  onOpenDocument: (kind: ExamDocumentKind, scenarioId: string) => void;
}

// Work in progress (issue 5): the draw, the live session and the results sheet are being written.
export function ExamDeskScreen(_: Props) {
  const t = useExamTranslate();
  return <h1>{t('exam.title')}</h1>;
}
