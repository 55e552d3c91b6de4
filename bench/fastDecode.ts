/**
 * The compiled decoder prototyped here now lives in the domain package (`@effect-auth0/domain/FastDecode`); this
 * re-export keeps the benchmarks' imports working.
 */
export { compileDecoder, compileJsonDecoder } from "@effect-auth0/domain/FastDecode"
