package regserver

import (
	"errors"
	"fmt"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Error is a failed regserver call: its canonical gRPC code, the server's
// message, and the reason and metadata of the google.rpc.ErrorInfo detail
// regserver attaches to every error (empty if there is none).
//
// It implements GRPCStatus, so status.Code(err) and status.FromError(err)
// keep working on it.
type Error struct {
	Code     codes.Code
	Message  string
	Reason   string            // e.g. "MODEL_NOT_FOUND" (see errors.proto)
	Metadata map[string]string // ErrorInfo.metadata, e.g. {"model": "fraud"}
	status   *status.Status
}

func (e *Error) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("regserver: %s: %s (reason %s)", e.Code, e.Message, e.Reason)
	}
	return fmt.Sprintf("regserver: %s: %s", e.Code, e.Message)
}

// GRPCStatus returns the underlying status, with its details.
func (e *Error) GRPCStatus() *status.Status { return e.status }

// AsError converts any error carrying a gRPC status (including errors
// returned by the raw stubs) into an *Error. It returns false for errors
// without a status (e.g. local I/O errors).
func AsError(err error) (*Error, bool) {
	if err == nil {
		return nil, false
	}
	var e *Error
	if errors.As(err, &e) {
		return e, true
	}
	st, ok := status.FromError(err)
	if !ok {
		return nil, false
	}
	e = &Error{Code: st.Code(), Message: st.Message(), status: st}
	for _, d := range st.Details() {
		if info, ok := d.(*errdetails.ErrorInfo); ok {
			e.Reason = info.GetReason()
			e.Metadata = info.GetMetadata()
			break
		}
	}
	return e, true
}

// wrap turns a status error into an *Error and leaves other errors alone.
func wrap(err error) error {
	if err == nil {
		return nil
	}
	if e, ok := AsError(err); ok {
		return e
	}
	return err
}

// DigestMismatchError reports bytes that do not match the manifest's
// digest. Nothing was written to the destination.
type DigestMismatchError struct {
	Path           string // the manifest path (or destination), for messages
	WantHash       string
	WantSize       int64
	GotHash        string // empty if the data was longer than WantSize
	GotSize        int64  // bytes seen (WantSize+1 if longer)
	LongerThanWant bool
}

func (e *DigestMismatchError) Error() string {
	if e.LongerThanWant {
		return fmt.Sprintf("regserver: %s: received more than the expected %d bytes; nothing was written", e.Path, e.WantSize)
	}
	return fmt.Sprintf("regserver: %s: received sha256=%s size=%d but the manifest says sha256=%s size=%d; nothing was written",
		e.Path, e.GotHash, e.GotSize, e.WantHash, e.WantSize)
}
