package appstream

import (
	"runtime"
	"strings"
	"testing"

	"github.com/aws/smithy-go"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/internal/awsjson"
	"github.com/appstreamkit/appstream-go/internal/wire"
	"github.com/appstreamkit/appstream-go/internal/wire/wiretest"
)

// fuzzCases are the operations whose outputs and errors FuzzResponses
// decodes. A new operation is one more line.
var fuzzCases = []fuzzCase{
	newFuzzCase[CreateFleetOutput](opCreateFleet),
	newFuzzCase[DeleteFleetOutput](opDeleteFleet),
	newFuzzCase[DescribeFleetsOutput](opDescribeFleets),
	newFuzzCase[DescribeSessionsOutput](opDescribeSessions),
	newFuzzCase[StartFleetOutput](opStartFleet),
	newFuzzCase[StopFleetOutput](opStopFleet),
	newFuzzCase[UpdateFleetOutput](opUpdateFleet),
	newFuzzCase[AssociateFleetOutput](opAssociateFleet),
	newFuzzCase[CreateStackOutput](opCreateStack),
	newFuzzCase[CreateStreamingURLOutput](opCreateStreamingURL),
	newFuzzCase[DeleteStackOutput](opDeleteStack),
	newFuzzCase[DescribeImagesOutput](opDescribeImages),
	newFuzzCase[DescribeStacksOutput](opDescribeStacks),
	newFuzzCase[DisassociateFleetOutput](opDisassociateFleet),
	newFuzzCase[ExpireSessionOutput](opExpireSession),
	newFuzzCase[ListAssociatedFleetsOutput](opListAssociatedFleets),
	newFuzzCase[ListAssociatedStacksOutput](opListAssociatedStacks),
	newFuzzCase[ListTagsForResourceOutput](opListTagsForResource),
	newFuzzCase[TagResourceOutput](opTagResource),
	newFuzzCase[UntagResourceOutput](opUntagResource),
	newFuzzCase[UpdateStackOutput](opUpdateStack),
}

type fuzzCase struct {
	op *awsjson.Operation
	// decode decodes a 2xx body as the pipeline does; ref, as the
	// reference decoder of wiretest does.
	decode func(body string) (any, error)
	ref    func(body string) (any, error)
}

func newFuzzCase[O any, P interface {
	*O
	output
}](op *awsjson.Operation) fuzzCase {
	return fuzzCase{
		op: op,
		decode: func(body string) (any, error) {
			out := P(new(O))
			if isBlank(body) {
				return out, nil
			}
			d := wire.NewDecoder(body)
			if d.Object() {
				out.decode(d)
			}
			d.End()
			return out, d.Err()
		},
		ref: func(body string) (any, error) {
			var out *O
			err := wiretest.Decode(body, &out)
			if out == nil {
				out = new(O)
			}
			return out, err
		},
	}
}

// isBlank tells a body of JSON white space only, which the pipeline takes
// for an empty output.
func isBlank(body string) bool {
	return strings.Trim(body, " \t\n\r") == ""
}

// ignoreMetadata leaves ResultMetadata, which is not on the wire, out of
// comparisons.
var ignoreMetadata = cmp.FilterPath(func(p cmp.Path) bool {
	f, ok := p.Last().(cmp.StructField)
	return ok && f.Name() == "ResultMetadata"
}, cmp.Ignore())

// FuzzResponses decodes any body as the successful answer of each operation
// and checks that the output is the one the reference decoder of wiretest
// reads (or that both refuse the body, the decoder's limits aside); then as
// an error answer, checking that the error that the operation builds
// carries the code and message the body gives. A body may cost no more
// memory than 256 times its size and 64 KB: a list element as small as {}
// becomes a whole structure, but nothing should grow beyond that.
func FuzzResponses(f *testing.F) {
	for i := range fuzzCases {
		f.Add(`{"Fleet":{"Name":"x","CreatedTime":1.5e9},"Fleets":[{"FleetErrors":[{}]}],"Sessions":[{"Id":"s"}],"NextToken":"t"}`, uint8(i))
		f.Add(`{"Stack":{"Name":"s","StorageConnectors":[{"ConnectorType":"HOMEFOLDERS","Domains":["d"]}]},"Stacks":[{"UserSettings":[{"Action":"CLIPBOARD_COPY_FROM_LOCAL_DEVICE","MaximumLength":5}]}],`+
			`"Images":[{"Name":"i","ImagePermissions":{"allowFleet":true},"Applications":[{"Metadata":{"k":"v"}}]}],"Names":["a"],"Tags":{"k":"v"},"StreamingURL":"https://x","Expires":1.7e9}`, uint8(i))
		f.Add(`{"__type":"com.amazonaws.photon#ResourceNotFoundException:http://x","message":"gone"}`, uint8(i))
	}
	f.Add(`{"code":"requestlimitexceededexception","Message":"slow down"}`, uint8(0))
	f.Add(` `, uint8(2))
	f.Fuzz(func(t *testing.T, body string, which uint8) {
		c := fuzzCases[int(which)%len(fuzzCases)]
		var before, after runtime.MemStats
		measure := len(body) >= 256
		if measure {
			runtime.ReadMemStats(&before)
		}
		got, err := c.decode(body)
		checkAsError(t, c.op, body)
		if measure {
			runtime.ReadMemStats(&after)
			if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 256*uint64(len(body))+64<<10 {
				t.Fatalf("%s: a body of %d bytes allocated %d bytes", c.op.Name, len(body), allocated)
			}
		}
		if isBlank(body) {
			if err != nil {
				t.Fatalf("%s: blank body: %v", c.op.Name, err)
			}
			return
		}
		want, refErr := c.ref(body)
		switch {
		case err == nil && refErr != nil:
			t.Fatalf("%s: accepted %q, which the reference refuses: %v", c.op.Name, body, refErr)
		case err != nil && refErr == nil && !strings.Contains(err.Error(), "nesting deeper than"):
			t.Fatalf("%s: refused %q, which the reference accepts: %v", c.op.Name, body, err)
		case err == nil:
			if diff := cmp.Diff(want, got, ignoreMetadata); diff != "" {
				t.Fatalf("%s: %q (-reference +decoder):\n%s", c.op.Name, body, diff)
			}
		}
	})
}

// checkAsError reads body as an error answer of op, as the pipeline does,
// and checks the error that op builds from it.
func checkAsError(t *testing.T, op *awsjson.Operation, body string) {
	info, err := wire.DecodeErrorInfo(body)
	if err != nil {
		return
	}
	code := wire.ErrorCode("", info)
	var message *string
	if info.HasMessage {
		message = &info.Message
	}
	typed := op.Error(code, message)
	if typed == nil {
		return
	}
	apiErr, ok := typed.(smithy.APIError)
	if !ok || !strings.EqualFold(apiErr.ErrorCode(), code) || (info.HasMessage && apiErr.ErrorMessage() != info.Message) {
		t.Fatalf("%s: code %q, message %q build %#v", op.Name, code, info.Message, typed)
	}
}
