// pulumi-language-nodejs adapter (our own code, see docs/engines.md).
//
// The Go module proxy these machines reach refuses every version of the modern Node.js language host
// (github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3), so the engine builds the last host that lived
// inside sdk/v3 (v3.68.0). Four calls are served here instead of by that host:
//
//   - Run (run.go): the 3.68.0 host's own monitor proxy knows only the 2023 protocol, so a 3.248 SDK's
//     RegisterPackage (parameterized packages) fails through it; node runs the program here, as the modern host does,
//     behind a transparent monitor proxy.
//
//   - RunPlugin answers "not supported", and CLI 3.221+ starts Node policy packs only through it. The adapter serves
//     it the way the modern host does (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs/main.go, RunPlugin): node
//     runs @pulumi/pulumi/cmd/run-policy-pack from the pack's own node_modules, in the pack directory, behind the
//     SDK's PolicyProxy (which hands the stack configuration to the pack), with stdout/stderr streamed back.
//
//   - GeneratePackage (SDK generation, `pulumi package gen-sdk/add`) did not exist in 3.68.0. The adapter passes the
//     request to pulumi-nodejs-codegen (../codegen: the modern host's GeneratePackage with pkg/v3 v3.260.0's Node.js
//     generator, whose output runs on the project's @pulumi/pulumi 3.248), built beside it.
//
//   - GetRequiredPackages did not exist in 3.68.0 (packages.go): without it the engine re-versions an explicit
//     parameterized provider on every run after the first.
//
// Every other LanguageRuntime call is forwarded unchanged to the real 3.68.0 host, started as a child (a
// transparent gRPC proxy).
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/google/shlex"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/metadata"
	"google.golang.org/protobuf/proto"

	sdk "github.com/pulumi/pulumi/sdk/v3"
	"github.com/pulumi/pulumi/sdk/v3/go/common/apitype"
	"github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// realHostName is the upstream host and codegenName our SDK generator, both built into the same folder as this adapter.
const (
	realHostName = "pulumi-language-nodejs-v3.68.0"
	codegenName  = "pulumi-nodejs-codegen-v3.260.0"
)

const (
	runMethod             = "/pulumirpc.LanguageRuntime/Run"
	runPluginMethod       = "/pulumirpc.LanguageRuntime/RunPlugin"
	generatePackageMethod = "/pulumirpc.LanguageRuntime/GeneratePackage"
)

// maxMessageSize matches the 400 MiB limit Pulumi sets on its own channels (rpcutil.GrpcChannelOptions).
const maxMessageSize = 400 * 1024 * 1024

// rawCodec passes messages through as bytes, so every method of the child's service is forwarded unchanged.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) {
	switch m := v.(type) {
	case *[]byte:
		return *m, nil
	case proto.Message:
		return proto.Marshal(m)
	}
	return nil, fmt.Errorf("rawCodec: cannot marshal %T", v)
}

func (rawCodec) Unmarshal(data []byte, v any) error {
	switch m := v.(type) {
	case *[]byte:
		*m = append((*m)[:0], data...)
		return nil
	case proto.Message:
		return proto.Unmarshal(data, m)
	}
	return fmt.Errorf("rawCodec: cannot unmarshal into %T", v)
}

func (rawCodec) Name() string { return "proto" }

var _ encoding.Codec = rawCodec{}

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "pulumi-language-nodejs (adapter): %v\n", err)
		os.Exit(1)
	}
}

// besideSelf is the path of a program built into the adapter's own folder (the adapter is reached through a link).
func besideSelf(name string) (string, error) {
	self, err := os.Executable()
	if err != nil {
		return "", err
	}
	if self, err = filepath.EvalSymlinks(self); err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(self), name), nil
}

// generatePackage runs the generator with the request on stdin and its response on stdout.
func generatePackage(req *pulumirpc.GeneratePackageRequest) (*pulumirpc.GeneratePackageResponse, error) {
	codegen, err := besideSelf(codegenName)
	if err != nil {
		return nil, err
	}
	in, err := proto.Marshal(req)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(codegen)
	cmd.Stdin = bytes.NewReader(in)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", codegenName, err)
	}
	resp := &pulumirpc.GeneratePackageResponse{}
	return resp, proto.Unmarshal(out, resp)
}

func run() error {
	engineAddress := engineAddressFromArgs(os.Args[1:])
	hostPath, err := besideSelf(realHostName)
	if err != nil {
		return err
	}
	// The child gets the same arguments (engine address, -root, -tracing …) and dies with us.
	child := exec.Command(hostPath, os.Args[1:]...)
	child.Stderr = os.Stderr
	child.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	childOut, err := child.StdoutPipe()
	if err != nil {
		return err
	}
	if err := child.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", hostPath, err)
	}
	reader := bufio.NewReader(childOut)
	line, err := reader.ReadString('\n')
	if err != nil {
		return fmt.Errorf("%s printed no port: %w", realHostName, err)
	}
	port, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		return fmt.Errorf("%s printed %q instead of its port", realHostName, line)
	}
	go func() { _, _ = io.Copy(os.Stdout, reader) }()

	conn, err := grpc.NewClient(fmt.Sprintf("127.0.0.1:%d", port),
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxMessageSize),
			grpc.MaxCallSendMsgSize(maxMessageSize)))
	if err != nil {
		return err
	}
	defer conn.Close()

	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	server := grpc.NewServer(
		grpc.ForceServerCodec(rawCodec{}),
		grpc.MaxRecvMsgSize(maxMessageSize),
		grpc.MaxSendMsgSize(maxMessageSize),
		grpc.UnknownServiceHandler(func(_ any, stream grpc.ServerStream) error {
			method, _ := grpc.MethodFromServerStream(stream)
			switch method {
			case runMethod:
				return serveRun(stream, engineAddress)
			case runPluginMethod:
				return runPlugin(stream)
			case getRequiredPackagesMethod:
				req := &pulumirpc.GetRequiredPackagesRequest{}
				if err := stream.RecvMsg(req); err != nil {
					return err
				}
				return stream.SendMsg(getRequiredPackages(req))
			case generatePackageMethod:
				req := &pulumirpc.GeneratePackageRequest{}
				if err := stream.RecvMsg(req); err != nil {
					return err
				}
				resp, err := generatePackage(req)
				if err != nil {
					return err
				}
				return stream.SendMsg(resp)
			}
			return forward(conn, method, stream)
		}),
	)
	fmt.Printf("%d\n", listener.Addr().(*net.TCPAddr).Port)

	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM)
	exited := make(chan error, 1)
	go func() { exited <- child.Wait() }()
	go func() { _ = server.Serve(listener) }()
	select {
	case err := <-exited:
		server.Stop()
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			os.Exit(exitErr.ExitCode())
		}
		return err
	case sig := <-signals:
		_ = child.Process.Signal(sig)
		server.GracefulStop()
		<-exited
		return nil
	}
}

// forward relays one call (unary or streaming) to the child, both directions, with the caller's metadata.
func forward(conn *grpc.ClientConn, method string, in grpc.ServerStream) error {
	ctx, cancel := context.WithCancel(in.Context())
	defer cancel()
	if md, ok := metadata.FromIncomingContext(ctx); ok {
		ctx = metadata.NewOutgoingContext(ctx, md.Copy())
	}
	out, err := conn.NewStream(ctx, &grpc.StreamDesc{ServerStreams: true, ClientStreams: true}, method,
		grpc.ForceCodec(rawCodec{}))
	if err != nil {
		return err
	}
	sendErr := make(chan error, 1)
	go func() {
		for {
			var msg []byte
			if err := in.RecvMsg(&msg); err != nil {
				if errors.Is(err, io.EOF) {
					sendErr <- out.CloseSend()
				} else {
					sendErr <- err
				}
				return
			}
			if err := out.SendMsg(&msg); err != nil {
				sendErr <- err
				return
			}
		}
	}()
	header, err := out.Header()
	if err != nil {
		return err
	}
	if err := in.SendHeader(header); err != nil {
		return err
	}
	for {
		var msg []byte
		if err := out.RecvMsg(&msg); err != nil {
			in.SetTrailer(out.Trailer())
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if err := in.SendMsg(&msg); err != nil {
			return err
		}
	}
}

// runPluginStream gives the typed RunPlugin server interface over the raw stream.
type runPluginStream struct{ grpc.ServerStream }

func (s runPluginStream) Send(m *pulumirpc.RunPluginResponse) error { return s.ServerStream.SendMsg(m) }

func runPlugin(stream grpc.ServerStream) error {
	req := &pulumirpc.RunPluginRequest{}
	if err := stream.RecvMsg(req); err != nil {
		return err
	}
	ctx := stream.Context()
	closer, stdout, stderr, err := rpcutil.MakeRunPluginStreams(runPluginStream{stream}, false)
	if err != nil {
		return err
	}
	defer closer.Close()

	node, err := exec.LookPath("node")
	if err != nil {
		return err
	}
	options := map[string]any{}
	if req.Info != nil && req.Info.Options != nil {
		options = req.Info.Options.AsMap()
	}
	env := req.Env
	if ts, ok := options["typescript"].(bool); !ok || ts { // typescript defaults to true, as upstream
		env = append(env, "PULUMI_NODEJS_TYPESCRIPT=true")
	}
	if tsconfig, ok := options["tsconfig"].(string); ok && tsconfig != "" {
		env = append(env, "PULUMI_NODEJS_TSCONFIG_PATH="+tsconfig)
	}
	var nodeargs []string
	if s, ok := options["nodeargs"].(string); ok {
		if nodeargs, err = shlex.Split(s); err != nil {
			return err
		}
	}

	programDir := req.Info.GetProgramDirectory()
	isPolicyPack := req.Kind == string(apitype.AnalyzerPlugin)
	runPath := "@pulumi/pulumi/cmd/run-plugin"
	if isPolicyPack {
		runPath = "@pulumi/pulumi/cmd/run-policy-pack"
	} else if p := os.Getenv("PULUMI_LANGUAGE_NODEJS_RUN_PATH"); p != "" {
		runPath = p
	}
	if runPath, err = resolveModule(node, runPath, programDir); err != nil {
		return err
	}

	args := append([]string{runPath}, nodeargs...)
	if isPolicyPack { // the pack directory goes last for policy packs, first for other plugins
		args = append(append(args, req.Args...), programDir)
	} else {
		args = append(append(args, programDir), req.Args...)
	}

	var proxy *sdk.PolicyProxy
	if isPolicyPack {
		// The pack learns its stack and configuration from the environment; the SDK's proxy receives them from the
		// engine (ConfigureStack) before the pack starts, then forwards every Analyzer call to the pack.
		if proxy, stdout, err = sdk.NewPolicyProxy(ctx, stdout); err != nil {
			return fmt.Errorf("could not start policy pack proxy: %w", err)
		}
		config, err := proxy.AwaitConfiguration(ctx)
		if err != nil {
			return fmt.Errorf("could not get stack configuration: %w", err)
		}
		if config != nil {
			add := func(k, v string) {
				if v != "" {
					env = append(env, k+"="+v)
				}
			}
			add("PULUMI_NODEJS_ORGANIZATION", config.Organization)
			add("PULUMI_NODEJS_PROJECT", config.Project)
			add("PULUMI_NODEJS_STACK", config.Stack)
			add("PULUMI_NODEJS_DRY_RUN", strconv.FormatBool(config.DryRun))
			if config.Config != nil {
				js, err := json.Marshal(config.Config)
				if err != nil {
					return err
				}
				add("PULUMI_CONFIG", string(js))
			}
		}
	}

	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Dir = req.Pwd
	if isPolicyPack {
		cmd.Dir = programDir // packs have always run in their own directory
	}
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("could not run node: %w", err)
	}
	if proxy != nil {
		err = proxy.Attach(ctx, cmd)
	} else {
		err = cmd.Wait()
	}
	if err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			return fmt.Errorf("Program exited with non-zero exit code: %d", exitErr.ExitCode())
		}
		return err
	}
	return closer.Close()
}

// resolveModule finds a module from the program's directory, as node's require would.
func resolveModule(node, module, dir string) (string, error) {
	script := fmt.Sprintf("try{console.log(require.resolve(%q))}catch(e){console.error(e.code==='MODULE_NOT_FOUND'?"+
		"'It looks like the Pulumi SDK has not been installed. Have you run npm install in %s?':e.message);process.exit(1)}",
		module, dir)
	cmd := exec.Command(node, "-e", script)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			return "", errors.New(strings.TrimSpace(string(exitErr.Stderr)))
		}
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}
