import { endpoint } from "../../endpoint/descriptor";
import type { JsonObject } from "./json-value";

const messages: JsonObject = { type: "array", items: { type: "string" } };

/**
 * Error answers carry `errors`: a message (`{"errors":"Too many request"}`), a list, or a map of
 * field path → message or messages (422). The SDK also reads `code` and `message` when present;
 * their types are undocumented, so they are left open. The body may also be empty.
 */
export const errorBodySchema: JsonObject = {
  type: "object",
  description: "Error answer. The body may also be empty.",
  properties: {
    [endpoint.response.errorsField]: {
      description: "A message, a list of messages, or a map of field path to message(s).",
      anyOf: [
        { type: "string" },
        { type: "array", items: {} },
        { type: "object", additionalProperties: { anyOf: [{ type: "string" }, messages] } },
      ],
    },
    code: { description: "Read by the official SDK when present; type undocumented." },
    message: { description: "Read by the official SDK when present; type undocumented." },
  },
};
