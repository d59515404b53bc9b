// Command watch-load holds many EventService.Watch streams for the benchmarks
// (benchmarks/workload.py): a serving fleet's watchers, in one Go process.
//
// It opens -streams streams on one model's ALIAS_SET events, at most
// -streams-per-connection on each connection, and prints {"ready": true} once
// every stream has its opening message. Then, for each alias event, once every
// stream has received it, it prints {"alias": ..., "times": [...]}: when each
// stream received it, in CLOCK_MONOTONIC seconds (what Python's time.monotonic()
// reads, so comparable across processes on one machine). It exits after each
// stream has seen -events events, or with status 1 and a message on standard
// error if a stream fails.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"

	"golang.org/x/sys/unix"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/regserver/regserver/clients/go/regserverv1"
)

type receipt struct {
	alias string
	at    float64
}

type eventLine struct {
	Alias string    `json:"alias"`
	Times []float64 `json:"times"`
}

func monotonic() float64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		panic(err)
	}
	return float64(ts.Sec) + float64(ts.Nsec)/1e9
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "watch-load: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	target := flag.String("target", "127.0.0.1:50051", "regserver address")
	model := flag.String("model", "", "model whose alias events to watch")
	streams := flag.Int("streams", 1, "Watch streams to hold")
	events := flag.Int("events", 1, "alias events each stream waits for")
	perConn := flag.Int("streams-per-connection", 100, "streams sharing one connection")
	flag.Parse()
	if *model == "" || *streams < 1 || *events < 1 || *perConn < 1 {
		fail("need -model, and -streams, -events and -streams-per-connection of 1 or more")
	}

	conns := make([]*grpc.ClientConn, (*streams+*perConn-1) / *perConn)
	for i := range conns {
		conn, err := grpc.NewClient(*target, grpc.WithTransportCredentials(insecure.NewCredentials()))
		if err != nil {
			fail("connecting to %s: %v", *target, err)
		}
		defer conn.Close()
		conns[i] = conn
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	request := &regserverv1.WatchRequest{
		ModelNames: []string{*model},
		EventTypes: []regserverv1.EventType{regserverv1.EventType_EVENT_TYPE_ALIAS_SET},
	}
	opened := make(chan struct{}, *streams)
	receipts := make(chan receipt, *streams)
	errs := make(chan error, *streams)
	for k := 0; k < *streams; k++ {
		client := regserverv1.NewEventServiceClient(conns[k%len(conns)])
		go func() {
			stream, err := client.Watch(ctx, request)
			if err != nil {
				errs <- err
				return
			}
			first := true
			for seen := 0; seen < *events; {
				response, err := stream.Recv()
				at := monotonic()
				if err != nil {
					if ctx.Err() == nil {
						errs <- err
					}
					return
				}
				if first {
					first = false
					opened <- struct{}{}
				}
				if event := response.GetEvent(); event != nil {
					receipts <- receipt{event.GetAlias(), at}
					seen++
				}
			}
			<-ctx.Done() // stay open until every stream has every event
		}()
	}

	out := bufio.NewWriter(os.Stdout)
	emit := func(v any) {
		line, err := json.Marshal(v)
		if err != nil {
			panic(err)
		}
		out.Write(append(line, '\n'))
		if err := out.Flush(); err != nil {
			fail("writing to standard output: %v", err)
		}
	}
	deadline := time.After(60 * time.Second)
	for n := 0; n < *streams; n++ {
		select {
		case <-opened:
		case err := <-errs:
			fail("a stream failed before opening: %v", err)
		case <-deadline:
			fail("only %d of %d streams opened within 60 s", n, *streams)
		}
	}
	emit(map[string]bool{"ready": true})

	pending := map[string][]float64{}
	for done := 0; done < *events; {
		select {
		case r := <-receipts:
			pending[r.alias] = append(pending[r.alias], r.at)
			if times := pending[r.alias]; len(times) == *streams {
				emit(eventLine{r.alias, times})
				delete(pending, r.alias)
				done++
			}
		case err := <-errs:
			fail("a stream failed: %v", err)
		}
	}
}
