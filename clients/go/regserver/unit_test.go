package regserver_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/regserver/regserver/clients/go/regserver"
	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

func digestOf(b []byte) *regserverv1.Digest {
	sum := sha256.Sum256(b)
	return &regserverv1.Digest{Hash: hex.EncodeToString(sum[:]), SizeBytes: int64(len(b))}
}

func TestSafeJoinRejectsPathsThatEscape(t *testing.T) {
	dest := t.TempDir()
	for _, p := range []string{
		"", "/etc/passwd", "../evil", "a/../../evil", "a/..", "./a", "a//b", "a/./b", "a/", `a\..\b`, "a\x00b", "..",
	} {
		if got, err := regserver.SafeJoin(dest, p); err == nil {
			t.Errorf("SafeJoin(%q) = %q, want an error", p, got)
		}
	}
	for _, p := range []string{"model.bin", "config/params.txt", "a/b/c..d/.hidden"} {
		got, err := regserver.SafeJoin(dest, p)
		if err != nil {
			t.Errorf("SafeJoin(%q): unexpected error %v", p, err)
			continue
		}
		if want := filepath.Join(dest, filepath.FromSlash(p)); got != want {
			t.Errorf("SafeJoin(%q) = %q, want %q", p, got, want)
		}
	}
}

func TestCopyVerifiedDetectsMismatch(t *testing.T) {
	data := []byte("the model's weights\n")
	good := digestOf(data)

	var out bytes.Buffer
	got, err := regserver.CopyVerified(&out, bytes.NewReader(data), good)
	if err != nil || got.GetHash() != good.GetHash() || got.GetSizeBytes() != good.GetSizeBytes() || !bytes.Equal(out.Bytes(), data) {
		t.Fatalf("CopyVerified with the right digest: %v, %v", got, err)
	}

	cases := map[string]*regserverv1.Digest{
		"wrong hash": {Hash: digestOf([]byte("other")).GetHash(), SizeBytes: good.GetSizeBytes()},
		"too short":  {Hash: good.GetHash(), SizeBytes: good.GetSizeBytes() + 5},
		"too long":   {Hash: good.GetHash(), SizeBytes: good.GetSizeBytes() - 5},
	}
	for name, want := range cases {
		_, err := regserver.CopyVerified(&bytes.Buffer{}, bytes.NewReader(data), want)
		var mm *regserver.DigestMismatchError
		if !errors.As(err, &mm) {
			t.Errorf("%s: got %v, want a *DigestMismatchError", name, err)
			continue
		}
		if mm.WantHash != want.GetHash() || mm.WantSize != want.GetSizeBytes() {
			t.Errorf("%s: mismatch error names %s/%d, want %s/%d", name, mm.WantHash, mm.WantSize, want.GetHash(), want.GetSizeBytes())
		}
	}
}

func TestDownloadVersionRefusesEscapingPathsBeforeAnyCall(t *testing.T) {
	// Nothing listens here: the paths must be refused before any RPC.
	c, err := regserver.Connect("127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	parent := t.TempDir()
	dest := filepath.Join(parent, "dest")
	for _, p := range []string{"../outside.bin", "/abs.bin", "ok/../../outside.bin"} {
		v := &regserverv1.ModelVersion{
			ModelName: "m", Version: 1, Status: regserverv1.ModelVersionStatus_MODEL_VERSION_STATUS_READY,
			Files: []*regserverv1.ManifestEntry{
				{Path: "fine.txt", Digest: digestOf([]byte("x"))},
				{Path: p, Digest: digestOf([]byte("y"))},
			},
		}
		_, err := c.DownloadVersion(context.Background(), v, dest)
		if err == nil || !strings.Contains(err.Error(), "refusing manifest path") {
			t.Errorf("path %q: got %v, want a refusal", p, err)
		}
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 0 {
		t.Errorf("a refused download created %v", entries)
	}
}

func TestDownloadVersionRefusesSymlinkedDirectoryLeadingOutside(t *testing.T) {
	c, err := regserver.Connect("127.0.0.1:1")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	dest, outside := t.TempDir(), t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dest, "link")); err != nil {
		t.Fatal(err)
	}
	v := &regserverv1.ModelVersion{Files: []*regserverv1.ManifestEntry{{Path: "link/x.bin", Digest: digestOf([]byte("x"))}}}
	if _, err := c.DownloadVersion(context.Background(), v, dest); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Fatalf("got %v, want a refusal", err)
	}
}

// recorder is a gRPC server that accepts any method and records the
// metadata it was called with; it answers UNIMPLEMENTED.
type recorder struct {
	mu  sync.Mutex
	mds map[string]metadata.MD
}

func startRecorder(t *testing.T, opts ...grpc.ServerOption) (*recorder, string) {
	t.Helper()
	r := &recorder{mds: map[string]metadata.MD{}}
	opts = append(opts, grpc.UnknownServiceHandler(func(_ any, stream grpc.ServerStream) error {
		method, _ := grpc.MethodFromServerStream(stream)
		md, _ := metadata.FromIncomingContext(stream.Context())
		r.mu.Lock()
		r.mds[method] = md
		r.mu.Unlock()
		return status.Error(codes.Unimplemented, "recorder")
	}))
	srv := grpc.NewServer(opts...)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(srv.Stop)
	return r, l.Addr().String()
}

func (r *recorder) header(method, key string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.mds[method].Get(key)
}

func TestBearerTokenIsSentOnEveryCall(t *testing.T) {
	rec, addr := startRecorder(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	c, err := regserver.Connect(addr, regserver.WithToken("s3cr3t"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_, err = c.GetModel(ctx, "m")
	if status.Code(err) != codes.Unimplemented {
		t.Fatalf("unary call: got %v, want the recorder's UNIMPLEMENTED", err)
	}
	// A streaming call, through the raw stub: it carries the token too.
	stream, err := c.Events.Watch(ctx, &regserverv1.WatchRequest{})
	if err == nil {
		_, err = stream.Recv()
	}
	if status.Code(err) != codes.Unimplemented {
		t.Fatalf("streaming call: got %v", err)
	}
	for _, m := range []string{regserverv1.ModelRegistry_GetRegisteredModel_FullMethodName, regserverv1.EventService_Watch_FullMethodName} {
		if got := rec.header(m, "authorization"); len(got) != 1 || got[0] != "Bearer s3cr3t" {
			t.Errorf("%s: authorization = %q, want [\"Bearer s3cr3t\"]", m, got)
		}
	}

	// Without a token, no authorization header at all.
	rec2, addr2 := startRecorder(t)
	c2, err := regserver.Connect(addr2)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	_, _ = c2.GetModel(ctx, "m")
	if got := rec2.header(regserverv1.ModelRegistry_GetRegisteredModel_FullMethodName, "authorization"); len(got) != 0 {
		t.Errorf("without a token: authorization = %q, want none", got)
	}
}

func TestTLSWithCAFile(t *testing.T) {
	certPEM, keyPEM := selfSigned(t)
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	rec, addr := startRecorder(t, grpc.Creds(credentials.NewTLS(&tls.Config{Certificates: []tls.Certificate{cert}})))
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, certPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	c, err := regserver.Connect(addr, regserver.WithCAFile(caFile), regserver.WithToken("tok"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.GetModel(ctx, "m"); status.Code(err) != codes.Unimplemented {
		t.Fatalf("over TLS with the CA: got %v, want the server's UNIMPLEMENTED", err)
	}
	if got := rec.header(regserverv1.ModelRegistry_GetRegisteredModel_FullMethodName, "authorization"); len(got) != 1 || got[0] != "Bearer tok" {
		t.Errorf("authorization over TLS = %q", got)
	}

	// System roots do not trust the self-signed certificate.
	c2, err := regserver.Connect(addr, regserver.WithTLS())
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if _, err := c2.GetModel(ctx, "m"); status.Code(err) != codes.Unavailable {
		t.Fatalf("untrusted certificate: got %v, want UNAVAILABLE", err)
	}

	if _, err := regserver.Connect(addr, regserver.WithCAFile(filepath.Join(t.TempDir(), "missing.pem"))); err == nil {
		t.Fatal("a missing CA file must fail Connect")
	}
}

func selfSigned(t *testing.T) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER})
}
