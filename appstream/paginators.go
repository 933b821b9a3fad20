package appstream

import (
	"context"
	"errors"
	"iter"
)

var errNoMorePages = errors.New("no more pages available")

// pager is the token bookkeeping that paginators share.
type pager struct {
	token     *string
	firstPage bool
	// seen holds the tokens received, to stop when one comes back.
	seen map[string]struct{}
}

func newPager(start *string) pager {
	return pager{token: start, firstPage: true}
}

func (p *pager) hasMore() bool {
	return p.firstPage || (p.token != nil && *p.token != "")
}

// advance moves to the page after one that returned next. With
// stopOnDuplicate, a token sent or received before (the service echoing its
// token, or a cycle of tokens) ends paging instead of looping forever.
func (p *pager) advance(next *string, stopOnDuplicate bool) {
	p.firstPage = false
	if stopOnDuplicate && next != nil {
		if p.seen == nil {
			p.seen = make(map[string]struct{})
		}
		if p.token != nil {
			p.seen[*p.token] = struct{}{}
		}
		if _, dup := p.seen[*next]; dup {
			next = nil
		}
	}
	p.token = next
}

// paginator is what the iterators need of a paginator.
type paginator[O any] interface {
	HasMorePages() bool
	NextPage(context.Context, ...func(*Options)) (O, error)
}

func pages[O any](ctx context.Context, p paginator[O], optFns []func(*Options)) iter.Seq2[O, error] {
	return func(yield func(O, error) bool) {
		for p.HasMorePages() {
			out, err := p.NextPage(ctx, optFns...)
			if !yield(out, err) || err != nil {
				return
			}
		}
	}
}

func items[O, T any](pages iter.Seq2[O, error], list func(O) []T) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for out, err := range pages {
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			for _, item := range list(out) {
				if !yield(item, nil) {
					return
				}
			}
		}
	}
}
