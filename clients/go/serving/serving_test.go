package serving_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/regserver/regserver/clients/go/internal/testserver"
	"github.com/regserver/regserver/clients/go/regserver"
	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
	"github.com/regserver/regserver/clients/go/serving"
)

// lines reads r line by line into a channel, as a user watching stdout would.
type lines struct {
	t    *testing.T
	ch   chan string
	seen []string
}

func readLines(t *testing.T, r io.Reader) *lines {
	l := &lines{t: t, ch: make(chan string, 100)}
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			l.ch <- sc.Text()
		}
		close(l.ch)
	}()
	return l
}

// next returns the next line, failing if none arrives within 20 s.
func (l *lines) next() string {
	l.t.Helper()
	select {
	case line, ok := <-l.ch:
		if !ok {
			l.t.Fatalf("output ended; lines so far:\n%s", strings.Join(l.seen, "\n"))
		}
		l.seen = append(l.seen, line)
		return line
	case <-time.After(20 * time.Second):
		l.t.Fatalf("no output line within 20 s; lines so far:\n%s", strings.Join(l.seen, "\n"))
	}
	return ""
}

func (l *lines) expect(want string) {
	l.t.Helper()
	if got := l.next(); got != want {
		l.t.Fatalf("line %q, want %q; lines so far:\n%s", got, want, strings.Join(l.seen, "\n"))
	}
}

// expectMatch checks the next line against a regexp and returns its submatches.
func (l *lines) expectMatch(pattern string) []string {
	l.t.Helper()
	got := l.next()
	m := regexp.MustCompile("^" + pattern + "$").FindStringSubmatch(got)
	if m == nil {
		l.t.Fatalf("line %q does not match %q; lines so far:\n%s", got, pattern, strings.Join(l.seen, "\n"))
	}
	return m
}

// modelFiles writes a version's files into a fresh directory: a 3 MiB+
// pseudo-random weights file (several 1 MiB chunks) and a small text file
// in a subdirectory. It returns them keyed by manifest path.
func modelFiles(t *testing.T, seed uint64) map[string][]byte {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, seed))
	weights := make([]byte, 3<<20+int(seed))
	for i := range weights {
		weights[i] = byte(rng.Uint32())
	}
	return map[string][]byte{
		"model.bin":         weights,
		"config/params.txt": []byte(fmt.Sprintf("threshold=0.%d\nseed=%d\n", seed, seed)),
	}
}

func upload(t *testing.T, ctx context.Context, c *regserver.Client, model string, files map[string][]byte) *regserverv1.ModelVersion {
	t.Helper()
	dir := t.TempDir()
	var local []regserver.LocalFile
	for p, data := range files {
		src := filepath.Join(dir, strings.ReplaceAll(p, "/", "_"))
		if err := os.WriteFile(src, data, 0o600); err != nil {
			t.Fatal(err)
		}
		local = append(local, regserver.LocalFile{Path: p, Source: src})
	}
	v, err := c.UploadVersion(ctx, model, nil, local)
	if err != nil {
		t.Fatal(err)
	}
	if v.GetStatus() != regserverv1.ModelVersionStatus_MODEL_VERSION_STATUS_READY {
		t.Fatalf("version %d is %v, want READY", v.GetVersion(), v.GetStatus())
	}
	return v
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// expectFiles checks the FILE lines (manifest order: path order) and the
// bytes on disk under dir.
func expectFiles(t *testing.T, l *lines, dir string, files map[string][]byte) {
	t.Helper()
	for _, p := range []string{"config/params.txt", "model.bin"} {
		l.expect(fmt.Sprintf("FILE path=%s sha256=%s size=%d verified", p, sha(files[p]), len(files[p])))
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, files[p]) {
			t.Fatalf("%s/%s differs from the uploaded bytes", dir, p)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("%s holds %v, want config/ and model.bin only (no temporary files)", dir, entries)
	}
}

func TestServingFlowInProcess(t *testing.T) {
	t.Parallel()
	srv := testserver.Start(t)
	c, err := regserver.Connect(srv.Addr, regserver.WithToken(srv.Token))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()

	const model = "fraud-detector"
	if _, err := c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: model}); err != nil {
		t.Fatal(err)
	}
	v1files := modelFiles(t, 1)
	if v := upload(t, ctx, c, model, v1files); v.GetVersion() != 1 {
		t.Fatalf("first version is %d", v.GetVersion())
	}
	if _, err := c.SetAlias(ctx, model, "champion", 1); err != nil {
		t.Fatal(err)
	}

	out := t.TempDir()
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := serving.Run(ctx, serving.Config{Target: srv.Addr, Token: srv.Token, Model: model, Out: out, MaxPromotions: 1}, pw)
		pw.Close()
		done <- err
	}()
	l := readLines(t, pr)

	l.expect("RESOLVED model=fraud-detector alias=champion version=1")
	expectFiles(t, l, filepath.Join(out, "v1"), v1files)
	watching, _ := strconv.ParseInt(l.expectMatch(`WATCHING revision=(\d+)`)[1], 10, 64)

	v2files := modelFiles(t, 2)
	if v := upload(t, ctx, c, model, v2files); v.GetVersion() != 2 {
		t.Fatalf("second version is %d", v.GetVersion())
	}
	if prev, err := c.SetAlias(ctx, model, "champion", 2); err != nil || prev != 1 {
		t.Fatalf("SetAlias: previous %d, %v", prev, err)
	}
	m := l.expectMatch(`PROMOTED model=fraud-detector alias=champion version=2 previous=1 revision=(\d+)`)
	if rev, _ := strconv.ParseInt(m[1], 10, 64); rev <= watching {
		t.Fatalf("promotion revision %d is not after the snapshot's %d", rev, watching)
	}
	expectFiles(t, l, filepath.Join(out, "v2"), v2files)

	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after --max-promotions 1")
	}
	if line, ok := <-l.ch; ok {
		t.Fatalf("unexpected extra output %q", line)
	}
}

func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// Builds the real binary and checks its command-line contract: flags,
// WAITING for an alias that does not exist yet, live output, exit 0 after
// --max-promotions, and usage errors on stderr with a non-zero exit.
func TestServingExampleBinary(t *testing.T) {
	t.Parallel()
	bin := filepath.Join(t.TempDir(), "serving-example")
	build := exec.Command(goTool(), "build", "-o", bin, "github.com/regserver/regserver/clients/go/cmd/serving-example")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// Usage errors.
	var stderr bytes.Buffer
	cmd := exec.Command(bin, "--out", t.TempDir())
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() == 0 || !strings.Contains(stderr.String(), "--model") {
		t.Fatalf("without --model: %v, stderr %q; want a non-zero exit naming --model", err, stderr.String())
	}

	srv := testserver.Start(t)
	c, err := regserver.Connect(srv.Addr, regserver.WithToken(srv.Token))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	const model = "ranker"
	if _, err := c.CreateModel(ctx, &regserverv1.RegisteredModel{Name: model}); err != nil {
		t.Fatal(err)
	}
	files := modelFiles(t, 3)
	upload(t, ctx, c, model, files)

	out := t.TempDir()
	stderr.Reset()
	cmd = exec.CommandContext(ctx, bin, "--target", srv.Addr, "--model", model, "--alias", "canary", "--out", out, "--max-promotions", "1")
	cmd.Env = append(os.Environ(), "REGSERVER_TOKEN="+srv.Token) // the token from the environment, as an operator would pass it
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	l := readLines(t, stdout)
	l.expect("WAITING model=ranker alias=canary")
	l.expectMatch(`WATCHING revision=\d+`)
	if _, err := c.SetAlias(ctx, model, "canary", 1); err != nil {
		t.Fatal(err)
	}
	l.expectMatch(`PROMOTED model=ranker alias=canary version=1 previous=0 revision=\d+`)
	expectFiles(t, l, filepath.Join(out, "v1"), files)
	for line := range l.ch {
		t.Errorf("unexpected extra output %q", line)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("serving-example: %v\nstderr:\n%s", err, stderr.String())
	}
}
