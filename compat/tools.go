//go:build tools

// Package compat checks that github.com/appstreamkit/appstream-go is source
// compatible with github.com/aws/aws-sdk-go-v2/service/appstream and sends the
// same requests; see README.md. Its tests are in compat_test.go.
//
// This file is never built: it imports this repository's packages so that
// go mod tidy keeps the requirement (and its replace directive) that the
// rewritten copy of ./program builds against.
package compat

import (
	_ "github.com/appstreamkit/appstream-go/appstream"
	_ "github.com/appstreamkit/appstream-go/types"
)
