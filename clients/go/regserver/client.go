package regserver

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/backoff"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"

	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

// DefaultTarget is where a regserver listens by default.
const DefaultTarget = "127.0.0.1:50051"

// Client is a connection to a regserver. The generated stubs are exported
// for RPCs this package does not wrap; they share the connection and its
// options (TLS, token).
type Client struct {
	Registry  regserverv1.ModelRegistryClient
	Artifacts regserverv1.ArtifactStoreClient
	Events    regserverv1.EventServiceClient
	Webhooks  regserverv1.WebhooksClient

	conn *grpc.ClientConn
}

type options struct {
	tls         bool
	caFile      string
	tlsConfig   *tls.Config
	token       string
	dialOptions []grpc.DialOption
}

// Option configures Connect.
type Option func(*options)

// WithTLS uses TLS, verifying the server against the system's root CAs
// (or the CA file given with WithCAFile). Without it the connection is
// plaintext.
func WithTLS() Option { return func(o *options) { o.tls = true } }

// WithCAFile uses TLS, verifying the server against the PEM certificates in
// path instead of the system roots. It implies WithTLS.
func WithCAFile(path string) Option {
	return func(o *options) { o.tls = true; o.caFile = path }
}

// WithTLSConfig uses TLS with the given configuration (e.g. for client
// certificates). It implies WithTLS and takes precedence over WithCAFile.
func WithTLSConfig(cfg *tls.Config) Option {
	return func(o *options) { o.tls = true; o.tlsConfig = cfg }
}

// WithToken sends "authorization: Bearer <token>" metadata on every call,
// unary and streaming. An empty token sends nothing. Over plaintext the
// token travels unencrypted: use TLS outside of a trusted network.
func WithToken(token string) Option { return func(o *options) { o.token = token } }

// WithDialOptions appends raw grpc.DialOptions (interceptors, message sizes,
// ...). They are applied after the ones Connect sets, so they win.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(o *options) { o.dialOptions = append(o.dialOptions, opts...) }
}

// Connect opens a client to target ("host:port", or any gRPC target such as
// "dns:///registry.internal:443"). Like grpc.NewClient it does not wait for
// the server: the connection is made on the first call. Close the client
// when done.
//
// The channel reconnects with a backoff capped at 5 s (gRPC's default is
// 120 s), so a Watcher resumes promptly after a server restart.
func Connect(target string, opts ...Option) (*Client, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	dial := []grpc.DialOption{
		grpc.WithConnectParams(grpc.ConnectParams{
			Backoff: backoff.Config{
				BaseDelay:  100 * time.Millisecond,
				Multiplier: 1.6,
				Jitter:     0.2,
				MaxDelay:   5 * time.Second,
			},
			MinConnectTimeout: 5 * time.Second,
		}),
	}
	if o.tls {
		cfg := o.tlsConfig
		if cfg == nil {
			cfg = &tls.Config{MinVersion: tls.VersionTLS12}
			if o.caFile != "" {
				pem, err := os.ReadFile(o.caFile)
				if err != nil {
					return nil, fmt.Errorf("regserver: reading CA file: %w", err)
				}
				pool := x509.NewCertPool()
				if !pool.AppendCertsFromPEM(pem) {
					return nil, fmt.Errorf("regserver: no PEM certificate found in CA file %s", o.caFile)
				}
				cfg.RootCAs = pool
			}
		}
		dial = append(dial, grpc.WithTransportCredentials(credentials.NewTLS(cfg)))
	} else {
		dial = append(dial, grpc.WithTransportCredentials(insecure.NewCredentials()))
	}
	if o.token != "" {
		dial = append(dial, grpc.WithPerRPCCredentials(bearerToken{token: o.token, secure: o.tls}))
	}
	dial = append(dial, o.dialOptions...)
	conn, err := grpc.NewClient(target, dial...)
	if err != nil {
		return nil, fmt.Errorf("regserver: connecting to %s: %w", target, err)
	}
	return &Client{
		Registry:  regserverv1.NewModelRegistryClient(conn),
		Artifacts: regserverv1.NewArtifactStoreClient(conn),
		Events:    regserverv1.NewEventServiceClient(conn),
		Webhooks:  regserverv1.NewWebhooksClient(conn),
		conn:      conn,
	}, nil
}

// Conn is the underlying connection.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection; calls in flight fail with CANCELED.
func (c *Client) Close() error { return c.conn.Close() }

// bearerToken adds the authorization header to every call.
type bearerToken struct {
	token  string
	secure bool
}

func (b bearerToken) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

// RequireTransportSecurity is false so a token can be used against a
// plaintext server (e.g. behind a TLS-terminating proxy on localhost).
func (b bearerToken) RequireTransportSecurity() bool { return false }

// -- thin wrappers over the most common calls; errors are *Error. --

// CreateModel creates a registered model; ALREADY_EXISTS if the name is taken.
func (c *Client) CreateModel(ctx context.Context, model *regserverv1.RegisteredModel) (*regserverv1.RegisteredModel, error) {
	resp, err := c.Registry.CreateRegisteredModel(ctx, &regserverv1.CreateRegisteredModelRequest{RegisteredModel: model})
	if err != nil {
		return nil, wrap(err)
	}
	return resp.GetRegisteredModel(), nil
}

// GetModel gets a live registered model by name.
func (c *Client) GetModel(ctx context.Context, name string) (*regserverv1.RegisteredModel, error) {
	resp, err := c.Registry.GetRegisteredModel(ctx, &regserverv1.GetRegisteredModelRequest{Name: name})
	if err != nil {
		return nil, wrap(err)
	}
	return resp.GetRegisteredModel(), nil
}

// CreateVersion creates the model's next version. With files (a manifest)
// it starts PENDING_UPLOAD: upload the blobs with UploadBlob, then call
// FinalizeVersion.
func (c *Client) CreateVersion(ctx context.Context, modelName string, version *regserverv1.ModelVersion) (*regserverv1.ModelVersion, error) {
	if version == nil {
		version = &regserverv1.ModelVersion{}
	}
	resp, err := c.Registry.CreateModelVersion(ctx, &regserverv1.CreateModelVersionRequest{ModelName: modelName, ModelVersion: version})
	if err != nil {
		return nil, wrap(err)
	}
	return resp.GetModelVersion(), nil
}

// FinalizeVersion flips a PENDING_UPLOAD version to READY once all its
// blobs are stored (FAILED_PRECONDITION, reason BLOBS_MISSING, otherwise).
func (c *Client) FinalizeVersion(ctx context.Context, modelName string, version int64) (*regserverv1.ModelVersion, error) {
	resp, err := c.Registry.FinalizeModelVersion(ctx, &regserverv1.FinalizeModelVersionRequest{ModelName: modelName, Version: version})
	if err != nil {
		return nil, wrap(err)
	}
	return resp.GetModelVersion(), nil
}

// GetVersion gets a live model version.
func (c *Client) GetVersion(ctx context.Context, modelName string, version int64) (*regserverv1.ModelVersion, error) {
	resp, err := c.Registry.GetModelVersion(ctx, &regserverv1.GetModelVersionRequest{ModelName: modelName, Version: version})
	if err != nil {
		return nil, wrap(err)
	}
	return resp.GetModelVersion(), nil
}

// GetVersionByAlias gets the version an alias points at.
func (c *Client) GetVersionByAlias(ctx context.Context, modelName, alias string) (*regserverv1.ModelVersion, error) {
	resp, err := c.Registry.GetModelVersionByAlias(ctx, &regserverv1.GetModelVersionByAliasRequest{ModelName: modelName, Alias: alias})
	if err != nil {
		return nil, wrap(err)
	}
	return resp.GetModelVersion(), nil
}

// SetAlias points alias at a READY version and returns the version it
// pointed at before (0 if the alias is new).
func (c *Client) SetAlias(ctx context.Context, modelName, alias string, version int64) (previous int64, err error) {
	resp, err := c.Registry.SetAlias(ctx, &regserverv1.SetAliasRequest{ModelName: modelName, Alias: alias, Version: version})
	if err != nil {
		return 0, wrap(err)
	}
	return resp.GetPreviousVersion(), nil
}

var errNilDigest = errors.New("regserver: manifest entry has no digest")
