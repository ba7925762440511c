import type { ExamDocumentKind } from '../../../app/route.ts';
import { useExamTranslate } from '../../../i18n/use-exam-translate.ts';

interface Props {
  kind: ExamDocumentKind;
  scenarioId: string;
  onBack: () => void;
}

// Work in progress (issue 5): the printable documents are being written.
export function ExamDocumentScreen({ kind, scenarioId }: Props) {
  const t = useExamTranslate();
  return <p role="status" data-kind={kind} data-scenario={scenarioId}>{t('examDocs.loading')}</p>;
}
