/**
 * The schema validators, precompiled by ajv (validators.generated.ts, see
 * validator-source.ts), with their types; ajv itself is not loaded at run time.
 */
import type { ValidateFunction } from "ajv";
import * as generated from "./validators.generated.js";

/** Validates a pipeline definition against schemas/pipeline.schema.json. */
export const validatePipeline = generated.validatePipeline as ValidateFunction;
/** Validates a configuration against schemas/config.schema.json. */
export const validateConfig = generated.validateConfig as ValidateFunction;
