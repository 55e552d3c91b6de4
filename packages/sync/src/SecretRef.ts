/**
 * Secret references: in a desired-state file a secret is written as `{ env: NAME }` or `{ file: path }`, never as
 * its value. A reference is resolved in memory into a `Redacted` only when it is compared (by hash) or written;
 * its value never goes into a plan, an output or a log.
 *
 * @since 0.0.0
 */
import * as FileSystem from "@effect/platform/FileSystem"
import * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Predicate from "effect/Predicate"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as nodePath from "node:path"
import { secretDigest } from "./internal/canonical.js"

/**
 * An environment variable name (`[A-Za-z_][A-Za-z0-9_]*`).
 *
 * @since 0.0.0
 */
export const EnvName = Schema.String.pipe(
  Schema.pattern(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: () => "must be an environment variable name (letters, digits, _)" })
)

/**
 * `{ env: NAME }` or `{ file: path }` (a path relative to the desired-state file's folder).
 *
 * @since 0.0.0
 */
export const SecretRef = Schema.Union(
  Schema.Struct({ env: EnvName }),
  Schema.Struct({ file: Schema.String.pipe(Schema.minLength(1)) })
).annotations({ identifier: "SecretRef" })

/**
 * @since 0.0.0
 */
export type SecretRef = typeof SecretRef.Type

/**
 * Whether a value written in a file is a secret reference: an object with the single key `env` or `file`.
 *
 * @since 0.0.0
 */
export const isSecretRef = (u: unknown): u is SecretRef => {
  if (!Predicate.isRecord(u)) return false
  const keys = Object.keys(u)
  return keys.length === 1 && (typeof u["env"] === "string" || typeof u["file"] === "string")
}

/**
 * `env:NAME` or `file:path`: how a reference is named in plans and messages.
 *
 * @since 0.0.0
 */
export const describe = (ref: SecretRef): string => ("env" in ref ? `env:${ref.env}` : `file:${ref.file}`)

/**
 * Why a reference could not be resolved.
 *
 * @since 0.0.0
 */
export interface Unresolved {
  readonly reference: string
  readonly reason: string
}

/**
 * Resolves a reference: an environment variable through Effect's `Config` (so `--env-file` and test providers
 * apply), or a file's content without its final line break. Empty values count as missing.
 *
 * @since 0.0.0
 */
export const resolve = (
  ref: SecretRef,
  baseDir: string
): Effect.Effect<Redacted.Redacted<string>, Unresolved, FileSystem.FileSystem> => {
  const reference = describe(ref)
  const span = Effect.withSpan("SecretRef.resolve", { attributes: { reference } })
  if ("env" in ref) {
    return Config.option(Config.redacted(ref.env)).pipe(
      Effect.mapError(() => ({ reference, reason: "the variable cannot be read" })),
      Effect.flatMap(Option.match({
        onNone: () => Effect.fail({ reference, reason: "the environment variable is not set" }),
        onSome: (value) =>
          Redacted.value(value).length === 0 ? Effect.fail({ reference, reason: "the environment variable is empty" }) : Effect.succeed(value)
      })),
      span
    )
  }
  return Effect.flatMap(FileSystem.FileSystem, (fs) => fs.readFileString(nodePath.resolve(baseDir, ref.file))).pipe(
    Effect.mapError((error) => ({ reference, reason: `the file cannot be read (${"reason" in error ? error.reason : error._tag})` })),
    Effect.flatMap((text) => {
      const value = text.replace(/\r?\n$/, "")
      return value.length === 0 ? Effect.fail({ reference, reason: "the file is empty" }) : Effect.succeed(Redacted.make(value))
    }),
    span
  )
}

/**
 * Keys whose string values are secrets whatever the strategy's schema says: the schemas type the secrets of the
 * common strategies (they decode to `Redacted`), but e.g. `facebook`'s `client_secret` or `apple`'s `app_secret`
 * are untyped strings.
 *
 * @since 0.0.0
 */
export const SECRET_KEY = /secret|(^|_)token$|private_?key|api_?key/i

/**
 * Paths of the secrets in a value: `Redacted` values, and strings under a {@link SECRET_KEY} key.
 *
 * @since 0.0.0
 */
export const secretPaths = (
  value: unknown,
  path: ReadonlyArray<string | number> = []
): ReadonlyArray<ReadonlyArray<string | number>> => {
  if (Redacted.isRedacted(value)) return [path]
  const key = path[path.length - 1]
  if (typeof value === "string" && typeof key === "string" && SECRET_KEY.test(key)) return [path]
  if (Array.isArray(value)) return value.flatMap((item, i) => secretPaths(item, [...path, i]))
  if (Predicate.isRecord(value)) return Object.entries(value).flatMap(([k, child]) => secretPaths(child, [...path, k]))
  return []
}

/**
 * The hash a plan shows for a secret (`sha256:` + 16 hex digits), never the value.
 *
 * @since 0.0.0
 */
export const hash = (value: Redacted.Redacted<string> | string): string => secretDigest(value)

/**
 * A variable name suggested for a secret found on export: `<CONNECTION>_<PATH>` in upper case, e.g.
 * `GOOGLE_OAUTH2_CLIENT_SECRET` for `options.client_secret` of `google-oauth2`.
 *
 * @since 0.0.0
 */
export const suggestVariable = (connection: string, path: ReadonlyArray<PropertyKey>): string => {
  const words = [connection, ...path.filter((p) => p !== "options").map(String)].join("_")
  const name = words.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase()
  return /^[0-9]/.test(name) ? `_${name}` : name
}
