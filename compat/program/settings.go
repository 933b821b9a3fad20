package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-sdk-go-v2/aws"
	smithyauth "github.com/aws/smithy-go/auth"
	smithyendpoints "github.com/aws/smithy-go/endpoints"
	"github.com/aws/smithy-go/middleware"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/aws/aws-sdk-go-v2/service/appstream"
)

// everySetting is never called: it sets every field of Options and uses the
// endpoint and auth helpers, so that TestSourceCompatible proves that a
// program which configures them builds against both clients. What each does
// at run time is compared in endpoints_test.go and middleware_test.go.
func everySetting() *appstream.Client {
	var wrapped appstream.EndpointResolverV2 = resolverFunc(func(ctx context.Context, p appstream.EndpointParameters) (smithyendpoints.Endpoint, error) {
		if err := p.ValidateRequired(); err != nil {
			return smithyendpoints.Endpoint{}, err
		}
		return appstream.NewDefaultEndpointResolverV2().ResolveEndpoint(ctx, p.WithDefaults())
	})
	return appstream.New(appstream.Options{
		APIOptions:           []func(*middleware.Stack) error{},
		AppID:                "app",
		BaseEndpoint:         aws.String("https://example.com"),
		DefaultsMode:         aws.DefaultsModeStandard,
		EndpointResolver:     appstream.EndpointResolverFromURL("https://example.com"),
		EndpointResolverV2:   wrapped,
		HTTPClient:           http.DefaultClient,
		Region:               "us-east-1",
		RetryMaxAttempts:     2,
		RetryMode:            aws.RetryModeStandard,
		RuntimeEnvironment:   aws.RuntimeEnvironment{},
		Interceptors:         smithyhttp.InterceptorRegistry{},
		AuthSchemeResolver:   authResolverFunc(nil),
		AuthSchemes:          []smithyhttp.AuthScheme{},
		AuthSchemePreference: []string{"sigv4"},
		EndpointOptions:      appstream.EndpointResolverOptions{UseFIPSEndpoint: aws.FIPSEndpointStateDisabled},
	}, appstream.WithEndpointResolverV2(wrapped), appstream.WithEndpointResolver(appstream.EndpointResolverFunc(
		func(region string, o appstream.EndpointResolverOptions) (aws.Endpoint, error) {
			return aws.Endpoint{URL: "https://example.com"}, nil
		})))
}

type resolverFunc func(context.Context, appstream.EndpointParameters) (smithyendpoints.Endpoint, error)

func (f resolverFunc) ResolveEndpoint(ctx context.Context, p appstream.EndpointParameters) (smithyendpoints.Endpoint, error) {
	return f(ctx, p)
}

type authResolverFunc func(context.Context, *appstream.AuthResolverParameters) ([]*smithyauth.Option, error)

func (f authResolverFunc) ResolveAuthSchemes(ctx context.Context, p *appstream.AuthResolverParameters) ([]*smithyauth.Option, error) {
	return f(ctx, p)
}

var _ = everySetting
var _ = appstream.Options.GetIdentityResolver
