package compat

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// The two import paths that tell the official client from ours.
var rewrites = []struct{ official, ours string }{
	{`"github.com/aws/aws-sdk-go-v2/service/appstream/types"`, `"github.com/appstreamkit/appstream-go/types"`},
	{`"github.com/aws/aws-sdk-go-v2/service/appstream"`, `"github.com/appstreamkit/appstream-go/appstream"`},
}

// built is the outcome of building ./program for both clients, shared by
// the tests so that the official client is compiled once.
var built struct {
	once           sync.Once
	dir            string // holds the binaries; removed by TestMain
	official, ours string // the binaries
	err            error
	elapsed        time.Duration
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// goTool returns the go command, or skips the test when there is none.
func goTool(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on PATH")
	}
	return goBin
}

// goCmd runs the go command in the compat module with this process's
// environment (GOFLAGS, GOMODCACHE, GOPROXY...), outside any workspace.
func goCmd(ctx context.Context, goBin string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, goBin, args...)
	cmd.Env = append(os.Environ(), "GOWORK=off")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// rewriteProgram copies the Go files of dir into copyDir with their
// appstream import paths rewritten to this repository's packages. Every file
// imports each official package at most once, and the program as a whole
// imports both.
func rewriteProgram(dir, copyDir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no Go files in %s (%v)", dir, err)
	}
	imports := make([]int, len(rewrites))
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		rewritten := string(src)
		for i, r := range rewrites {
			n := strings.Count(rewritten, r.official)
			if n > 1 {
				return fmt.Errorf("%s imports %s %d times, want once", file, r.official, n)
			}
			imports[i] += n
			rewritten = strings.ReplaceAll(rewritten, r.official, r.ours)
		}
		if strings.Contains(rewritten, `"github.com/aws/aws-sdk-go-v2/service/appstream`) {
			return fmt.Errorf("the rewritten %s still imports the official client", file)
		}
		if err := os.WriteFile(filepath.Join(copyDir, filepath.Base(file)), []byte(rewritten), 0o644); err != nil {
			return err
		}
	}
	for i, r := range rewrites {
		if imports[i] == 0 {
			return fmt.Errorf("%s does not import %s", dir, r.official)
		}
	}
	return nil
}

// buildBoth builds ./program as it is, and a copy with its appstream import
// paths rewritten to this repository's packages, then vets both.
func buildBoth(t *testing.T) {
	goBin := goTool(t)
	built.once.Do(func() {
		start := time.Now()
		defer func() { built.elapsed = time.Since(start) }()
		built.err = func() error {
			// The copy lives inside this module, so that it builds with its
			// go.mod, go.sum and replace directive; a leading '_' keeps it
			// out of ./... patterns.
			copyDir, err := os.MkdirTemp(".", "_ours-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(copyDir)
			if err := rewriteProgram("program", copyDir); err != nil {
				return err
			}
			built.dir, err = os.MkdirTemp("", "appstream-compat-bin-")
			if err != nil {
				return err
			}

			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
			defer cancel()
			// One go build for both packages, so that what they share is
			// built once; -o DIR/ names each binary after its directory.
			copyPkg := "./" + filepath.Base(copyDir)
			if out, err := goCmd(ctx, goBin, "build", "-buildvcs=false", "-o", built.dir+string(filepath.Separator), "./program", copyPkg); err != nil {
				return fmt.Errorf("go build ./program %s: %v\n%s", copyPkg, err, out)
			}
			if out, err := goCmd(ctx, goBin, "vet", "./program", copyPkg); err != nil {
				return fmt.Errorf("go vet ./program %s: %v\n%s", copyPkg, err, out)
			}
			built.official = filepath.Join(built.dir, "program")
			built.ours = filepath.Join(built.dir, filepath.Base(copyDir))
			return nil
		}()
	})
}

// TestSourceCompatible builds ./program against the official client (it is
// a real program for it) and, with only the two import paths changed,
// against this repository's client (ours is source compatible).
func TestSourceCompatible(t *testing.T) {
	buildBoth(t)
	if built.err != nil {
		t.Fatalf("building the program for both clients failed:\n%v", built.err)
	}
	t.Logf("built and vetted both programs in %v", built.elapsed.Round(time.Millisecond))
}

// run runs one program against the fake service and returns its stdout and
// the requests it made.
func run(t *testing.T, bin, url string, svc *fakeService) (string, []request) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-endpoint", url)
	// No AWS_* settings of the caller, and a time zone that is not UTC, so
	// that timestamps decoded in local time would show.
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "AWS_") && !strings.HasPrefix(kv, "TZ=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "TZ=America/New_York")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	svc.take()
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\nstderr:\n%s", filepath.Base(bin), err, stderr.String())
	}
	return stdout.String(), svc.take()
}

// TestSameRequestsAndResults runs both programs against one fake service,
// and compares what they sent and what they printed.
func TestSameRequestsAndResults(t *testing.T) {
	buildBoth(t)
	if built.err != nil {
		t.Fatalf("cannot run the programs: the build failed (see TestSourceCompatible):\n%v", built.err)
	}
	svc := &fakeService{}
	server := httptest.NewServer(svc)
	defer server.Close()

	start := time.Now()
	officialOut, officialReqs := run(t, built.official, server.URL, svc)
	oursOut, oursReqs := run(t, built.ours, server.URL, svc)
	t.Logf("ran both programs in %v: %d requests from the official client, %d from ours",
		time.Since(start).Round(time.Millisecond), len(officialReqs), len(oursReqs))

	t.Run("official recording is meaningful", func(t *testing.T) {
		checkOfficialRecording(t, officialReqs, officialOut)
	})
	t.Run("operator recording is meaningful", func(t *testing.T) {
		checkOperatorRecording(t, officialReqs, officialOut)
	})

	if dir := os.Getenv("COMPAT_OUTPUT_DIR"); dir != "" {
		keepOutputs(t, dir, officialOut, oursOut, officialReqs, oursReqs)
	}

	officialOut, officialIntended := cutSection(officialOut, "intended differences")
	oursOut, oursIntended := cutSection(oursOut, "intended differences")

	t.Run("requests", func(t *testing.T) {
		for _, p := range compareRequests(compared(officialReqs), compared(oursReqs)) {
			t.Error(p)
		}
	})

	t.Run("stdout", func(t *testing.T) {
		a, b := strings.Split(officialOut, "\n"), strings.Split(oursOut, "\n")
		if diff := lineDiff(a, b); diff != "" {
			t.Errorf("the programs printed different results (- official, + ours):\n%s", diff)
		}
	})

	t.Run("intended differences", func(t *testing.T) {
		checkIntended(t, "official", officialIntended, func(d intendedDifference) string { return d.official })
		checkIntended(t, "ours", oursIntended, func(d intendedDifference) string { return d.ours })
	})
}

// intendedDifference is a place where appstream-go departs from the
// official client on purpose (see the README): the line of the program's
// "intended differences" section that starts with prefix must contain
// official for the official client and ours for appstream-go.
type intendedDifference struct {
	prefix, official, ours string
}

var intendedDifferences = []intendedDifference{
	// UpdateFleetInput.Name is required here: the service cannot act without it.
	{"intended UpdateFleet nil input:",
		`1 requests, error "operation error AppStream: UpdateFleet, https response error StatusCode: 400`,
		`0 requests, error "operation error AppStream: UpdateFleet, 1 validation error(s) found.\n- missing required field, UpdateFleetInput.Name.\n"`},
	// RequestLimitExceededException is AppStream's throttle: retried here.
	{"intended StartFleet RequestLimitExceededException:", "1 requests, MaxAttemptsError false", "3 requests, MaxAttemptsError true"},
	// LimitExceededException is a quota: not retried here.
	{"intended StartFleet LimitExceededException:", "3 requests, MaxAttemptsError true", "1 requests, MaxAttemptsError false"},
	// FIPS pseudo-regions sign with the real region here.
	{"intended fips-us-east-1:",
		"POST https://appstream2-fips.us-east-1.amazonaws.com/ scope=AKID/DATE/fips-us-east-1/appstream/aws4_request",
		"POST https://appstream2-fips.us-east-1.amazonaws.com/ scope=AKID/DATE/us-east-1/appstream/aws4_request"},
	{"intended us-east-1-fips:",
		"POST https://appstream2-fips.us-east-1.amazonaws.com/ scope=AKID/DATE/us-east-1-fips/appstream/aws4_request",
		"POST https://appstream2-fips.us-east-1.amazonaws.com/ scope=AKID/DATE/us-east-1/appstream/aws4_request"},
	// AWS_ENDPOINT_URL_APPSTREAM is read here even for an aws.Config built by hand.
	{"intended NewFromConfig with AWS_ENDPOINT_URL_APPSTREAM set by hand:", "BaseEndpoint=<nil>", `BaseEndpoint="https://from-env.example.com"`},
}

// checkIntended checks that each intended difference is still what it was
// meant to be, and that the section has no line that is not one of them.
func checkIntended(t *testing.T, client, section string, want func(intendedDifference) string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(section), "\n")
	if len(lines) != len(intendedDifferences) {
		t.Errorf("%s: %d lines in the intended differences section, want %d:\n%s", client, len(lines), len(intendedDifferences), section)
	}
	for _, d := range intendedDifferences {
		found := false
		for _, line := range lines {
			if strings.HasPrefix(line, d.prefix) {
				found = true
				if !strings.Contains(line, want(d)) {
					t.Errorf("%s: %q\nwant it to contain %q", client, line, want(d))
				}
			}
		}
		if !found {
			t.Errorf("%s printed no line starting with %q", client, d.prefix)
		}
	}
}

// cutSection takes section name out of a program's output.
func cutSection(out, name string) (rest, section string) {
	before, section, _ := strings.Cut(out, "== "+name+"\n")
	section, after, found := strings.Cut(section, "\n== ")
	if found {
		after = "== " + after
	}
	return before + after, section
}

// compared leaves out the requests of the intended differences.
func compared(reqs []request) []request {
	var out []request
	for _, r := range reqs {
		if !strings.HasPrefix(r.Path, "/intended/") {
			out = append(out, r)
		}
	}
	return out
}

// compareRequests pairs the requests of the two recordings by operation,
// fleet name and attempt, and returns the differences: the requests that
// only one client sent, and the go-cmp diff of each pair that differs.
func compareRequests(official, ours []request) []string {
	var problems []string
	a, b := summary(official), summary(ours)
	pairs := lcs(len(a), len(b), func(i, j int) bool { return a[i] == b[j] })
	if len(pairs) != len(a) || len(pairs) != len(b) {
		problems = append(problems, fmt.Sprintf("the official client sent %d requests, ours %d; requests sent by only one (- official, + ours):\n%s",
			len(official), len(ours), lineDiff(a, b)))
	}
	for _, pr := range pairs {
		x, y := official[pr[0]], ours[pr[1]]
		diff := cmp.Diff(x, y)
		if diff == "" {
			continue
		}
		msg := fmt.Sprintf("official request %d and our request %d (%s) differ (-official +ours):\n%s", pr[0], pr[1], a[pr[0]], diff)
		if x.Body != y.Body {
			at := firstDifference(x.Body, y.Body)
			msg += fmt.Sprintf("bodies differ from byte %d:\n  official: %q\n  ours:     %q\n", at, x.Body[max(0, at-30):], y.Body[max(0, at-30):])
		}
		problems = append(problems, msg)
	}
	return problems
}

// checkOfficialRecording makes sure that the run exercised what it should,
// so that an equal recording means something.
func checkOfficialRecording(t *testing.T, reqs []request, stdout string) {
	if len(reqs) < 100 {
		t.Errorf("the official client sent %d requests, want at least 100", len(reqs))
	}
	for i, r := range reqs {
		if r.Method != "POST" || r.ContentType != "application/x-amz-json-1.1" ||
			!strings.HasPrefix(r.Target, "PhotonAdminProxyService.") || len(r.SignedHeaders) == 0 ||
			!strings.HasSuffix(r.Scope, "/appstream/aws4_request") {
			t.Errorf("official request %d is not a signed awsJson1.1 request: %+v", i, r)
		}
	}
	var createFull string
	for _, r := range reqs {
		if r.Target == "PhotonAdminProxyService.CreateFleet" && strings.Contains(r.Body, `"Name":"fleet-full"`) {
			createFull = r.Body
			break
		}
	}
	for _, want := range []string{`"SecurityGroupIds":[]`, `"Tags":{"team/owner":"ops & infra <a>"}`, `"MaxConcurrentSessions":0`, `"EnableDefaultInternetAccess":false`} {
		if !strings.Contains(createFull, want) {
			t.Errorf("the official CreateFleet body lacks %s: %s", want, createFull)
		}
	}
	// The error matrix must have run every errors.As branch on real responses.
	_, matrix, _ := strings.Cut(stdout, "== error matrix\n")
	matrix, _, _ = strings.Cut(matrix, "\n== ")
	for _, want := range []string{
		"errors.As ConcurrentModificationException", "errors.As IncompatibleImageException",
		"errors.As InvalidAccountStatusException", "errors.As InvalidParameterCombinationException",
		"errors.As InvalidRoleException",
		"errors.As OperationNotPermittedException",
		"errors.As ResourceAlreadyExistsException", "errors.As ResourceInUseException",
		"errors.As ResourceNotAvailableException", "errors.As ResourceNotFoundException",
		`GenericAPIError: Code="ValidationException"`, `GenericAPIError: Code="InternalFailure"`,
	} {
		if !strings.Contains(matrix, want) {
			t.Errorf("the official program's error matrix lacks %q", want)
		}
	}
	for _, want := range []string{`request ID "req-`, "SOME_FUTURE_STATE", "SOME_FUTURE_ERROR_CODE", "NextToken=\"page-2\""} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the official program's output lacks %q", want)
		}
	}
}

// keepOutputs writes what the programs printed and sent into dir, for a
// closer look (COMPAT_OUTPUT_DIR=dir go test ./...).
func keepOutputs(t *testing.T, dir, officialOut, oursOut string, officialReqs, oursReqs []request) {
	files := map[string]any{"official.stdout": officialOut, "ours.stdout": oursOut, "official.requests.json": officialReqs, "ours.requests.json": oursReqs}
	for name, v := range files {
		data, ok := v.(string)
		if !ok {
			b, err := json.MarshalIndent(v, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			data = string(b)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("outputs written to %s", dir)
}
