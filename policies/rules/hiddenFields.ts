/**
 * No dashboard object names a field the classification hides (dropped or pseudonymised in a model, and shown by
 * none). A resource policy on purpose: it reads the inputs of the data views and saved-object imports, which a preview
 * knows in full, whereas a stack policy sees the outputs, and a bridged resource not created yet has none.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { dashboardFields, fieldsWithAction } from "../../anonymisation/model";
import { at, isElastic, isObject, label, type Level } from "./common";
import { KNOWN_MODELS } from "./models";
import { escapeRegExp } from "../../contracts/wildcard";

/** Fields some model hides and no model lets a dashboard show, sorted. */
export function hiddenFields(): string[] {
  const shown = new Set(KNOWN_MODELS.flatMap((m) => dashboardFields(m)));
  const hidden = new Set(KNOWN_MODELS.flatMap((m) => fieldsWithAction(m, "drop", "pseudonymise")));
  return [...hidden].filter((f) => !shown.has(f)).sort();
}

/** Hidden fields named as a JSON string value (`"sourceField":"x"`) or as a KQL field (`x : v`, `x:*`). */
export function namedHiddenFields(text: string, hidden = hiddenFields()): string[] {
  return hidden.filter((f) =>
    new RegExp(`:\\s*\\\\?"${escapeRegExp(f)}\\\\?"|(^|[\\s("'(])${escapeRegExp(f)}\\s*:`).test(text),
  );
}

export function dashboardsNameNoHiddenField(enforcementLevel: Level): ResourceValidationPolicy {
  return {
    name: "dashboards-name-no-hidden-field",
    description:
      "No data view or imported dashboard names a field the classification drops or pseudonymises (and shows nowhere).",
    severity: "critical",
    enforcementLevel,
    remediationSteps:
      "Name only DashboardField / LowCardinalityField of the model in dashboards/ (the typed language refuses the " +
      "others); if the field really may be shown, change its classification in anonymisation/.",
    validateResource: (args, report) => {
      const hidden = hiddenFields();
      if (isElastic(args.type, "KibanaDataView")) {
        const dv = at(args.props, "dataView");
        if (!isObject(dv)) return;
        const named = [
          ...(typeof dv.timeFieldName === "string" ? [dv.timeFieldName] : []),
          ...["fieldAttrs", "fieldFormats", "runtimeFieldMap"].flatMap((k) =>
            isObject(dv[k]) ? Object.keys(dv[k] as object) : [],
          ),
        ];
        for (const f of named.filter((n) => hidden.includes(n)))
          report(`${label(args)}: names "${f}", a field the classification hides.`);
      } else if (isElastic(args.type, "KibanaImportSavedObjects")) {
        const text = at(args.props, "fileContents");
        if (typeof text !== "string") return;
        for (const f of namedHiddenFields(text, hidden))
          report(`${label(args)}: a saved object names "${f}", a field the classification hides.`);
      } else args.notApplicable("not a data view or saved-object import");
    },
  };
}
