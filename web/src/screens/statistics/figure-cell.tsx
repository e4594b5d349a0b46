import { Figure, printed, SUPPRESSED_MARK } from "../../../../shared/report/care-report.model";

/** A published figure, or ＊ with words for a screen reader: withheld is not zero (issue #10). */
export function FigureText({ figure }: { figure: Figure }) {
  const text = printed(figure);
  return text === SUPPRESSED_MARK ? <abbr title="件數過少，不予公布">{SUPPRESSED_MARK}</abbr> : <>{text}</>;
}
