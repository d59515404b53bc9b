// Package serving is the serving-side example: it follows an alias of a
// registered model and keeps the version it points at downloaded and
// verified, printing one line per step on stdout. cmd/serving-example is
// its command-line front end.
//
// Output (each line flushed as soon as it is written):
//
//	WAITING model=<m> alias=<a>                      (alias not set yet)
//	RESOLVED model=<m> alias=<a> version=<n>
//	FILE path=<p> sha256=<hex> size=<bytes> verified  (per file, manifest order)
//	WATCHING revision=<r>
//	PROMOTED model=<m> alias=<a> version=<n> previous=<p> revision=<r>
//	FILE ...
package serving

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"github.com/regserver/regserver/clients/go/regserver"
	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

// Config is the example's configuration (its command-line flags).
type Config struct {
	Target        string // host:port; default regserver.DefaultTarget
	Model         string // required
	Alias         string // default "champion"
	Out           string // required; version n goes to <Out>/v<n>/
	MaxPromotions int    // return after this many promotions; 0: run until ctx is done
	TLS           bool
	CAFile        string // implies TLS
	Token         string // sent as a bearer token if not empty

	// Client, if set, is used instead of connecting with the fields above.
	Client *regserver.Client
	// Log, if set, receives a line per watch reconnect (the command passes
	// stderr); stdout carries only the contract lines.
	Log io.Writer
}

// Run follows cfg.Alias of cfg.Model until ctx is done (then it returns nil)
// or MaxPromotions promotions have been handled, writing its lines to
// stdout. Errors are returned, not printed.
func Run(ctx context.Context, cfg Config, stdout io.Writer) error {
	if cfg.Model == "" {
		return errors.New("--model is required")
	}
	if cfg.Out == "" {
		return errors.New("--out is required")
	}
	if cfg.Alias == "" {
		cfg.Alias = "champion"
	}
	if cfg.Target == "" {
		cfg.Target = regserver.DefaultTarget
	}
	if cfg.MaxPromotions < 0 {
		return errors.New("--max-promotions must be 0 or more")
	}
	client := cfg.Client
	if client == nil {
		opts := []regserver.Option{regserver.WithToken(cfg.Token)}
		if cfg.TLS {
			opts = append(opts, regserver.WithTLS())
		}
		if cfg.CAFile != "" {
			opts = append(opts, regserver.WithCAFile(cfg.CAFile))
		}
		c, err := regserver.Connect(cfg.Target, opts...)
		if err != nil {
			return err
		}
		defer c.Close()
		client = c
	}

	out := &lineWriter{w: stdout}
	download := func(v *regserverv1.ModelVersion) error {
		dest := filepath.Join(cfg.Out, "v"+strconv.FormatInt(v.GetVersion(), 10))
		_, err := client.DownloadVersion(ctx, v, dest, regserver.OnFile(func(f regserver.DownloadedFile) {
			out.printf("FILE path=%s sha256=%s size=%d verified", f.Path, f.SHA256, f.Size)
		}))
		if err != nil {
			return fmt.Errorf("downloading version %d of %s: %w", v.GetVersion(), v.GetModelName(), err)
		}
		return out.err
	}

	w := client.Watch(ctx, regserver.WatchOptions{
		ModelNames:       []string{cfg.Model},
		Aliases:          []string{cfg.Alias},
		EventTypes:       []regserverv1.EventType{regserverv1.EventType_EVENT_TYPE_ALIAS_SET},
		SendInitialState: true,
		OnReconnect: func(err error, delay time.Duration) {
			if cfg.Log != nil {
				fmt.Fprintf(cfg.Log, "watch interrupted (%v); reconnecting in %v\n", err, delay.Round(time.Millisecond))
			}
		},
	})
	defer w.Close()

	resolved, watching := false, false
	promotions := 0
	for {
		resp, err := w.Recv()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("watching %s: %w", cfg.Model, err)
		}
		switch k := resp.GetKind().(type) {
		case *regserverv1.WatchResponse_Snapshot:
			if resolved || k.Snapshot.GetRegisteredModel().GetName() != cfg.Model {
				continue // a snapshot restarted after an early disconnect: already handled
			}
			for _, v := range k.Snapshot.GetAliasVersions() {
				if slices.Contains(v.GetAliases(), cfg.Alias) {
					resolved = true
					out.printf("RESOLVED model=%s alias=%s version=%d", cfg.Model, cfg.Alias, v.GetVersion())
					if err := download(v); err != nil {
						return err
					}
					break
				}
			}
		case *regserverv1.WatchResponse_SnapshotComplete:
			if watching {
				continue
			}
			watching = true
			if !resolved {
				out.printf("WAITING model=%s alias=%s", cfg.Model, cfg.Alias)
			}
			out.printf("WATCHING revision=%d", k.SnapshotComplete.GetRevision())
		case *regserverv1.WatchResponse_Event:
			ev := k.Event
			if ev.GetType() != regserverv1.EventType_EVENT_TYPE_ALIAS_SET || ev.GetAlias() != cfg.Alias || ev.GetModelName() != cfg.Model {
				continue
			}
			out.printf("PROMOTED model=%s alias=%s version=%d previous=%d revision=%d",
				cfg.Model, cfg.Alias, ev.GetVersion(), ev.GetPreviousVersion(), ev.GetRevision())
			v := ev.GetModelVersion()
			if v == nil {
				if v, err = client.GetVersion(ctx, cfg.Model, ev.GetVersion()); err != nil {
					return err
				}
			}
			if err := download(v); err != nil {
				return err
			}
			promotions++
			if cfg.MaxPromotions > 0 && promotions >= cfg.MaxPromotions {
				return nil
			}
		}
		if out.err != nil {
			return out.err
		}
	}
}

// lineWriter writes whole lines and flushes after each one when the
// writer can be flushed (an *os.File is unbuffered already).
type lineWriter struct {
	w   io.Writer
	err error
}

func (l *lineWriter) printf(format string, args ...any) {
	if l.err != nil {
		return
	}
	if _, err := fmt.Fprintf(l.w, format+"\n", args...); err != nil {
		l.err = fmt.Errorf("writing output: %w", err)
		return
	}
	switch f := l.w.(type) {
	case interface{ Flush() error }:
		if err := f.Flush(); err != nil {
			l.err = err
		}
	case interface{ Flush() }:
		f.Flush()
	}
}
