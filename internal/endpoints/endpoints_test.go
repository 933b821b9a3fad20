package endpoints

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestResolve(t *testing.T) {
	cases := map[string]struct {
		opts       Options
		wantURL    string
		wantRegion string
		wantErr    string
	}{
		"aws":                               {Options{Region: "us-east-1"}, "https://appstream2.us-east-1.amazonaws.com", "us-east-1", ""},
		"aws fips":                          {Options{Region: "us-east-1", UseFIPS: true}, "https://appstream2-fips.us-east-1.amazonaws.com", "us-east-1", ""},
		"aws dual-stack":                    {Options{Region: "us-east-1", UseDualStack: true}, "https://appstream2.us-east-1.api.aws", "us-east-1", ""},
		"aws fips dual-stack":               {Options{Region: "us-east-1", UseFIPS: true, UseDualStack: true}, "https://appstream2-fips.us-east-1.api.aws", "us-east-1", ""},
		"aws-cn":                            {Options{Region: "cn-north-1"}, "https://appstream2.cn-north-1.amazonaws.com.cn", "cn-north-1", ""},
		"aws-cn fips":                       {Options{Region: "cn-north-1", UseFIPS: true}, "https://appstream2-fips.cn-north-1.amazonaws.com.cn", "cn-north-1", ""},
		"aws-cn dual-stack":                 {Options{Region: "cn-north-1", UseDualStack: true}, "https://appstream2.cn-north-1.api.amazonwebservices.com.cn", "cn-north-1", ""},
		"aws-us-gov":                        {Options{Region: "us-gov-west-1"}, "https://appstream2.us-gov-west-1.amazonaws.com", "us-gov-west-1", ""},
		"aws-us-gov fips":                   {Options{Region: "us-gov-west-1", UseFIPS: true}, "https://appstream2-fips.us-gov-west-1.amazonaws.com", "us-gov-west-1", ""},
		"aws-us-gov dual-stack":             {Options{Region: "us-gov-east-1", UseDualStack: true}, "https://appstream2.us-gov-east-1.api.aws", "us-gov-east-1", ""},
		"aws-iso":                           {Options{Region: "us-iso-east-1"}, "https://appstream2.us-iso-east-1.c2s.ic.gov", "us-iso-east-1", ""},
		"aws-iso-b":                         {Options{Region: "us-isob-east-1"}, "https://appstream2.us-isob-east-1.sc2s.sgov.gov", "us-isob-east-1", ""},
		"aws-iso-e":                         {Options{Region: "eu-isoe-west-1"}, "https://appstream2.eu-isoe-west-1.cloud.adc-e.uk", "eu-isoe-west-1", ""},
		"aws-iso-f":                         {Options{Region: "us-isof-south-1"}, "https://appstream2.us-isof-south-1.csp.hci.ic.gov", "us-isof-south-1", ""},
		"aws-eusc":                          {Options{Region: "eusc-de-east-1"}, "https://appstream2.eusc-de-east-1.amazonaws.eu", "eusc-de-east-1", ""},
		"unknown region is aws":             {Options{Region: "mars-west-1"}, "https://appstream2.mars-west-1.amazonaws.com", "mars-west-1", ""},
		"upper case kept":                   {Options{Region: "US-EAST-1"}, "https://appstream2.US-EAST-1.amazonaws.com", "US-EAST-1", ""},
		"fips suffix":                       {Options{Region: "us-east-1-fips"}, "https://appstream2-fips.us-east-1.amazonaws.com", "us-east-1", ""},
		"fips prefix":                       {Options{Region: "fips-us-gov-west-1"}, "https://appstream2-fips.us-gov-west-1.amazonaws.com", "us-gov-west-1", ""},
		"fips infix":                        {Options{Region: "us-fips-east-1"}, "https://appstream2-fips.us-east-1.amazonaws.com", "us-east-1", ""},
		"fips prefix and suffix":            {Options{Region: "fips-cn-north-1-fips", UseDualStack: true}, "https://appstream2-fips.cn-north-1.api.amazonwebservices.com.cn", "cn-north-1", ""},
		"fips alone":                        {Options{Region: "fips-"}, "", "", "not a valid region name"},
		"http":                              {Options{Region: "us-east-1", DisableHTTPS: true}, "http://appstream2.us-east-1.amazonaws.com", "us-east-1", ""},
		"base endpoint":                     {Options{Region: "us-east-1", BaseEndpoint: "http://127.0.0.1:4599"}, "http://127.0.0.1:4599", "us-east-1", ""},
		"base endpoint, http":               {Options{Region: "us-east-1", BaseEndpoint: "https://appstream.example.com", DisableHTTPS: true}, "http://appstream.example.com", "us-east-1", ""},
		"base endpoint path":                {Options{Region: "eu-west-1", BaseEndpoint: "https://proxy.example.com/appstream/"}, "https://proxy.example.com/appstream/", "eu-west-1", ""},
		"missing region":                    {Options{}, "", "", "no region is set"},
		"missing region with base endpoint": {Options{BaseEndpoint: "http://localhost"}, "", "", "no region is set"},
		"region with dots":                  {Options{Region: "us-east-1.evil.com"}, "", "", `region "us-east-1.evil.com" is not a valid region name`},
		"region with spaces":                {Options{Region: "us east 1"}, "", "", "not a valid region name"},
		"region with slash":                 {Options{Region: "us-east-1/x"}, "", "", "not a valid region name"},
		"base endpoint and fips":            {Options{Region: "us-east-1", UseFIPS: true, BaseEndpoint: "https://x"}, "", "", "FIPS endpoints and a custom endpoint"},
		"base endpoint and fips region":     {Options{Region: "us-east-1-fips", BaseEndpoint: "https://x"}, "", "", "FIPS endpoints and a custom endpoint"},
		"base endpoint and dual-stack":      {Options{Region: "us-east-1", UseDualStack: true, BaseEndpoint: "https://x"}, "", "", "dual-stack endpoints and a custom endpoint"},
		"relative base endpoint":            {Options{Region: "us-east-1", BaseEndpoint: "localhost:4599"}, "", "", "not an absolute http or https URL"},
		"base endpoint with query":          {Options{Region: "us-east-1", BaseEndpoint: "https://x/?a=b"}, "", "", "must not have a query"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			ep, err := Resolve(tc.opts)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := struct{ URL, Region string }{ep.URL.String(), ep.SigningRegion}
			want := struct{ URL, Region string }{tc.wantURL, tc.wantRegion}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("endpoint (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRules checks the rule set on its own: no pseudo-region is mapped, and
// a region is needed only without an Endpoint.
func TestRules(t *testing.T) {
	cases := map[string]struct {
		p       Params
		wantURL string
		wantErr string
	}{
		"pseudo-region is a region":  {Params{Region: "us-east-1-fips"}, "https://appstream2.us-east-1-fips.amazonaws.com", ""},
		"fips dual-stack iso":        {Params{Region: "us-iso-east-1", UseFIPS: true, UseDualStack: true}, "https://appstream2-fips.us-iso-east-1.api.aws.ic.gov", ""},
		"endpoint without region":    {Params{Endpoint: "https://h.example/p"}, "https://h.example/p", ""},
		"no region, no endpoint":     {Params{UseFIPS: true}, "", "no region is set"},
		"endpoint with user info":    {Params{Region: "us-east-1", Endpoint: "https://u:secret@h.example"}, "", `BaseEndpoint "https://REDACTED@h.example" must not have user info`},
		"endpoint with fragment":     {Params{Region: "us-east-1", Endpoint: "https://h.example/#f"}, "", "must not have a query or fragment"},
		"endpoint of another scheme": {Params{Region: "us-east-1", Endpoint: "ftp://h.example"}, "", "not an absolute http or https URL"},
		"region with dots":           {Params{Region: "a.b", Endpoint: "https://h.example"}, "", "not a valid region name"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			u, err := Rules(tc.p)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				if strings.Contains(err.Error(), "secret") {
					t.Errorf("error %q shows the password", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := u.String(); got != tc.wantURL {
				t.Errorf("URL %s, want %s", got, tc.wantURL)
			}
		})
	}
}

func TestRedactUserInfo(t *testing.T) {
	cases := map[string]string{
		"https://alice:secret@host/path":    "https://REDACTED@host/path",
		"ftp://alice@host":                  "ftp://REDACTED@host",
		"alice:secret@host/a@b":             "REDACTED@host/a@b",
		"//a:b@c@host?x@y":                  "//REDACTED@host?x@y",
		"http://alice:pa ss@host/%zz":       "http://REDACTED@host/%zz",
		"https://host/path@segment":         "https://host/path@segment",
		"http://127.0.0.1:4599/api-prefix/": "http://127.0.0.1:4599/api-prefix/",
	}
	for in, want := range cases {
		if got := redactUserInfo(in); got != want {
			t.Errorf("redactUserInfo(%q) = %q, want %q", in, got, want)
		}
	}
}
