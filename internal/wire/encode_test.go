package wire

import (
	"testing"

	smithyjson "github.com/aws/smithy-go/encoding/json"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/types"
)

// smithyString is how the official client's encoder writes s.
func smithyString(s string) string {
	e := smithyjson.NewEncoder()
	e.Value.String(s)
	return e.String()
}

var encodeStringSeeds = []string{
	"", "plain", `quote " and backslash \`, "new\nline\ttab\rcr", "\x00\x01\x1f\x7f",
	"<html>&amp;</html>", "héllo wörld ✓", "\u2028\u2029", "bad \xff utf8 \xc3", "emoji 😀", "\b\f",
}

func TestAppendStringMatchesSmithy(t *testing.T) {
	for _, s := range encodeStringSeeds {
		if got, want := string(appendString(nil, s)), smithyString(s); got != want {
			t.Errorf("appendString(%q) = %s, smithy-go writes %s", s, got, want)
		}
	}
}

func FuzzAppendStringMatchesSmithy(f *testing.F) {
	for _, s := range encodeStringSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendString(nil, s)), smithyString(s); got != want {
			t.Errorf("appendString(%q) = %s, smithy-go writes %s", s, got, want)
		}
	})
}

func TestEncoder(t *testing.T) {
	cases := map[string]struct {
		write func(*Encoder)
		want  string
	}{
		"empty object": {func(e *Encoder) {}, `{}`},
		"nil members are left out": {func(e *Encoder) {
			e.String("A", nil)
			e.Int32("B", nil)
			e.Bool("C", nil)
			Enum(e, "D", types.FleetType(""))
			Strings[string](e, "E", nil)
			e.StringMap("F", nil)
			Object(e, "G", (*types.VpcConfig)(nil), EncodeVpcConfig)
		}, `{}`},
		"set members": {func(e *Encoder) {
			e.String("A", ptr("x"))
			e.Int32("B", ptr[int32](-2147483648))
			e.Bool("C", ptr(false))
			Enum(e, "D", types.FleetTypeElastic)
		}, `{"A":"x","B":-2147483648,"C":false,"D":"ELASTIC"}`},
		"empty but not nil collections are sent": {func(e *Encoder) {
			Strings(e, "E", []string{})
			e.StringMap("F", map[string]string{})
			Object(e, "G", &types.VpcConfig{SecurityGroupIds: []string{}}, EncodeVpcConfig)
		}, `{"E":[],"F":{},"G":{"SecurityGroupIds":[]}}`},
		"map keys are sorted": {func(e *Encoder) {
			e.StringMap("Tags", map[string]string{"b": "2", "a": "1", "c": "3"})
		}, `{"Tags":{"a":"1","b":"2","c":"3"}}`},
		"nested objects and lists": {func(e *Encoder) {
			Object(e, "VpcConfig", &types.VpcConfig{SubnetIds: []string{"s1", "s2"}, SecurityGroupIds: []string{"g"}}, EncodeVpcConfig)
			Strings(e, "AttributesToDelete", []types.FleetAttribute{types.FleetAttributeVpcConfiguration, "NEW_VALUE"})
			e.String("Z", ptr("last"))
		}, `{"VpcConfig":{"SecurityGroupIds":["g"],"SubnetIds":["s1","s2"]},"AttributesToDelete":["VPC_CONFIGURATION","NEW_VALUE"],"Z":"last"}`},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			e := NewEncoder(nil)
			e.ObjectStart()
			tc.write(e)
			e.ObjectEnd()
			if diff := cmp.Diff(tc.want, string(e.Bytes())); diff != "" {
				t.Errorf("document (-want +got):\n%s", diff)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }
