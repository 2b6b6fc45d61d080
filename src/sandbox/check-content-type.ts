import { endpoint } from "../endpoint/descriptor";

/**
 * Why a `Content-Type` is refused (SHOPLINE answers 400 when it is "not application/json"), or
 * undefined when it is JSON. The media type is matched case-insensitively; a charset is optional
 * but, when given, must be UTF-8, the only one the endpoint names.
 * @example contentTypeProblem("Application/JSON;charset=UTF-8") // → undefined
 */
export function contentTypeProblem(value: string | null): string | undefined {
  const expected = endpoint.headers.contentType.value;
  if (value === null || value.trim() === "") return `The Content-Type header is missing: send ${expected}.`;
  const [mediaType = "", ...parameters] = value.split(";").map((part) => part.trim());
  if (mediaType.toLowerCase() !== "application/json") return `Content-Type must be ${expected}, not ${value}.`;
  for (const parameter of parameters) {
    const [name = "", raw = ""] = parameter.split("=").map((part) => part.trim());
    const charset = raw.replace(/^"(.*)"$/, "$1").toLowerCase();
    if (name.toLowerCase() === "charset" && charset !== "utf-8" && charset !== "utf8") {
      return `The body must be UTF-8: charset=${raw} is not supported.`;
    }
  }
  return undefined;
}
