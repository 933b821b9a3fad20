package wire

// DecodeStringMap reads an object of strings, such as Tags, or a null as
// nil. A null value becomes "", and of a key that is repeated the last value
// is kept, as in the official client.
func DecodeStringMap(d *Decoder) map[string]string {
	if !d.Object() {
		return nil
	}
	m := map[string]string{}
	for d.More() {
		m[d.Key()] = d.Str()
	}
	return m
}
