package appstream

import (
	"context"
	"errors"
	"iter"
)

var errNoMorePages = errors.New("no more pages available")

// paginator is the core that every XxxPaginator embeds: HasMorePages is its
// own, and NextPage, Pages and the item iterator call nextPage, pages and
// items. (They are declared on each paginator so that godoc shows their
// types.) O is the operation's output (*XxxOutput), T the type of the items on
// a page. NewXxxPaginator gives it, with start, the function that requests
// one page.
type paginator[O listPage[T], T any] struct {
	// fetch calls the operation with the paginator's copy of the input,
	// NextToken set to token and the page size to the option's.
	fetch           func(ctx context.Context, token *string, optFns []func(*Options)) (O, error)
	stopOnDuplicate bool

	token   *string
	started bool
	// seen holds the tokens received, to stop when one comes back.
	seen map[string]struct{}
	// rest holds the items of the last page read by an item iterator that
	// it has not yielded, so that ranging again after a break goes on with
	// the next item rather than the next page.
	rest []T
}

// listPage is the output of a list operation: one page of items and the
// token of the next.
type listPage[T any] interface {
	page() (next *string, items []T)
}

// start readies p to read pages with fetch, from token on.
func (p *paginator[O, T]) start(token *string, stopOnDuplicate bool, fetch func(context.Context, *string, []func(*Options)) (O, error)) {
	p.token, p.stopOnDuplicate, p.fetch = token, stopOnDuplicate, fetch
}

// HasMorePages reports whether NextPage has a page to read.
func (p *paginator[O, T]) HasMorePages() bool {
	return !p.started || (p.token != nil && *p.token != "")
}

// nextPage reads the next page. After an error the paginator stays on the
// same page, so that calling it again retries that page.
func (p *paginator[O, T]) nextPage(ctx context.Context, optFns []func(*Options)) (O, error) {
	var none O
	if !p.HasMorePages() {
		return none, errNoMorePages
	}
	out, err := p.fetch(ctx, p.token, optFns)
	if err != nil {
		return none, err
	}
	next, _ := out.page()
	p.advance(next)
	return out, nil
}

// advance moves to the page after one that returned next. With
// StopOnDuplicateToken, a token sent or received before (the service echoing
// its token, or a cycle of tokens) ends paging instead of looping forever.
func (p *paginator[O, T]) advance(next *string) {
	p.started = true
	if p.stopOnDuplicate && next != nil {
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

// pages iterates over the remaining pages. An error is yielded once, and ends
// the iteration; breaking out of the loop makes no further request.
func (p *paginator[O, T]) pages(ctx context.Context, optFns []func(*Options)) iter.Seq2[O, error] {
	return func(yield func(O, error) bool) {
		for p.HasMorePages() {
			out, err := p.nextPage(ctx, optFns)
			if !yield(out, err) || err != nil {
				return
			}
		}
	}
}

// items iterates over the items of the remaining pages, starting with those
// left in rest by an earlier loop that broke off. An error is yielded once
// (with a zero item), and ends the iteration; breaking out of the loop makes
// no further request. The item iterators (Fleets, Sessions, ...) return it.
func (p *paginator[O, T]) items(ctx context.Context, optFns []func(*Options)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		for {
			for len(p.rest) > 0 {
				item := p.rest[0]
				p.rest = p.rest[1:]
				if !yield(item, nil) {
					return
				}
			}
			if !p.HasMorePages() {
				return
			}
			out, err := p.nextPage(ctx, optFns)
			if err != nil {
				var zero T
				yield(zero, err)
				return
			}
			_, p.rest = out.page()
		}
	}
}

// pageSize is the page size to send for the option limit: nil (the
// service's default) unless it is above 0.
func pageSize(limit int32) *int32 {
	if limit <= 0 {
		return nil
	}
	return &limit
}
