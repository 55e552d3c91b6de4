/**
 * The change journal's file format: a sequence of records, each `[length: u32 LE][crc32 of the payload: u32 LE]
 * [payload: UTF-8 JSON]`. Appending a record is one write; a crash in the middle of it leaves a torn LAST record,
 * which reading drops. A bad record followed by more bytes is not a torn append but damage, and reading refuses it.
 */
import * as Either from "effect/Either"
import { crc32 } from "node:zlib"

const HEADER_BYTES = 8

/** The bytes of one record holding `value`. */
export const frame = (value: unknown): Uint8Array => {
  const payload = Buffer.from(JSON.stringify(value), "utf8")
  const out = Buffer.allocUnsafe(HEADER_BYTES + payload.length)
  out.writeUInt32LE(payload.length, 0)
  out.writeUInt32LE(crc32(payload), 4)
  payload.copy(out, HEADER_BYTES)
  return out
}

/** What a journal holds: its records in order, and whether a torn last record was dropped. */
export interface Scanned {
  readonly records: ReadonlyArray<unknown>
  readonly torn: boolean
}

const allZero = (bytes: Uint8Array, from: number): boolean => {
  for (let i = from; i < bytes.length; i++) if (bytes[i] !== 0) return false
  return true
}

/** Reads a journal; the `Left` describes the damage (a bad record that is not the last one). */
export const scan = (bytes: Uint8Array): Either.Either<Scanned, string> => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const records: Array<unknown> = []
  let offset = 0
  while (offset < buffer.length) {
    const at = `record ${records.length + 1} (byte ${offset})`
    // Too short for a header, a length past the end, or zeros to the end (space allocated, data never written):
    // what a crash in the middle of the last append leaves.
    if (buffer.length - offset < HEADER_BYTES || allZero(buffer, offset)) return Either.right({ records, torn: true })
    const length = buffer.readUInt32LE(offset)
    const end = offset + HEADER_BYTES + length
    if (end > buffer.length) return Either.right({ records, torn: true })
    const payload = buffer.subarray(offset + HEADER_BYTES, end)
    if (crc32(payload) !== buffer.readUInt32LE(offset + 4)) {
      if (end === buffer.length) return Either.right({ records, torn: true })
      return Either.left(`${at} fails its checksum and more records follow it`)
    }
    try {
      records.push(JSON.parse(payload.toString("utf8")))
    } catch {
      return Either.left(`${at} passes its checksum but is not JSON`)
    }
    offset = end
  }
  return Either.right({ records, torn: false })
}
