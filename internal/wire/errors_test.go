package wire

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestErrorCode(t *testing.T) {
	cases := map[string]struct {
		header string
		body   string
		want   string
		msg    string
	}{
		"__type":                {"", `{"__type":"ResourceNotFoundException","message":"gone"}`, "ResourceNotFoundException", "gone"},
		"__type with namespace": {"", `{"__type":"com.amazonaws.photon#ResourceNotFoundException"}`, "ResourceNotFoundException", ""},
		"header with uri":       {"ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.photon/", `{}`, "ResourceNotFoundException", ""},
		"header wins over body": {"ThrottlingException", `{"__type":"ResourceNotFoundException"}`, "ThrottlingException", ""},
		"__type wins over code": {"", `{"code":"A","__type":"B"}`, "B", ""},
		"code":                  {"", `{"code":"ValidationException","Message":"bad"}`, "ValidationException", "bad"},
		"Code":                  {"", `{"Code":"ValidationException"}`, "ValidationException", ""},
		"code that is not text": {"", `{"code":404,"message":"x"}`, "", "x"},
		"namespace and uri":     {"aws.protocoltests#FooError:http://x/y", `{}`, "FooError", ""},
		"colon before hash":     {"Foo:bar#baz", `{}`, "Foo", ""},
		"empty body":            {"", ``, "", ""},
		"blank body":            {"", " \n", "", ""},
		"unknown members":       {"", `{"__type":"X","extra":{"a":[1]},"message":"m"}`, "X", "m"},
		"Message capitalised":   {"", `{"__type":"X","Message":"M"}`, "X", "M"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			info, err := DecodeErrorInfo(tc.body)
			if err != nil {
				t.Fatal(err)
			}
			if got := ErrorCode(tc.header, info); got != tc.want {
				t.Errorf("code %q, want %q", got, tc.want)
			}
			if info.Message != tc.msg {
				t.Errorf("message %q, want %q", info.Message, tc.msg)
			}
		})
	}
}

func TestDecodeErrorInfoRefusesNonJSON(t *testing.T) {
	for _, body := range []string{
		"<html><body><h1>502 Bad Gateway</h1></body></html>",
		`["not","an","object"]`,
		`{"__type":"X"`,
		`{"__type":"X"} trailing`,
	} {
		if _, err := DecodeErrorInfo(body); err == nil {
			t.Errorf("DecodeErrorInfo(%q) accepted it", body)
		}
	}
	_, err := DecodeErrorInfo("<html><body><h1>502 Bad Gateway</h1></body></html>")
	if want := `expected a JSON object, found '<' (offset 0, near "<html><body><h1>502 Bad Gateway</h1></bo")`; err.Error() != "document: "+want {
		t.Errorf("error %q, want %q", err, "document: "+want)
	}
}

// FuzzDecodeErrorInfo checks that the error parser never panics, refuses
// what is not a JSON object, and reads __type and message as encoding/json
// does.
func FuzzDecodeErrorInfo(f *testing.F) {
	for _, s := range []string{`{"__type":"a#B:c","message":"m"}`, `{"code":"X"}`, `<html>`, ``, `{"Message":"\u00e9"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		info, err := DecodeErrorInfo(body)
		if err != nil {
			return
		}
		if strings.TrimSpace(body) == "" {
			return
		}
		var members map[string]json.RawMessage
		if json.Unmarshal([]byte(body), &members) != nil {
			t.Fatalf("accepted %q, which is not a JSON object", body)
		}
		var typ, msg string
		if json.Unmarshal(members["__type"], &typ) == nil && typ != info.Type {
			t.Fatalf("__type %q, encoding/json reads %q", info.Type, typ)
		}
		if _, both := members["Message"]; !both && json.Unmarshal(members["message"], &msg) == nil {
			if diff := cmp.Diff(msg, info.Message); diff != "" {
				t.Fatalf("message (-encoding/json +ours):\n%s", diff)
			}
		}
	})
}
