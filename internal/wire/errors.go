package wire

import "strings"

// ErrorInfo is what an awsJson1.1 error body says about the error.
type ErrorInfo struct {
	// Type is the body's "__type" member.
	Type string
	// Code is the body's "code" (or "Code") member, when it is a string.
	Code string
	// Message is the body's "message" (or "Message") member.
	Message string
	// HasMessage tells whether the body had a message member.
	HasMessage bool
}

// DecodeErrorInfo reads the members of an error body that name the error. An
// empty body gives an empty ErrorInfo; anything but a JSON object is an error.
func DecodeErrorInfo(body string) (ErrorInfo, error) {
	var info ErrorInfo
	if strings.TrimSpace(body) == "" {
		return info, nil
	}
	d := NewDecoder(body)
	if d.peek() != '{' {
		d.fail("expected a JSON object, found %s", describe(d.peek()))
		return info, d.err
	}
	d.Object()
	for d.More() {
		switch d.Key() {
		case "__type":
			info.Type = d.textOrSkip()
		case "code", "Code":
			info.Code = d.textOrSkip()
		case "message", "Message":
			info.Message = d.textOrSkip()
			info.HasMessage = true
		default:
			d.Skip()
		}
	}
	d.End()
	return info, d.Err()
}

// textOrSkip reads a string, or skips a value of another kind and returns "".
func (d *Decoder) textOrSkip() string {
	if d.peek() == '"' {
		return d.readString()
	}
	d.Skip()
	return ""
}

// ErrorCode picks the error code as the awsJson1.1 protocol says: the
// X-Amzn-ErrorType header, then "__type", then "code"; the value may arrive as
// "ns#Name:uri", so it is cut at the first ':' and then after the first '#'.
func ErrorCode(header string, info ErrorInfo) string {
	code := header
	if code == "" {
		code = info.Type
	}
	if code == "" {
		code = info.Code
	}
	if i := strings.IndexByte(code, ':'); i >= 0 {
		code = code[:i]
	}
	if i := strings.IndexByte(code, '#'); i >= 0 {
		code = code[i+1:]
	}
	return code
}
