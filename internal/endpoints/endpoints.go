// Package endpoints resolves the URL and signing region of AppStream 2.0 in
// a region, as the service's endpoint-rule-set-1.json says.
package endpoints

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Options are the settings that choose an endpoint.
type Options struct {
	// Region is the AWS region, such as us-east-1. The FIPS pseudo-regions
	// us-east-1-fips and fips-us-east-1 select the FIPS endpoint of us-east-1.
	Region string
	// BaseEndpoint, when not empty, is used as the endpoint instead of the
	// rules. Its path is kept.
	BaseEndpoint string
	// UseFIPS and UseDualStack select the FIPS and dual-stack variants.
	UseFIPS, UseDualStack bool
	// DisableHTTPS makes the endpoint use http, BaseEndpoint included (as in
	// the official client).
	DisableHTTPS bool
}

// Endpoint is where requests go and how they are signed.
type Endpoint struct {
	// URL is the endpoint. Its path is where requests are posted ("/" when empty).
	URL *url.URL
	// SigningRegion is the region of the SigV4 credential scope.
	SigningRegion string
}

type partition struct {
	name, dnsSuffix, dualStackDNSSuffix string
	regions                             []string
	regionRegex                         *regexp.Regexp
}

// partitions is the data of aws-sdk-go-v2's partitions.json that the rules
// use; every partition supports FIPS and dual-stack.
var partitions = []partition{
	{"aws", "amazonaws.com", "api.aws", []string{"aws-global"}, regexp.MustCompile(`^(us|eu|ap|sa|ca|me|af|il|mx)\-\w+\-\d+$`)},
	{"aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", []string{"aws-cn-global"}, regexp.MustCompile(`^cn\-\w+\-\d+$`)},
	{"aws-eusc", "amazonaws.eu", "api.amazonwebservices.eu", nil, regexp.MustCompile(`^eusc\-(de)\-\w+\-\d+$`)},
	{"aws-iso", "c2s.ic.gov", "api.aws.ic.gov", []string{"aws-iso-global"}, regexp.MustCompile(`^us\-iso\-\w+\-\d+$`)},
	{"aws-iso-b", "sc2s.sgov.gov", "api.aws.scloud", []string{"aws-iso-b-global"}, regexp.MustCompile(`^us\-isob\-\w+\-\d+$`)},
	{"aws-iso-e", "cloud.adc-e.uk", "api.cloud-aws.adc-e.uk", []string{"aws-iso-e-global"}, regexp.MustCompile(`^eu\-isoe\-\w+\-\d+$`)},
	{"aws-iso-f", "csp.hci.ic.gov", "api.aws.hci.ic.gov", []string{"aws-iso-f-global"}, regexp.MustCompile(`^us\-isof\-\w+\-\d+$`)},
	{"aws-us-gov", "amazonaws.com", "api.aws", []string{"aws-us-gov-global"}, regexp.MustCompile(`^us\-gov\-\w+\-\d+$`)},
}

// partitionOf returns the partition of region: the one that lists it, else
// the first whose pattern matches it, else aws (as the rules' aws.partition).
func partitionOf(region string) *partition {
	for i := range partitions {
		for _, r := range partitions[i].regions {
			if r == region {
				return &partitions[i]
			}
		}
	}
	for i := range partitions {
		if partitions[i].regionRegex.MatchString(region) {
			return &partitions[i]
		}
	}
	return &partitions[0]
}

// hostLabel is one DNS label. Unlike the official client, a region with dots
// (us-east-1.evil.com) is refused: it would move the request to another host.
var hostLabel = regexp.MustCompile(`^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$`)

// ErrMissingRegion is returned when no region is set.
var ErrMissingRegion = errors.New("no region is set: set Options.Region (for example \"us-east-1\"), or AWS_REGION for config.LoadDefaultConfig")

// Resolve returns the endpoint for o.
func Resolve(o Options) (Endpoint, error) {
	region, fips := o.Region, o.UseFIPS
	// FIPS pseudo-regions name the FIPS endpoint of a real region; the
	// signature is scoped to the real region.
	if r, ok := strings.CutSuffix(region, "-fips"); ok {
		region, fips = r, true
	} else if r, ok := strings.CutPrefix(region, "fips-"); ok {
		region, fips = r, true
	}
	if region == "" {
		return Endpoint{}, ErrMissingRegion
	}
	if !hostLabel.MatchString(region) {
		return Endpoint{}, fmt.Errorf("region %q is not a valid region name: it must be one DNS label of letters, digits and '-'", o.Region)
	}

	if o.BaseEndpoint != "" {
		switch {
		case fips:
			return Endpoint{}, errors.New("FIPS endpoints and a custom endpoint (BaseEndpoint) cannot be used together")
		case o.UseDualStack:
			return Endpoint{}, errors.New("dual-stack endpoints and a custom endpoint (BaseEndpoint) cannot be used together")
		}
		shown := redactUserInfo(o.BaseEndpoint)
		u, err := url.Parse(o.BaseEndpoint)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return Endpoint{}, fmt.Errorf("BaseEndpoint %q is not an absolute http or https URL", shown)
		}
		if u.User != nil {
			// SigV4 authenticates the requests; a password in the URL would
			// only travel, and show up in errors and logs.
			return Endpoint{}, fmt.Errorf("BaseEndpoint %q must not have user info (user:password@)", shown)
		}
		if u.RawQuery != "" || u.Fragment != "" {
			return Endpoint{}, fmt.Errorf("BaseEndpoint %q must not have a query or fragment", shown)
		}
		if o.DisableHTTPS {
			u.Scheme = "http"
		}
		return Endpoint{URL: u, SigningRegion: region}, nil
	}

	p := partitionOf(region)
	service, suffix := "appstream2", p.dnsSuffix
	if fips {
		service = "appstream2-fips"
	}
	if o.UseDualStack {
		suffix = p.dualStackDNSSuffix
	}
	scheme := "https"
	if o.DisableHTTPS {
		scheme = "http"
	}
	return Endpoint{
		URL:           &url.URL{Scheme: scheme, Host: service + "." + region + "." + suffix},
		SigningRegion: region,
	}, nil
}

// redactUserInfo replaces the user info of a URL (user:password@), if it
// has any, with REDACTED, even when the URL does not parse: the authority is
// what follows "//" up to the next '/', '?' or '#', and its user info ends at
// its last '@'.
func redactUserInfo(raw string) string {
	start := strings.Index(raw, "//")
	if start < 0 {
		start = 0
	} else {
		start += 2
	}
	end := len(raw)
	if i := strings.IndexAny(raw[start:], "/?#"); i >= 0 {
		end = start + i
	}
	at := strings.LastIndexByte(raw[start:end], '@')
	if at < 0 {
		return raw
	}
	return raw[:start] + "REDACTED" + raw[start+at:]
}
