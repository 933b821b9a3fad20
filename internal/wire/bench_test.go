package wire

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// sessionsPage is a DescribeSessions page of 50 realistic sessions.
func sessionsPage() string {
	var b strings.Builder
	b.WriteString(`[`)
	for i := 0; i < 50; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"AuthenticationType":"SAML","ConnectionState":"CONNECTED","FleetName":"training","Id":"a1b2c3d4-0000-%04d-9abc-def012345678",`+
			`"InstanceDrainStatus":"NOT_APPLICABLE","InstanceId":"i-0123456789abcdef%d","MaxExpirationTime":1764284400.123,`+
			`"NetworkAccessConfiguration":{"EniId":"eni-0123456789abcdef0","EniPrivateIpAddress":"10.0.0.%d"},`+
			`"StackName":"training-stack","StartTime":1764226800.456,"State":"ACTIVE","UserId":"user-%d@example.com"}`, i, i%10, i, i)
	}
	b.WriteString(`]`)
	return b.String()
}

// BenchmarkDecodeSessions decodes a page of 50 sessions, and, for scale,
// the same page with encoding/json into a mirror struct (with timestamps
// left as json.Number, so it does less).
func BenchmarkDecodeSessions(b *testing.B) {
	page := sessionsPage()
	b.Run("wire", func(b *testing.B) {
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		for b.Loop() {
			d := NewDecoder(page)
			if s := DecodeSessions(d); len(s) != 50 || d.Err() != nil {
				b.Fatal(d.Err())
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		type session struct {
			AuthenticationType, ConnectionState, InstanceDrainStatus, State string
			FleetName, Id, InstanceId, StackName, UserId                    *string
			MaxExpirationTime, StartTime                                    *json.Number
			NetworkAccessConfiguration                                      *struct {
				EniId, EniPrivateIpAddress *string
				EniIpv6Addresses           []string
			}
		}
		b.SetBytes(int64(len(page)))
		b.ReportAllocs()
		data := []byte(page)
		for b.Loop() {
			var s []session
			if err := json.Unmarshal(data, &s); err != nil || len(s) != 50 {
				b.Fatal(err)
			}
		}
	})
}
