package regserver

import (
	"context"
	"errors"
	"io"
	"iter"
	"math/rand/v2"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/proto"

	regserverv1 "github.com/regserver/regserver/clients/go/regserverv1"
)

// WatchOptions selects what a Watcher receives and how it reconnects.
type WatchOptions struct {
	ModelNames       []string                // only these models (exact names)
	ModelNamePrefix  string                  // only models whose name starts with this
	EventTypes       []regserverv1.EventType // only these event types
	Aliases          []string                // only alias events for these aliases
	StartRevision    int64                   // first revision to send; 0: from now
	SendInitialState bool                    // snapshot first (not with StartRevision)
	// Seconds between progress messages while nothing matches; 0: server default.
	ProgressIntervalSeconds int32

	// Reconnect backoff: MinBackoff doubling up to MaxBackoff (defaults
	// 100 ms and 5 s), with jitter; reset once a message arrives.
	MinBackoff time.Duration
	MaxBackoff time.Duration
	// OnReconnect, if set, is called before each reconnect with the error
	// that ended the stream (io.EOF for a clean end) and the delay.
	OnReconnect func(err error, delay time.Duration)
}

// Watcher is an EventService.Watch that survives disconnects.
//
// It remembers the last revision seen (from events, progress and
// snapshot_complete messages). When the stream ends in a retryable way
// (UNAVAILABLE, e.g. a server shutting down; RESOURCE_EXHAUSTED, a slow
// consumer; DEADLINE_EXCEEDED; INTERNAL or CANCELED from the transport
// rather than from regserver; or a clean end of stream) it reconnects with
// start_revision = last + 1, without send_initial_state, after a capped
// backoff. Events therefore arrive in order, with none missed or repeated.
// A compacted revision (OUT_OF_RANGE, reason REVISION_COMPACTED) or any
// other error is returned by Recv as an *Error.
//
// If a stream breaks before any revision was seen (in the middle of the
// snapshot), the watch is opened again as first requested, so the snapshot
// starts over.
//
// A Watcher is not safe for concurrent use.
type Watcher struct {
	events   regserverv1.EventServiceClient
	ctx      context.Context
	opts     WatchOptions
	stream   regserverv1.EventService_WatchClient
	cancel   context.CancelFunc
	last     int64
	haveRev  bool
	failures int
	err      error
}

// Watch starts a Watcher; the stream opens on the first Recv. It stops
// when ctx is done or Close is called.
func (c *Client) Watch(ctx context.Context, opts WatchOptions) *Watcher {
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = 100 * time.Millisecond
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = 5 * time.Second
	}
	if opts.MaxBackoff < opts.MinBackoff {
		opts.MaxBackoff = opts.MinBackoff
	}
	return &Watcher{events: c.Events, ctx: ctx, opts: opts}
}

// LastRevision is the last revision seen (0 if none yet); a new watch
// resumed from LastRevision()+1 misses nothing.
func (w *Watcher) LastRevision() int64 { return w.last }

// Close ends the current stream; later Recv calls return an error.
func (w *Watcher) Close() {
	w.closeStream()
	if w.err == nil {
		w.err = errors.New("regserver: watcher closed")
	}
}

func (w *Watcher) closeStream() {
	if w.cancel != nil {
		w.cancel()
	}
	w.stream, w.cancel = nil, nil
}

func (w *Watcher) request() *regserverv1.WatchRequest {
	req := &regserverv1.WatchRequest{
		ModelNames:              w.opts.ModelNames,
		ModelNamePrefix:         w.opts.ModelNamePrefix,
		EventTypes:              w.opts.EventTypes,
		Aliases:                 w.opts.Aliases,
		StartRevision:           w.opts.StartRevision,
		SendInitialState:        w.opts.SendInitialState,
		ProgressIntervalSeconds: w.opts.ProgressIntervalSeconds,
	}
	if w.haveRev {
		// A resume: never a second snapshot.
		req.StartRevision = w.last + 1
		req.SendInitialState = false
	}
	return proto.CloneOf(req)
}

// Recv returns the next message (event, progress, snapshot or
// snapshot_complete), reconnecting as needed. It returns ctx's error once
// ctx is done, and an *Error for a non-retryable failure; after an error
// every later call returns it again.
func (w *Watcher) Recv() (*regserverv1.WatchResponse, error) {
	if w.err != nil {
		return nil, w.err
	}
	for {
		var err error
		if w.stream == nil {
			sctx, cancel := context.WithCancel(w.ctx)
			w.stream, err = w.events.Watch(sctx, w.request())
			w.cancel = cancel
		}
		var resp *regserverv1.WatchResponse
		if err == nil {
			resp, err = w.stream.Recv()
		}
		if err == nil {
			w.failures = 0
			switch k := resp.GetKind().(type) {
			case *regserverv1.WatchResponse_Event:
				w.last, w.haveRev = k.Event.GetRevision(), true
			case *regserverv1.WatchResponse_Progress:
				w.last, w.haveRev = k.Progress.GetRevision(), true
			case *regserverv1.WatchResponse_SnapshotComplete:
				w.last, w.haveRev = k.SnapshotComplete.GetRevision(), true
			}
			return resp, nil
		}
		w.closeStream()
		if cerr := w.ctx.Err(); cerr != nil {
			w.err = cerr
			return nil, cerr
		}
		if !retryableWatchError(err) {
			w.err = wrap(err)
			return nil, w.err
		}
		w.failures++
		delay := w.backoff()
		if w.opts.OnReconnect != nil {
			w.opts.OnReconnect(wrap(err), delay)
		}
		t := time.NewTimer(delay)
		select {
		case <-w.ctx.Done():
			t.Stop()
			w.err = w.ctx.Err()
			return nil, w.err
		case <-t.C:
		}
	}
}

// All yields every message until ctx is done or a non-retryable error,
// which is yielded last (ctx's own error is not yielded).
func (w *Watcher) All() iter.Seq2[*regserverv1.WatchResponse, error] {
	return func(yield func(*regserverv1.WatchResponse, error) bool) {
		defer w.Close()
		for {
			resp, err := w.Recv()
			if err != nil {
				if w.ctx.Err() == nil {
					yield(nil, err)
				}
				return
			}
			if !yield(resp, nil) {
				return
			}
		}
	}
}

func (w *Watcher) backoff() time.Duration {
	d := w.opts.MinBackoff
	for i := 1; i < w.failures && d < w.opts.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, w.opts.MaxBackoff)
	// Jitter in [d/2, d], so a fleet of watchers does not reconnect in step.
	return d/2 + rand.N(d/2+1)
}

// retryableWatchError reports whether a Watch stream that ended with err
// can simply be resumed.
func retryableWatchError(err error) bool {
	if errors.Is(err, io.EOF) {
		return true // the stream ended cleanly
	}
	e, ok := AsError(err)
	if !ok {
		return false
	}
	switch e.Code {
	case codes.Unavailable, codes.ResourceExhausted, codes.DeadlineExceeded:
		return true
	case codes.Internal, codes.Canceled:
		// From the transport (no regserver ErrorInfo), e.g. a reset stream;
		// an INTERNAL that regserver itself reports is not retried.
		return e.Reason == ""
	}
	return false
}
