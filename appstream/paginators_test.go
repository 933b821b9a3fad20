package appstream_test

import (
	"context"
	"errors"
	"fmt"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// page is one scripted answer of a fake: the names on the page and the next
// token (nil: last page).
type page struct {
	names []string
	next  *string
	err   error
}

// fakePages is a DescribeFleetsAPIClient and a DescribeSessionsAPIClient
// that answers from pages keyed by the token received ("" for none), with
// the page's names as fleet names or session IDs. A page with err fails
// once.
type fakePages struct {
	pages        map[string]*page
	calls        []appstream.DescribeFleetsInput
	sessionCalls []appstream.DescribeSessionsInput
}

// page returns the names and next token of the page for token.
func (f *fakePages) page(token *string) ([]string, *string, error) {
	p, ok := f.pages[aws.ToString(token)]
	if !ok {
		return nil, nil, fmt.Errorf("no page for token %q", aws.ToString(token))
	}
	if err := p.err; err != nil {
		p.err = nil
		return nil, nil, err
	}
	return p.names, p.next, nil
}

func (f *fakePages) DescribeFleets(_ context.Context, in *appstream.DescribeFleetsInput, _ ...func(*appstream.Options)) (*appstream.DescribeFleetsOutput, error) {
	f.calls = append(f.calls, *in)
	names, next, err := f.page(in.NextToken)
	if err != nil {
		return nil, err
	}
	out := &appstream.DescribeFleetsOutput{NextToken: next}
	for _, n := range names {
		out.Fleets = append(out.Fleets, types.Fleet{Name: aws.String(n)})
	}
	return out, nil
}

func (f *fakePages) DescribeSessions(_ context.Context, in *appstream.DescribeSessionsInput, _ ...func(*appstream.Options)) (*appstream.DescribeSessionsOutput, error) {
	f.sessionCalls = append(f.sessionCalls, *in)
	names, next, err := f.page(in.NextToken)
	if err != nil {
		return nil, err
	}
	out := &appstream.DescribeSessionsOutput{NextToken: next}
	for _, n := range names {
		out.Sessions = append(out.Sessions, types.Session{Id: aws.String(n)})
	}
	return out, nil
}

func threePages() map[string]*page {
	return map[string]*page{
		"":   {names: []string{"a", "b"}, next: aws.String("t1")},
		"t1": {names: []string{"c"}, next: aws.String("t2")},
		"t2": {names: []string{"d", "e"}},
	}
}

// walkFleets reads pages with NextPage until HasMorePages is false (or
// limit pages), returning the names and the tokens sent.
func walkFleets(t *testing.T, p *appstream.DescribeFleetsPaginator, f *fakePages, limit int) (names, tokens []string) {
	t.Helper()
	for i := 0; p.HasMorePages() && i < limit; i++ {
		out, err := p.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, fl := range out.Fleets {
			names = append(names, *fl.Name)
		}
	}
	for _, c := range f.calls {
		tokens = append(tokens, aws.ToString(c.NextToken))
	}
	return names, tokens
}

func TestDescribeFleetsPaginator(t *testing.T) {
	cases := map[string]struct {
		pages      map[string]*page
		params     *appstream.DescribeFleetsInput
		opts       []func(*appstream.DescribeFleetsPaginatorOptions)
		wantNames  []string
		wantTokens []string
	}{
		"three pages":      {threePages(), nil, nil, []string{"a", "b", "c", "d", "e"}, []string{"", "t1", "t2"}},
		"start token":      {threePages(), &appstream.DescribeFleetsInput{NextToken: aws.String("t1")}, nil, []string{"c", "d", "e"}, []string{"t1", "t2"}},
		"names are kept":   {threePages(), &appstream.DescribeFleetsInput{Names: []string{"x"}}, nil, []string{"a", "b", "c", "d", "e"}, []string{"", "t1", "t2"}},
		"nil token ends":   {map[string]*page{"": {names: []string{"a"}}}, nil, nil, []string{"a"}, []string{""}},
		"empty token ends": {map[string]*page{"": {names: []string{"a"}, next: aws.String("")}}, nil, nil, []string{"a"}, []string{""}},
		"empty first page": {map[string]*page{"": {next: aws.String("t1")}, "t1": {names: []string{"a"}}}, nil, nil, []string{"a"}, []string{"", "t1"}},
		"echoed token stops by default": {
			map[string]*page{"": {names: []string{"a"}, next: aws.String("t1")}, "t1": {names: []string{"b"}, next: aws.String("t1")}},
			nil, nil, []string{"a", "b"}, []string{"", "t1"},
		},
		"token cycle stops by default": {
			map[string]*page{"": {names: []string{"a"}, next: aws.String("t1")}, "t1": {names: []string{"b"}, next: aws.String("t2")}, "t2": {names: []string{"c"}, next: aws.String("t1")}},
			nil, nil, []string{"a", "b", "c"}, []string{"", "t1", "t2"},
		},
		"echoed start token stops": {
			map[string]*page{"t1": {names: []string{"b"}, next: aws.String("t1")}},
			&appstream.DescribeFleetsInput{NextToken: aws.String("t1")}, nil, []string{"b"}, []string{"t1"},
		},
		"echoed token loops when the option is off": {
			map[string]*page{"": {names: []string{"a"}, next: aws.String("t1")}, "t1": {names: []string{"b"}, next: aws.String("t1")}},
			nil, []func(*appstream.DescribeFleetsPaginatorOptions){func(o *appstream.DescribeFleetsPaginatorOptions) { o.StopOnDuplicateToken = false }},
			[]string{"a", "b", "b", "b", "b"}, []string{"", "t1", "t1", "t1", "t1"},
		},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f := &fakePages{pages: tc.pages}
			var before appstream.DescribeFleetsInput
			if tc.params != nil {
				before = *tc.params
			}
			p := appstream.NewDescribeFleetsPaginator(f, tc.params, tc.opts...)
			names, tokens := walkFleets(t, p, f, 5)
			if diff := cmp.Diff(tc.wantNames, names); diff != "" {
				t.Errorf("names (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantTokens, tokens); diff != "" {
				t.Errorf("tokens sent (-want +got):\n%s", diff)
			}
			if tc.params != nil {
				if diff := cmp.Diff(before, *tc.params); diff != "" {
					t.Errorf("params changed (-before +after):\n%s", diff)
				}
				for _, c := range f.calls {
					if diff := cmp.Diff(tc.params.Names, c.Names); diff != "" {
						t.Errorf("names sent (-want +got):\n%s", diff)
					}
				}
			}
			if len(tokens) < 5 && p.HasMorePages() {
				t.Error("HasMorePages after the last page")
			}
			if len(tokens) < 5 {
				if _, err := p.NextPage(context.Background()); err == nil {
					t.Error("NextPage after the last page: no error")
				}
			}
		})
	}
}

// An error does not advance the paginator: NextPage can be retried.
func TestPaginatorRetryAfterError(t *testing.T) {
	boom := errors.New("boom")
	pages := threePages()
	pages["t1"].err = boom
	f := &fakePages{pages: pages}
	p := appstream.NewDescribeFleetsPaginator(f, nil)
	if _, err := p.NextPage(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := p.NextPage(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("error %v, want boom", err)
	}
	if !p.HasMorePages() {
		t.Fatal("no more pages after an error")
	}
	out, err := p.NextPage(context.Background())
	if err != nil || aws.ToString(out.Fleets[0].Name) != "c" {
		t.Fatalf("retry: out %+v, err %v", out, err)
	}
	names, tokens := walkFleets(t, p, f, 5)
	if diff := cmp.Diff([]string{"d", "e"}, names); diff != "" {
		t.Errorf("rest (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"", "t1", "t1", "t2"}, tokens); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

func TestDescribeSessionsPaginatorLimit(t *testing.T) {
	in := func(limit *int32) *appstream.DescribeSessionsInput {
		return &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f"), UserId: aws.String("u"),
			AuthenticationType: types.AuthenticationTypeSaml, Limit: limit}
	}
	cases := map[string]struct {
		params    *appstream.DescribeSessionsInput
		opts      []func(*appstream.DescribeSessionsPaginatorOptions)
		wantLimit *int32
	}{
		"no limit":                      {in(nil), nil, nil},
		"limit from input":              {in(aws.Int32(25)), nil, aws.Int32(25)},
		"limit from option":             {in(aws.Int32(25)), []func(*appstream.DescribeSessionsPaginatorOptions){func(o *appstream.DescribeSessionsPaginatorOptions) { o.Limit = 50 }}, aws.Int32(50)},
		"zero option limit is not sent": {in(aws.Int32(25)), []func(*appstream.DescribeSessionsPaginatorOptions){func(o *appstream.DescribeSessionsPaginatorOptions) { o.Limit = 0 }}, nil},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			f := &fakePages{pages: threePages()}
			before := *tc.params
			p := appstream.NewDescribeSessionsPaginator(f, tc.params, tc.opts...)
			var ids []string
			for p.HasMorePages() {
				out, err := p.NextPage(context.Background())
				if err != nil {
					t.Fatal(err)
				}
				for _, s := range out.Sessions {
					ids = append(ids, *s.Id)
				}
			}
			if diff := cmp.Diff([]string{"a", "b", "c", "d", "e"}, ids); diff != "" {
				t.Errorf("sessions (-want +got):\n%s", diff)
			}
			for i, c := range f.sessionCalls {
				want := before
				want.Limit = tc.wantLimit
				want.NextToken = []*string{nil, aws.String("t1"), aws.String("t2")}[i]
				if diff := cmp.Diff(want, c); diff != "" {
					t.Errorf("call %d (-want +got):\n%s", i, diff)
				}
			}
			if diff := cmp.Diff(before, *tc.params); diff != "" {
				t.Errorf("params changed (-before +after):\n%s", diff)
			}
		})
	}
}

// The Limit reaches the wire, on every page.
func TestDescribeSessionsPaginatorOnTheWire(t *testing.T) {
	f, client := newFakeService(t, func(n int, _ recorded) reply {
		if n == 0 {
			return reply{body: `{"Sessions":[{"Id":"1"}],"NextToken":"t1"}`}
		}
		return reply{body: `{"Sessions":[{"Id":"2"}]}`}
	})
	p := appstream.NewDescribeSessionsPaginator(client, &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f"), Limit: aws.Int32(50)})
	var ids []string
	for s, err := range p.Sessions(context.Background()) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, *s.Id)
	}
	if diff := cmp.Diff([]string{"1", "2"}, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	for i, want := range []string{`{"FleetName":"f","Limit":50,"StackName":"s"}`, `{"FleetName":"f","Limit":50,"NextToken":"t1","StackName":"s"}`} {
		if got := string(f.request(t, i).Body); got != want {
			t.Errorf("request %d: %s, want %s", i, got, want)
		}
	}
}

func TestIterators(t *testing.T) {
	t.Run("every item in order", func(t *testing.T) {
		f := &fakePages{pages: threePages()}
		var names []string
		for fleet, err := range appstream.NewDescribeFleetsPaginator(f, nil).Fleets(context.Background()) {
			if err != nil {
				t.Fatal(err)
			}
			names = append(names, *fleet.Name)
		}
		if diff := cmp.Diff([]string{"a", "b", "c", "d", "e"}, names); diff != "" {
			t.Errorf("names (-want +got):\n%s", diff)
		}
	})
	t.Run("break stops fetching", func(t *testing.T) {
		f := &fakePages{pages: threePages()}
		in := &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f")}
		for s, err := range appstream.NewDescribeSessionsPaginator(f, in).Sessions(context.Background()) {
			if err != nil || *s.Id == "b" {
				break
			}
		}
		if len(f.sessionCalls) != 1 {
			t.Errorf("%d calls, want 1", len(f.sessionCalls))
		}
	})
	t.Run("break from pages stops fetching", func(t *testing.T) {
		f := &fakePages{pages: threePages()}
		for range appstream.NewDescribeFleetsPaginator(f, nil).Pages(context.Background()) {
			break
		}
		if len(f.calls) != 1 {
			t.Errorf("%d calls, want 1", len(f.calls))
		}
	})
	t.Run("an error is yielded once", func(t *testing.T) {
		pages := threePages()
		pages["t1"].err = errors.New("boom")
		f := &fakePages{pages: pages}
		var names []string
		var errs []error
		for fleet, err := range appstream.NewDescribeFleetsPaginator(f, nil).Fleets(context.Background()) {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			names = append(names, *fleet.Name)
		}
		if len(errs) != 1 || errs[0].Error() != "boom" {
			t.Errorf("errors %v, want boom once", errs)
		}
		if diff := cmp.Diff([]string{"a", "b"}, names); diff != "" {
			t.Errorf("names (-want +got):\n%s", diff)
		}
		if len(f.calls) != 2 {
			t.Errorf("%d calls, want 2 (no call after the error)", len(f.calls))
		}
	})
	t.Run("over the wire, break makes no further request", func(t *testing.T) {
		f, client := newFakeService(t, func(n int, _ recorded) reply {
			return reply{body: fmt.Sprintf(`{"Fleets":[{"Name":"f%d"},{"Name":"g%d"}],"NextToken":"t%d"}`, n, n, n+1)}
		})
		var names []string
		for fleet, err := range appstream.NewDescribeFleetsPaginator(client, nil).Fleets(context.Background()) {
			if err != nil {
				t.Fatal(err)
			}
			names = append(names, *fleet.Name)
			if len(names) == 3 {
				break
			}
		}
		if f.count() != 2 {
			t.Errorf("%d requests, want 2", f.count())
		}
	})
}

// An item iterator that is ranged over again after a break goes on with
// the next item, whether it is on the same page or the next one, and reads
// each page once.
func TestIteratorsResumeAfterBreak(t *testing.T) {
	t.Run("fleets", func(t *testing.T) {
		f := &fakePages{pages: threePages()}
		p := appstream.NewDescribeFleetsPaginator(f, nil)
		var names []string
		for _, stopAfter := range []int{1, 2, 1, 10} { // a | b | c | d e
			n := 0
			for fleet, err := range p.Fleets(context.Background()) {
				if err != nil {
					t.Fatal(err)
				}
				names = append(names, *fleet.Name)
				if n++; n == stopAfter {
					break
				}
			}
		}
		if diff := cmp.Diff([]string{"a", "b", "c", "d", "e"}, names); diff != "" {
			t.Errorf("names (-want +got):\n%s", diff)
		}
		if len(f.calls) != 3 {
			t.Errorf("%d calls, want 3", len(f.calls))
		}
	})
	t.Run("sessions, after an error", func(t *testing.T) {
		pages := threePages()
		pages["t1"].err = errors.New("boom")
		f := &fakePages{pages: pages}
		in := &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f")}
		p := appstream.NewDescribeSessionsPaginator(f, in)
		var ids []string
		var errs int
		for range 2 { // the first loop breaks after "a", then fails on page t1
			for s, err := range p.Sessions(context.Background()) {
				if err != nil {
					errs++
					continue
				}
				ids = append(ids, *s.Id)
				if len(ids) == 1 {
					break
				}
			}
		}
		for s, err := range p.Sessions(context.Background()) { // retries t1
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, *s.Id)
		}
		if diff := cmp.Diff([]string{"a", "b", "c", "d", "e"}, ids); diff != "" {
			t.Errorf("ids (-want +got):\n%s", diff)
		}
		if errs != 1 {
			t.Errorf("%d errors, want 1", errs)
		}
	})
	t.Run("over the wire", func(t *testing.T) {
		f, client := newFakeService(t, func(n int, _ recorded) reply {
			if n == 1 {
				return reply{body: `{"Fleets":[{"Name":"f1"},{"Name":"g1"}]}`}
			}
			return reply{body: fmt.Sprintf(`{"Fleets":[{"Name":"f%d"},{"Name":"g%d"}],"NextToken":"t%d"}`, n, n, n+1)}
		})
		p := appstream.NewDescribeFleetsPaginator(client, nil)
		var names []string
		for range 4 {
			for fleet, err := range p.Fleets(context.Background()) {
				if err != nil {
					t.Fatal(err)
				}
				names = append(names, *fleet.Name)
				break
			}
		}
		if diff := cmp.Diff([]string{"f0", "g0", "f1", "g1"}, names); diff != "" {
			t.Errorf("names (-want +got):\n%s", diff)
		}
		if f.count() != 2 {
			t.Errorf("%d requests, want 2", f.count())
		}
	})
}
