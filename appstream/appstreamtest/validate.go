package appstreamtest

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// The model's patterns, as the service quotes them in its messages.
const (
	namePatternText     = `^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$`
	arnPatternText      = `^arn:aws(?:\-cn|\-iso\-b|\-iso|\-us\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9][A-Za-z0-9:_/+=,@.\\-]{0,1023}$`
	s3BucketPatternText = `^[0-9a-z\.\-]*(?<!\.)$`
	tagKeyPatternText   = `^(^(?!aws:).[\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`
	tagValuePatternText = `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`
	usbPatternText      = `^((\w*)\s*(\w*)\s*\,\s*(\w*)\s*\,\s*\*?(\w*)\s*\,\s*\*?(\w*)\s*\,\s*\*?\d*\s*\,\s*\*?\d*\s*\,\s*[0-1]\s*\,\s*[0-1]\s*)$`
)

// Go's RE2 cannot compile the Arn pattern ({0,1023} is over its repeat limit),
// S3Bucket's lookbehind or TagKey's lookahead, so those three are split into
// an RE2 pattern and a check by hand.
var (
	namePattern     = regexp.MustCompile(namePatternText)
	arnPattern      = regexp.MustCompile(`^arn:aws(?:\-cn|\-iso\-b|\-iso|\-us\-gov)?:[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:[A-Za-z0-9_/.-]{0,63}:[A-Za-z0-9_/.-]{0,63}:([A-Za-z0-9][A-Za-z0-9:_/+=,@.\\-]*)$`)
	s3BucketPattern = regexp.MustCompile(`^[0-9a-z.\-]*$`)
	tagKeyPattern   = regexp.MustCompile(`^.[\p{L}\p{Z}\p{N}_.:/=+\-@]*$`)
	tagValuePattern = regexp.MustCompile(tagValuePatternText)
	usbPattern      = regexp.MustCompile(usbPatternText)
)

func matchArn(s string) bool {
	m := arnPattern.FindStringSubmatch(s)
	return m != nil && len(m[1]) <= 1024
}

func matchS3Bucket(s string) bool {
	return s3BucketPattern.MatchString(s) && !strings.HasSuffix(s, ".")
}

func matchTagKey(s string) bool {
	return !strings.HasPrefix(s, "aws:") && tagKeyPattern.MatchString(s)
}

// validator collects constraint violations and reports them together, worded
// as the service words them. Paths are the member names in lowerCamelCase,
// joined with dots; list members are "<list>.<n>.member", counted from 1.
type validator struct {
	errs []string
}

func (v *validator) fail(value *string, path, constraint string) {
	shown := "null"
	if value != nil {
		shown = "'" + *value + "'"
	}
	v.errs = append(v.errs, fmt.Sprintf("Value %s at '%s' failed to satisfy constraint: %s", shown, path, constraint))
}

// err returns the ValidationException for the violations, or nil.
func (v *validator) err() *apiError {
	switch n := len(v.errs); n {
	case 0:
		return nil
	case 1:
		return clientError("ValidationException", "1 validation error detected: %s", v.errs[0])
	default:
		return clientError("ValidationException", "%d validation errors detected: %s", n, strings.Join(v.errs, "; "))
	}
}

func (v *validator) required(path string, s *string) {
	v.present(path, s != nil)
}

// present checks a required member of any type: set says whether it is.
func (v *validator) present(path string, set bool) {
	if !set {
		v.fail(nil, path, "Member must not be null")
	}
}

// length checks a string's length in characters; max < 0 means no maximum.
func (v *validator) length(path string, s *string, min, max int) {
	if s == nil {
		return
	}
	n := utf8.RuneCountInString(*s)
	if n < min {
		v.fail(s, path, fmt.Sprintf("Member must have length greater than or equal to %d", min))
	}
	if max >= 0 && n > max {
		v.fail(s, path, fmt.Sprintf("Member must have length less than or equal to %d", max))
	}
}

func (v *validator) pattern(path string, s *string, match func(string) bool, text string) {
	if s != nil && !match(*s) {
		v.fail(s, path, "Member must satisfy regular expression pattern: "+text)
	}
}

func (v *validator) name(path string, s *string) {
	v.pattern(path, s, namePattern.MatchString, namePatternText)
}

func (v *validator) arn(path string, s *string) {
	v.pattern(path, s, matchArn, arnPatternText)
}

// each checks each member of a list of strings with check.
func (v *validator) each(path string, list []string, check func(path string, s *string)) {
	for i := range list {
		check(member(path, i), &list[i])
	}
}

// member is the path of a list's member i (from 0).
func member(list string, i int) string {
	return fmt.Sprintf("%s.%d.member", list, i+1)
}

// items checks the number of members of a list that is set, whatever its
// members (max < 0 means no maximum), and shows it as the front end does.
func items[T any](v *validator, path string, list []T, min, max int) {
	if list == nil {
		return
	}
	if max < 0 {
		max = math.MaxInt
	}
	v.count(path, render(reflect.ValueOf(list)), len(list), min, max)
}

// render writes a value as the front end's messages show it, the way Java's
// toString writes the service's objects: "[AccessEndpoint(endpointType=
// STREAMING, vpceId=null)]".
func render(v reflect.Value) string {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "null"
		}
		return render(v.Elem())
	case reflect.Slice:
		if v.IsNil() {
			return "null"
		}
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = render(v.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Struct:
		parts := make([]string, v.NumField())
		for i := range parts {
			name := v.Type().Field(i).Name
			parts[i] = strings.ToLower(name[:1]) + name[1:] + "=" + render(v.Field(i))
		}
		return v.Type().Name() + "(" + strings.Join(parts, ", ") + ")"
	case reflect.String:
		if v.Len() == 0 && v.Type().Name() != "string" {
			return "null" // an unset enum
		}
	}
	return fmt.Sprint(v.Interface())
}

// count checks the number of members of a list or map.
func (v *validator) count(path string, shown string, n, min, max int) {
	if n < min {
		v.fail(&shown, path, fmt.Sprintf("Member must have length greater than or equal to %d", min))
	}
	if n > max {
		v.fail(&shown, path, fmt.Sprintf("Member must have length less than or equal to %d", max))
	}
}

// enum checks that a set enum member holds one of the model's values.
func enum[T ~string](v *validator, path string, value T, values []T) {
	if value == "" {
		return
	}
	names := make([]string, len(values))
	for i, x := range values {
		if x == value {
			return
		}
		names[i] = string(x)
	}
	s := string(value)
	v.fail(&s, path, "Member must satisfy enum value set: ["+strings.Join(names, ", ")+"]")
}

// intRange checks an integer member. AppStream's model gives few integers a
// range, so the members its documentation bounds use it too ("Specify a
// value between 600 and 432000"), with the front end's wording for ranges.
func (v *validator) intRange(path string, n *int32, min, max int32) {
	inRange(v, path, n, min, max)
}

// inRange is intRange for Integer and Long members.
func inRange[T int32 | int64](v *validator, path string, n *T, min, max T) {
	if n == nil {
		return
	}
	s := fmt.Sprint(*n)
	if *n < min {
		v.fail(&s, path, fmt.Sprintf("Member must have value greater than or equal to %d", min))
	}
	if *n > max {
		v.fail(&s, path, fmt.Sprintf("Member must have value less than or equal to %d", max))
	}
}

// atLeast checks an integer member with a minimum only.
func (v *validator) atLeast(path string, n *int32, min int32) {
	v.intRange(path, n, min, math.MaxInt32)
}

// zeroOrRange checks an integer member that may be 0 (off) or lie in
// min..max, such as IdleDisconnectTimeoutInSeconds.
func (v *validator) zeroOrRange(path string, n *int32, min, max int32) {
	if n != nil && *n != 0 && (*n < min || *n > max) {
		s := fmt.Sprint(*n)
		v.fail(&s, path, fmt.Sprintf("Member must have value 0, or a value greater than or equal to %d and less than or equal to %d", min, max))
	}
}

func (v *validator) tags(path string, tags map[string]string) {
	if tags == nil {
		return
	}
	keys := make([]string, 0, len(tags))
	for k := range tags {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	pairs := make([]string, len(keys))
	for i, k := range keys {
		pairs[i] = k + "=" + tags[k]
	}
	v.count(path, "{"+strings.Join(pairs, ", ")+"}", len(tags), 1, 50)
	for _, k := range keys {
		var bad []string
		if n := utf8.RuneCountInString(k); n < 1 {
			bad = append(bad, "Member must have length greater than or equal to 1")
		} else if n > 128 {
			bad = append(bad, "Member must have length less than or equal to 128")
		}
		if !matchTagKey(k) {
			bad = append(bad, "Member must satisfy regular expression pattern: "+tagKeyPatternText)
		}
		if bad != nil {
			v.fail(&k, path, "Map keys must satisfy constraint: ["+strings.Join(bad, ", ")+"]")
		}
		value := tags[k]
		bad = nil
		if utf8.RuneCountInString(value) > 256 {
			bad = append(bad, "Member must have length less than or equal to 256")
		}
		if !tagValuePattern.MatchString(value) {
			bad = append(bad, "Member must satisfy regular expression pattern: "+tagValuePatternText)
		}
		if bad != nil {
			v.fail(&value, path, "Map values must satisfy constraint: ["+strings.Join(bad, ", ")+"]")
		}
	}
}
