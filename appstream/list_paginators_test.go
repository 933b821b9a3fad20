package appstream_test

import (
	"context"
	"errors"
	"iter"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/types"
)

// listFake answers the list operations of issue 7 from scripted pages (see
// fakePages), with the page's names as stack, fleet or image names, and
// records the inputs it receives.
type listFake struct {
	pages fakePages
	sent  []any
}

func newListFake(pages map[string]*page) *listFake { return &listFake{pages: fakePages{pages: pages}} }

func (f *listFake) DescribeStacks(_ context.Context, in *appstream.DescribeStacksInput, _ ...func(*appstream.Options)) (*appstream.DescribeStacksOutput, error) {
	f.sent = append(f.sent, *in)
	names, next, err := f.pages.page(in.NextToken)
	if err != nil {
		return nil, err
	}
	out := &appstream.DescribeStacksOutput{NextToken: next}
	for _, n := range names {
		out.Stacks = append(out.Stacks, types.Stack{Name: aws.String(n)})
	}
	return out, nil
}

// listPaginator is one of the paginators of issue 7, seen through its item
// iterator.
type listPaginator struct {
	// items returns a paginator, with StopOnDuplicateToken set to stop, and
	// its iterator over the item names.
	items func(f *listFake, stop bool) (hasMorePages, iter.Seq2[string, error])
	// sent is the input that the paginator should send for token.
	sent func(token *string) any
}

var listPaginators = map[string]listPaginator{
	"DescribeStacks": {
		items: func(f *listFake, stop bool) (hasMorePages, iter.Seq2[string, error]) {
			p := appstream.NewDescribeStacksPaginator(f, &appstream.DescribeStacksInput{Names: []string{"x"}},
				func(o *appstream.DescribeStacksPaginatorOptions) { o.StopOnDuplicateToken = stop })
			return p, names(p.Stacks(context.Background()), func(s types.Stack) *string { return s.Name })
		},
		sent: func(token *string) any { return appstream.DescribeStacksInput{Names: []string{"x"}, NextToken: token} },
	},
}

type hasMorePages interface{ HasMorePages() bool }

// collect reads up to max items of seq, returning their names and errors.
func collect(seq iter.Seq2[string, error], max int) (got []string, errs []error) {
	for name, err := range seq {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if got = append(got, name); len(got) == max {
			break
		}
	}
	return got, errs
}

func TestListPaginators(t *testing.T) {
	echo := func() map[string]*page {
		return map[string]*page{"": {names: []string{"a"}, next: aws.String("t1")}, "t1": {names: []string{"b"}, next: aws.String("t1")}}
	}
	failing := func() map[string]*page {
		p := threePages()
		p["t1"].err = errors.New("boom")
		return p
	}
	cases := map[string]struct {
		pages      map[string]*page
		stop       bool
		max        int
		wantNames  []string
		wantTokens []*string
		wantErrs   int
	}{
		"every page":                     {threePages(), true, 0, []string{"a", "b", "c", "d", "e"}, []*string{nil, aws.String("t1"), aws.String("t2")}, 0},
		"break stops fetching":           {threePages(), true, 2, []string{"a", "b"}, []*string{nil}, 0},
		"echoed token stops by default":  {echo(), true, 0, []string{"a", "b"}, []*string{nil, aws.String("t1")}, 0},
		"echoed token loops without it":  {echo(), false, 4, []string{"a", "b", "b", "b"}, []*string{nil, aws.String("t1"), aws.String("t1"), aws.String("t1")}, 0},
		"an error is yielded once, last": {failing(), true, 0, []string{"a", "b"}, []*string{nil, aws.String("t1")}, 1},
	}
	for op, lp := range listPaginators {
		for name, tc := range cases {
			t.Run(op+"/"+name, func(t *testing.T) {
				pages := map[string]*page{}
				for k, v := range tc.pages {
					c := *v
					pages[k] = &c
				}
				f := newListFake(pages)
				p, seq := lp.items(f, tc.stop)
				got, errs := collect(seq, tc.max)
				if more := p.HasMorePages(); more != (tc.max > 0 || tc.wantErrs > 0) {
					t.Errorf("HasMorePages %v after the iteration", more)
				}
				if diff := cmp.Diff(tc.wantNames, got); diff != "" {
					t.Errorf("names (-want +got):\n%s", diff)
				}
				if len(errs) != tc.wantErrs {
					t.Errorf("errors %v, want %d", errs, tc.wantErrs)
				}
				var want []any
				for _, tok := range tc.wantTokens {
					want = append(want, lp.sent(tok))
				}
				if diff := cmp.Diff(want, f.sent); diff != "" {
					t.Errorf("inputs sent (-want +got):\n%s", diff)
				}
			})
		}
	}
}

// Ranging again over an item iterator after a break goes on with the next
// item, on the same page or the next, reading each page once.
func TestListPaginatorsResumeAfterBreak(t *testing.T) {
	for op, lp := range listPaginators {
		t.Run(op, func(t *testing.T) {
			f := newListFake(threePages())
			_, seq := lp.items(f, true)
			var got []string
			for _, n := range []int{1, 2, 1, 5} { // a | b c | d | e
				names, errs := collect(seq, n)
				if len(errs) > 0 {
					t.Fatal(errs)
				}
				got = append(got, names...)
			}
			if diff := cmp.Diff([]string{"a", "b", "c", "d", "e"}, got); diff != "" {
				t.Errorf("names (-want +got):\n%s", diff)
			}
			if len(f.sent) != 3 {
				t.Errorf("%d requests, want 3", len(f.sent))
			}
		})
	}
}
