/**
 * What an endpoint of the Management API is, as data: method, path template, how its query and body are encoded
 * (and validated), the schema of its 2xx body, the errors it can return, whether it is safe to send again, and its
 * special cases. The executor (`executor.ts`) turns a declaration plus an input into a call; a method's error type
 * is derived from the declaration ({@link ErrorOf}), so each endpoint lists its errors once.
 */
import * as Either from "effect/Either"
import type * as Schema from "effect/Schema"
import * as Validation from "@effect-auth0/domain/Validation"
import type * as ConnectionsError from "../ConnectionsError.js"

/** The tag of any error of the connections API. */
export type ErrorTag = ConnectionsError.ConnectionsError["_tag"]

/** The tags every call can fail with, whatever the endpoint. */
export type CommonTag = ConnectionsError.CommonError["_tag"]

/** The tags of {@link CommonTag}, as a value. */
export const COMMON_TAGS: ReadonlyArray<CommonTag> = [
  "InvalidRequest",
  "Unauthorized",
  "InsufficientScope",
  "RateLimited",
  "ServerError",
  "TransportError",
  "UnexpectedResponse"
]

/** The errors of a call to an endpoint that declares the tags `T`: the common ones plus those. */
export type ErrorOf<T extends ErrorTag> = ConnectionsError.CommonError | Extract<ConnectionsError.ConnectionsError, { readonly _tag: T }>

/** The methods the connections API uses. */
export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE"

/** Query parameters in order; a repeated key appears once per value. */
export type Query = ReadonlyArray<readonly [string, string]>

/** Turns a value into its wire form, or into every problem found in it. */
export type Encoder<A, O> = (value: A) => Either.Either<O, ReadonlyArray<Validation.Issue>>

/** An encoder from a domain schema (`Redacted` secrets become their values), then shaped for the wire by `wire`. */
export const fromSchema = <A, I, O = I>(schema: Schema.Schema<A, I, never>, wire?: (encoded: I) => O): Encoder<A, O> => {
  const run = Validation.encode(schema)
  return wire === undefined ? (run as unknown as Encoder<A, O>) : (value) => Either.map(run(value), wire)
}

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never

/** The parameters of a path template: `"/connections/{id}/keys"` → `{ id: string }`. */
export type PathParams<P extends string> = { readonly [K in ParamNames<P>]: string }

/** One endpoint. */
export interface Endpoint<P extends string, Q, B, A, T extends ErrorTag> {
  readonly method: Method
  /**
   * Path below `/api/v2`, with `{name}` parameters (each percent-encoded into the URL). `{id}` is the connection's
   * id: a 404 `inexistent_connection` becomes `ConnectionNotFound` naming it.
   */
  readonly path: P
  /** Validates and encodes the query. */
  readonly query: Encoder<Q, Query> | undefined
  /** Validates and encodes the body (wire JSON). */
  readonly body: Encoder<B, unknown> | undefined
  /** Schema of the 2xx body (unknown keys kept); without one the body is ignored. */
  readonly response: Schema.Schema<A, any, never> | undefined
  /** A 204 or an empty body is a success even though `response` is set (the value is then `undefined`). */
  readonly noContent: boolean
  /** The error tags the endpoint returns besides the common ones; any other answer becomes `UnexpectedResponse`. */
  readonly errors: ReadonlyArray<T>
  /** Safe to send again after a 5xx, a timeout or a transport error (the first attempt may have been applied). */
  readonly idempotent: boolean
  /** A 404 after an ambiguous attempt means that attempt did the job (deletes whose target then is gone). */
  readonly notFoundAfterAmbiguousIsSuccess: boolean
}

/** Any endpoint (for code that handles every endpoint alike). */
export type Any = Endpoint<string, unknown, unknown, unknown, ErrorTag>

/** What a call of an endpoint takes: its path parameters, and its query and body where it has them. */
export type Input<P extends string, Q, B> =
  & ([ParamNames<P>] extends [never] ? {} : { readonly params: PathParams<P> })
  & ([Q] extends [never] ? {} : { readonly query: Q })
  & ([B] extends [never] ? {} : { readonly body: B })

/**
 * Declares an endpoint. `response` with `noContent: true` gives `A | undefined`; no `response` gives `void`.
 */
export const make = <
  const P extends string,
  T extends ErrorTag = never,
  Q = never,
  B = never,
  A = void,
  const N extends boolean = false
>(spec: {
  readonly method: Method
  readonly path: P
  readonly query?: Encoder<Q, Query> | undefined
  readonly body?: Encoder<B, unknown> | undefined
  readonly response?: Schema.Schema<A, any, never> | undefined
  readonly noContent?: N | undefined
  readonly errors: ReadonlyArray<T>
  readonly idempotent: boolean
  readonly notFoundAfterAmbiguousIsSuccess?: boolean | undefined
}): Endpoint<P, Q, B, N extends true ? A | undefined : A, T> => ({
  method: spec.method,
  path: spec.path,
  query: spec.query,
  body: spec.body,
  // `noContent` only widens the value type with `undefined`: the schema is the same.
  response: spec.response as Schema.Schema<N extends true ? A | undefined : A, any, never> | undefined,
  noContent: spec.noContent === true,
  errors: spec.errors,
  idempotent: spec.idempotent,
  notFoundAfterAmbiguousIsSuccess: spec.notFoundAfterAmbiguousIsSuccess === true
})

/** The same endpoint with another body encoder (e.g. a body validated against a schema chosen at run time). */
export const withBody = <P extends string, Q, B, A, T extends ErrorTag, B2>(
  endpoint: Endpoint<P, Q, B, A, T>,
  body: Encoder<B2, unknown>
): Endpoint<P, Q, B2, A, T> => ({ ...endpoint, body })

/** The path with its parameters filled in (percent-encoded). */
export const renderPath = (path: string, params: Readonly<Record<string, string>> | undefined): string => {
  const parts = templates.get(path) ?? split(path)
  let out = parts[0]!
  for (let i = 1; i < parts.length; i += 2) out += encodeURIComponent(params?.[parts[i]!] ?? "") + parts[i + 1]!
  return out
}

// A template split once into literal text and parameter names, alternating: "/a/{id}/b" → ["/a/", "id", "/b"].
const templates = new Map<string, ReadonlyArray<string>>()
const split = (path: string): ReadonlyArray<string> => {
  const parts = path.split(/\{([^}]+)\}/)
  templates.set(path, parts)
  return parts
}
