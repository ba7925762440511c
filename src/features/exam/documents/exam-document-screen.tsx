import { useEffect } from 'react';
import type { ExamDocumentKind } from '../../../app/route.ts';
import type { Scenario } from '../../../domain/scenario/schema.ts';
import { useExamTranslate } from '../../../i18n/use-exam-translate.ts';
import { useScenarioText } from '../../../i18n/use-scenario-text.ts';
import { useScenario } from '../../session/scenario-loader.ts';
import { CandidateBrief } from './candidate-brief.tsx';
import { EvaluationGrid } from './evaluation-grid.tsx';
import { JuryScriptDocument } from './jury-script-document.tsx';
import { pageCss } from './page-style.ts';
import './documents.css';

interface Props {
  kind: ExamDocumentKind;
  scenarioId: string;
  onBack: () => void;
}

/**
 * One printable exam document of one scenario, in the app's language. Printed from here (the Print
 * button) or by the command-line tool, which waits for `data-document-ready="true"` on the
 * document's root (or `data-document-error="true"` on the alert) before printing.
 */
export function ExamDocumentScreen({ kind, scenarioId, onBack }: Props) {
  const t = useExamTranslate();
  const state = useScenario(scenarioId);

  const toolbar = (
    <div className="document-toolbar" role="group" aria-label={t('examDocs.toolbar.label')}>
      {state.status === 'ready' && (
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('examDocs.toolbar.print')}
        </button>
      )}
      <button type="button" className="secondary" onClick={onBack}>
        {t('examDocs.toolbar.back')}
      </button>
    </div>
  );

  if (state.status === 'loading') {
    return (
      <div className="exam-document-screen">
        {toolbar}
        <p role="status">{t('examDocs.loading')}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="exam-document-screen">
        {toolbar}
        <p role="alert" className="notice document-error" data-document-error="true">
          {state.unknown ? t('examDocs.notFound', { id: scenarioId }) : t('examDocs.loadFailed', { id: scenarioId, message: state.message })}
        </p>
      </div>
    );
  }
  return (
    <div className="exam-document-screen">
      {toolbar}
      <ReadyDocument kind={kind} scenario={state.scenario} />
    </div>
  );
}

function ReadyDocument({ kind, scenario }: { kind: ExamDocumentKind; scenario: Scenario }) {
  const t = useExamTranslate();
  const text = useScenarioText();
  const name = t(`examDocs.names.${kind}`);
  const title = text(scenario.title);
  const header = t('examDocs.runningHeader', { document: name, title });

  // The tab's title is also the file name a browser suggests when saving the print as PDF.
  useEffect(() => {
    const previous = document.title;
    document.title = header;
    return () => {
      document.title = previous;
    };
  }, [header]);

  return (
    <>
      {/* Only while the document is shown: the running header and page numbers of every printed page. */}
      <style>{pageCss(header)}</style>
      <article className={`exam-document exam-document-${kind}`} data-document={kind} data-document-ready="true" data-scenario={scenario.id} aria-labelledby="document-title">
        <header className="document-head">
          <p className="document-kind">{name}</p>
          <h1 id="document-title">{title}</h1>
        </header>
        {kind === 'candidate-brief' ? (
          <CandidateBrief scenario={scenario} />
        ) : kind === 'jury-script' ? (
          <JuryScriptDocument scenario={scenario} />
        ) : (
          <EvaluationGrid scenario={scenario} />
        )}
      </article>
    </>
  );
}
