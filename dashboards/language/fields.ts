/**
 * The field vocabularies a dashboard is typed with. `TypedFields<M>` narrows every field position to what the
 * document model allows (see `DashboardField` and friends in anonymisation/model.ts); `FieldSet` itself, with
 * plain strings, is the erased shape the compiler and the runtime validator work on.
 */
import type {
  DashboardField,
  DateField,
  IsCells,
  LowCardinalityField,
  NumericField,
} from "../../anonymisation/model";

export interface FieldSet {
  /** Kept or generalised fields: filters, unique counts. */
  readonly any: string;
  /** Low-cardinality dashboard fields: the only terms breakdowns. */
  readonly low: string;
  /** Numeric dashboard fields: sum, average, percentiles. */
  readonly numeric: string;
  /** Date dashboard fields: date histograms and the data view's time field. */
  readonly date: string;
  /** True when every document is an aggregate cell: metrics then sum counts, never count documents. */
  readonly cells: boolean;
}

export interface TypedFields<M> extends FieldSet {
  readonly any: DashboardField<M>;
  readonly low: LowCardinalityField<M>;
  readonly numeric: NumericField<M>;
  readonly date: DateField<M>;
  readonly cells: IsCells<M>;
}
