package regserver

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"google.golang.org/protobuf/proto"

	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

// ChunkSize is the size of the data messages UploadBlob sends.
const ChunkSize = 1 << 20

// DigestOf reads r to the end and returns the lowercase hex SHA-256 and the
// size of its bytes, in bounded memory.
func DigestOf(r io.Reader) (*regserverv1.Digest, error) {
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return nil, err
	}
	return &regserverv1.Digest{Hash: hex.EncodeToString(h.Sum(nil)), SizeBytes: n}, nil
}

// DigestFile is DigestOf for a file.
func DigestFile(path string) (*regserverv1.Digest, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return DigestOf(f)
}

// UploadBlob stores the bytes of r (which must hash to digest) with
// ArtifactStore.WriteBlob, in ChunkSize messages. If the server already has
// the blob it answers at once and the rest of r is not read. The server
// verifies the bytes: INVALID_ARGUMENT (reason DIGEST_MISMATCH) if they do
// not match, and nothing is kept.
func (c *Client) UploadBlob(ctx context.Context, digest *regserverv1.Digest, r io.Reader) (*regserverv1.WriteBlobResponse, error) {
	if digest == nil {
		return nil, errNilDigest
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := c.Artifacts.WriteBlob(ctx)
	if err != nil {
		return nil, wrap(err)
	}
	id := make([]byte, 16)
	_, _ = rand.Read(id)
	first := &regserverv1.WriteBlobRequest{Digest: digest, UploadId: hex.EncodeToString(id)}
	buf := make([]byte, ChunkSize)
	var sent int64
	for msg := first; ; msg = (&regserverv1.WriteBlobRequest{}) {
		n, rerr := io.ReadFull(r, buf)
		if rerr != nil && rerr != io.EOF && rerr != io.ErrUnexpectedEOF {
			return nil, fmt.Errorf("regserver: reading blob data: %w", rerr)
		}
		msg.Data = buf[:n]
		sent += int64(n)
		msg.FinishWrite = n < len(buf) || sent >= digest.GetSizeBytes()
		if err := stream.Send(msg); err != nil {
			if errors.Is(err, io.EOF) {
				break // the server answered early (e.g. it has the blob): read its answer
			}
			return nil, wrap(err)
		}
		if msg.FinishWrite {
			break
		}
	}
	resp, err := stream.CloseAndRecv()
	if err != nil {
		return nil, wrap(err)
	}
	return resp, nil
}

// UploadFile computes a file's digest, then uploads it; see UploadBlob.
func (c *Client) UploadFile(ctx context.Context, path string) (*regserverv1.Digest, error) {
	digest, err := DigestFile(path)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := c.UploadBlob(ctx, digest, f); err != nil {
		return nil, err
	}
	return digest, nil
}

// CopyVerified copies src to dst while hashing, and fails with a
// *DigestMismatchError unless the bytes have exactly want's SHA-256 and
// size. It reads at most want.SizeBytes+1 bytes, so a source that is too
// long is detected without reading it all. dst may have received bytes
// when it fails: the caller discards them.
func CopyVerified(dst io.Writer, src io.Reader, want *regserverv1.Digest) (*regserverv1.Digest, error) {
	if want == nil {
		return nil, errNilDigest
	}
	h := sha256.New()
	n, err := io.CopyBuffer(io.MultiWriter(dst, h), io.LimitReader(src, want.GetSizeBytes()+1), make([]byte, 256<<10))
	if err != nil {
		return nil, err
	}
	if n > want.GetSizeBytes() {
		return nil, &DigestMismatchError{WantHash: want.GetHash(), WantSize: want.GetSizeBytes(), GotSize: n, LongerThanWant: true}
	}
	got := &regserverv1.Digest{Hash: hex.EncodeToString(h.Sum(nil)), SizeBytes: n}
	if got.Hash != want.GetHash() || got.SizeBytes != want.GetSizeBytes() {
		return got, &DigestMismatchError{WantHash: want.GetHash(), WantSize: want.GetSizeBytes(), GotHash: got.Hash, GotSize: n}
	}
	return got, nil
}

// SafeJoin returns destDir joined with a manifest path, or an error if the
// path is not a plain relative '/'-separated path that stays inside destDir:
// empty, absolute, containing '\\' or NUL, or with an empty, "." or ".."
// segment. It is purely lexical (DownloadVersion also refuses directories
// that are symlinks leading outside destDir).
func SafeJoin(destDir, manifestPath string) (string, error) {
	bad := manifestPath == "" ||
		strings.HasPrefix(manifestPath, "/") ||
		strings.ContainsAny(manifestPath, "\\\x00") ||
		filepath.IsAbs(manifestPath) || filepath.VolumeName(manifestPath) != ""
	if !bad {
		for _, seg := range strings.Split(manifestPath, "/") {
			if seg == "" || seg == "." || seg == ".." {
				bad = true
				break
			}
		}
	}
	if bad {
		return "", fmt.Errorf("regserver: refusing manifest path %q: it is not a plain relative path inside %s", manifestPath, destDir)
	}
	return filepath.Join(destDir, filepath.FromSlash(manifestPath)), nil
}

// DownloadedFile is one file DownloadVersion wrote and verified.
type DownloadedFile struct {
	Path      string // the manifest path
	LocalPath string // where it was written
	SHA256    string // lowercase hex, as verified
	Size      int64
}

type downloadConfig struct {
	onFile func(DownloadedFile)
}

// DownloadOption configures DownloadVersion.
type DownloadOption func(*downloadConfig)

// OnFile calls fn after each file is verified and in place, in manifest
// order (e.g. to report progress while the next file downloads).
func OnFile(fn func(DownloadedFile)) DownloadOption {
	return func(c *downloadConfig) { c.onFile = fn }
}

// DownloadVersion downloads every file of version's manifest into destDir
// (created if needed), in manifest order. Each blob is read with
// ArtifactStore.ReadBlob and streamed to a temporary file beside its
// target while its SHA-256 and size are computed; on a mismatch (or any
// error) the temporary file is removed and a *DigestMismatchError (or the
// call's *Error) is returned. Otherwise the file is renamed atomically to
// destDir/<path>. Memory use is bounded whatever the file sizes.
//
// Every path is checked (see SafeJoin) before anything is downloaded. A
// version that is not READY (PENDING_UPLOAD or FAILED) is refused.
func (c *Client) DownloadVersion(ctx context.Context, version *regserverv1.ModelVersion, destDir string, opts ...DownloadOption) ([]DownloadedFile, error) {
	var cfg downloadConfig
	for _, o := range opts {
		o(&cfg)
	}
	switch st := version.GetStatus(); st {
	case regserverv1.ModelVersionStatus_MODEL_VERSION_STATUS_PENDING_UPLOAD, regserverv1.ModelVersionStatus_MODEL_VERSION_STATUS_FAILED:
		return nil, fmt.Errorf("regserver: version %d of model %q is %s, not READY: its files cannot be downloaded",
			version.GetVersion(), version.GetModelName(), strings.TrimPrefix(st.String(), "MODEL_VERSION_STATUS_"))
	}
	entries := version.GetFiles()
	targets := make([]string, len(entries))
	for i, e := range entries {
		t, err := SafeJoin(destDir, e.GetPath())
		if err != nil {
			return nil, err
		}
		if e.GetDigest() == nil {
			return nil, fmt.Errorf("regserver: manifest entry %q has no digest", e.GetPath())
		}
		targets[i] = t
	}
	if err := os.MkdirAll(destDir, 0o777); err != nil {
		return nil, err
	}
	realDest, err := filepath.EvalSymlinks(destDir)
	if err != nil {
		return nil, err
	}
	done := make([]DownloadedFile, 0, len(entries))
	for i, e := range entries {
		f, err := c.downloadEntry(ctx, e, realDest, targets[i])
		if err != nil {
			return done, err
		}
		done = append(done, f)
		if cfg.onFile != nil {
			cfg.onFile(f)
		}
	}
	return done, nil
}

func (c *Client) downloadEntry(ctx context.Context, e *regserverv1.ManifestEntry, realDest, target string) (DownloadedFile, error) {
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return DownloadedFile{}, err
	}
	// A directory already under destDir that is a symlink must not lead the write elsewhere.
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return DownloadedFile{}, err
	}
	if rel, err := filepath.Rel(realDest, realDir); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return DownloadedFile{}, fmt.Errorf("regserver: refusing manifest path %q: its directory leads outside the destination", e.GetPath())
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stream, err := c.Artifacts.ReadBlob(ctx, &regserverv1.ReadBlobRequest{Digest: e.GetDigest()})
	if err != nil {
		return DownloadedFile{}, wrap(err)
	}
	got, err := writeVerified(target, e.GetDigest(), &blobReader{recv: stream.Recv})
	if err != nil {
		var mm *DigestMismatchError
		if errors.As(err, &mm) {
			mm.Path = e.GetPath()
		}
		return DownloadedFile{}, err
	}
	return DownloadedFile{Path: e.GetPath(), LocalPath: target, SHA256: got.GetHash(), Size: got.GetSizeBytes()}, nil
}

// writeVerified streams src into a temporary file beside target, verifies
// it against want and renames it to target; on any failure the temporary
// file is removed and target is left untouched.
func writeVerified(target string, want *regserverv1.Digest, src io.Reader) (*regserverv1.Digest, error) {
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.part")
	if err != nil {
		return nil, err
	}
	got, err := CopyVerified(tmp, src, want)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), target)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
		return nil, err
	}
	return got, nil
}

// blobReader is an io.Reader over a ReadBlob stream.
type blobReader struct {
	recv func() (*regserverv1.ReadBlobResponse, error)
	buf  []byte
}

func (b *blobReader) Read(p []byte) (int, error) {
	for len(b.buf) == 0 {
		resp, err := b.recv()
		if err == io.EOF {
			return 0, io.EOF
		}
		if err != nil {
			return 0, wrap(err)
		}
		b.buf = resp.GetData()
	}
	n := copy(p, b.buf)
	b.buf = b.buf[n:]
	return n, nil
}

// LocalFile is one file of a version to upload.
type LocalFile struct {
	Path      string // manifest path: relative, '/'-separated
	Source    string // local file to read
	MediaType string // optional
}

// UploadVersion creates the model's next version with files as its
// manifest (sorted by path), uploads the blobs the server is missing
// (FindMissingBlobs, then UploadBlob for each) and finalizes it. It returns
// the READY version. version may carry description, tags, source, run_id,
// signature and metrics; nil for none.
func (c *Client) UploadVersion(ctx context.Context, modelName string, version *regserverv1.ModelVersion, files []LocalFile) (*regserverv1.ModelVersion, error) {
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b LocalFile) int { return strings.Compare(a.Path, b.Path) })
	manifest := make([]*regserverv1.ManifestEntry, len(files))
	for i, f := range files {
		if _, err := SafeJoin(".", f.Path); err != nil {
			return nil, err
		}
		d, err := DigestFile(f.Source)
		if err != nil {
			return nil, err
		}
		manifest[i] = &regserverv1.ManifestEntry{Path: f.Path, Digest: d, MediaType: f.MediaType}
	}
	v := &regserverv1.ModelVersion{}
	if version != nil {
		v = proto.CloneOf(version)
	}
	v.Files = manifest
	created, err := c.CreateVersion(ctx, modelName, v)
	if err != nil {
		return nil, err
	}
	if created.GetStatus() == regserverv1.ModelVersionStatus_MODEL_VERSION_STATUS_READY {
		return created, nil
	}
	digests := make([]*regserverv1.Digest, len(manifest))
	for i, m := range manifest {
		digests[i] = m.Digest
	}
	missing, err := c.Artifacts.FindMissingBlobs(ctx, &regserverv1.FindMissingBlobsRequest{BlobDigests: digests})
	if err != nil {
		return nil, wrap(err)
	}
	need := map[string]bool{}
	for _, d := range missing.GetMissingBlobDigests() {
		need[d.GetHash()+"/"+strconv.FormatInt(d.GetSizeBytes(), 10)] = true
	}
	for i, f := range files {
		key := manifest[i].Digest.GetHash() + "/" + strconv.FormatInt(manifest[i].Digest.GetSizeBytes(), 10)
		if !need[key] {
			continue
		}
		delete(need, key) // one upload per distinct blob
		if err := c.uploadFrom(ctx, f.Source, manifest[i].Digest); err != nil {
			return nil, err
		}
	}
	return c.FinalizeVersion(ctx, modelName, created.GetVersion())
}

func (c *Client) uploadFrom(ctx context.Context, path string, d *regserverv1.Digest) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = c.UploadBlob(ctx, d, f)
	return err
}
