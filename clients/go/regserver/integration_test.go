package regserver_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/regserver/regserver/clients/go/internal/testserver"
	"github.com/regserver/regserver/clients/go/regserver"
	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

// connect connects to srv with its admin token.
func connect(t *testing.T, srv *testserver.Server, opts ...regserver.Option) *regserver.Client {
	t.Helper()
	c, err := regserver.Connect(srv.Addr, append([]regserver.Option{regserver.WithToken(srv.Token)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// countCalls counts the calls of each method made through a client.
func countCalls(counts map[string]*atomic.Int32) regserver.Option {
	return regserver.WithDialOptions(grpc.WithChainUnaryInterceptor(
		func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
			if n, ok := counts[method]; ok {
				n.Add(1)
			}
			return invoker(ctx, method, req, reply, cc, opts...)
		}))
}

func TestPagingFollowsNextPageToken(t *testing.T) {
	t.Parallel()
	srv := testserver.Start(t)
	counts := map[string]*atomic.Int32{
		regserverv1.ModelRegistry_ListRegisteredModels_FullMethodName: {},
		regserverv1.ModelRegistry_ListModelVersions_FullMethodName:    {},
	}
	c := connect(t, srv, countCalls(counts))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	var want []string
	for i := range 7 {
		name := fmt.Sprintf("page-model-%d", i)
		if _, err := c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: name}); err != nil {
			t.Fatal(err)
		}
		want = append(want, name)
	}
	if _, err := c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: "other"}); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := c.CreateVersion(ctx, "page-model-3", nil); err != nil {
			t.Fatal(err)
		}
	}

	var got []string
	for m, err := range c.RegisteredModels(ctx, &regserverv1.ListRegisteredModelsRequest{PageSize: 2, Filter: `name LIKE "page-model-%"`}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m.GetName())
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("models = %v, want %v", got, want)
	}
	if n := counts[regserverv1.ModelRegistry_ListRegisteredModels_FullMethodName].Load(); n != 4 {
		t.Fatalf("7 models by 2 took %d pages, want 4", n)
	}

	var versions []int64
	for v, err := range c.ModelVersions(ctx, &regserverv1.ListModelVersionsRequest{ModelName: "page-model-3", PageSize: 2}) {
		if err != nil {
			t.Fatal(err)
		}
		versions = append(versions, v.GetVersion())
	}
	if fmt.Sprint(versions) != "[5 4 3 2 1]" {
		t.Fatalf("versions = %v, want [5 4 3 2 1] (newest first)", versions)
	}
	if n := counts[regserverv1.ModelRegistry_ListModelVersions_FullMethodName].Load(); n != 3 {
		t.Fatalf("5 versions by 2 took %d pages, want 3", n)
	}

	// Stopping early fetches no more pages.
	counts[regserverv1.ModelRegistry_ListModelVersions_FullMethodName].Store(0)
	for range c.ModelVersions(ctx, &regserverv1.ListModelVersionsRequest{ModelName: "page-model-3", PageSize: 2}) {
		break
	}
	if n := counts[regserverv1.ModelRegistry_ListModelVersions_FullMethodName].Load(); n != 1 {
		t.Fatalf("breaking after the first item fetched %d pages, want 1", n)
	}

	// A failed page is yielded as an *Error.
	for _, err := range c.ModelVersions(ctx, &regserverv1.ListModelVersionsRequest{PageSize: -1}) {
		if e, ok := regserver.AsError(err); !ok || e.Code != codes.InvalidArgument {
			t.Fatalf("page_size -1: got %v, want INVALID_ARGUMENT", err)
		}
	}
}

func TestErrorsCarryCodeAndReason(t *testing.T) {
	t.Parallel()
	srv := testserver.Start(t)
	c := connect(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	_, err := c.GetModel(ctx, "no-such-model")
	var e *regserver.Error
	if !errors.As(err, &e) || e.Code != codes.NotFound || e.Reason != "MODEL_NOT_FOUND" || e.Message == "" {
		t.Fatalf("got %#v, want NOT_FOUND / MODEL_NOT_FOUND", err)
	}
	if status.Code(err) != codes.NotFound {
		t.Fatalf("status.Code(err) = %v", status.Code(err))
	}
	if _, err := c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: "dup"}); err != nil {
		t.Fatal(err)
	}
	_, err = c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: "dup"})
	if e, ok := regserver.AsError(err); !ok || e.Code != codes.AlreadyExists || e.Reason != "MODEL_ALREADY_EXISTS" {
		t.Fatalf("got %v, want ALREADY_EXISTS / MODEL_ALREADY_EXISTS", err)
	}
}

// A blob corrupted in the server's store is never put in place: the read
// fails (the server reports DATA_LOSS, or the client's own check fails) and
// no file or temporary file is left behind.
func TestDownloadOfCorruptBlobLeavesNothing(t *testing.T) {
	t.Parallel()
	srv := testserver.Start(t)
	c := connect(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	src := t.TempDir()
	data := bytes.Repeat([]byte("0123456789abcdef"), 200000) // 3.2 MB: several chunks
	if err := os.WriteFile(filepath.Join(src, "w.bin"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: "corrupt"}); err != nil {
		t.Fatal(err)
	}
	v, err := c.UploadVersion(ctx, "corrupt", nil, []regserver.LocalFile{{Path: "w.bin", Source: filepath.Join(src, "w.bin")}})
	if err != nil {
		t.Fatal(err)
	}
	// Round trip first.
	dest := t.TempDir()
	files, err := c.DownloadVersion(ctx, v, dest)
	if err != nil || len(files) != 1 || files[0].Size != int64(len(data)) || files[0].SHA256 != v.GetFiles()[0].GetDigest().GetHash() {
		t.Fatalf("DownloadVersion = %+v, %v", files, err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "w.bin")); !bytes.Equal(b, data) {
		t.Fatal("downloaded bytes differ")
	}

	// Flip one byte of the stored blob (the only file of its size in the data dir).
	var blob string
	_ = filepath.WalkDir(srv.DataDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			if info, _ := d.Info(); info != nil && info.Size() == int64(len(data)) {
				blob = p
			}
		}
		return nil
	})
	if blob == "" {
		t.Fatal("stored blob not found under the data dir")
	}
	stored, err := os.ReadFile(blob)
	if err != nil {
		t.Fatal(err)
	}
	stored[len(stored)/2] ^= 0xff
	if err := os.WriteFile(blob, stored, 0o600); err != nil {
		t.Fatal(err)
	}

	dest2 := t.TempDir()
	_, err = c.DownloadVersion(ctx, v, dest2)
	var mm *regserver.DigestMismatchError
	if e, ok := regserver.AsError(err); !(ok && e.Code == codes.DataLoss) && !errors.As(err, &mm) {
		t.Fatalf("got %v, want DATA_LOSS or a digest mismatch", err)
	}
	if entries, _ := os.ReadDir(dest2); len(entries) != 0 {
		t.Fatalf("after a failed download the destination holds %v", entries)
	}
}

// The Watcher resumes after the server restarts (its streams end with
// UNAVAILABLE), and delivers every event exactly once, including those
// committed while it was disconnected.
func TestWatchResumesAcrossServerRestart(t *testing.T) {
	t.Parallel()
	srv := testserver.Start(t)
	c := connect(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()

	const model = "resume-model"
	if _, err := c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: model}); err != nil {
		t.Fatal(err)
	}
	var reconnects atomic.Int32
	w := c.Watch(ctx, regserver.WatchOptions{
		ModelNames:  []string{model},
		EventTypes:  []regserverv1.EventType{regserverv1.EventType_EVENT_TYPE_VERSION_CREATED},
		OnReconnect: func(error, time.Duration) { reconnects.Add(1) },
	})
	defer w.Close()

	// The stream starts with a progress message.
	first, err := w.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if first.GetProgress() == nil {
		t.Fatalf("first message = %v, want progress", first)
	}

	var seen []*regserverv1.Event
	next := func() {
		t.Helper()
		for {
			resp, err := w.Recv()
			if err != nil {
				t.Fatalf("Recv: %v (events so far %v)\nserver log:\n%s", err, seen, srv.Log())
			}
			if ev := resp.GetEvent(); ev != nil {
				seen = append(seen, ev)
				return
			}
		}
	}
	for range 2 {
		if _, err := c.CreateVersion(ctx, model, nil); err != nil {
			t.Fatal(err)
		}
	}
	next()
	next()

	srv.Restart()
	// Committed while the watcher's stream is broken: it must still get them.
	for range 2 {
		if _, err := c.CreateVersion(ctx, model, nil); err != nil {
			t.Fatal(err)
		}
	}
	next()
	next()
	if reconnects.Load() == 0 {
		t.Fatal("the watcher never reconnected: the restart did not end its stream")
	}
	// One more, on the resumed stream.
	if _, err := c.CreateVersion(ctx, model, nil); err != nil {
		t.Fatal(err)
	}
	next()

	for i, ev := range seen {
		if ev.GetVersion() != int64(i+1) || ev.GetType() != regserverv1.EventType_EVENT_TYPE_VERSION_CREATED {
			t.Fatalf("event %d = version %d %v, want version %d VERSION_CREATED (all: %v)", i, ev.GetVersion(), ev.GetType(), i+1, seen)
		}
		if i > 0 && ev.GetRevision() <= seen[i-1].GetRevision() {
			t.Fatalf("revisions not increasing: %v", seen)
		}
	}
	if w.LastRevision() < seen[len(seen)-1].GetRevision() {
		t.Fatalf("LastRevision %d < last event's %d", w.LastRevision(), seen[len(seen)-1].GetRevision())
	}

	// Nothing else (no duplicate) arrives: only progress messages, if anything.
	qctx, qcancel := context.WithTimeout(ctx, 1500*time.Millisecond)
	defer qcancel()
	w2 := c.Watch(qctx, regserver.WatchOptions{ModelNames: []string{model}, StartRevision: seen[len(seen)-1].GetRevision() + 1})
	for resp, err := range w2.All() {
		if err != nil {
			t.Fatal(err)
		}
		if resp.GetEvent() != nil {
			t.Fatalf("unexpected event after the last one: %v", resp.GetEvent())
		}
	}
	_ = w
}

// The test servers require tokens: a call without one, or with a revoked
// one, is UNAUTHENTICATED; a viewer's token reads but cannot write.
func TestTokensAndRoles(t *testing.T) {
	t.Parallel()
	srv := testserver.Start(t)
	admin := connect(t, srv)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.CreateModel(ctx, &regserverv1.RegisteredModel{Name: "guarded"}); err != nil {
		t.Fatal(err)
	}

	anonymous, err := regserver.Connect(srv.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer anonymous.Close()
	_, err = anonymous.GetModel(ctx, "guarded")
	if e, ok := regserver.AsError(err); !ok || e.Code != codes.Unauthenticated || e.Reason != "TOKEN_MISSING" {
		t.Fatalf("GetModel without a token: %v; want UNAUTHENTICATED TOKEN_MISSING", err)
	}

	access := regserverv1.NewAccessControlClient(admin.Conn())
	created, err := access.CreateToken(ctx, &regserverv1.CreateTokenRequest{Principal: "dashboard"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := access.GrantRole(ctx, &regserverv1.GrantRoleRequest{Principal: "dashboard", Role: regserverv1.Role_ROLE_VIEWER}); err != nil {
		t.Fatal(err)
	}
	viewer := connect(t, &testserver.Server{Addr: srv.Addr, Token: created.GetSecret()})
	if m, err := viewer.GetModel(ctx, "guarded"); err != nil || m.GetName() != "guarded" {
		t.Fatalf("a viewer's GetModel: %v, %v", m, err)
	}
	_, err = viewer.CreateModel(ctx, &regserverv1.RegisteredModel{Name: "not-allowed"})
	if e, ok := regserver.AsError(err); !ok || e.Code != codes.PermissionDenied || e.Reason != "PERMISSION_DENIED" {
		t.Fatalf("a viewer's CreateModel: %v; want PERMISSION_DENIED", err)
	}

	if _, err := access.RevokeToken(ctx, &regserverv1.RevokeTokenRequest{Id: created.GetToken().GetId()}); err != nil {
		t.Fatal(err)
	}
	_, err = viewer.GetModel(ctx, "guarded")
	if e, ok := regserver.AsError(err); !ok || e.Code != codes.Unauthenticated || e.Reason != "TOKEN_REVOKED" {
		t.Fatalf("GetModel with a revoked token: %v; want UNAUTHENTICATED TOKEN_REVOKED", err)
	}
}
