package appstream_test

import (
	"context"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
)

func init() {
	required := &appstream.CreateStreamingURLInput{StackName: aws.String("training-stack"), FleetName: aws.String("training"), UserId: aws.String("alice")}
	expire := &appstream.ExpireSessionInput{SessionId: aws.String("5c3b9b7e-1d2f-4a8b-9c0d-111111111111")}
	wireCases = append(wireCases,
		wireCase{"CreateStreamingURL-all", "CreateStreamingURL", opCall((*appstream.Client).CreateStreamingURL, &appstream.CreateStreamingURLInput{
			StackName: aws.String("training-stack"), FleetName: aws.String("training"), UserId: aws.String("alice@example.com"),
			ApplicationId: aws.String("Desktop"), SessionContext: aws.String(`{"lang":"fr"}`), Validity: aws.Int64(604800),
		})},
		wireCase{"CreateStreamingURL-required", "CreateStreamingURL", opCall((*appstream.Client).CreateStreamingURL, required)},
		// Validity is an int64: a value beyond 32 bits is sent as it is.
		wireCase{"CreateStreamingURL-long-validity", "CreateStreamingURL", opCall((*appstream.Client).CreateStreamingURL, &appstream.CreateStreamingURLInput{
			StackName: aws.String("s"), FleetName: aws.String("f"), UserId: aws.String("u"), Validity: aws.Int64(1 << 40),
		})},
		wireCase{"ExpireSession", "ExpireSession", opCall((*appstream.Client).ExpireSession, expire)},
	)

	errorProbes["CreateStreamingURL"] = errorProbe{opCall((*appstream.Client).CreateStreamingURL, required), "ResourceNotAvailableException"}
	errorProbes["ExpireSession"] = errorProbe{opCall((*appstream.Client).ExpireSession, expire), ""}

	// Expires comes in epoch seconds and is decoded in UTC.
	outputChecks["CreateStreamingURL"] = outputCheck{
		`{"Expires":1.7642268601E9,"StreamingURL":"https://appstream2.us-east-1.aws.amazon.com/authenticate?parameters=abc\u0026signature=def","Future":true}`,
		outcome((*appstream.Client).CreateStreamingURL, required),
		&appstream.CreateStreamingURLOutput{
			Expires:      aws.Time(time.Date(2025, 11, 27, 7, 1, 0, 100e6, time.UTC)),
			StreamingURL: aws.String("https://appstream2.us-east-1.aws.amazon.com/authenticate?parameters=abc&signature=def"),
		},
	}
	outputChecks["ExpireSession"] = outputCheck{``, outcome((*appstream.Client).ExpireSession, expire), &appstream.ExpireSessionOutput{}}

	for name, in := range map[string]invalidInput{
		"CreateStreamingURL nil":          {opCall((*appstream.Client).CreateStreamingURL, nil), missing("CreateStreamingURL", "StackName", "FleetName", "UserId")},
		"CreateStreamingURL without user": {opCall((*appstream.Client).CreateStreamingURL, &appstream.CreateStreamingURLInput{StackName: aws.String("s"), FleetName: aws.String("f"), Validity: aws.Int64(60)}), missing("CreateStreamingURL", "UserId")},
		"ExpireSession nil":               {opCall((*appstream.Client).ExpireSession, nil), missing("ExpireSession", "SessionId")},
	} {
		invalidInputs[name] = in
	}
}

// Expires is in UTC, whatever the local time zone (cmp compares times with
// Equal, which ignores the location).
func TestStreamingURLExpiresInUTC(t *testing.T) {
	_, client := newFakeService(t, ok(`{"Expires":1764226860,"StreamingURL":"https://x"}`))
	out, err := client.CreateStreamingURL(context.Background(), &appstream.CreateStreamingURLInput{
		StackName: aws.String("s"), FleetName: aws.String("f"), UserId: aws.String("u"),
	})
	if err != nil {
		t.Fatal(err)
	}
	if out.Expires.Location() != time.UTC || out.Expires.Unix() != 1764226860 {
		t.Errorf("Expires %v in %v, want 1764226860 in UTC", out.Expires, out.Expires.Location())
	}
}
