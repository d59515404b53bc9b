package regserver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

func TestWriteVerifiedLeavesNothingOnMismatch(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "model.bin")
	data := bytes.Repeat([]byte("weights"), 100000) // 700 kB
	sum := sha256.Sum256(data)
	wrong := &regserverv1.Digest{Hash: hex.EncodeToString(sum[:1]) + hex.EncodeToString(make([]byte, 31)), SizeBytes: int64(len(data))}

	_, err := writeVerified(target, wrong, bytes.NewReader(data))
	var mm *DigestMismatchError
	if !errors.As(err, &mm) || mm.GotHash != hex.EncodeToString(sum[:]) {
		t.Fatalf("got %v, want a *DigestMismatchError naming the real hash", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("after a mismatch the directory holds %v, want nothing", entries)
	}

	// A stream that fails midway leaves nothing either.
	broken := io.MultiReader(bytes.NewReader(data[:1000]), &failingReader{})
	if _, err := writeVerified(target, &regserverv1.Digest{Hash: hex.EncodeToString(sum[:]), SizeBytes: int64(len(data))}, broken); err == nil {
		t.Fatal("a broken stream must fail")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("after a broken stream the directory holds %v, want nothing", entries)
	}

	// The right digest puts the file in place.
	got, err := writeVerified(target, &regserverv1.Digest{Hash: hex.EncodeToString(sum[:]), SizeBytes: int64(len(data))}, bytes.NewReader(data))
	if err != nil || got.GetSizeBytes() != int64(len(data)) {
		t.Fatalf("writeVerified: %v %v", got, err)
	}
	if b, _ := os.ReadFile(target); !bytes.Equal(b, data) {
		t.Fatal("the file in place differs from the data")
	}
}

type failingReader struct{}

func (*failingReader) Read([]byte) (int, error) {
	return 0, status.Error(codes.DataLoss, "blob corrupt")
}

func TestRetryableWatchErrors(t *testing.T) {
	withReason := func(c codes.Code, reason string) error {
		st, err := status.New(c, "x").WithDetails(&errdetails.ErrorInfo{Domain: "regserver", Reason: reason})
		if err != nil {
			t.Fatal(err)
		}
		return st.Err()
	}
	cases := []struct {
		err  error
		want bool
	}{
		{io.EOF, true},
		{status.Error(codes.Unavailable, "shutting down"), true},
		{withReason(codes.Unavailable, "SHUTTING_DOWN"), true},
		{withReason(codes.ResourceExhausted, "SLOW_CONSUMER"), true},
		{status.Error(codes.DeadlineExceeded, "x"), true},
		{status.Error(codes.Internal, "stream terminated by RST_STREAM"), true},
		{withReason(codes.Internal, "SOMETHING"), false},
		{withReason(codes.OutOfRange, "REVISION_COMPACTED"), false},
		{status.Error(codes.InvalidArgument, "x"), false},
		{status.Error(codes.Unauthenticated, "x"), false},
		{errors.New("local"), false},
	}
	for _, c := range cases {
		if got := retryableWatchError(c.err); got != c.want {
			t.Errorf("retryableWatchError(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

func TestAsErrorReadsErrorInfo(t *testing.T) {
	st, _ := status.New(codes.NotFound, "no model named x").WithDetails(&errdetails.ErrorInfo{
		Domain: "regserver", Reason: "MODEL_NOT_FOUND", Metadata: map[string]string{"model": "x"},
	})
	e, ok := AsError(wrap(st.Err()))
	if !ok || e.Code != codes.NotFound || e.Reason != "MODEL_NOT_FOUND" || e.Metadata["model"] != "x" || e.Message != "no model named x" {
		t.Fatalf("AsError = %+v, %v", e, ok)
	}
	if status.Code(e) != codes.NotFound {
		t.Fatal("status.Code must see through *Error")
	}
}
