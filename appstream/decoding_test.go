package appstream_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/smithy-go"

	"github.com/appstreamkit/appstream-go/appstream"
	"github.com/appstreamkit/appstream-go/internal/benchpages"
	"github.com/appstreamkit/appstream-go/internal/wire"
)

// Issue 11, item 4: every JSON spelling of a timestamp decodes to the value
// encoding/json reads (truncated to the millisecond, in UTC); only values
// whose milliseconds do not fit in an int64 are refused.
func TestTimestampSpellings(t *testing.T) {
	june := time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC)
	cases := map[string]struct {
		number  string
		want    time.Time
		wantErr string
	}{
		"as the service sends it": {"1.4962752E9", june, ""},
		"401 trailing zeros":      {"1496275200" + strings.Repeat("0", 401) + "e-401", june, ""},
		"30 leading zeros":        {"0.0000000000000000000000000000001496275200e31", time.Unix(1, 496e6).UTC(), ""},
		"1e19 spelled long":       {"1" + strings.Repeat("0", 420) + "e-401", time.Time{}, "StartTime: timestamp 1000"},
		"milliseconds kept":       {"1496275200123e-3", june.Add(123 * time.Millisecond), ""},
		"exponent far below":      {"5e-400", time.Unix(0, 0).UTC(), ""},
		"int64 milliseconds":      {"-9223372036854775.808", time.UnixMilli(-1 << 63).UTC(), ""},
		"beyond them":             {"9223372036854775.808", time.Time{}, "is out of range"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, client := newFakeService(t, ok(`{"Sessions":[{"Id":"s","StartTime":`+tc.number+`}]}`))
			out, err := client.DescribeSessions(context.Background(), &appstream.DescribeSessionsInput{StackName: aws.String("s"), FleetName: aws.String("f")})
			if tc.wantErr != "" {
				var de *smithy.DeserializationError
				if !errors.As(err, &de) || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want a deserialization error containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := out.Sessions[0].StartTime; got == nil || !got.Equal(tc.want) || got.Location() != time.UTC {
				t.Errorf("StartTime %v, want %v in UTC", got, tc.want)
			}
		})
	}
}

// Issue 11, item 5: invalid UTF-8 in a string gives one U+FFFD per invalid
// byte, as encoding/json and the official client give.
func TestInvalidUTF8(t *testing.T) {
	_, client := newFakeService(t, ok("{\"Fleets\":[{\"Name\":\"a\xff\xfeb\",\"Description\":\"\\n\xe2\x82\",\"UsbDeviceFilterStrings\":[\"\xed\xa0\x80\"]}]}"))
	out, err := client.DescribeFleets(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	f := out.Fleets[0]
	if got, want := aws.ToString(f.Name), "a\uFFFD\uFFFDb"; got != want {
		t.Errorf("Name %+q, want %+q", got, want)
	}
	if got, want := aws.ToString(f.Description), "\n\uFFFD\uFFFD"; got != want {
		t.Errorf("Description %+q, want %+q", got, want)
	}
	if got, want := f.UsbDeviceFilterStrings, "\uFFFD\uFFFD\uFFFD"; len(got) != 1 || got[0] != want {
		t.Errorf("UsbDeviceFilterStrings %+q, want [%+q]", got, want)
	}
}

// Issue 11, item 1: a response that inflates to megabytes of structures is
// refused once it reaches a limit, and a call never allocates more than a
// small multiple of the limits (16 MiB of inflated body, 32 MiB for
// decoding), whatever the bomb: 50 to 85 MB, most of it reading the body;
// up to 145 MB with -race, whose sync.Pool drops the reading buffer.
// compat/bomb_test.go compares with the official client.
func TestDecompressionBombs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 16 MiB bombs")
	}
	const maxBody = 16 << 20
	const bound = 4 * (maxBody + wire.MaxDecodeMemory)
	bombs := benchpages.Bombs(maxBody, wire.MaxListLength)
	over := benchpages.Bombs(maxBody+1<<20, wire.MaxListLength)[0]
	over.Name = "over the body limit"
	wantErr := map[string]string{
		"empty-fleets":        "Fleets[10000]: list has more than 10000 elements",
		"fleet-errors":        "decoding needs more than 33554432 bytes of memory",
		"repeated-members":    "decoding needs more than 33554432 bytes of memory",
		"string-lists":        "decoding needs more than 33554432 bytes of memory",
		"over the body limit": "response body is larger than 16777216 bytes",
	}
	for _, b := range append(bombs, over) {
		t.Run(b.Name, func(t *testing.T) {
			srv := benchpages.ServeGzip(t, b.Gzip)
			client := appstream.New(appstream.Options{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL), Credentials: testCredentials, RetryMaxAttempts: 1})
			var err error
			allocated := benchpages.Allocated(func() { _, err = client.DescribeFleets(context.Background(), nil) })
			t.Logf("%d KB of gzip, %d MB inflated: %d MB allocated", len(b.Gzip)>>10, b.Size>>20, allocated>>20)
			var de *smithy.DeserializationError
			if !errors.As(err, &de) || !strings.Contains(err.Error(), wantErr[b.Name]) {
				t.Errorf("error %v, want a deserialization error containing %q", err, wantErr[b.Name])
			}
			if allocated > bound {
				t.Errorf("the call allocated %d MB, more than %d MB", allocated>>20, bound>>20)
			}
		})
	}
}
