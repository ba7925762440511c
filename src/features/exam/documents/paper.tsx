import type { ReactNode } from 'react';

/** A label followed by a blank line to write on. */
export function FillIn({ label, wide = false }: { label: string; wide?: boolean }) {
  return (
    <p className={`fill-in${wide ? ' fill-in-wide' : ''}`}>
      <span className="fill-in-label">{label}</span>
      <span className="fill-in-blank" aria-hidden="true" />
    </p>
  );
}

/** Blank ruled lines for handwriting. */
export function RuledLines({ count }: { count: number }) {
  return (
    <div className="ruled-lines" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} />
      ))}
    </div>
  );
}

/** A box to tick by hand, with what ticking it means. */
export function TickBox({ children }: { children: ReactNode }) {
  return (
    <span className="tick">
      <span className="tick-box" aria-hidden="true" />
      <span className="tick-label">{children}</span>
    </span>
  );
}
