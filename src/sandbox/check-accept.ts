// Whether an `Accept` header allows a JSON answer (SHOPLINE answers 406 when "the Accept
// header's type is not acceptable"). Absent, empty, */*, application/* and application/json (any
// parameters, any case) accept; a range with q=0 does not count.
// Example: acceptsJson("text/html, */*;q=0.1") → true
export function acceptsJson(value: string | null): boolean {
  if (value === null || value.trim() === "") return true;
  return value.split(",").some((range) => {
    const [type = "", ...parameters] = range.split(";").map((part) => part.trim().toLowerCase());
    const refused = parameters.some((p) => /^q\s*=\s*0(?:\.0{0,3})?$/.test(p));
    return !refused && (type === "*/*" || type === "application/*" || type === "application/json");
  });
}
