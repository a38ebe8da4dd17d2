/** What every result component is given (each adds what its kind needs). */
import type { ExperimentResult } from '../../../models/experiments/index.ts';
import type { Lang } from '../../charts/index.ts';

export interface ResultProps {
  /** The experiment's result: every KPI of every run, reduced per point. */
  result: ExperimentResult;
  /** The KPI the form picked: the one the charts show (results hold every KPI). */
  kpi: string;
  lang: Lang;
}
