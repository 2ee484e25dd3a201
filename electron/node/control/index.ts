/** The local control socket: one writer per vault, reachable by `kizuna` while another process holds it. */
export { startControlServer, answerControlRequest, isServed, ControlServerError, type ControlServer, type ControlServerOptions, type ControlledVault } from './control-server'
export { sendControlRequest, type JobEvents, ControlImpostorError, ControlProtocolError, ControlUnreachableError } from './control-client'
export {
  CONTROL_PROTOCOL_VERSION,
  MAX_REQUEST_BYTES,
  controlRequestSchema,
  controlResponseSchema,
  type ControlErrorCode,
  type ControlRequest,
  type ControlResponse,
} from './protocol'
export { controlSocketPath, CONTROL_SOCKET_NAME } from './socket-path'
