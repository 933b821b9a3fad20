package appstream

import "github.com/appstreamkit/appstream-go/internal/wire"

// orEmpty returns params, or an empty input when it is nil: every operation
// takes nil params as an input with no member set.
func orEmpty[T any](params *T) *T {
	if params == nil {
		return new(T)
	}
	return params
}

// decodePage decodes the output of a list operation: the items in member
// name, read with decodeItems, and NextToken.
func decodePage[T any](d *wire.Decoder, name string, decodeItems func(*wire.Decoder) []T, items *[]T, next **string) {
	for d.More() {
		switch d.Key() {
		case name:
			*items = decodeItems(d)
		case "NextToken":
			*next = d.StringPtr()
		default:
			d.Skip()
		}
	}
}
