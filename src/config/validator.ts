/**
 * One ajv instance for the schemas fleetlint ships; each schema is compiled
 * once per process, on first use. `verbose` gives errors their parent schema,
 * which is where the list of known keys for "did you mean" comes from.
 */
import { Ajv, type ValidateFunction } from "ajv";

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

export function compileSchema(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    // markdownDescription is for editors (yaml-language-server); ajv must not reject it.
    ajv ??= new Ajv({ allErrors: true, verbose: true, strict: true, strictTuples: false }).addKeyword("markdownDescription");
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
