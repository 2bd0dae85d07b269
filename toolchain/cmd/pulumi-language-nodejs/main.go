// Command pulumi-language-nodejs is Bowtie's Node.js language host for the Pulumi engine.
//
// The upstream host (module sdk/nodejs/cmd/pulumi-language-nodejs) is not served by the Go module
// proxy, so Bowtie builds this one: it speaks the engine's LanguageRuntime gRPC protocol and runs
// programs through the official Node SDK's own entry point (@pulumi/pulumi/cmd/run), exactly as
// the upstream host does. It covers what Bowtie needs: running TypeScript/JavaScript programs
// (preview, up, refresh, destroy), the Automation API, and `pulumi install`.
package main

import (
	"flag"
	"fmt"
	"os"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	"google.golang.org/grpc"
)

// version is stamped at build time with -ldflags "-X main.version=3.248.0".
var version = "0.0.0-dev"

func main() {
	// The engine passes logging and tracing flags before the engine address; accept and ignore them.
	flags := flag.NewFlagSet("pulumi-language-nodejs", flag.ExitOnError)
	flags.Bool("logtostderr", false, "log to stderr")
	flags.Bool("logflow", false, "flow logging to plugins")
	flags.Int("v", 0, "log verbosity")
	flags.String("tracing", "", "tracing endpoint")
	flags.String("root", "", "project root (unused)")
	_ = flags.Parse(os.Args[1:])

	if flags.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: pulumi-language-nodejs [flags] <engine-address>")
		os.Exit(2)
	}
	host := &nodeHost{engineAddress: flags.Arg(0), version: version}

	handle, err := rpcutil.ServeWithOptions(rpcutil.ServeOptions{
		Init: func(srv *grpc.Server) error {
			pulumirpc.RegisterLanguageRuntimeServer(srv, host)
			return nil
		},
		Options: rpcutil.OpenTracingServerInterceptorOptions(nil),
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: could not start the gRPC server: %v\n", err)
		os.Exit(1)
	}
	// The engine reads the port from the first line of stdout.
	fmt.Printf("%d\n", handle.Port)
	if err := <-handle.Done; err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs: %v\n", err)
		os.Exit(1)
	}
}
