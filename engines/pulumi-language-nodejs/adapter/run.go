package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/google/shlex"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/pulumi/pulumi/sdk/v3/go/common/resource/config"
	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
)

// Run is served here rather than by the 3.68.0 host because that host puts a ResourceMonitor proxy between the
// program and the engine that knows only the 2023 protocol: calls the 3.248 SDK makes, such as RegisterPackage
// (parameterized packages: the generated elasticstack SDK), come back "unknown method". As the modern host's Run does
// (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs/main.go: Run, execRuntime, constructArguments,
// constructConfig), node runs @pulumi/pulumi/cmd/run with the program; the monitor proxy in front of the engine is a
// transparent one here (every method forwarded as bytes). Synchronous invokes over pipes (`--sync`) are not offered:
// the 3.248 SDK does not need them.

// exitAfterUserMessage is the code @pulumi/pulumi's run exits with after printing a user-actionable error.
const exitAfterUserMessage = 32

func serveRun(stream grpc.ServerStream, engineAddress string) error {
	req := &pulumirpc.RunRequest{}
	if err := stream.RecvMsg(req); err != nil {
		return err
	}
	resp, err := runProgram(stream.Context(), req, engineAddress)
	if err != nil {
		return err
	}
	return stream.SendMsg(resp)
}

// monitorProxy listens on loopback and forwards every ResourceMonitor call to the engine's monitor unchanged.
func monitorProxy(target string) (string, func(), error) {
	conn, err := grpc.NewClient(target, grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(maxMessageSize), grpc.MaxCallSendMsgSize(maxMessageSize)))
	if err != nil {
		return "", nil, err
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		conn.Close()
		return "", nil, err
	}
	server := grpc.NewServer(
		grpc.ForceServerCodec(rawCodec{}),
		grpc.MaxRecvMsgSize(maxMessageSize),
		grpc.MaxSendMsgSize(maxMessageSize),
		grpc.UnknownServiceHandler(func(_ any, s grpc.ServerStream) error {
			method, _ := grpc.MethodFromServerStream(s)
			return forward(conn, method, s)
		}),
	)
	go func() { _ = server.Serve(listener) }()
	return listener.Addr().String(), func() { server.Stop(); conn.Close() }, nil
}

func runProgram(ctx context.Context, req *pulumirpc.RunRequest, engineAddress string) (*pulumirpc.RunResponse, error) {
	failed := func(err error) (*pulumirpc.RunResponse, error) {
		return &pulumirpc.RunResponse{Error: err.Error()}, nil
	}

	monitor, stop, err := monitorProxy(req.GetMonitorAddress())
	if err != nil {
		return nil, err
	}
	defer stop()

	node, err := exec.LookPath("node")
	if err != nil {
		return failed(fmt.Errorf("could not find node on the $PATH: %w", err))
	}
	info := req.GetInfo()
	runPath := os.Getenv("PULUMI_LANGUAGE_NODEJS_RUN_PATH")
	if runPath == "" {
		runPath = "@pulumi/pulumi/cmd/run"
	}
	if runPath, err = resolveModule(node, runPath, info.GetProgramDirectory()); err != nil {
		return failed(err)
	}

	configJSON, err := programConfig(req)
	if err != nil {
		return failed(fmt.Errorf("failed to serialize configuration: %w", err))
	}
	secretKeys := req.GetConfigSecretKeys()
	if secretKeys == nil {
		secretKeys = []string{}
	}
	secretKeysJSON, err := json.Marshal(secretKeys)
	if err != nil {
		return failed(err)
	}
	env := append(os.Environ(), "PULUMI_CONFIG="+configJSON, "PULUMI_CONFIG_SECRET_KEYS="+string(secretKeysJSON))

	options := map[string]any{}
	if info.GetOptions() != nil {
		options = info.GetOptions().AsMap()
	}
	if ts, ok := options["typescript"].(bool); !ok || ts {
		env = append(env, "PULUMI_NODEJS_TYPESCRIPT=true")
	}
	if tsconfig, ok := options["tsconfig"].(string); ok && tsconfig != "" {
		env = append(env, "PULUMI_NODEJS_TSCONFIG_PATH="+tsconfig)
	}
	var args []string
	if s, ok := options["nodeargs"].(string); ok {
		if args, err = shlex.Split(s); err != nil {
			return failed(err)
		}
	}

	args = append(args, runPath)
	flag := func(k, v string) {
		if v != "" {
			args = append(args, "--"+k, v)
		}
	}
	flag("monitor", monitor)
	flag("engine", engineAddress)
	flag("organization", req.GetOrganization())
	flag("project", req.GetProject())
	flag("root-directory", info.GetRootDirectory())
	flag("stack", req.GetStack())
	flag("pwd", info.GetProgramDirectory())
	if req.GetDryRun() {
		args = append(args, "--dry-run")
	}
	flag("parallel", strconv.Itoa(int(req.GetParallel())))
	args = append(args, info.GetEntryPoint())
	args = append(args, req.GetArgs()...)

	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Cancel = func() error {
		if err := cmd.Process.Signal(os.Interrupt); err != nil {
			return cmd.Process.Kill()
		}
		return nil
	}
	cmd.WaitDelay = 5 * time.Second
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			switch code := exitErr.ExitCode(); code {
			case 0:
				return failed(fmt.Errorf("Program exited unexpectedly: %w", exitErr))
			case exitAfterUserMessage:
				return &pulumirpc.RunResponse{Bail: true}, nil
			default:
				return failed(fmt.Errorf("Program exited with non-zero exit code: %d", code))
			}
		}
		return failed(fmt.Errorf("Problem executing program (could not run language executor): %w", err))
	}
	return &pulumirpc.RunResponse{}, nil
}

// programConfig is the PULUMI_CONFIG the Node SDK reads: keys as `<namespace>:config:<name>`.
func programConfig(req *pulumirpc.RunRequest) (string, error) {
	out := map[string]string{}
	for k, v := range req.GetConfig() {
		key, err := config.ParseKey(k)
		if err != nil {
			return "", err
		}
		out[key.Namespace()+":config:"+key.Name()] = v
	}
	data, err := json.Marshal(out)
	return string(data), err
}

// engineAddressFromArgs is the host's one positional argument (flags such as -root=… or -tracing come first).
func engineAddressFromArgs(args []string) string {
	for i := len(args) - 1; i >= 0; i-- {
		if !strings.HasPrefix(args[i], "-") {
			return args[i]
		}
	}
	return ""
}
