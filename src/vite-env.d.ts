/// <reference types="vite/client" />

declare module 'virtual:scenario-catalogue' {
  const summaries: import('./domain/scenario/summary.ts').ScenarioSummary[];
  export default summaries;
}
