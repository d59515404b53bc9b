// Package testserver starts a real regserver for tests.
//
// The server binary is $REGSERVER_BIN if set, else <repo>/.venv/bin/regserver,
// the repository root being two directories above this Go module. A missing
// binary fails the test (it is never skipped): run `make install` at the
// repository root.
package testserver

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"

	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

// Server is a running regserver on 127.0.0.1 with its own data directory,
// started with authentication required (--auth required): every call needs
// Token, the bearer token of a global admin bootstrapped with
// `regserver tokens create --admin` before the server starts.
type Server struct {
	Addr    string // 127.0.0.1:PORT
	Port    int
	DataDir string
	Token   string

	t      testing.TB
	bin    string
	cmd    *exec.Cmd
	exited chan struct{}
	stderr *syncBuffer
}

// Binary returns the regserver binary to use, failing t if it is missing.
func Binary(t testing.TB) string {
	t.Helper()
	bin := os.Getenv("REGSERVER_BIN")
	if bin == "" {
		root, err := repoRoot()
		if err != nil {
			t.Fatalf("locating the repository root: %v", err)
		}
		bin = filepath.Join(root, ".venv", "bin", "regserver")
	}
	info, err := os.Stat(bin)
	if err != nil || info.IsDir() || info.Mode()&0o111 == 0 {
		t.Fatalf("regserver server binary not found or not executable at %s (set REGSERVER_BIN, or run `make install` at the repository root to create .venv): %v", bin, err)
	}
	return bin
}

// repoRoot is two directories above the module root (clients/go).
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(data), "module github.com/regserver/regserver/clients/go\n") {
			return filepath.Abs(filepath.Join(dir, "..", ".."))
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod of github.com/regserver/regserver/clients/go above the working directory")
		}
		dir = parent
	}
}

// FreePort binds port 0 on 127.0.0.1, closes it and returns the port.
func FreePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("finding a free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// Start starts a regserver on a free port with a fresh data directory;
// both are cleaned up when the test ends.
func Start(t testing.TB) *Server {
	t.Helper()
	s := &Server{t: t, bin: Binary(t), DataDir: t.TempDir(), Port: FreePort(t)}
	s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port))
	t.Cleanup(s.Stop) // registered after TempDir: runs first
	s.Token = s.bootstrapToken()
	s.start()
	return s
}

// bootstrapToken creates the first admin's token straight in the data
// directory's database; the secret is the one line on stdout.
func (s *Server) bootstrapToken() string {
	s.t.Helper()
	cmd := exec.Command(s.bin, "tokens", "create", "--admin", "integration-test", "--data-dir", s.DataDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		s.t.Fatalf("regserver tokens create: %v\n%s", err, stderr.String())
	}
	token := strings.TrimSpace(string(out))
	if token == "" || strings.ContainsAny(token, " \n") {
		s.t.Fatalf("regserver tokens create printed %q, not one token", out)
	}
	return token
}

func (s *Server) start() {
	s.t.Helper()
	s.stderr = &syncBuffer{}
	cmd := exec.Command(s.bin, "serve", "--host", "127.0.0.1", "--port", strconv.Itoa(s.Port), "--data-dir", s.DataDir, "--auth", "required")
	// No Prometheus endpoint: its fixed default port would collide between
	// servers running in parallel.
	cmd.Env = os.Environ()
	if os.Getenv("REGSERVER_METRICS_PORT") == "" {
		cmd.Env = append(cmd.Env, "REGSERVER_METRICS_PORT=-1")
	}
	cmd.Stdout = s.stderr
	cmd.Stderr = s.stderr
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("starting %s: %v", s.bin, err)
	}
	s.cmd = cmd
	exited := make(chan struct{})
	s.exited = exited
	go func() { _ = cmd.Wait(); close(exited) }()

	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case <-exited:
			s.t.Fatalf("regserver exited before listening on %s:\n%s", s.Addr, s.stderr.String())
		default:
		}
		// The port can accept connections a moment before gRPC serves on
		// it: ready once a real call succeeds.
		if conn, err := net.DialTimeout("tcp", s.Addr, 200*time.Millisecond); err == nil {
			conn.Close()
			if s.ping() == nil {
				return
			}
		}
		if time.Now().After(deadline) {
			s.Stop()
			s.t.Fatalf("regserver did not listen on %s within 30 s:\n%s", s.Addr, s.stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// ping makes one gRPC call on a fresh connection.
func (s *Server) ping() error {
	conn, err := grpc.NewClient(s.Addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+s.Token)
	_, err = regserverv1.NewModelRegistryClient(conn).ListRegisteredModels(ctx, &regserverv1.ListRegisteredModelsRequest{PageSize: 1})
	return err
}

// Stop sends SIGTERM and, after 5 s, SIGKILL. It is safe to call twice.
func (s *Server) Stop() {
	if s.cmd == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
	case <-time.After(5 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
	}
	s.cmd = nil
}

// Restart stops the server and starts it again on the same port and data
// directory.
func (s *Server) Restart() {
	s.t.Helper()
	s.Stop()
	s.start()
}

// Log is what the server wrote so far.
func (s *Server) Log() string { return s.stderr.String() }

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}
