import { ConnectionsCheckpointPage } from "@effect-auth0/domain/ConnectionList"
import { checkpointPage } from "./fixtures.js"
import { compileJsonDecoder } from "./fastDecode.js"
const text = JSON.stringify(checkpointPage(100))
const dec = compileJsonDecoder(ConnectionsCheckpointPage)
const t = performance.now()
while (performance.now() - t < 5000) dec(text)
