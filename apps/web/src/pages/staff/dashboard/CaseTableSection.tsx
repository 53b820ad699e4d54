import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useStaffDashboardT } from '../../../i18n/staff-dashboard';

export interface CaseRow {
  readonly key: string;
  readonly caseId: string;
  readonly caseNumber: string;
  /** The cells after the case number, in the order of `columns`. */
  readonly cells: readonly ReactNode[];
}

/**
 * STF-1: a dashboard section listing cases: its heading, "none" or how many, then a table whose
 * first column is the case number linking to the case (the table may show fewer rows than
 * `total`: the dashboard sends the first ones only).
 */
export function CaseTableSection(props: {
  readonly headingId: string;
  readonly title: string;
  readonly total: number;
  readonly none: string;
  readonly count: string;
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly CaseRow[];
  /** Shown between the count and the table. */
  readonly children?: ReactNode;
}) {
  const t = useStaffDashboardT();
  return (
    <section className="section" aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.title}</h2>
      {props.total === 0 ? (
        <p>{props.none}</p>
      ) : (
        <>
          <p>{props.count}</p>
          {props.children}
          <div className="staff-table-scroll">
            <table className="staff-table">
              <caption>{props.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dash.case')}</th>
                  {props.columns.map((column) => (
                    <th key={column} scope="col">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {props.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">
                      <Link to={`/cases/${row.caseId}`}>{row.caseNumber}</Link>
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={index}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
