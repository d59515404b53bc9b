// Package regserver is a thin, idiomatic Go layer over the generated gRPC
// client of regserver (package regserverv1).
//
// It adds what every caller of the raw stubs would otherwise write by hand:
//
//   - [Connect]: a channel with plaintext or TLS transport and an optional
//     bearer token sent as "authorization: Bearer <token>" on every call.
//   - Paging iterators ([Client.RegisteredModels], [Client.ModelVersions])
//     that follow next_page_token.
//   - [Client.DownloadVersion]: streams each file of a model version to disk,
//     verifying its SHA-256 and size, and renames it into place atomically.
//   - [Client.UploadBlob] and [DigestOf]: the client side of
//     ArtifactStore.WriteBlob.
//   - [Watcher]: EventService.Watch that reconnects on a retryable end of
//     stream and resumes from the last revision seen, so no event is missed
//     or repeated.
//   - [Error]: a failed call's gRPC code, message and ErrorInfo reason.
//
// The generated stubs stay available as Client.Registry, Client.Artifacts
// and Client.Events (they carry the token too) for every RPC this package
// does not wrap.
package regserver
