package appstream_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	smithyauth "github.com/aws/smithy-go/auth"
	"github.com/google/go-cmp/cmp"

	"github.com/appstreamkit/appstream-go/appstream"
)

// GetIdentityResolver gives, as the official client's, the credentials for
// SigV4, an anonymous identity for noAuth and nothing for other schemes.
func TestGetIdentityResolver(t *testing.T) {
	expires := time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	creds := aws.Credentials{AccessKeyID: "AKID", SecretAccessKey: "SECRET", CanExpire: true, Expires: expires}
	o := appstream.Options{Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) { return creds, nil })}

	id, err := o.GetIdentityResolver("aws.auth#sigv4").GetIdentity(context.Background(), smithyauth.Option{}.SignerProperties)
	if err != nil {
		t.Fatal(err)
	}
	if got := id.Expiration(); !got.Equal(expires) {
		t.Errorf("expiration %v, want %v", got, expires)
	}
	var none appstream.Options
	if id, err := none.GetIdentityResolver("aws.auth#sigv4").GetIdentity(context.Background(), smithyauth.Option{}.SignerProperties); err != nil || !id.Expiration().IsZero() {
		t.Errorf("without credentials: identity %v, error %v; want an empty identity", id, err)
	}

	if _, ok := o.GetIdentityResolver("smithy.api#noAuth").(*smithyauth.AnonymousIdentityResolver); !ok {
		t.Errorf("noAuth resolver %T, want *smithyauth.AnonymousIdentityResolver", o.GetIdentityResolver("smithy.api#noAuth"))
	}
	if r := o.GetIdentityResolver("aws.auth#sigv4a"); r != nil {
		t.Errorf("sigv4a resolver %T, want nil", r)
	}

	failing := appstream.Options{Credentials: aws.CredentialsProviderFunc(func(context.Context) (aws.Credentials, error) {
		return aws.Credentials{}, errors.New("no profile")
	})}
	_, err = failing.GetIdentityResolver("aws.auth#sigv4").GetIdentity(context.Background(), smithyauth.Option{}.SignerProperties)
	if diff := cmp.Diff("get credentials: no profile", errText(err)); diff != "" {
		t.Errorf("error (-want +got):\n%s", diff)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
