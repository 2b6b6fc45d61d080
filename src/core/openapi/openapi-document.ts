import { endpoint, statusMeanings, type ApiVersion } from "../../endpoint/descriptor";
import { bodySchema } from "../../endpoint/schema";
import { errorBodySchema } from "./error-body-schema";
import type { JsonObject } from "./json-value";
import { toOpenApiSchema } from "./openapi-schema";

/** Component names, exported so that tests and callers resolve `$ref`s without restating them. */
export const openApiNames = {
  requestSchema: "SyncDataRequest",
  successSchema: "SyncDataResponse",
  errorSchema: "ErrorBody",
  traceIdHeader: "TraceId",
  securityScheme: "accessToken",
} as const;

const ref = (kind: "schemas" | "headers", name: string): JsonObject => ({ $ref: `#/components/${kind}/${name}` });
const json = endpoint.headers.accept.value;
const traceIdHeaders: JsonObject = { [endpoint.response.traceIdHeader]: ref("headers", openApiNames.traceIdHeader) };

function errorResponses(): JsonObject {
  const responses: Record<string, JsonObject> = {};
  for (const { code, meaning, advice } of statusMeanings.filter((s) => s.code >= 400)) {
    const example = code === 429 ? { example: endpoint.rateLimit.body } : {};
    responses[String(code)] = {
      description: advice === undefined ? meaning : `${meaning}. ${advice}`,
      headers: traceIdHeaders,
      content: { [json]: { schema: ref("schemas", openApiNames.errorSchema), ...example } },
    };
  }
  return responses;
}

/**
 * An OpenAPI 3.1 description of this one endpoint, built from `bodySchema`, `endpoint` and
 * `statusMeanings`, for import into other tools (Postman, Insomnia, code generators).
 */
export function makeOpenApiDocument(version: ApiVersion = endpoint.version): JsonObject {
  const { authorization, contentType } = endpoint.headers;
  const okMeaning = statusMeanings.find((s) => s.code === 200)?.meaning ?? "OK";
  return {
    openapi: "3.1.0",
    info: {
      title: endpoint.title,
      version,
      description: `SHOPLINE Admin Open API, ${version}: one endpoint, as documented on its reference page.`,
    },
    servers: [
      {
        url: endpoint.storeBaseUrlTemplate.replace("{version}", version),
        variables: {
          // The docs' own example: the store at open001.myshopline.com.
          handle: { default: "open001", description: "The store's handle: the prefix of its myshopline.com domain." },
        },
      },
    ],
    paths: {
      [endpoint.resourcePath]: {
        [endpoint.method.toLowerCase()]: {
          operationId: "syncMarketingEventStatistics",
          summary: endpoint.title,
          description:
            `Requires the ${endpoint.scope} access scope. Rate limit: ${endpoint.rateLimit.perSecond} requests/second ` +
            `per app and store (leaky bucket of ${endpoint.rateLimit.bucketSize}). Statistics are totals, not increments.`,
          security: [{ [openApiNames.securityScheme]: [] }],
          requestBody: { required: true, content: { [contentType.value]: { schema: ref("schemas", openApiNames.requestSchema) } } },
          responses: {
            "200": {
              description: okMeaning,
              headers: traceIdHeaders,
              content: { [json]: { schema: ref("schemas", openApiNames.successSchema) } },
            },
            ...errorResponses(),
          },
        },
      },
    },
    components: {
      schemas: {
        [openApiNames.requestSchema]: toOpenApiSchema(bodySchema),
        [openApiNames.successSchema]: {
          type: "object",
          properties: {
            // SHOPLINE's own spelling.
            [endpoint.response.successCountField]: { type: "integer", description: "Success total number", examples: [1] },
          },
        },
        [openApiNames.errorSchema]: errorBodySchema,
      },
      headers: {
        [openApiNames.traceIdHeader]: {
          description: "A globally unique identifier for the request, for tracing and support.",
          schema: { type: "string" },
        },
      },
      securitySchemes: {
        [openApiNames.securityScheme]: {
          type: "http",
          scheme: authorization.scheme.toLowerCase(),
          bearerFormat: "JWT",
          description: "An access token: OAuth 2.0 for public and custom apps, copied from the store admin for private apps.",
        },
      },
    },
  };
}
