package compat

import (
	"fmt"
	"strings"
	"testing"
)

// lcs returns the pairs (i, j) of a longest common subsequence of a and b
// under eq, in order.
func lcs(n, m int, eq func(i, j int) bool) [][2]int {
	// l[i][j] is the LCS length of a[i:] and b[j:].
	l := make([][]int, n+1)
	for i := range l {
		l[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case eq(i, j):
				l[i][j] = l[i+1][j+1] + 1
			case l[i+1][j] >= l[i][j+1]:
				l[i][j] = l[i+1][j]
			default:
				l[i][j] = l[i][j+1]
			}
		}
	}
	var pairs [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case eq(i, j):
			pairs = append(pairs, [2]int{i, j})
			i++
			j++
		case l[i+1][j] >= l[i][j+1]:
			i++
		default:
			j++
		}
	}
	return pairs
}

// lineDiff returns a unified-style diff of a (official) and b (ours) with
// one line of context, or "" when they are equal. Line numbers start at 1.
func lineDiff(a, b []string) string {
	pairs := lcs(len(a), len(b), func(i, j int) bool { return a[i] == b[j] })
	pairs = append(pairs, [2]int{len(a), len(b)}) // sentinel
	var w strings.Builder
	i, j := 0, 0
	for _, pr := range pairs {
		if pr[0] == i && pr[1] == j {
			i, j = i+1, j+1
			continue
		}
		fmt.Fprintf(&w, "@@ official line %d, ours line %d\n", i+1, j+1)
		if i > 0 {
			fmt.Fprintf(&w, "  %s\n", a[i-1])
		}
		for ; i < pr[0]; i++ {
			fmt.Fprintf(&w, "- %s\n", a[i])
		}
		for ; j < pr[1]; j++ {
			fmt.Fprintf(&w, "+ %s\n", b[j])
		}
		if i < len(a) {
			fmt.Fprintf(&w, "  %s\n", a[i])
		}
		i, j = i+1, j+1
	}
	return w.String()
}

// firstDifference returns the offset of the first byte at which a and b differ.
func firstDifference(a, b string) int {
	at := 0
	for at < len(a) && at < len(b) && a[at] == b[at] {
		at++
	}
	return at
}

// TestCompareRequests checks that the comparison reports a request that
// only one client sent and a body that differs in one byte.
func TestCompareRequests(t *testing.T) {
	req := func(target, body, attempt string) request {
		return request{Method: "POST", Path: "/", Target: "PhotonAdminProxyService." + target, Body: body, SDKRequest: attempt}
	}
	official := []request{
		req("CreateFleet", `{"Name":"a","Tags":{"k":"v"}}`, "attempt=1; max=1"),
		req("StartFleet", `{"Name":"a"}`, "attempt=1; max=1"),
		req("DeleteFleet", `{"Name":"a"}`, "attempt=1; max=1"),
	}
	ours := []request{
		req("CreateFleet", `{"Name":"a","Tags":{"k":"w"}}`, "attempt=1; max=1"),
		req("DeleteFleet", `{"Name":"a"}`, "attempt=1; max=1"),
	}
	problems := compareRequests(official, ours)
	if len(problems) != 2 {
		t.Fatalf("got %d problems, want 2:\n%s", len(problems), strings.Join(problems, "\n"))
	}
	if !strings.Contains(problems[0], "- StartFleet a (attempt=1; max=1)") {
		t.Errorf("the missing request is not reported:\n%s", problems[0])
	}
	if !strings.Contains(problems[1], "bodies differ from byte 25") {
		t.Errorf("the body difference is not located:\n%s", problems[1])
	}
	if got := compareRequests(official, official); len(got) != 0 {
		t.Errorf("equal recordings: %q", got)
	}
	if got := lineDiff([]string{"a", "b", "c"}, []string{"a", "x", "c"}); got != "@@ official line 2, ours line 2\n  a\n- b\n+ x\n  c\n" {
		t.Errorf("lineDiff = %q", got)
	}
}
