package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	pulumirpc "github.com/pulumi/pulumi/sdk/v3/proto/go"
	"google.golang.org/protobuf/types/known/emptypb"
)

// exitBail is the exit code the Node SDK's run script uses after it has already reported a
// user-actionable error to the engine; the engine must not report it a second time.
const exitBail = 32

type nodeHost struct {
	pulumirpc.UnimplementedLanguageRuntimeServer
	engineAddress string
	version       string
}

func (h *nodeHost) Handshake(
	_ context.Context, req *pulumirpc.LanguageHandshakeRequest,
) (*pulumirpc.LanguageHandshakeResponse, error) {
	if req.GetEngineAddress() != "" {
		h.engineAddress = req.GetEngineAddress()
	}
	return &pulumirpc.LanguageHandshakeResponse{}, nil
}

func (h *nodeHost) GetPluginInfo(context.Context, *emptypb.Empty) (*pulumirpc.PluginInfo, error) {
	return &pulumirpc.PluginInfo{Version: h.version}, nil
}

// Bowtie programs need no resource plugin beyond the dynamic-provider shim, which the engine finds
// next to the CLI; declaring none keeps the engine from trying to download any.
func (h *nodeHost) GetRequiredPlugins(
	context.Context, *pulumirpc.GetRequiredPluginsRequest,
) (*pulumirpc.GetRequiredPluginsResponse, error) {
	return &pulumirpc.GetRequiredPluginsResponse{}, nil
}

func (h *nodeHost) GetRequiredPackages(
	context.Context, *pulumirpc.GetRequiredPackagesRequest,
) (*pulumirpc.GetRequiredPackagesResponse, error) {
	return &pulumirpc.GetRequiredPackagesResponse{}, nil
}

func (h *nodeHost) RuntimeOptionsPrompts(
	context.Context, *pulumirpc.RuntimeOptionsRequest,
) (*pulumirpc.RuntimeOptionsResponse, error) {
	return &pulumirpc.RuntimeOptionsResponse{}, nil
}

func (h *nodeHost) Run(ctx context.Context, req *pulumirpc.RunRequest) (*pulumirpc.RunResponse, error) {
	info := req.GetInfo()
	programDir := info.GetProgramDirectory()
	if programDir == "" {
		programDir = req.GetPwd()
	}
	runScript, err := findRunScript(programDir)
	if err != nil {
		return &pulumirpc.RunResponse{Error: err.Error()}, nil
	}
	opts := runtimeOptionsOf(info)

	args := append([]string{}, opts.nodeArgs...)
	args = append(args, runScript)
	args = append(args, runFlags(req, h.engineAddress)...)
	args = append(args, filepath.Join(programDir, entryPointOf(info)))
	args = append(args, req.GetArgs()...)

	env, err := runEnv(req, opts)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, "node", args...)
	cmd.Dir = req.GetPwd()
	cmd.Env = env
	cmd.Stdout = os.Stdout
	cmd.Stderr = os.Stderr
	err = cmd.Run()

	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return &pulumirpc.RunResponse{}, nil
	case errors.As(err, &exitErr) && exitErr.ExitCode() == exitBail:
		return &pulumirpc.RunResponse{Bail: true}, nil
	case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("Program exited with non-zero exit code: %d", exitErr.ExitCode())}, nil
	default:
		return &pulumirpc.RunResponse{Error: fmt.Sprintf("could not run the program with node: %v", err)}, nil
	}
}

// runFlags are the flags of @pulumi/pulumi/cmd/run, the SDK's program entry point.
func runFlags(req *pulumirpc.RunRequest, engineAddress string) []string {
	flags := []string{
		"--monitor=" + req.GetMonitorAddress(),
		"--project=" + req.GetProject(),
		"--stack=" + req.GetStack(),
		"--pwd=" + req.GetPwd(),
		fmt.Sprintf("--parallel=%d", req.GetParallel()),
	}
	if engineAddress != "" {
		flags = append(flags, "--engine="+engineAddress)
	}
	if root := req.GetInfo().GetRootDirectory(); root != "" {
		flags = append(flags, "--root-directory="+root)
	}
	if org := req.GetOrganization(); org != "" {
		flags = append(flags, "--organization="+org)
	}
	if req.GetDryRun() {
		flags = append(flags, "--dry-run")
	}
	return flags
}

func runEnv(req *pulumirpc.RunRequest, opts runtimeOptions) ([]string, error) {
	config, err := json.Marshal(req.GetConfig())
	if err != nil {
		return nil, err
	}
	secretKeys := req.GetConfigSecretKeys()
	if secretKeys == nil {
		secretKeys = []string{}
	}
	secrets, err := json.Marshal(secretKeys)
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(),
		"PULUMI_CONFIG="+string(config),
		"PULUMI_CONFIG_SECRET_KEYS="+string(secrets),
		fmt.Sprintf("PULUMI_NODEJS_TYPESCRIPT=%t", opts.typescript),
	)
	if opts.tsconfig != "" {
		env = append(env, "PULUMI_NODEJS_TSCONFIG_PATH="+opts.tsconfig)
	}
	return env, nil
}

type runtimeOptions struct {
	typescript bool
	tsconfig   string
	nodeArgs   []string
}

// runtimeOptionsOf reads Pulumi.yaml's `runtime.options` (typescript, tsconfig, nodeargs).
func runtimeOptionsOf(info *pulumirpc.ProgramInfo) runtimeOptions {
	opts := runtimeOptions{typescript: true}
	fields := info.GetOptions().GetFields()
	if v, ok := fields["typescript"]; ok {
		opts.typescript = v.GetBoolValue()
	}
	if v, ok := fields["tsconfig"]; ok {
		opts.tsconfig = v.GetStringValue()
	}
	if v, ok := fields["nodeargs"]; ok {
		opts.nodeArgs = strings.Fields(v.GetStringValue())
	}
	return opts
}

func entryPointOf(info *pulumirpc.ProgramInfo) string {
	if entry := info.GetEntryPoint(); entry != "" {
		return entry
	}
	return "."
}

// findRunScript locates @pulumi/pulumi/cmd/run the way Node resolves packages: from the program
// directory up through each ancestor's node_modules.
func findRunScript(programDir string) (string, error) {
	dir, err := filepath.Abs(programDir)
	if err != nil {
		return "", err
	}
	for {
		candidate := filepath.Join(dir, "node_modules", "@pulumi", "pulumi", "cmd", "run")
		if _, err := os.Stat(filepath.Join(candidate, "index.js")); err == nil {
			return candidate, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("could not find @pulumi/pulumi from %s: run `npm install` in the project first", programDir)
		}
		dir = parent
	}
}
