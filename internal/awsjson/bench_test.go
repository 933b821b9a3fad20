package awsjson

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync/atomic"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
)

// BenchmarkRequest measures what a call does before sending, on its own:
// building the request, and signing it (credentials retrieved, SigV4), per
// attempt, for a DescribeSessions body.
func BenchmarkRequest(b *testing.B) {
	c := &Config{
		URL: "https://appstream2.us-east-1.amazonaws.com/", ServiceID: "AppStream", TargetPrefix: "PhotonAdminProxyService",
		SigningName: "appstream", SigningRegion: "us-east-1", Retryer: retry.NewStandard(),
		Credentials: aws.NewCredentialsCache(aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
			return aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", SessionToken: "TOKEN", CanExpire: false}, nil
		})),
		Signer: v4.NewSigner(), UserAgent: "appstream-go/0.1.0 ua/2.1", ClockSkew: new(atomic.Int64),
	}
	op := &Operation{Name: "DescribeSessions"}
	body := []byte(`{"FleetName":"training","Limit":50,"NextToken":"page-1","StackName":"training-stack"}`)
	ctx := context.Background()
	newAttempt := func() *attempt {
		sum := sha256.Sum256(body)
		a := &attempt{Config: c, op: op, body: body, payloadHash: hex.EncodeToString(sum[:]), number: 1, maxAttempts: 3}
		a.setHeaders()
		return a
	}
	b.Run("build", func(b *testing.B) {
		a := newAttempt()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := a.newRequest(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, signer := range []struct {
		name string
		Signer
	}{{"v4.Signer", v4.NewSigner()}, {"SigV4", NewSigV4()}} {
		b.Run("build+sign/signer="+signer.name, func(b *testing.B) {
			a := newAttempt()
			c.Signer = signer.Signer
			b.ReportAllocs()
			for b.Loop() {
				req, err := a.newRequest(ctx)
				if err != nil {
					b.Fatal(err)
				}
				creds, _, err := c.retrieveCredentials(ctx)
				if err != nil {
					b.Fatal(err)
				}
				if err := c.sign(ctx, op, req, creds, a.payloadHash, c.SigningName, c.SigningRegion, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("per-call-setup", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = newAttempt()
		}
	})
}
