/**
 * The closer: publishes aggregate cells of closed periods into a table, once, and never changes them afterwards.
 *
 * Why closed periods: two syncs of a live aggregate differ by whatever changed between them, so adding one
 * assessment to a cell would publish that assessment's figures as the difference. Here a month is published only
 * once it is closed (its end plus `graceDays`), every subject is pinned to one month the first time the closer sees
 * it (a subject first seen after its month closed goes to the first open month), and published cells are frozen.
 * Between two closings the index does not change at all; at a closing it gains the cells of the new period only,
 * each of at least k customers.
 *
 * Why folding: per (kind, period) a cell below k customers has its finest dimension replaced by `other` (merging it
 * with the other small cells of its group), then the next one, and if the all-`other` remainder is still below k the
 * smallest remaining cell joins it until it reaches k. A period whose kind has fewer than k customers in total is
 * not published: it waits and is published together with the next month(s). Nothing is dropped (the sums over the
 * cells are the sums over the subjects), and a suppressed cell is never the difference of published ones, because
 * every fact sits in exactly one published cell and each published cell holds at least k customers.
 */
import { CELL_DIMENSIONS, DOC_KINDS, FOLDED, plannerDocument } from "../document";
import { sqlLiteral } from "../contract";
import {
  factColumns,
  factsQuery,
  MAX_DIMENSIONS,
  MEASURE_FIELDS,
  publicDocumentColumns,
  STORED_FIELDS,
  subjectMonthSql,
  subjectNameSql,
  subjectsSql,
  type PrivateNames,
} from "./documents";
import { quoteIdent } from "./expressions";
import type { ColumnUse } from "./profile";

/** Schema whose tables survive a rebuild of the read model: what was published must stay frozen. */
export const STATE_SCHEMA = "am_read_state";

/** Largest value a summed measure may take as bigint; a sum beyond it is NULL (malformed), never capped. */
const MAX_BIGINT_SUM = "9000000000000000000";

const dims = Array.from({ length: MAX_DIMENSIONS }, (_, i) => i + 1);

/** DDL of the state tables (created if missing; `stateRules` tells when they must be rebuilt). */
export function stateTables(owner: string): string[] {
  const st = quoteIdent(STATE_SCHEMA);
  const cellCols = publicDocumentColumns()
    .map((c) => `${quoteIdent(c.name)} ${c.type}${c.name === "doc_id" ? " PRIMARY KEY" : ""}`)
    .join(", ");
  const work = factColumns()
    .map((c) => `${quoteIdent(c.name)} ${c.type}`)
    .concat(dims.map((i) => `c${i} text`))
    .join(", ");
  const tables: [string, string][] = [
    [
      "subject_periods",
      "subject text PRIMARY KEY, month date NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now()",
    ],
    [
      "closer_state",
      "singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton), closed_through date, last_run timestamptz",
    ],
    ["kind_progress", "kind text PRIMARY KEY, published_through date NOT NULL"],
    ["cells", `${cellCols}, published_at timestamptz NOT NULL DEFAULT now()`],
  ];
  return [
    ...tables.map(([name, cols]) => `CREATE TABLE IF NOT EXISTS ${st}.${quoteIdent(name)} (${cols})`),
    // Scratch space of the closer: a table, not a temporary one, so the owner needs no TEMP privilege.
    `CREATE UNLOGGED TABLE IF NOT EXISTS ${st}.work (${work})`,
    // Every statement of the closer selects one kind and a range of months.
    `CREATE INDEX IF NOT EXISTS work_kind_month ON ${st}.work (kind, month)`,
    `INSERT INTO ${st}.closer_state (singleton) VALUES (true) ON CONFLICT DO NOTHING`,
    ...[...tables.map(([n]) => n), "work"].map((n) => `ALTER TABLE ${st}.${quoteIdent(n)} OWNER TO ${owner}`),
    `REVOKE ALL ON ALL TABLES IN SCHEMA ${st} FROM PUBLIC`,
  ];
}

/** What the published cells depend on: a change of any of these republishes from scratch (see docs/anonymisation.md). */
export function stateRules(k: number): string {
  const cols = publicDocumentColumns()
    .map((c) => `${c.name}:${c.type}`)
    .join(",");
  return `am-read-state model:${plannerDocument.name}@${plannerDocument.revision} k:${k} columns:${cols}`;
}

const FIELD_KINDS = (field: string) => DOC_KINDS.filter((k) => CELL_DIMENSIONS[k].includes(field as never));

/** The publisher: folds the work rows of one (kind, period) to cells of at least k customers and inserts them. */
export function publishFunction(priv: string): string {
  const st = quoteIdent(STATE_SCHEMA);
  const sel = (w: string) => `${w}kind = p_kind AND ${w}month BETWEEN p_start AND p_end`;
  const coords = dims.map((i) => `c${i}`).join(", ");
  const allOther = (w: string) =>
    dims
      .map((i) => `${w}c${i} = CASE WHEN p_ndims >= ${i} THEN ${sqlLiteral(FOLDED)} ELSE '' END`)
      .join(" AND ");
  const fold = dims
    .map(
      (i) => `c${i} = CASE WHEN lvl <= ${i} AND p_ndims >= ${i} THEN ${sqlLiteral(FOLDED)} ELSE w.c${i} END`,
    )
    .join(", ");
  const match = dims.map((i) => `w.c${i} = small.c${i}`).join(" AND ");
  const dimensionCols = STORED_FIELDS.filter((f) => FIELD_KINDS(f).length > 0);
  const dimensionValues = dimensionCols.map((f) => {
    const whens = FIELD_KINDS(f)
      .map((k) => `WHEN ${sqlLiteral(k)} THEN c${CELL_DIMENSIONS[k].indexOf(f as never) + 1}`)
      .join(" ");
    return `CASE p_kind ${whens} END`;
  });
  const measureValues = MEASURE_FIELDS.map(
    (f) => `CASE WHEN sum(m_${f}) < ${MAX_BIGINT_SUM} THEN sum(m_${f})::bigint END`,
  );
  const insertCols = [
    "doc_id",
    "doc_kind",
    "period_start",
    "period_end",
    "subjects",
    "customers",
    ...dimensionCols,
    ...MEASURE_FIELDS,
  ];
  return `CREATE FUNCTION ${priv}.publish(p_kind text, p_ndims integer, p_start date, p_end date, p_k integer)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  lvl integer;
  n bigint;
  r record;
  published integer;
BEGIN
  UPDATE ${st}.work SET ${dims.map((i) => `c${i} = d${i}`).join(", ")} WHERE ${sel("")};
  -- Fold: cells below k lose their finest unfolded dimension, level by level.
  FOR lvl IN REVERSE p_ndims..1 LOOP
    UPDATE ${st}.work w SET ${fold}
    FROM (SELECT ${coords} FROM ${st}.work WHERE ${sel("")} GROUP BY ${coords}
          HAVING count(DISTINCT org) < p_k) small
    WHERE ${sel("w.")} AND ${match};
  END LOOP;
  -- The all-other remainder itself must reach k: the smallest remaining cell joins it until it does.
  LOOP
    SELECT count(DISTINCT org) INTO n FROM ${st}.work w WHERE ${sel("w.")} AND ${allOther("w.")};
    EXIT WHEN n = 0 OR n >= p_k;
    SELECT ${coords} INTO r FROM ${st}.work w WHERE ${sel("w.")} AND NOT (${allOther("w.")})
      GROUP BY ${coords} ORDER BY count(DISTINCT org), ${coords} LIMIT 1;
    EXIT WHEN NOT FOUND;
    UPDATE ${st}.work w SET ${dims.map((i) => `c${i} = CASE WHEN p_ndims >= ${i} THEN ${sqlLiteral(FOLDED)} ELSE '' END`).join(", ")}
    WHERE ${sel("w.")} AND ${dims.map((i) => `w.c${i} = r.c${i}`).join(" AND ")};
  END LOOP;
  INSERT INTO ${st}.cells (${insertCols.map(quoteIdent).join(", ")})
  SELECT md5(p_kind || '|' || p_start::text || '|' || ${dims.map((i) => `c${i}`).join(" || '|' || ")}),
    p_kind, p_start, p_end, count(DISTINCT subject), count(DISTINCT org),
    ${[...dimensionValues, ...measureValues].join(",\n    ")}
  FROM ${st}.work WHERE ${sel("")}
  GROUP BY ${coords};
  GET DIAGNOSTICS published = ROW_COUNT;
  -- The guarantee, checked where it is made: a cell below k is a bug, and publishes nothing.
  IF EXISTS (SELECT 1 FROM ${st}.cells c WHERE c.doc_kind = p_kind AND c.period_start = p_start AND c.customers < p_k) THEN
    RAISE EXCEPTION 'am_read: a % cell of % would describe fewer than % customers', p_kind, p_start, p_k
      USING ERRCODE = 'XX000';
  END IF;
  RETURN published;
END
$fn$`;
}

/**
 * The closer, run as the read-model owner (`am_read.close_periods()` calls it with `now()`): records new subjects
 * in their month, computes the facts of the unpublished months that are closed, and publishes per kind every
 * period that reaches k customers.
 */
export function closerFunction(use: ColumnUse, names: PrivateNames, priv: string, checkFn: string): string {
  const st = quoteIdent(STATE_SCHEMA);
  const month = "interval '1 month'";
  const facts = factsQuery(use, names, `${st}.subject_periods`, "sp.month > v_from AND sp.month <= v_closed");
  const perKind = DOC_KINDS.map((kind) => {
    const k = sqlLiteral(kind);
    const inKind = `kind = ${k} AND month > COALESCE(v_pt, '-infinity'::date) AND month <= v_closed`;
    return `  -- ${kind}
  SELECT published_through INTO v_pt FROM ${st}.kind_progress WHERE kind = ${k};
  v_start := (SELECT min(month) FROM ${st}.work WHERE ${inKind});
  v_end := v_start;
  WHILE v_start IS NOT NULL AND v_end <= v_closed LOOP
    SELECT count(DISTINCT org) INTO v_n FROM ${st}.work WHERE kind = ${k} AND month BETWEEN v_start AND v_end;
    IF v_n >= v_k THEN
      v_cells := v_cells + ${priv}.publish(${k}, ${CELL_DIMENSIONS[kind].length}, v_start, v_end, v_k);
      v_pt := v_end;
      INSERT INTO ${st}.kind_progress (kind, published_through) VALUES (${k}, v_pt)
        ON CONFLICT (kind) DO UPDATE SET published_through = EXCLUDED.published_through;
      v_start := (SELECT min(month) FROM ${st}.work WHERE ${inKind});
      v_end := v_start;
    ELSE
      v_end := (v_end + ${month})::date;
    END IF;
  END LOOP;
  IF v_start IS NULL THEN
    -- Nothing pending: the closed months are final for this kind (a late subject is pinned to an open month).
    INSERT INTO ${st}.kind_progress (kind, published_through) VALUES (${k}, v_closed)
      ON CONFLICT (kind) DO UPDATE SET published_through = GREATEST(${st}.kind_progress.published_through, EXCLUDED.published_through);
  END IF;`;
  }).join("\n");
  return `CREATE FUNCTION ${priv}.close_periods(as_of timestamptz)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  v_k integer;
  v_grace integer;
  v_prev date;
  v_closed date;
  v_from date;
  v_pt date;
  v_start date;
  v_end date;
  v_n bigint;
  v_cells integer := 0;
BEGIN
  PERFORM ${checkFn}();
  -- One closer at a time: two would pin subjects and publish periods twice.
  PERFORM pg_advisory_xact_lock(hashtext('am_read.close_periods'));
  SELECT s.k, s.grace_days INTO v_k, v_grace FROM ${priv}.settings s;
  SELECT closed_through INTO v_prev FROM ${st}.closer_state;
  -- The last month whose end plus the grace days has passed; time never runs backwards for the closer.
  v_closed := (date_trunc('month', (as_of AT TIME ZONE 'UTC') - make_interval(days => v_grace)) - ${month})::date;
  IF v_prev IS NOT NULL AND v_closed < v_prev THEN v_closed := v_prev; END IF;
  -- Pin new subjects: to their own month while it is open, else to the first open month.
  INSERT INTO ${st}.subject_periods (subject, month, recorded_at)
  SELECT DISTINCT ON (x.subject) x.subject,
    CASE WHEN v_prev IS NULL OR x.m0 > v_prev THEN x.m0 ELSE (v_prev + ${month})::date END, as_of
  FROM (SELECT ${subjectNameSql("s")} AS subject, ${subjectMonthSql("s")} AS m0 FROM (${subjectsSql(use, names)}) s) x
  ON CONFLICT (subject) DO NOTHING;
  UPDATE ${st}.closer_state SET closed_through = v_closed, last_run = as_of;
  v_from := COALESCE((SELECT min(published_through) FROM ${st}.kind_progress
                      WHERE (SELECT count(*) FROM ${st}.kind_progress) = ${DOC_KINDS.length}), '-infinity'::date);
  TRUNCATE ${st}.work;
  INSERT INTO ${st}.work (${factColumns()
    .map((c) => quoteIdent(c.name))
    .join(", ")})
${facts};
  ANALYZE ${st}.work;
${perKind}
  TRUNCATE ${st}.work;
  RETURN v_cells;
END
$fn$`;
}
