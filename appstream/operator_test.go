package appstream_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"reflect"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/smithy-go"
	"github.com/aws/smithy-go/middleware"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/appstreamkit/appstream-go/appstream"
)

// The shared tests of the operator's operations (issue 7): each group's
// test file (stacks_test.go, ...) registers its cases in init, so that one
// test checks every operation the same way.

// wireCase is an element of wireCases (wire_test.go), whose tests check
// the exact body against testdata/requests/NAME.json, and the headers.
type wireCase = struct {
	name, target string
	call         call
}

// invalidInput is a call that must fail validation, with the official
// client's error text, before any request.
type invalidInput struct {
	call call
	want string
}

// errorProbe is a call that passes validation, and an exception its
// operation models ("" when it models none).
type errorProbe struct {
	call    call
	modeled string
}

// outputCheck decodes body, a response with every member, into the output
// of call, which must equal want.
type outputCheck struct {
	body string
	call func(context.Context, *appstream.Client) (any, error)
	want any
}

var (
	invalidInputs = map[string]invalidInput{}
	errorProbes   = map[string]errorProbe{}
	outputChecks  = map[string]outputCheck{}
)

// missing is the official client's error for the required fields (with
// their paths) that an input of op lacks.
func missing(op string, fields ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "operation error AppStream: %s, %d validation error(s) found.\n", op, len(fields))
	for _, f := range fields {
		fmt.Fprintf(&b, "- missing required field, %sInput.%s.\n", op, f)
	}
	return b.String()
}

// method is an operation of the client, as a method expression such as
// (*appstream.Client).CreateStack.
type method[I, O any] func(*appstream.Client, context.Context, *I, ...func(*appstream.Options)) (O, error)

// opCall is a call of operation m with in.
func opCall[I, O any](m method[I, O], in *I) call {
	return func(ctx context.Context, c *appstream.Client) error { _, err := m(c, ctx, in); return err }
}

// outcome is a call of operation m with in that keeps its output.
func outcome[I, O any](m method[I, O], in *I) func(context.Context, *appstream.Client) (any, error) {
	return func(ctx context.Context, c *appstream.Client) (any, error) { return m(c, ctx, in) }
}

func TestInvalidInputsSendNothing(t *testing.T) {
	for name, tc := range invalidInputs {
		t.Run(name, func(t *testing.T) {
			f, client := newFakeService(t, ok(`{}`))
			err := tc.call(context.Background(), client)
			if diff := cmp.Diff(tc.want, fmt.Sprint(err)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			var ip smithy.InvalidParamsError
			var oe *smithy.OperationError
			if !errors.As(err, &ip) || !errors.As(err, &oe) {
				t.Errorf("error %T is not a smithy.InvalidParamsError in a *smithy.OperationError", err)
			}
			if f.count() != 0 {
				t.Errorf("%d requests sent, want none", f.count())
			}
		})
	}
}

// TestOperatorErrors checks that each operation turns a modeled exception
// into its typed error, and a code it does not model into a
// *smithy.GenericAPIError (which exceptions each operation models is
// checked in errors_internal_test.go).
func TestOperatorErrors(t *testing.T) {
	for op, tc := range errorProbes {
		codes := []string{"ValidationException", "SomeFutureException"}
		if tc.modeled != "" {
			codes = append(codes, tc.modeled)
		}
		for _, code := range codes {
			t.Run(op+"/"+code, func(t *testing.T) {
				f, client := newFakeService(t, func(int, recorded) reply {
					return reply{status: 400, body: `{"__type":"com.amazonaws.photon#` + code + `","message":"no"}`}
				})
				err := tc.call(context.Background(), client)
				var apiErr smithy.APIError
				var generic *smithy.GenericAPIError
				if !errors.As(err, &apiErr) || apiErr.ErrorCode() != code || apiErr.ErrorMessage() != "no" {
					t.Fatalf("error %v, want an API error %s", err, code)
				}
				if typed := !errors.As(err, &generic); typed != (code == tc.modeled) {
					t.Errorf("%s: typed %v (%T), want %v", code, typed, apiErr, code == tc.modeled)
				}
				if r := f.request(t, 0); r.Header.Get("X-Amz-Target") != "PhotonAdminProxyService."+op || f.count() != 1 {
					t.Errorf("X-Amz-Target %q, %d requests", r.Header.Get("X-Amz-Target"), f.count())
				}
			})
		}
	}
}

func TestOperatorOutputs(t *testing.T) {
	for name, tc := range outputChecks {
		t.Run(name, func(t *testing.T) {
			_, client := newFakeService(t, func(int, recorded) reply {
				return reply{header: map[string]string{"X-Amzn-RequestId": "req-" + name}, body: tc.body}
			})
			out, err := tc.call(context.Background(), client)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, out, cmpopts.IgnoreTypes(middleware.Metadata{})); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
			md := reflect.ValueOf(out).Elem().FieldByName("ResultMetadata").Interface().(middleware.Metadata)
			if id, _ := awsmiddleware.GetRequestIDMetadata(md); id != "req-"+name {
				t.Errorf("request ID %q", id)
			}
		})
	}
}

// names maps an item iterator to one of names, keeping errors.
func names[T any](seq iter.Seq2[T, error], name func(T) *string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for v, err := range seq {
			if !yield(aws.ToString(name(v)), err) {
				return
			}
		}
	}
}
