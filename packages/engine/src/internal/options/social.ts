/**
 * Options of social connections: the scope lists Auth0 derives from the scope flags, and the defaults each
 * provider gets.
 *
 * @internal
 */
import type { JsonObject } from "../json.js"
import { bool, copyOf, type Derive, fill } from "./shared.js"

/** Google scope flags and the scope URL each adds (the common ones). */
const GOOGLE_SCOPES: Readonly<Record<string, string>> = {
  calendar: "https://www.googleapis.com/auth/calendar",
  calendar_events: "https://www.googleapis.com/auth/calendar.events",
  calendar_events_readonly: "https://www.googleapis.com/auth/calendar.events.readonly",
  calendar_readonly: "https://www.googleapis.com/auth/calendar.readonly",
  contacts: "https://www.google.com/m8/feeds/",
  drive: "https://www.googleapis.com/auth/drive",
  drive_file: "https://www.googleapis.com/auth/drive.file",
  drive_readonly: "https://www.googleapis.com/auth/drive.readonly",
  gmail: "https://mail.google.com/",
  gmail_readonly: "https://www.googleapis.com/auth/gmail.readonly",
  gmail_send: "https://www.googleapis.com/auth/gmail.send",
  tasks: "https://www.googleapis.com/auth/tasks",
  tasks_readonly: "https://www.googleapis.com/auth/tasks.readonly",
  youtube: "https://www.googleapis.com/auth/youtube",
  youtube_readonly: "https://www.googleapis.com/auth/youtube.readonly"
}

/** GitHub scope flags and the OAuth scope each adds. */
const GITHUB_SCOPES: Readonly<Record<string, string>> = {
  email: "user:email",
  read_user: "read:user",
  follow: "user:follow",
  public_repo: "public_repo",
  repo: "repo",
  repo_deployment: "repo_deployment",
  repo_status: "repo:status",
  delete_repo: "delete_repo",
  notifications: "notifications",
  gist: "gist",
  read_repo_hook: "read:repo_hook",
  write_repo_hook: "write:repo_hook",
  admin_repo_hook: "admin:repo_hook",
  read_org: "read:org",
  admin_org: "admin:org",
  write_org: "write:org",
  read_public_key: "read:public_key",
  write_public_key: "write:public_key",
  admin_public_key: "admin:public_key"
}

/** The scopes of the flags set to `true`, in the table's order. */
const flagged = (user: JsonObject, table: Readonly<Record<string, string>>): Array<string> =>
  Object.keys(table).filter((flag) => bool(user, flag) === true).map((flag) => table[flag]!)

/** `google-oauth2`: `email` and `profile` on unless sent, and the scope list they and the flags make. */
export const googleOAuth2: Derive = (user) => {
  const out = fill(copyOf(user), user, { email: true, profile: true })
  const scope: Array<string> = []
  if (out.email === true) scope.push("email")
  if (out.profile === true) scope.push("profile")
  out.scope = [...scope, ...flagged(user, GOOGLE_SCOPES)]
  return out
}

/** `github`: the scope list of the flags. */
export const github: Derive = (user) => {
  const out = copyOf(user)
  out.scope = flagged(user, GITHUB_SCOPES)
  return out
}

/** `facebook`: an empty scope string unless sent. */
export const facebook: Derive = (user) => fill(copyOf(user), user, { scope: "" })

/** `linkedin`: profile on, the lite-profile scope, strategy version 2. */
export const linkedin: Derive = (user) => fill(copyOf(user), user, { profile: true, scope: ["r_liteprofile"], strategy_version: 2 })

/** `windowslive`: sign-in on, no scopes, strategy version 2. */
export const windowslive: Derive = (user) => fill(copyOf(user), user, { signin: true, scope: [], strategy_version: 2 })

/** `salesforce`, `salesforce-community`, `salesforce-sandbox`: no scopes unless sent. */
export const salesforce: Derive = (user) => fill(copyOf(user), user, { scope: [] })

/** `wordpress`: profile on unless sent. */
export const wordpress: Derive = (user) => fill(copyOf(user), user, { profile: true })

/** `line`: profile on unless sent; `scope` is always `openid` plus the `email` and `profile` flags that are on. */
export const line: Derive = (user) => {
  const out = copyOf(user)
  const scope = ["openid", ...["email", "profile"].filter((flag) => (flag === "profile" ? bool(user, flag) !== false : bool(user, flag) === true))]
  // The recordings show the scope rebuilt in this order whatever order was sent, and `profile` added after it.
  out.scope = scope
  return fill(out, user, { profile: true })
}

/** `apple`: `scope` is the space-separated `name` and `email` flags that are on (`"name email"`), unless sent. */
export const apple: Derive = (user) => {
  const flags = ["name", "email"].filter((flag) => bool(user, flag) === true)
  return flags.length === 0 ? copyOf(user) : fill(copyOf(user), user, { scope: flags.join(" ") })
}
