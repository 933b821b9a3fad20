package appstreamtest

import (
	"maps"
	"time"
)

// maxTags is how many tags a resource may have.
const maxTags = 50

type tagResourceInput struct {
	ResourceArn *string
	Tags        map[string]string
}

func (in *tagResourceInput) validate(v *validator) {
	v.required("resourceArn", in.ResourceArn)
	v.arn("resourceArn", in.ResourceArn)
	v.present("tags", in.Tags != nil)
	v.tags("tags", in.Tags)
}

type untagResourceInput struct {
	ResourceArn *string
	TagKeys     []string
}

func (in *untagResourceInput) validate(v *validator) {
	v.required("resourceArn", in.ResourceArn)
	v.arn("resourceArn", in.ResourceArn)
	v.present("tagKeys", in.TagKeys != nil)
	items(v, "tagKeys", in.TagKeys, 1, maxTags)
	v.each("tagKeys", in.TagKeys, func(path string, s *string) {
		v.length(path, s, 1, 128)
		v.pattern(path, s, matchTagKey, tagKeyPatternText)
	})
}

type resourceArnInput struct {
	ResourceArn *string
}

func (in *resourceArnInput) validate(v *validator) {
	v.required("resourceArn", in.ResourceArn)
	v.arn("resourceArn", in.ResourceArn)
}

type tagsOutput struct {
	Tags map[string]string
}

// tagsOf returns the tags of the fleet or stack with the given ARN: the
// resources the server can tag.
func (s *Server) tagsOf(arn string) (*map[string]string, *apiError) {
	for _, f := range s.fleets {
		if *f.attrs.Arn == arn {
			return &f.tags, nil
		}
	}
	for _, st := range s.stacks {
		if *st.attrs.Arn == arn {
			return &st.tags, nil
		}
	}
	return nil, clientError("ResourceNotFoundException", "The resource %s does not exist.", arn)
}

// tagResource adds tags, or changes the values of those the resource has.
// A resource holds at most 50 tags: a request that would leave more fails
// with LimitExceededException and changes nothing.
func (s *Server) tagResource(in *tagResourceInput, now time.Time) (any, *apiError) {
	tags, err := s.tagsOf(*in.ResourceArn)
	if err != nil {
		return nil, err
	}
	next := maps.Clone(*tags)
	if next == nil {
		next = map[string]string{}
	}
	maps.Copy(next, in.Tags)
	if len(next) > maxTags {
		return nil, clientError("LimitExceededException", "The resource %s would have %d tags; a resource can have at most %d.", *in.ResourceArn, len(next), maxTags)
	}
	*tags = next
	return emptyOutput{}, nil
}

// untagResource removes the tags with the given keys; keys the resource
// does not have are ignored.
func (s *Server) untagResource(in *untagResourceInput, now time.Time) (any, *apiError) {
	tags, err := s.tagsOf(*in.ResourceArn)
	if err != nil {
		return nil, err
	}
	for _, k := range in.TagKeys {
		delete(*tags, k)
	}
	return emptyOutput{}, nil
}

func (s *Server) listTagsForResource(in *resourceArnInput, now time.Time) (any, *apiError) {
	tags, err := s.tagsOf(*in.ResourceArn)
	if err != nil {
		return nil, err
	}
	out := tagsOutput{Tags: map[string]string{}}
	maps.Copy(out.Tags, *tags)
	return out, nil
}
