// The standard operations of a resource (list, create, get, update, archive, delete, actions on a
// record), built from what each one declares that differs.
import type { Permission } from "@/lib/auth/permissions";
import type { ErrorCode } from "@/lib/errors";
import { permanentParam } from "@/lib/openapi/common";
import type { HttpMethod, Operation, SuccessResponse } from "@/lib/openapi/registry";

/** What one standard operation declares; the rest follows from its kind and its resource. */
export interface CrudOperation extends Omit<
  Operation,
  "operationId" | "method" | "path" | "permission" | "success" | "errors"
> {
  operationId?: string;
  permission?: Operation["permission"];
  /** The success description, or the whole success response where it is not the kind's usual one. */
  success: string | SuccessResponse;
  /** Errors beyond those of the kind (document.ts adds those implied by the key, the role and a body). */
  errors?: ErrorCode[];
  /** The answer carries the record version as ETag (default: create, get and update of a versioned resource). */
  etag?: boolean;
}

export interface CrudResource {
  /** Component schema of one record; the request bodies are `<schema>Input` and `<schema>Patch`. */
  schema: string;
  /** Component schema of a list row (default: the record's). */
  rowSchema?: string;
  /** Operation ids are `list<plural>`, `create<schema>`, `get<schema>` … unless one names its own. */
  plural: string;
  /** The collection; one record is `<path>/{<idParam>}`. */
  path: string;
  idParam?: string;
  read: Permission;
  /** The writes' permission where one covers them all; otherwise each write names its own. */
  write?: Permission;
  /** Answers carry the record version as ETag and updates read If-Match (default true). */
  versioned?: boolean;
}

/**
 * The standard operations on a collection and its records, each declaring only what differs. A record,
 * or a collection under a parent record, can be NOT_FOUND; writes can CONFLICT (duplicate, stale, referenced).
 */
export function crudOperations(resource: CrudResource) {
  const { schema, plural, path, idParam = "id", read, write, versioned = true } = resource;
  const record = `${path}/{${idParam}}`;
  const parent: ErrorCode[] = path.includes("{") ? ["NOT_FOUND"] : [];
  /** One kind of operation: its id, method, path, usual answer and errors; each declaration goes on top. */
  const kind =
    (
      name: string,
      method: HttpMethod,
      at: string,
      usual: Omit<SuccessResponse, "description">,
      errors: ErrorCode[],
      defaults: Partial<Operation> = {},
    ) =>
    ({ success, errors: extra = [], etag = usual.etag, ...op }: CrudOperation): Operation => {
      const { etag: _usual, ...response } = usual;
      const permission = op.permission ?? (method === "get" ? read : write);
      if (!permission) throw new Error(`${name}${schema}: no permission declared`);
      return {
        operationId: name === "list" ? `list${plural}` : `${name}${schema}`,
        method,
        path: at,
        ...defaults,
        ...op,
        permission,
        success: typeof success === "string" ? { ...response, description: success, ...(etag && { etag }) } : success,
        errors: [...errors, ...extra],
      };
    };
  const found = { status: 200, schema } as const;
  const current = { ...found, etag: versioned };
  return {
    list: ({ paged, ...op }: CrudOperation & { paged?: boolean }) =>
      kind(
        "list",
        "get",
        path,
        { ...found, schema: resource.rowSchema ?? schema, shape: paged ? "page" : "list" },
        parent,
      )(op),
    create: kind("create", "post", path, { ...current, status: 201 }, [...parent, "CONFLICT"], {
      body: `${schema}Input`,
    }),
    get: kind("get", "get", record, current, ["NOT_FOUND"]),
    update: kind("update", "patch", record, current, ["NOT_FOUND", "CONFLICT"], {
      body: `${schema}Patch`,
      ...(versioned && { ifMatch: true }),
    }),
    /** Archives (200 with the archived record); `?permanent=true` deletes for good (204), with `deletePermission`. */
    archive: ({ deletePermission, query = [], ...op }: CrudOperation & { deletePermission: Permission }) =>
      kind("archiveOrDelete", "delete", record, found, ["NOT_FOUND", "CONFLICT"], {
        stricter: [{ query: "permanent", value: "true", permission: deletePermission }],
        noContent: "Deleted for good (`?permanent=true`)",
      })({ ...op, query: [permanentParam, ...query] }),
    /** A POST that does `verb` to one record (restore, cancel …) and answers the record. */
    action: (verb: string, op: CrudOperation) =>
      kind(verb, "post", `${record}/${verb}`, found, ["NOT_FOUND", "CONFLICT"])(op),
    delete: kind("delete", "delete", record, { status: 204 }, ["NOT_FOUND"]),
  };
}
