package appstream

import (
	"context"
	"errors"
	"iter"
)

var errNoMorePages = errors.New("no more pages available")

// pager is the bookkeeping that paginators share: the token of the next page
// and the items of the last page that an item iterator has not yielded yet.
// Its zero value, with token set to the first page's token, is ready.
type pager[T any] struct {
	token   *string
	started bool
	// seen holds the tokens received, to stop when one comes back.
	seen map[string]struct{}
	// rest holds the items of the last page read by an item iterator that
	// it has not yielded, so that ranging again after a break goes on with
	// the next item rather than the next page.
	rest []T
}

func (p *pager[T]) hasMore() bool {
	return !p.started || (p.token != nil && *p.token != "")
}

// advance moves to the page after one that returned next. With
// stopOnDuplicate, a token sent or received before (the service echoing its
// token, or a cycle of tokens) ends paging instead of looping forever.
func (p *pager[T]) advance(next *string, stopOnDuplicate bool) {
	p.started = true
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

// items iterates over the items that list takes from each page of p,
// starting with those left in rest by an earlier loop that broke off.
func items[O, T any](ctx context.Context, p paginator[O], rest *[]T, optFns []func(*Options), list func(O) []T) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for {
			for len(*rest) > 0 {
				item := (*rest)[0]
				*rest = (*rest)[1:]
				if !yield(item, nil) {
					return
				}
			}
			if !p.HasMorePages() {
				return
			}
			out, err := p.NextPage(ctx, optFns...)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			*rest = list(out)
		}
	}
}
