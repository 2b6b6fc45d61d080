import type { ErrorObject } from "ajv";

/** ajv's standalone validator of `bodySchema` (generated). */
interface GeneratedValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: GeneratedValidator;
export default validate;
export { validate };
