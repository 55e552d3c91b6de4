/**
 * `DELETE /connections/{id}/users?email=…`: deletes a database connection's user by email.
 *
 * @internal
 */
import { USER_EMAIL_MAX_LENGTH } from "@effect-auth0/domain/Identifiers"
import { existing, type Handler, readQuery } from "../context.js"
import { badRequest, validationError } from "../errors.js"
import type { QuerySpec } from "../query.js"

const usersQuery: QuerySpec = {
  email: { kind: "string", schema: { type: "string", format: "email", maxLength: USER_EMAIL_MAX_LENGTH, description: "The email of the user to delete" } }
}

/** 204 for a database connection; the engine stores no users, and deleting a missing one is Auth0's 204 too. */
export const removeByEmail: Handler = (ctx) => {
  const q = readQuery(ctx, usersQuery)
  if (typeof q.email !== "string") return validationError("Query", "Missing required property: email")
  const entry = existing(ctx)
  if (entry.strategy !== "auth0") return badRequest("Connection must be a database connection", "operation_not_supported")
  return { status: 204, body: undefined }
}
