import { useTranslation } from 'react-i18next';
import { addReportStrings } from './report-strings.ts';
import type { Translate } from './report-wording.ts';

// Whatever screen uses the report's strings brings them along (see report-strings.ts).
addReportStrings();

/** `t` for keys built at run time (the report's, from criterion ids), which typed keys cannot check. */
export function useTranslate(): Translate {
  const { t } = useTranslation();
  return (key, options) => t(key as never, options as never) as unknown as string;
}
