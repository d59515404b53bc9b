// Command serving-example follows an alias of a registered model and keeps
// the version it points at downloaded into --out/v<n>/, verified.
//
//	serving-example --target 127.0.0.1:50051 --model fraud --out ./models
//
// See package serving for the output lines.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/regserver/regserver/clients/go/regserver"
	"github.com/regserver/regserver/clients/go/serving"
)

func main() {
	var cfg serving.Config
	fs := flag.NewFlagSet("serving-example", flag.ContinueOnError)
	fs.StringVar(&cfg.Target, "target", regserver.DefaultTarget, "regserver address `HOST:PORT`")
	fs.StringVar(&cfg.Model, "model", "", "registered model `NAME` (required)")
	fs.StringVar(&cfg.Alias, "alias", "champion", "alias `NAME` to follow")
	fs.StringVar(&cfg.Out, "out", "", "`DIR` to download versions into, as DIR/v<n>/ (required)")
	fs.IntVar(&cfg.MaxPromotions, "max-promotions", 0, "exit 0 after `N` promotions (0: run forever)")
	fs.BoolVar(&cfg.TLS, "tls", false, "use TLS (system roots unless --ca-file)")
	fs.StringVar(&cfg.CAFile, "ca-file", "", "PEM CA certificates to verify the server with (implies --tls)")
	fs.StringVar(&cfg.Token, "token", os.Getenv("REGSERVER_TOKEN"), "bearer `TOKEN` (default $REGSERVER_TOKEN)")
	if err := fs.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	if fs.NArg() > 0 || cfg.Model == "" || cfg.Out == "" {
		fmt.Fprintln(os.Stderr, "serving-example: --model and --out are required, and no positional arguments are accepted")
		fs.Usage()
		os.Exit(2)
	}

	cfg.Log = os.Stderr

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serving.Run(ctx, cfg, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "serving-example: %v\n", err)
		stop()
		os.Exit(1)
	}
}
