package appstream

// orEmpty returns params, or an empty input when it is nil: every operation
// takes nil params as an input with no member set.
func orEmpty[T any](params *T) *T {
	if params == nil {
		return new(T)
	}
	return params
}
