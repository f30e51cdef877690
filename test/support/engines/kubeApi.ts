/**
 * A minimal client for the test API server (bearer token, self-signed serving certificate): enough for the test
 * helpers to install CRDs, create namespaces and read what a deployment created. Tests assert with it against what
 * the real API server stored.
 */
import * as https from "node:https";
import YAML from "yaml";

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; [k: string]: unknown };
  [k: string]: unknown;
}

export class KubeApi {
  constructor(
    readonly server: string,
    private readonly token: string,
  ) {}

  /** One request; `body` objects are sent as JSON unless `contentType` says otherwise. Never throws on a status. */
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    contentType = "application/json",
  ): Promise<ApiResponse<T>> {
    const url = new URL(path, this.server);
    const payload = body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = https.request(
        url,
        {
          method,
          // The API server signs its own serving certificate at start; the kubeconfig skips verification the same way.
          rejectUnauthorized: false,
          headers: {
            authorization: `Bearer ${this.token}`,
            accept: "application/json",
            ...(payload === undefined
              ? {}
              : { "content-type": contentType, "content-length": Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              // not JSON (healthz answers "ok")
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as T });
          });
        },
      );
      req.on("error", reject);
      req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  /** The object at `path`, or undefined on 404; any other failure throws with the server's message. */
  async get<T = KubeObject>(path: string): Promise<T | undefined> {
    const res = await this.request<T>("GET", path);
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** The items of a list path (e.g. `/api/v1/namespaces/x/configmaps`). */
  async list<T = KubeObject>(path: string): Promise<T[]> {
    const res = await this.get<{ items: T[] }>(path);
    return res?.items ?? [];
  }

  /** Server-side apply of one object (field manager `am-dashboard-tests`), creating or updating it. */
  async apply(object: KubeObject): Promise<KubeObject> {
    const path = `${resourcePath(object)}?fieldManager=am-dashboard-tests&force=true`;
    const res = await this.request<KubeObject>("PATCH", path, object, "application/apply-patch+yaml");
    if (res.status !== 200 && res.status !== 201) {
      throw new Error(
        `apply ${object.kind} ${object.metadata.name}: ${res.status} ${JSON.stringify(res.body)}`,
      );
    }
    return res.body;
  }

  /** Applies every document of a YAML text, in order. */
  async applyYaml(text: string): Promise<KubeObject[]> {
    const docs = YAML.parseAllDocuments(text)
      .map((d) => d.toJS() as KubeObject | null)
      .filter((d): d is KubeObject => !!d?.kind);
    const applied: KubeObject[] = [];
    for (const doc of docs) applied.push(await this.apply(doc));
    return applied;
  }
}

/** The lower-case English plural the API server uses for a kind (CRDs name theirs the same way). */
function plural(kind: string): string {
  const k = kind.toLowerCase();
  if (/(s|x|ch|sh)$/.test(k)) return `${k}es`;
  if (/[^aeiou]y$/.test(k)) return `${k.slice(0, -1)}ies`;
  return `${k}s`;
}

/** The REST path of an object (kinds whose plural is irregular are listed). */
export function resourcePath(object: Pick<KubeObject, "apiVersion" | "kind" | "metadata">): string {
  const resource = PLURALS[object.kind] ?? plural(object.kind);
  const base = object.apiVersion.includes("/") ? `/apis/${object.apiVersion}` : `/api/${object.apiVersion}`;
  const ns = object.metadata.namespace ? `/namespaces/${object.metadata.namespace}` : "";
  return `${base}${ns}/${resource}/${object.metadata.name}`;
}

const PLURALS: Record<string, string> = { Endpoints: "endpoints" };
