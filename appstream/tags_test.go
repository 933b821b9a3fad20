package appstream_test

import (
	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/appstreamkit/appstream-go/appstream"
)

func init() {
	arn := aws.String("arn:aws:appstream:us-east-1:123456789012:fleet/training")
	tag := &appstream.TagResourceInput{ResourceArn: arn, Tags: map[string]string{"team": "ops & infra <a>", "cost-center": "", "env": "prod"}}
	untag := &appstream.UntagResourceInput{ResourceArn: arn, TagKeys: []string{"env", "cost-center"}}
	list := &appstream.ListTagsForResourceInput{ResourceArn: arn}
	wireCases = append(wireCases,
		// The official client writes a map in Go's random order; this one
		// sorts the keys, so that a request's bytes (and signature) are stable.
		wireCase{"TagResource", "TagResource", opCall((*appstream.Client).TagResource, tag)},
		wireCase{"TagResource-empty-tags", "TagResource", opCall((*appstream.Client).TagResource, &appstream.TagResourceInput{ResourceArn: arn, Tags: map[string]string{}})},
		wireCase{"UntagResource", "UntagResource", opCall((*appstream.Client).UntagResource, untag)},
		wireCase{"UntagResource-empty-keys", "UntagResource", opCall((*appstream.Client).UntagResource, &appstream.UntagResourceInput{ResourceArn: arn, TagKeys: []string{}})},
		wireCase{"ListTagsForResource", "ListTagsForResource", opCall((*appstream.Client).ListTagsForResource, list)},
	)

	errorProbes["TagResource"] = errorProbe{opCall((*appstream.Client).TagResource, tag), "LimitExceededException"}
	errorProbes["UntagResource"] = errorProbe{opCall((*appstream.Client).UntagResource, untag), "ResourceNotFoundException"}
	errorProbes["ListTagsForResource"] = errorProbe{opCall((*appstream.Client).ListTagsForResource, list), "ResourceNotFoundException"}

	outputChecks["TagResource"] = outputCheck{`{}`, outcome((*appstream.Client).TagResource, tag), &appstream.TagResourceOutput{}}
	outputChecks["UntagResource"] = outputCheck{`{"x":null}`, outcome((*appstream.Client).UntagResource, untag), &appstream.UntagResourceOutput{}}
	outputChecks["ListTagsForResource"] = outputCheck{`{"Future":[],"Tags":{"team":"ops","empty":"","nil":null,"caf\u00e9":"\u2713"}}`,
		outcome((*appstream.Client).ListTagsForResource, list),
		&appstream.ListTagsForResourceOutput{Tags: map[string]string{"team": "ops", "empty": "", "nil": "", "café": "✓"}}}
	outputChecks["ListTagsForResource no tags"] = outputCheck{`{"Tags":{}}`, outcome((*appstream.Client).ListTagsForResource, list),
		&appstream.ListTagsForResourceOutput{Tags: map[string]string{}}}

	for name, in := range map[string]invalidInput{
		"TagResource nil":            {opCall((*appstream.Client).TagResource, nil), missing("TagResource", "ResourceArn", "Tags")},
		"TagResource nil tags":       {opCall((*appstream.Client).TagResource, &appstream.TagResourceInput{ResourceArn: arn}), missing("TagResource", "Tags")},
		"UntagResource nil":          {opCall((*appstream.Client).UntagResource, nil), missing("UntagResource", "ResourceArn", "TagKeys")},
		"UntagResource without arn":  {opCall((*appstream.Client).UntagResource, &appstream.UntagResourceInput{TagKeys: []string{"k"}}), missing("UntagResource", "ResourceArn")},
		"ListTagsForResource nil":    {opCall((*appstream.Client).ListTagsForResource, nil), missing("ListTagsForResource", "ResourceArn")},
		"ListTagsForResource no arn": {opCall((*appstream.Client).ListTagsForResource, &appstream.ListTagsForResourceInput{}), missing("ListTagsForResource", "ResourceArn")},
	} {
		invalidInputs[name] = in
	}
}
