import { addExamStrings } from './exam-strings.ts';
import { useTranslate } from './use-translate.ts';

// Whatever examiner's screen uses these strings brings them along (see exam-strings.ts).
addExamStrings();

/** `t` over the examiner's strings, with the report's (competences, criteria) alongside. */
export const useExamTranslate = useTranslate;
