/**
 * The error of a 2xx answer whose body cannot be used. Such a body may come from a proxy rather than Auth0 (a login
 * page, an echo of the request), so it passes the same scrubbing of the client's own secrets as any failed answer
 * before any of it reaches the error; and a body that is not JSON is described as such (status, content type,
 * length, a short excerpt) rather than checked against the schema.
 */
import type * as ParseResult from "effect/ParseResult"
import * as Validation from "@effect-auth0/domain/Validation"
import * as ConnectionsError from "../ConnectionsError.js"
import * as Redact from "./redact.js"
import * as Validate from "./validate.js"

/** How much of a non-JSON body the error quotes. */
const EXCERPT_LENGTH = 120

/** What is known of the answer. */
export interface Answer {
  readonly method: string
  /** The URL without query string. */
  readonly url: string
  readonly status: number
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string | undefined>>
  /** The body as the transport parsed it: JSON, or the raw text when it is not JSON. */
  readonly body: unknown
}

const excerpt = (text: string, secrets: ReadonlyArray<string>): string => {
  // Scrub the whole text first: cutting first could split a secret and let its start through.
  const clean = Redact.text(text, secrets).replace(/\s+/g, " ").trim()
  return clean.length > EXCERPT_LENGTH ? `${clean.slice(0, EXCERPT_LENGTH)}…` : clean
}

/** A 2xx body that is not JSON. */
export const notJson = (answer: Answer & { readonly body: string }, secrets: ReadonlyArray<string>): ConnectionsError.UnexpectedResponse =>
  new ConnectionsError.UnexpectedResponse({
    message: `${answer.method} ${answer.url}: the ${answer.status} response body is not JSON (content-type ${
      answer.headers["content-type"] ?? "not set"
    }, ${answer.body.length} characters): ${JSON.stringify(excerpt(answer.body, secrets))}`,
    status: answer.status,
    method: answer.method,
    url: answer.url,
    issues: []
  })

/** A 2xx body that does not decode: the failing paths, their messages scrubbed of the client's secrets. */
export const mismatch = (answer: Answer, error: ParseResult.ParseError, secrets: ReadonlyArray<string>): ConnectionsError.UnexpectedResponse =>
  new ConnectionsError.UnexpectedResponse({
    message: `${answer.method} ${answer.url}: the ${answer.status} response body does not match the expected schema`,
    status: answer.status,
    method: answer.method,
    url: answer.url,
    issues: Validate.toIssues(Validation.issuesOf(error)).map((issue) => ({
      path: Redact.text(issue.path, secrets),
      message: Redact.text(issue.message, secrets)
    }))
  })

/** The error of an undecodable 2xx body: {@link notJson} for text, {@link mismatch} otherwise. */
export const make = (answer: Answer, error: ParseResult.ParseError, secrets: ReadonlyArray<string>): ConnectionsError.UnexpectedResponse =>
  typeof answer.body === "string" ? notJson({ ...answer, body: answer.body }, secrets) : mismatch(answer, error, secrets)
